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
}
