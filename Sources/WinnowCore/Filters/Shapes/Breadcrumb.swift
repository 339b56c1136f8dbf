/// A breadcrumb trail or a menu flattened into one line: short segments between one repeated
/// separator ("Home › Science › Space", "News | World | Europe").
enum Breadcrumb {
    static func matches(_ unit: Unit, lexicon: Lexicon) -> Bool {
        guard unit.wordCount <= maxWords, !TextShape.endsWithTerminalPunctuation(unit.text) else { return false }
        for separator in separators {
            let segments = unit.text.split(separator: separator).map { $0.trimmingSpaces }
            guard segments.count >= 2, segments.allSatisfy(isSegment) else { continue }
            if segments.count >= 3 { return true }
            // Two segments only when the first is a home link: "Home › News".
            let first = Folding.key(Folding.fold(segments[0]))
            if lexicon.phrases(.chromeLine).matchesWhole(first) { return true }
        }
        return false
    }

    private static func isSegment(_ segment: String) -> Bool {
        let words = Folding.wordCount(segment)
        return words >= 1 && words <= maxSegmentWords && !TextShape.startsLowercase(segment)
    }

    static let separators: [Character] = ["\u{203A}", "\u{00BB}", ">", "/", "|", "\u{2192}", "\u{27E9}", "\u{2022}"]
    static let maxWords = 15
    static let maxSegmentWords = 4
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
