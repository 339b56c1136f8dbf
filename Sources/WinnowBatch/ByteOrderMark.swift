/// A byte-order mark at the start of a file; it is a declaration, so it wins over guessing.
enum ByteOrderMark {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian

    /// The mark at the start of `bytes`, if any.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self = .utf8
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            self = .utf16LittleEndian
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            self = .utf16BigEndian
        } else {
            return nil
        }
    }

    /// How many bytes the mark occupies.
    var length: Int {
        self == .utf8 ? 3 : 2
    }
}
