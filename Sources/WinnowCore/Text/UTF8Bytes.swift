/// Small facts about UTF-8 byte runs that filters ask on their hot paths.
public enum UTF8Bytes {
    /// An answer decided on bytes, or `ask` when only String semantics can decide.
    enum Answer {
        case yes, no, ask

        /// `self || other`: yes if either is, else ask if either must.
        func or(_ other: Answer) -> Answer {
            if self == .yes || other == .yes { return .yes }
            return self == .ask || other == .ask ? .ask : .no
        }

        /// The answer, calling `fallback` (the whole question, with String semantics) only when
        /// bytes could not decide.
        func resolve(_ fallback: () -> Bool) -> Bool {
            switch self {
            case .yes: true
            case .no: false
            case .ask: fallback()
            }
        }
    }

    /// `String.hasPrefix(prefix)` for the literal prefixes Winnow uses (no combining marks and
    /// no scalar with a canonical equivalent of other bytes). ASCII strings compare bytes, like
    /// the standard library; otherwise the prefix must also end at a grapheme boundary, which
    /// bytes settle unless the next scalar is not ASCII (it might be a combining mark).
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Answer {
        let count = prefix.utf8CodeUnitCount
        guard count <= bytes.count, equal(bytes, from: 0, prefix) else { return .no }
        return count == bytes.count || bytes[count] < 0x80 ? .yes : .ask
    }

    /// `String.hasSuffix(suffix)` for such literals: the suffix must start at a grapheme
    /// boundary, which bytes settle unless the scalar before it is not ASCII (it might be a
    /// prepended mark).
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Answer {
        let count = suffix.utf8CodeUnitCount
        guard count <= bytes.count, equal(bytes, from: bytes.count - count, suffix) else { return .no }
        return count == bytes.count || bytes[bytes.count - count - 1] < 0x80 ? .yes : .ask
    }

    /// Whether `bytes[start...]` begins with the literal's bytes.
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[start + offset] != pointer[offset] { return false }
        return true
    }

    /// The scalar that ends at `end` and where it starts (valid UTF-8, `end > 0`).
    @inline(__always)
    static func scalar(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int) {
        var start = end - 1
        if bytes[start] < 0x80 { return (UInt32(bytes[start]), start) }
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (LineNormalizer.decodeScalar(bytes, at: start).0, start)
    }

    /// Whether every scalar is NFC whatever surrounds it, so the bytes are NFC (see
    /// `LineNormalizer.isKnownNFCStable`); ASCII always is.
    static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // ASCII, eight bytes at a time.
            if index + 8 <= bytes.count
                && UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let (value, length) = LineNormalizer.decodeScalar(bytes, at: index)
            if !LineNormalizer.isKnownNFCStable(value) { return false }
            index += length
        }
        return true
    }

    /// `a == b` for Strings (canonical equivalence), decided on bytes when both are NFC.
    static func equal(_ a: String, _ b: String) -> Bool {
        a.withUTF8Bytes { x in b.withUTF8Bytes { y in equality(x, y) } }.resolve { a == b }
    }

    /// Whether two texts are canonically equivalent, from their bytes: `ask` only when they
    /// differ and one may not be NFC.
    static func equality(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Answer {
        if x.count == y.count && x.elementsEqual(y) { return .yes }
        return isKnownNFC(x) && isKnownNFC(y) ? .no : .ask
    }

    /// Length of the well-formed sequence starting at `index` (Unicode table 3-7: no
    /// overlongs, no surrogates, nothing above U+10FFFF), or 0 when it is ill-formed.
    public static func wellFormedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let length: Int
        let second: ClosedRange<UInt8>
        switch bytes[index] {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return 0
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }

    /// The index of the first `byte` at or after `start`, or `bytes.count`; eight bytes a step.
    public static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let pattern = UInt64(byte) &* ones
        var index = start
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) ^ pattern
            // A zero byte in `word` is a match; the lowest one is exact (borrows only run upward).
            let zeros = (word &- ones) & ~word & 0x8080_8080_8080_8080
            if zeros != 0 { return index + zeros.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count && bytes[index] != byte { index += 1 }
        return index
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, in place for native strings (all of ours).
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
