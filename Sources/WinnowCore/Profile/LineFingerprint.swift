/// A 64-bit fingerprint of a unit's line as site profiles count it: `ByteHash` of the unit's key
/// (case folded, punctuation dropped, single spaces) with every run of digits masked to one "0",
/// so "© 2024 Daily Bugle" and "© 2025 Daily Bugle", or "3 comments" and "12 comments", match.
///
/// The key is already built for every unit, so a fingerprint costs one pass over a few bytes:
/// the profile pass stays a small part of cleaning.
public enum LineFingerprint {
    /// Nil when the line has no letters or digits (a rule of dashes is nothing to learn).
    public static func of(_ unit: Unit) -> UInt64? {
        unit.withKeyBytes { of(keyBytes: $0) }
    }

    public static func of(key: String) -> UInt64? {
        key.withUTF8Bytes { of(keyBytes: $0) }
    }

    static func of(keyBytes bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        // Most lines have no digit: they are hashed as they are, in the pass that finds none.
        let raw = UnsafeRawPointer(base)
        if let hash = hashWithoutDigits(raw, count: bytes.count) { return hash }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            let masked = UnsafeMutableRawPointer(buffer.baseAddress!)
            var count = 0
            var start = 0
            while true {
                // The bytes up to the next digit, copied as one run.
                let digit = nextDigit(in: bytes, from: start)
                masked.advanced(by: count).copyMemory(from: raw + start, byteCount: digit - start)
                count += digit - start
                guard digit < bytes.count else { break }
                masked.storeBytes(of: 0x30, toByteOffset: count, as: UInt8.self)
                count += 1
                start = digit + 1
                while start < bytes.count && bytes[start] &- 0x30 < 10 { start += 1 }
            }
            return ByteHash.of(UnsafeRawPointer(masked), count: count)
        }
    }

    /// The distinct line fingerprints of a text's units: `SiteProfile.fingerprints(of:
    /// Document(plainUTF8: text))`, without making the document's Strings; nil where that
    /// document is.
    public static func ofUnits(plainUTF8 text: UnsafeBufferPointer<UInt8>) -> Set<UInt64>? {
        DocumentBuilder.lineFingerprints(text)
    }

    /// `ByteHash.of` the bytes, or nil as soon as one is an ASCII digit.
    private static func hashWithoutDigits(_ p: UnsafeRawPointer, count: Int) -> UInt64? {
        var h = ByteHash.start(count: count)
        var index = 0
        while index + 8 <= count {
            // Loaded as `ByteHash.of` loads it; the digit test looks at each byte alike.
            let word = p.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if digitBits(word) != 0 { return nil }
            h = ByteHash.mix(h, word)
            index += 8
        }
        let tail = ByteHash.tail(p, from: index, count: count)
        // The tail's missing bytes are zeros, which are not digits.
        if digitBits(tail) != 0 { return nil }
        return ByteHash.finish(h, tail: tail)
    }

    /// The high bit of every byte of `word` that is an ASCII digit.
    @inline(__always)
    private static func digitBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // For 7-bit bytes, `b + (0x80 - c)` has its high bit set exactly when b >= c.
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastZero = (low &+ (0x80 - 0x30) &* ones) & high
        let pastNine = (low &+ (0x80 - 0x3A) &* ones) & high
        return atLeastZero & ~pastNine & ~word & high
    }

    /// The index of the first ASCII digit at or after `start` (eight bytes at a time), or the
    /// end of the bytes.
    private static func nextDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let digits = digitBits(word)
            if digits != 0 { return index + digits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count && bytes[index] &- 0x30 >= 10 { index += 1 }
        return index
    }
}
