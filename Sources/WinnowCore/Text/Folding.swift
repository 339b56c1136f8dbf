/// Case folding and cheap text measures used for matching, on UTF-8 bytes where possible.
public enum Folding {
    /// Lowercases; ASCII text takes a byte-level fast path.
    public static func fold(_ text: String) -> String {
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard isASCII else { return text.lowercased() }
        guard hasUpper else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                buffer[count] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }

    /// Words in normalized text (single spaces, trimmed).
    public static func wordCount(_ text: String) -> Int {
        var count = text.utf8.isEmpty ? 0 : 1
        for byte in text.utf8 where byte == 0x20 { count += 1 }
        return count
    }

    /// The folded text reduced to its words: letters and digits, single spaces between runs.
    /// "Read more »" and "read more..." share the key "read more".
    public static func key(_ folded: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if isWordScalar(scalar) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                appendUTF8(scalar, to: &out)
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
