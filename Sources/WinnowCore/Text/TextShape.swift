/// Cheap facts about the shape of a normalized line: how it starts and ends, its letters.
public enum TextShape {
    /// Ends a sentence: . ! ? … and those followed by closing quotes or brackets; also : and ;.
    public static func endsWithTerminalPunctuation(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]", "\u{201C}", "\u{00AB}": continue
            case ".", "!", "?", "\u{2026}", ":", ";", "\u{3002}", "\u{FF01}", "\u{FF1F}": return true
            default: return false
            }
        }
        return false
    }

    /// Ends with a comma, a dash or a hyphen: the sentence goes on.
    public static func endsWithContinuation(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "," || last == "-" || last == "\u{2013}" || last == "\u{2014}"
    }

    public static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !isOpeningPunctuation($0) }) else { return false }
        return first.properties.isLowercase
    }

    public static func startsUppercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !isOpeningPunctuation($0) }) else { return false }
        return first.properties.isUppercase
    }

    /// True when the text has at least one letter or digit.
    public static func hasWordCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: Folding.isWordScalar)
    }

    /// Ends with an ellipsis: "…" or three or more dots.
    public static func endsWithEllipsis(_ text: String) -> Bool {
        text.hasSuffix("\u{2026}") || text.hasSuffix("...")
    }

    /// Starts with an ellipsis: "…" or three or more dots.
    public static func startsWithEllipsis(_ text: String) -> Bool {
        text.hasPrefix("\u{2026}") || text.hasPrefix("...")
    }

    /// Columns the text takes: its scalars, counted as UTF-8 lead bytes.
    public static func width(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
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
        switch scalar {
        case "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{201E}", "\u{2026}", ".", " ", "-", "\u{2014}", "\u{2013}":
            return true
        default:
            return false
        }
    }
}
