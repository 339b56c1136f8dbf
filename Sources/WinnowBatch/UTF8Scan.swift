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
            let length = byte == 0 ? 0 : sequenceLength(bytes, at: index)
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
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return false }
            index += length
        }
    }

    /// Length of the well-formed sequence starting at `index` (Unicode table 3-7: no
    /// overlongs, no surrogates, nothing above U+10FFFF), or 0 when it is ill-formed.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
}
