// The only file that calls iconv (glibc).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Charset conversion to UTF-8 through the C library's iconv, never truncating.
public enum Iconv {
    /// Converts `bytes` from `charset` to UTF-8. Every byte the codec rejects (invalid or
    /// incomplete sequence) becomes one U+FFFD and conversion resumes at the next byte, so the
    /// output always covers the whole input. Returns nil if iconv does not know `charset`.
    public static func toUTF8(_ bytes: [UInt8], from charset: String) -> (bytes: [UInt8], replaced: Int)? {
        let descriptor = iconv_open("UTF-8", charset)
        if descriptor == nil || Int(bitPattern: descriptor) == -1 { return nil }
        defer { _ = iconv_close(descriptor) }
        if bytes.isEmpty { return ([], 0) }

        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 64)
        var written = 0
        var replaced = 0
        bytes.withUnsafeBufferPointer { input in
            let inputBase = UnsafeMutablePointer(mutating: input.baseAddress!)
            var consumed = 0
            while consumed < input.count {
                let (result, error, inUsed, outUsed) = convert(
                    descriptor, input: inputBase + consumed, inputCount: input.count - consumed,
                    output: &output, at: written)
                consumed += inUsed
                written += outUsed
                if result != -1 { break }
                switch error {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: max(output.count, 64)))
                case EILSEQ, EINVAL:
                    // Rejected or incomplete sequence: one U+FFFD, skip one byte, go on.
                    ensureRoom(&output, written: written, needed: 3)
                    output[written] = 0xEF
                    output[written + 1] = 0xBF
                    output[written + 2] = 0xBD
                    written += 3
                    replaced += 1
                    consumed += 1
                default:
                    // Unexpected (e.g. EBADF): replace the rest rather than drop it silently.
                    let rest = input.count - consumed
                    ensureRoom(&output, written: written, needed: 3 * rest)
                    for _ in 0..<rest {
                        output[written] = 0xEF
                        output[written + 1] = 0xBF
                        output[written + 2] = 0xBD
                        written += 3
                    }
                    replaced += rest
                    consumed = input.count
                }
            }
        }
        // Flush any shift state (stateful codecs such as ISO-2022-JP).
        while true {
            ensureRoom(&output, written: written, needed: 64)
            let (result, error, _, outUsed) = convert(descriptor, input: nil, inputCount: 0, output: &output, at: written)
            written += outUsed
            if result != -1 || error != E2BIG { break }
            output.append(contentsOf: repeatElement(0, count: output.count))
        }
        output.removeSubrange(written...)
        return (output, replaced)
    }

    /// True if iconv can convert from `charset` to UTF-8.
    public static func knows(_ charset: String) -> Bool {
        let descriptor = iconv_open("UTF-8", charset)
        if descriptor == nil || Int(bitPattern: descriptor) == -1 { return false }
        _ = iconv_close(descriptor)
        return true
    }

    private static func ensureRoom(_ output: inout [UInt8], written: Int, needed: Int) {
        if output.count - written < needed {
            output.append(contentsOf: repeatElement(0, count: max(needed, output.count)))
        }
    }

    /// One iconv call; returns (iconv's result, errno, input bytes used, output bytes used).
    private static func convert(
        _ descriptor: iconv_t?, input: UnsafeMutablePointer<UInt8>?, inputCount: Int,
        output: inout [UInt8], at written: Int
    ) -> (result: Int, error: Int32, inputUsed: Int, outputUsed: Int) {
        output.withUnsafeMutableBufferPointer { out in
            var inPointer: UnsafeMutablePointer<CChar>? = input.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            var inLeft = inputCount
            let outStart = UnsafeMutableRawPointer(out.baseAddress! + written).assumingMemoryBound(to: CChar.self)
            var outPointer: UnsafeMutablePointer<CChar>? = outStart
            var outLeft = out.count - written
            errno = 0
            let result: Int
            if input == nil {
                result = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            } else {
                result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            }
            let error = errno
            return (result, error, inputCount - inLeft, outPointer! - outStart)
        }
    }
}
