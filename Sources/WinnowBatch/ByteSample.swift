/// Byte statistics of a file's first 8 KB: enough to tell text from binary data and to
/// spot UTF-16 without a byte-order mark, without reading a large file twice.
struct ByteSample {
    static let size = 8192
    /// A stray NUL or two happens in real text (bad exports); more than that is binary.
    static let maxStrayNULs = 2

    private(set) var count = 0
    private(set) var nulsAtEven = 0
    private(set) var nulsAtOdd = 0
    /// C0 control bytes other than NUL (judged on its own) and \t \n \f \r.
    private(set) var controls = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(Self.size))
        count = sample.count
        var index = 0
        while index < sample.count {
            // Text is mostly bytes of 0x20 and up: eight of them at a time are skipped, and
            // eight holding a line break are counted one by one.
            let end = min(index + 8, sample.count)
            if end - index < 8 || Self.hasControl(sample, at: index) {
                for position in index..<end { count(sample[position], at: position) }
            }
            index = end
        }
    }

    private mutating func count(_ byte: UInt8, at index: Int) {
        guard byte < 0x20 else { return }
        if byte == 0 {
            if index & 1 == 0 { nulsAtEven += 1 } else { nulsAtOdd += 1 }
        } else if !Self.isTextControl(UInt16(byte)) {
            controls += 1
        }
    }

    /// Whether one of the eight bytes at `index` is below 0x20 (the classic SWAR test, exact
    /// as a yes/no answer; bytes of 0x80 and up never count).
    @inline(__always)
    private static func hasControl(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        return (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Control characters that plain text legitimately contains.
    static func isTextControl(_ unit: UInt16) -> Bool {
        unit == 0x09 || unit == 0x0A || unit == 0x0C || unit == 0x0D
    }

    var looksBinary: Bool {
        nulsAtEven + nulsAtOdd > Self.maxStrayNULs || controls * 10 > count
    }

    /// Whether the sample looks like UTF-16 without a byte-order mark: Latin-1-range
    /// text has a NUL in nearly every high byte, so one parity is mostly (70%+) NUL and
    /// the other almost never. Returns the byte order (true: big-endian), or nil when
    /// not unmistakable; a stray NUL or two in short legacy text must not qualify.
    var utf16ByteOrder: Bool? {
        let pairs = count / 2
        guard pairs >= 2 else { return nil }
        if nulsAtOdd * 10 >= pairs * 7 && nulsAtEven * 50 <= pairs { return false }
        if nulsAtEven * 10 >= pairs * 7 && nulsAtOdd * 50 <= pairs { return true }
        return nil
    }
}
