/// Cheap facts about the shape of a normalized line: how it starts and ends, its letters.
/// Each is decided on UTF-8 bytes; the String forms read the string's bytes in place.
public enum TextShape {
    /// Ends a sentence: . ! ? … and those followed by closing quotes or brackets; also : and ;.
    public static func endsWithTerminalPunctuation(_ text: String) -> Bool {
        text.withUTF8Bytes(endsWithTerminalPunctuation)
    }

    /// Ends with a comma, a dash or a hyphen: the sentence goes on.
    public static func endsWithContinuation(_ text: String) -> Bool {
        text.withUTF8Bytes(endsWithContinuation)
    }

    public static func startsLowercase(_ text: String) -> Bool {
        text.withUTF8Bytes(startsLowercase)
    }

    public static func startsUppercase(_ text: String) -> Bool {
        text.withUTF8Bytes(startsUppercase)
    }

    /// True when the text has at least one letter or digit.
    public static func hasWordCharacter(_ text: String) -> Bool {
        text.withUTF8Bytes(hasWordCharacter)
    }

    /// Ends with an ellipsis: "…" or three or more dots.
    public static func endsWithEllipsis(_ text: String) -> Bool {
        text.withUTF8Bytes { endsWithEllipsis($0) { text.hasSuffix("\u{2026}") || text.hasSuffix("...") } }
    }

    /// Starts with an ellipsis: "…" or three or more dots.
    public static func startsWithEllipsis(_ text: String) -> Bool {
        text.withUTF8Bytes { startsWithEllipsis($0) { text.hasPrefix("\u{2026}") || text.hasPrefix("...") } }
    }

    /// Columns the text takes: its scalars, counted as UTF-8 lead bytes.
    public static func width(_ text: String) -> Int {
        text.withUTF8Bytes(width)
    }

    /// Words of the text split at single spaces.
    public static func words(_ text: String) -> [Substring] {
        text.split(separator: " ", omittingEmptySubsequences: true)
    }

    /// The text before the last occurrence of `separator`, or nil when it does not occur.
    public static func text(of text: String, beforeLast separator: String) -> String? {
        let bytes = Array(text.utf8)
        let needle = Array(separator.utf8)
        guard !needle.isEmpty, bytes.count > needle.count else { return nil }
        var start = bytes.count - needle.count
        while start > 0 {
            if bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle) {
                return String(decoding: bytes[..<start], as: UTF8.self)
            }
            start -= 1
        }
        return nil
    }

    static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        isOpeningPunctuation(scalar.value)
    }

    // MARK: - On bytes

    static func endsWithTerminalPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0 {
            let (value, start) = UTF8Bytes.scalar(before: end, in: bytes)
            switch value {
            case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D, 0x201C, 0xAB: end = start
            case 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x3002, 0xFF01, 0xFF1F: return true
            default: return false
            }
        }
        return false
    }

    static func endsWithContinuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        let value = UTF8Bytes.scalar(before: bytes.count, in: bytes).value
        return value == 0x2C || value == 0x2D || value == 0x2013 || value == 0x2014
    }

    static func startsLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let value = firstNonOpeningScalar(bytes) else { return false }
        if value < 0x80 { return value &- 0x61 < 26 }
        return Unicode.Scalar(value)?.properties.isLowercase ?? false
    }

    static func startsUppercase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let value = firstNonOpeningScalar(bytes) else { return false }
        if value < 0x80 { return value &- 0x41 < 26 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    static func hasWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 { return true }
                index += 1
                continue
            }
            let (value, length) = LineNormalizer.decodeScalar(bytes, at: index)
            if !Folding.isSeparator(value) { return true }
            index += length
        }
        return false
    }

    /// `fallback` answers with String semantics when bytes alone cannot (see `UTF8Bytes`).
    static func endsWithEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, fallback: () -> Bool) -> Bool {
        UTF8Bytes.hasSuffix(bytes, "\u{2026}").or(UTF8Bytes.hasSuffix(bytes, "...")).resolve(fallback)
    }

    static func startsWithEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, fallback: () -> Bool) -> Bool {
        UTF8Bytes.hasPrefix(bytes, "\u{2026}").or(UTF8Bytes.hasPrefix(bytes, "...")).resolve(fallback)
    }

    static func width(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func firstNonOpeningScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let (value, length) = byte < 0x80 ? (UInt32(byte), 1) : LineNormalizer.decodeScalar(bytes, at: index)
            if !isOpeningPunctuation(value) { return value }
            index += length
        }
        return nil
    }

    @inline(__always)
    private static func isOpeningPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x201C, 0x2018, 0xAB, 0x201E, 0x2026, 0x2E, 0x20, 0x2D, 0x2014, 0x2013:
            return true
        default:
            return false
        }
    }
}

extension TextShape {
    // The same facts of a unit's text, read from its bytes in place (no String is made).

    static func endsWithTerminalPunctuation(_ unit: Unit) -> Bool {
        unit.withTextBytes(endsWithTerminalPunctuation)
    }

    static func startsLowercase(_ unit: Unit) -> Bool {
        unit.withTextBytes(startsLowercase)
    }

    static func endsWithEllipsis(_ unit: Unit) -> Bool {
        unit.withTextBytes { endsWithEllipsis($0) { endsWithEllipsis(unit.text) } }
    }

    static func startsWithEllipsis(_ unit: Unit) -> Bool {
        unit.withTextBytes { startsWithEllipsis($0) { startsWithEllipsis(unit.text) } }
    }
}
