/// Removes the headline printed again.
///
/// Removes: later units that equal the headline exactly or nearly: other case, other
/// punctuation, or a " | Site" / " - Site" suffix on either of the two.
/// Keeps: the first headline, and a first sentence that starts like the headline but goes on.
public struct RepeatedHeadlineFilter: Filter {
    public static let description = FilterDescription(
        id: "repeated_headline",
        name: "Repeated headlines",
        summary: "Removes copies of the headline after the first.",
        rules: [
            (Rule.exact, "the same text as the headline"),
            (Rule.near, "the same words as the headline, ignoring case and punctuation"),
            (Rule.siteSuffix, "the headline with or without a \" | Site\" or \" - Site\" suffix"),
        ],
        removes: [
            Example("""
            Kerry and Lavrov connect after only five days

            ↓Kerry and Lavrov connect after only five days

            U.S. Secretary of State John Kerry spoke over the phone with Russian Foreign Minister Sergei Lavrov.
            """),
            Example("""
            john Kerry and Sergei Lavrov discuss Syria, North Korea

            Other News Materials
            ↓john Kerry and Sergei Lavrov discuss Syria, North Korea.
            ↓JOHN KERRY AND SERGEI LAVROV DISCUSS SYRIA, NORTH KOREA
            """),
            Example("""
            Storm closes schools across the region | Daily Herald

            ↓Storm closes schools across the region
            """),
            Example("""
            Storm closes schools across the region

            ↓Storm closes schools across the region - The Daily Herald
            """),
        ],
        keeps: [
            Example("""
            Kerry and Lavrov connect after only five days

            Kerry and Lavrov connect after only five days of phone tag, officials said on Monday.
            """),
            Example("""
            Лавров и Керри обсудили Сирию

            Лавров и Керри обсудили Сирию и Северную Корею по телефону в воскресенье.
            """),
        ]
    )

    enum Rule {
        static let exact = "exact_repeat"
        static let near = "near_repeat"
        static let siteSuffix = "site_suffix"
    }

    public init(settings: Settings) {}

    public func removals(in view: DocumentView) -> [Removal] {
        guard let position = view.headlinePosition else { return [] }
        let headline = view[view.alive[position]]
        let headlineKeys = Self.keys(of: headline)
        var removals: [Removal] = []
        for index in view.alive[(position + 1)...] {
            let unit = view[index]
            guard unit.wordCount <= headline.wordCount + Self.suffixAllowance else { continue }
            if Self.sameText(unit, headline) {
                removals.append(Removal(unit: index, rule: Rule.exact))
            } else if Self.sameKey(unit, headline) {
                removals.append(Removal(unit: index, rule: Rule.near))
            } else if Self.sharesKey(unit, with: headlineKeys) {
                removals.append(Removal(unit: index, rule: Rule.siteSuffix))
            }
        }
        return removals
    }

    /// The unit's key, and the key of its text before a site-name separator.
    static func keys(of unit: Unit) -> [String] {
        var keys = [unit.key]
        forEachStem(of: unit) { keys.append($0) }
        return keys
    }

    private static func sameText(_ a: Unit, _ b: Unit) -> Bool {
        a.withTextBytes { x in b.withTextBytes { UTF8Bytes.equality(x, $0) } }.resolve { a.text == b.text }
    }

    private static func sameKey(_ a: Unit, _ b: Unit) -> Bool {
        a.withKeyBytes { x in b.withKeyBytes { UTF8Bytes.equality(x, $0) } }.resolve { a.key == b.key }
    }

    /// Whether any of the unit's keys is one of `keys`; stems are made only after a separator.
    static func sharesKey(_ unit: Unit, with keys: [String]) -> Bool {
        let sharesWholeKey = unit.withKeyBytes { key in
            keys.contains { other in other.withUTF8Bytes { UTF8Bytes.equality($0, key) }.resolve { other == unit.key } }
        }
        if sharesWholeKey { return true }
        var shares = false
        forEachStem(of: unit) { stem in shares = shares || keys.contains { UTF8Bytes.equal($0, stem) } }
        return shares
    }

    /// Calls `body` with the key of the text before the last of each site separator, when that
    /// key has three words or more.
    private static func forEachStem(of unit: Unit, _ body: (String) -> Void) {
        unit.withTextBytes { text in
            guard mayHaveSeparator(text) else { return }
            for separator in siteSeparatorBytes {
                guard let end = lastStart(of: separator, in: text) else { continue }
                let stem = Folding.key(Folding.fold(String(decoding: UnsafeBufferPointer(rebasing: text[..<end]), as: UTF8.self)))
                if Folding.wordCount(stem) >= 3 { body(stem) }
            }
        }
    }

    /// Every separator is a space, then "|", "-", ":" or a character whose UTF-8 starts with
    /// 0xC2 or 0xE2: one pass rules out most texts before seven searches.
    private static func mayHaveSeparator(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count > 2 else { return false }
        for index in 0..<(text.count - 1) where text[index] == 0x20 {
            switch text[index + 1] {
            case 0x7C, 0x2D, 0x3A, 0xC2, 0xE2: return true
            default: continue
            }
        }
        return false
    }

    /// Where the last occurrence of `needle` starts, not counting one at the very start (a
    /// head must be left before it).
    private static func lastStart(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count > needle.count else { return nil }
        var start = text.count - needle.count
        while start > 0 {
            if text[start] == needle[0] && UnsafeBufferPointer(rebasing: text[start..<(start + needle.count)]).elementsEqual(needle) {
                return start
            }
            start -= 1
        }
        return nil
    }

    static let siteSeparators = [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} ", " \u{2022} "]
    private static let siteSeparatorBytes = siteSeparators.map { Array($0.utf8) }
    /// A site suffix adds a few words at most.
    static let suffixAllowance = 6
}
