/// Removes ellipsis fragments.
///
/// Removes: lines that are only "..." or "…", teasers cut off with an ellipsis, and fragments
/// that start with one ("… we have a small favor to ask.").
/// Keeps: an ellipsis inside a sentence, a quote that trails off inside its quotation marks,
/// and a paragraph of several sentences whose last one trails off.
public struct EllipsisFragmentFilter: Filter {
    public static let description = FilterDescription(
        id: "ellipsis_fragment",
        name: "Ellipsis fragments",
        summary: "Removes bare ellipses, teasers cut off with an ellipsis, and fragments starting with one.",
        rules: [
            (Rule.only, "a line of nothing but dots or ellipses"),
            (Rule.truncated, "a short single-sentence teaser cut off with an ellipsis"),
            (Rule.leading, "a fragment that starts with an ellipsis and a lowercase word"),
        ],
        parameters: [Parameters.teaserWords],
        removes: [
            Example("""
            ↓...

            Kerry and Lavrov discuss Syria

            The two countries are far apart on Syria.

            ↓…
            """),
            Example("""
            Storm hits the coast

            The storm reached the coast on Monday night.

            ↓Officials say the damage to the harbour could take months to…
            ↓Residents of the old town were told to leave their homes before...
            ↓… and the mayor said the city would rebuild.
            """),
        ],
        keeps: [
            Example("""
            Storm hits the coast

            The mayor paused... then said the city would rebuild within a year.

            "We will see what happens next...," the mayor said.

            Residents waited for news. Some packed their cars. Others simply stayed and waited...
            """),
        ]
    )

    enum Rule {
        static let only = "only_ellipsis"
        static let truncated = "truncated_teaser"
        static let leading = "leading_ellipsis"
    }

    enum Parameters {
        static let teaserWords = Parameter("teaser_max_words", 40, "longest cut-off teaser, in words")
    }

    private let teaserWords: Int

    public init(settings: Settings) {
        teaserWords = settings.int(Parameters.teaserWords, of: Self.description.id)
    }

    public func removals(in view: DocumentView) -> [Removal] {
        view.alive.compactMap { index in
            rule(for: view[index]).map { Removal(unit: index, rule: $0) }
        }
    }

    private func rule(for unit: Unit) -> String? {
        if unit.keyByteCount == 0 && unit.text.unicodeScalars.allSatisfy(Self.isDotOrSpace) {
            return Rule.only
        }
        if TextShape.startsWithEllipsis(unit) && TextShape.startsLowercase(unit) {
            return Rule.leading
        }
        if TextShape.endsWithEllipsis(unit) && unit.wordCount <= teaserWords && Self.isSingleSentence(unit.text) {
            return Rule.truncated
        }
        return nil
    }

    /// One sentence: no ". X" sentence break before the final ellipsis.
    static func isSingleSentence(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let body = scalars.dropLast(3)
        for index in body.indices.dropLast() where [".", "!", "?"].contains(body[index]) {
            if body[index + 1] == " " && index + 2 < scalars.count && scalars[index + 2].properties.isUppercase {
                return false
            }
        }
        return true
    }

    static func isDotOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "\u{2026}" || scalar == " " || scalar == "\u{00B7}"
    }
}
