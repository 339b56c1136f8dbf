/// The benchmark's tokens: the runs of Python's `\w` in a `str` pattern (`re.UNICODE`).
///
/// Python's `\w` matches `_` and every character for which `str.isalnum()` is true: letters
/// (general categories Lu, Ll, Lt, Lm, Lo) and characters with a numeric value (Numeric_Type
/// Decimal, Digit or Numeric). Marks (Mn, Mc, Me) are not word characters, so a combining
/// accent splits a token, exactly as in the reference scorer.
public enum WordTokens {
    /// The `\w+` runs of `text`, in order.
    public static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWord(scalars[index]) {
                if start == nil { start = index }
            } else if let first = start {
                result.append(Substring(scalars[first..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let first = start { result.append(Substring(scalars[first..<scalars.endIndex])) }
        return result
    }

    /// Python's `\w` for one scalar.
    @inline(__always)
    public static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }
}
