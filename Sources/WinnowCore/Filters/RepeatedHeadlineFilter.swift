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
            if unit.text == headline.text {
                removals.append(Removal(unit: index, rule: Rule.exact))
            } else if unit.key == headline.key {
                removals.append(Removal(unit: index, rule: Rule.near))
            } else if !headlineKeys.isDisjoint(with: Self.keys(of: unit)) {
                removals.append(Removal(unit: index, rule: Rule.siteSuffix))
            }
        }
        return removals
    }

    /// The unit's key, and the key of its text before a site-name separator.
    static func keys(of unit: Unit) -> Set<String> {
        var keys: Set<String> = [unit.key]
        for separator in siteSeparators {
            if let head = TextShape.text(of: unit.text, beforeLast: separator) {
                let stem = Folding.key(Folding.fold(head))
                if Folding.wordCount(stem) >= 3 { keys.insert(stem) }
            }
        }
        return keys
    }

    static let siteSeparators = [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} ", " \u{2022} "]
    /// A site suffix adds a few words at most.
    static let suffixAllowance = 6
}
