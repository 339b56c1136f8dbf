import WinnowCore

/// Bytes that are not clean UTF-8, examined in two passes: counting first (well-formed
/// multi-byte sequences, bad bytes, NULs), which decides between repairing and a legacy
/// code page, and building the repaired text only when it is wanted.
struct UTF8Scan {
    private(set) var multiByteSequences = 0
    private(set) var badBytes = 0
    private(set) var nulBytes = 0

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var badBytes = 0
        var nulBytes = 0
        multiByteSequences = Self.segment(bytes, run: { _ in }, interruption: { byte in
            if byte == 0 { nulBytes += 1 } else { badBytes += 1 }
        })
        self.badBytes = badBytes
        self.nulBytes = nulBytes
    }

    /// The text with each bad byte as U+FFFD and NULs dropped, built in place at its exact size.
    func repairedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let length = bytes.count - nulBytes + (Self.replacement.count - 1) * badBytes
        return String(unsafeUninitializedCapacity: length) { output in
            var written = 0
            func append(_ source: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: source)
                written += source.count
            }
            Self.segment(bytes, run: { append(UnsafeBufferPointer(rebasing: bytes[$0])) }, interruption: { byte in
                if byte != 0 { Self.replacement.withUnsafeBufferPointer(append) }
            })
            return written
        }
    }

    /// Splits `bytes` into runs of good bytes (ASCII and well-formed sequences) and the
    /// single bad or NUL bytes between them; returns the number of multi-byte sequences.
    @discardableResult
    private static func segment(
        _ bytes: UnsafeBufferPointer<UInt8>, run: (Range<Int>) -> Void, interruption: (UInt8) -> Void
    ) -> Int {
        var sequences = 0
        var runStart = 0
        var index = 0
        while true {
            index = ASCIIRun.end(in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            let length = byte == 0 ? 0 : UTF8Bytes.wellFormedLength(bytes, at: index)
            if length > 0 {
                sequences += 1
                index += length
                continue
            }
            run(runStart..<index)
            interruption(byte)
            index += 1
            runStart = index
        }
        run(runStart..<bytes.count)
        return sequences
    }

    /// Whether `bytes` are well-formed UTF-8 without NULs: what `String(validating:)` accepts,
    /// checked eight ASCII bytes at a time and without building a String.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while true {
            index = ASCIIRun.end(in: bytes, from: index)
            guard index < bytes.count else { return true }
            guard bytes[index] != 0 else { return false }
            let length = UTF8Bytes.wellFormedLength(bytes, at: index)
            guard length > 0 else { return false }
            index += length
        }
    }

    /// `isClean`, and no control characters but tab, line feed, form feed and carriage return
    /// in the first `ByteSample.size` bytes: text that needs no decoding, whose sample
    /// `ByteSample` would find neither binary nor UTF-16. One pass, eight ASCII bytes a step;
    /// false leaves the verdict to the long way.
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let sampleEnd = min(count, ByteSample.size)
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if word & SWAR.high == 0 && SWAR.hasOnlyTextBytes(word) {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte >= 0x80 {
                let length = UTF8Bytes.wellFormedLength(bytes, at: index)
                guard length > 0 else { return false }
                index += length
                continue
            }
            if byte < 0x20 && (byte == 0 || (index < sampleEnd && !ByteSample.isTextControl(UInt16(byte)))) {
                return false
            }
            index += 1
        }
        return true
    }
}

/// Byte tests on eight ASCII bytes (high bits clear) at once.
private enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// No byte below 0x20 but tab, line feed, form feed and carriage return.
    @inline(__always)
    static func hasOnlyTextBytes(_ word: UInt64) -> Bool {
        // For 7-bit bytes, `b + (0x80 - c)` has its high bit set exactly when b >= c.
        let controls = ~(word &+ (0x80 - 0x20) &* ones) & high
        guard controls != 0 else { return true }
        let allowed = equal(word, 0x09) | equal(word, 0x0A) | equal(word, 0x0C) | equal(word, 0x0D)
        return controls & ~allowed == 0
    }

    /// High bits of the bytes equal to `value`.
    @inline(__always)
    static func equal(_ word: UInt64, _ value: UInt64) -> UInt64 {
        let other = word ^ (value &* ones)
        return ~((other &+ 0x7F7F_7F7F_7F7F_7F7F) | other) & high
    }
}
