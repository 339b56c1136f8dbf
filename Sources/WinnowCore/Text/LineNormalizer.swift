/// Normalizes one line of text to Winnow's output contract, working on UTF-8 bytes.
///
/// Runs of white space (spaces, tabs, no-break and other Unicode spaces) become one space, the
/// line is trimmed, zero-width and control characters are dropped, and the result is NFC.
/// Typographic quotes, dashes and ellipses are left exactly as they are.
public enum LineNormalizer {
    /// Normalizes the UTF-8 bytes of one line (valid UTF-8: it came from a `String`).
    public static func normalize(_ line: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(line.count)
        var pendingSpace = false
        var needsNFC = false
        var index = 0
        let end = line.count
        while index < end {
            let byte = line[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !out.isEmpty
                } else if byte >= 0x20 && byte != 0x7F {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte)
                }
                continue
            }
            let (scalar, length) = decodeScalar(line, at: index)
            switch classify(scalar) {
            case .space:
                pendingSpace = !out.isEmpty
            case .invisible:
                break
            case .visible(let mayNeedNFC):
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<min(index + length, end)]))
                needsNFC = needsNFC || mayNeedNFC
            }
            index += length
        }
        let text = String(decoding: out, as: UTF8.self)
        return needsNFC ? NFC.compose(text) : text
    }

    public static func normalize(_ line: String) -> String {
        var copy = line
        return copy.withUTF8 { normalize($0) }
    }

    enum ScalarClass { case space, invisible, visible(mayNeedNFC: Bool) }

    static func classify(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .space
        case 0x80...0x9F, 0xAD, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
            // C1 controls, soft hyphen, zero-width space, bidi marks, word joiner, BOM.
            // ZWJ and ZWNJ stay: they change how Persian, Indic scripts and emoji render.
            return .invisible
        default:
            return .visible(mayNeedNFC: !isKnownNFCStable(value))
        }
    }

    /// Scalars that are NFC whatever surrounds them; anything else sends the line to full NFC.
    static func isKnownNFCStable(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E,
             0x20A0...0x20CF, 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x214F, 0x2190...0x23FF,
             0x2500...0x27BF, 0x3001...0x303F, 0x3041...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF,
             0xAC00...0xD7A3, 0xFF01...0xFFEF, 0x1F000...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// Decodes the scalar starting at `index`; a truncated sequence yields U+FFFD.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        let length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
        guard index + length <= bytes.count else { return (0xFFFD, bytes.count - index) }
        var value = lead & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        return (value, length)
    }
}
