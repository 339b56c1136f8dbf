/// Finds runs of plain ASCII (no NUL), the bytes every decoder copies unchanged, eight
/// bytes at a time: it keeps the slow decoding paths close to memcpy speed on mostly
/// ASCII text.
enum ASCIIRun {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The first index at or after `start` whose byte is NUL or above 0x7F, else `bytes.count`.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // Classic SWAR test: a set bit in highBits of the second term means a zero byte.
            let hasZero = (word &- lowBits) & ~word & highBits != 0
            if hasZero || word & highBits != 0 { break }
            index += 8
        }
        while index < bytes.count && bytes[index] != 0 && bytes[index] < 0x80 {
            index += 1
        }
        return index
    }
}
