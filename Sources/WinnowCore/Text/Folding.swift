/// Case folding and the word key used for matching, computed over UTF-8 bytes.
///
/// Folding maps the uppercase letters of Latin, Greek and Cyrillic to lowercase without
/// decoding the whole string; only a scalar outside those scripts that has a lowercase form
/// sends the text through `String.lowercased()`.
public enum Folding {
    /// Lowercased text.
    public static func fold(_ text: String) -> String {
        foldAndKey(text).folded
    }

    /// The folded text reduced to its words: letters and digits, single spaces between runs,
    /// apostrophes dropped. "Read more »" and "read more..." share the key "read more".
    public static func key(_ folded: String) -> String {
        foldAndKey(folded).key
    }

    /// Both at once, in one pass over the bytes.
    public static func foldAndKey(_ text: String) -> (folded: String, key: String) {
        var text = text
        if let both = text.withUTF8({ fastFoldAndKey($0) }) { return both }
        let lowered = text.lowercased()
        var copy = lowered
        return (lowered, copy.withUTF8 { fastFoldAndKey($0) }?.key ?? lowered)
    }

    /// Words in normalized text (single spaces, trimmed).
    public static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return 0 }
            var count = 1
            for byte in bytes where byte == 0x20 { count += 1 }
            return count
        }
    }

    /// Whether the scalar counts as part of a word for keys (letters and digits; anything
    /// non-ASCII that is not punctuation, a symbol or a space).
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        return !isSeparator(value)
    }

    /// Nil when some scalar needs full Unicode lowercasing.
    private static func fastFoldAndKey(_ bytes: UnsafeBufferPointer<UInt8>) -> (folded: String, key: String)? {
        var folded = [UInt8]()
        var key = [UInt8]()
        folded.reserveCapacity(bytes.count)
        key.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                let lower = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                folded.append(lower)
                index += 1
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingSpace && !key.isEmpty { key.append(0x20) }
                    pendingSpace = false
                    key.append(lower)
                } else if lower != 0x27 {
                    pendingSpace = true
                }
                continue
            }
            let (value, length) = LineNormalizer.decodeScalar(bytes, at: index)
            index += length
            guard let lower = lowercase(value) else { return nil }
            let start = folded.count
            appendUTF8(lower, to: &folded)
            if isSeparator(lower) {
                if lower != 0x2019 { pendingSpace = true }
            } else {
                if pendingSpace && !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(contentsOf: folded[start...])
            }
        }
        return (String(decoding: folded, as: UTF8.self), String(decoding: key, as: UTF8.self))
    }

    /// Writes the key of `bytes` (folded, then reduced to words, exactly as `key(fold(text))`)
    /// to `out`, which needs room for `bytes.count` bytes, and returns its length; nil when some
    /// scalar needs Unicode's full lowercasing.
    static func writeKey(of bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int? {
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
                    if pendingSpace && count > 0 { out[count] = 0x20; count += 1 }
                    pendingSpace = false
                    out[count] = lower
                    count += 1
                } else if lower != 0x27 {
                    pendingSpace = true
                }
                continue
            }
            let (value, length) = LineNormalizer.decodeScalar(bytes, at: index)
            index += length
            guard let lower = lowercase(value) else { return nil }
            if isSeparator(lower) {
                if lower != 0x2019 { pendingSpace = true }
            } else {
                if pendingSpace && count > 0 { out[count] = 0x20; count += 1 }
                pendingSpace = false
                encode(lower) { out[count] = $0; count += 1 }
            }
        }
        return count
    }

    /// Folds the scalars at the start of `bytes` until at least `minimum` folded bytes are
    /// written to `out` (room for `minimum + 3`) or the text ends; returns the count written,
    /// nil when a scalar needs Unicode's full lowercasing. Folding is scalar by scalar, so
    /// this is a prefix of `fold(text)`.
    static func writeFoldedPrefix(
        of bytes: UnsafeBufferPointer<UInt8>, minimum: Int, to out: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        var count = 0
        var index = 0
        // Eight ASCII bytes a step while they fit below `minimum` (the buffer holds that much).
        while index + 8 <= bytes.count && count + 8 <= minimum {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            guard word & 0x8080_8080_8080_8080 == 0 else { break }
            // For 7-bit bytes, `b + (0x80 - c)` has its high bit set exactly when b >= c.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let upper = (word &+ (0x80 - 0x41) &* ones) & ~(word &+ (0x80 - 0x5B) &* ones) & 0x8080_8080_8080_8080
            UnsafeMutableRawPointer(out + count).storeBytes(of: word | (upper >> 2), as: UInt64.self)
            count += 8
            index += 8
        }
        while index < bytes.count && count < minimum {
            let byte = bytes[index]
            if byte < 0x80 {
                out[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                count += 1
                index += 1
                continue
            }
            let (value, length) = LineNormalizer.decodeScalar(bytes, at: index)
            index += length
            guard let lower = lowercase(value) else { return nil }
            encode(lower) { out[count] = $0; count += 1 }
        }
        return count
    }

    /// The lowercase of scripts with simple case pairs; nil when the scalar needs Unicode's tables.
    @inline(__always)
    static func lowercase(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x130: return nil
        case 0x131: return value
        case 0xC0...0xDE where value != 0xD7: return value + 0x20
        case 0x100...0x137, 0x14A...0x177: return value | 1
        case 0x139...0x148, 0x179...0x17E: return value & 1 == 1 ? value + 1 : value
        case 0x178: return 0xFF
        case 0x391...0x3A9 where value != 0x3A2: return value + 0x20
        case 0x400...0x40F: return value + 0x50
        case 0x410...0x42F: return value + 0x20
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x52F: return value | 1
        case 0x80...0xBF, 0xD7, 0xDF...0xFF, 0x138, 0x149, 0x17F...0x24F, 0x3AA...0x3FF, 0x430...0x45F,
             0x482...0x489, 0x4C0...0x4CF, 0x530...0x1DFF, 0x2000...0x2BFF, 0x2E00...0xA63F, 0xA800...0xFEFF,
             0xFF41...0xFFFF, 0x1F000...0x1FAFF:
            return value
        default:
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return scalar.properties.changesWhenLowercased ? nil : value
        }
    }

    /// Punctuation, symbols and spaces outside ASCII: they separate words in keys.
    @inline(__always)
    static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0xBF: return value != 0xAA && value != 0xB5 && value != 0xBA && value != 0xB2 && value != 0xB3 && value != 0xB9
        case 0xD7, 0xF7, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x214F, 0x2190...0x2BFF, 0x3000...0x303F,
             0xFE30...0xFE4F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x1F000...0x1FAFF:
            return true
        default: return false
        }
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        encode(value) { out.append($0) }
    }

    @inline(__always)
    static func encode(_ value: UInt32, _ body: (UInt8) -> Void) {
        UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}", into: body)
    }
}
