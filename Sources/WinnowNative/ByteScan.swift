// Word-at-a-time byte search helpers shared by the pure-Swift scanners of this module.
// Pure Swift (no C): loads 8 bytes at a time and uses the classic "has zero byte" trick.

@usableFromInline let lowBits: UInt64 = 0x0101_0101_0101_0101
@usableFromInline let highBits: UInt64 = 0x8080_8080_8080_8080

/// True if any byte of `word` is zero.
@inline(__always) @usableFromInline
func hasZeroByte(_ word: UInt64) -> Bool {
    (word &- lowBits) & ~word & highBits != 0
}

enum ByteScan {
    /// Index of the first `byte` in `buffer[from..<buffer.count]`, or nil.
    @inline(__always)
    static func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let count = buffer.count
        var index = start
        let pattern = lowBits &* UInt64(byte)
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if hasZeroByte(word ^ pattern) { break }
            index += 8
        }
        while index < count {
            if base[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Index of the first occurrence of `needle` (non-empty, short) at or after `from`, or nil.
    static func find(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let first = needle[0]
        var index = start
        while let candidate = find(first, in: buffer, from: index) {
            if candidate + needle.count > buffer.count { return nil }
            var matches = true
            for offset in 1..<needle.count where buffer[candidate + offset] != needle[offset] {
                matches = false
                break
            }
            if matches { return candidate }
            index = candidate + 1
        }
        return nil
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }
}
