/// UTF-8 validation and repair in one linear pass, pure Swift.
///
/// libxml2 switches the rest of a page to Latin-1 at the first invalid UTF-8 byte and stops
/// silently at a NUL byte, so every buffer handed to it goes through here first.
/// Validity follows the Unicode/WHATWG definition (no overlongs, no surrogates, nothing
/// above U+10FFFF). Repair replaces *each* rejected byte with U+FFFD and never drops content.
public enum UTF8Validation {
    public struct Summary: Sendable, Equatable {
        /// Bytes that are not part of a well-formed UTF-8 sequence.
        public var invalidBytes: Int = 0
        /// Well-formed sequences of two to four bytes.
        public var multibyteSequences: Int = 0
        /// NUL (0x00) bytes.
        public var nulBytes: Int = 0
        public var isValid: Bool { invalidBytes == 0 }
        public init() {}
    }

    /// Counts invalid bytes, multi-byte sequences and NULs. ASCII runs go 8 bytes at a time.
    public static func summarize(_ bytes: [UInt8]) -> Summary {
        bytes.withUnsafeBufferPointer { summarize($0) }
    }

    public static func summarize(_ buffer: UnsafeBufferPointer<UInt8>) -> Summary {
        var summary = Summary()
        guard let base = buffer.baseAddress else { return summary }
        let raw = UnsafeRawPointer(base)
        let count = buffer.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & highBits == 0 {
                    if hasZeroByte(word) {
                        for offset in 0..<8 where base[index + offset] == 0 { summary.nulBytes += 1 }
                    }
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte < 0x80 {
                if byte == 0 { summary.nulBytes += 1 }
                index += 1
                continue
            }
            let length = sequenceLength(buffer, at: index)
            if length == 0 {
                summary.invalidBytes += 1
                index += 1
            } else {
                summary.multibyteSequences += 1
                index += length
            }
        }
        return summary
    }

    /// Returns `bytes` with every byte that is not part of a well-formed sequence replaced by
    /// U+FFFD (EF BF BD), and NUL bytes replaced by `nulReplacement` if given (nil keeps them).
    /// Returns the input unchanged (no copy) when there is nothing to replace.
    public static func repaired(
        _ bytes: [UInt8], nulReplacement: UInt8? = nil
    ) -> (bytes: [UInt8], invalidReplaced: Int, nulsReplaced: Int) {
        let summary = summarize(bytes)
        let nuls = nulReplacement == nil ? 0 : summary.nulBytes
        if summary.invalidBytes == 0 && nuls == 0 { return (bytes, 0, 0) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 2 * summary.invalidBytes)
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var runStart = 0
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == 0, let replacement = nulReplacement {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                        output.append(replacement)
                        runStart = index + 1
                    }
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                    output.append(contentsOf: replacementCharacter)
                    index += 1
                    runStart = index
                } else {
                    index += length
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count]))
        }
        return (output, summary.invalidBytes, nuls)
    }

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    public static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Length (2...4) of the well-formed sequence starting at `index`, or 0 if the byte there
    /// does not start one. Call only for bytes >= 0x80.
    @inline(__always)
    static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let count = buffer.count
        let lead = buffer[index]
        @inline(__always) func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF:
            return index + 1 < count && isContinuation(buffer[index + 1]) ? 2 : 0
        case 0xE0...0xEF:
            guard index + 2 < count else { return 0 }
            let second = buffer[index + 1]
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            return second >= low && second <= high && isContinuation(buffer[index + 2]) ? 3 : 0
        case 0xF0...0xF4:
            guard index + 3 < count else { return 0 }
            let second = buffer[index + 1]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            return second >= low && second <= high && isContinuation(buffer[index + 2])
                && isContinuation(buffer[index + 3]) ? 4 : 0
        default:
            return 0
        }
    }
}
