/// A breadcrumb trail or a menu flattened into one line: short segments between one repeated
/// separator ("Home › Science › Space", "News | World | Europe").
enum Breadcrumb {
    static func matches(_ unit: Unit, lexicon: Lexicon) -> Bool {
        guard unit.wordCount <= maxWords, mayHaveSeparator(unit.text),
              !TextShape.endsWithTerminalPunctuation(unit.text) else { return false }
        let scalars = unit.text.unicodeScalars
        for separator in separators where scalars.contains(separator) {
            let segments = scalars.split(separator: separator).map { String(String.UnicodeScalarView($0)).trimmingSpaces }
            guard segments.count >= 2, segments.allSatisfy(isSegment) else { continue }
            if segments.count >= 3 { return true }
            // Two segments only when the first is a home link: "Home › News".
            if lexicon.phrases(.chromeLine).matchesWhole(Folding.key(segments[0])) { return true }
        }
        return false
    }

    /// Cheap byte test first: every separator is ">", "/", "|" or starts with 0xC2/0xE2.
    private static func mayHaveSeparator(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x3E || $0 == 0x2F || $0 == 0x7C || $0 == 0xC2 || $0 == 0xE2 }
    }

    private static func isSegment(_ segment: String) -> Bool {
        let words = Folding.wordCount(segment)
        return words >= 1 && words <= maxSegmentWords && !TextShape.startsLowercase(segment)
    }

    static let separators: [Unicode.Scalar] = ["\u{203A}", "\u{00BB}", ">", "/", "|", "\u{2192}", "\u{27E9}", "\u{2022}"]
    static let maxWords = 15
    static let maxSegmentWords = 4
}

extension String {
    /// Without leading and trailing spaces (text is already normalized to single spaces).
    var trimmingSpaces: String {
        var result = Substring(self)
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}
