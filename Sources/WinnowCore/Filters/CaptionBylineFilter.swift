/// Removes photo captions, credits and bylines.
///
/// Removes: "Photo:" / "Image caption" lines, photo credit lines ("AP Photo/Evan Vucci"),
/// bylines ("By Jane Doe | Feb. 18, 2013"), and a short photo caption directly under the
/// headline, recognised by its participle clause without an auxiliary verb ("Lavrov talking
/// Saturday in Munich.").
/// Keeps: a short first sentence with a finite verb ("Lavrov talks to Kerry on Saturday."),
/// agency tags like "(AP, Reuters)", sentences starting with "By the time".
public struct CaptionBylineFilter: Filter {
    public static let description = FilterDescription(
        id: "caption_byline",
        name: "Captions and bylines",
        summary: "Removes photo captions and credits, bylines, and a short caption under the headline.",
        rules: [
            (Rule.captionPrefix, "a line starting like a caption (\"Photo:\", \"Image caption\")"),
            (Rule.credit, "a short photo credit line (\"Getty Images\", \"AP Photo/...\")"),
            (Rule.byline, "a byline: \"By\" and a capitalised name, maybe a date"),
            (Rule.underHeadline, "a short participle clause right under the headline"),
        ],
        parameters: [Parameters.captionWords, Parameters.creditWords, Parameters.bylineWords, Parameters.underHeadlineWords],
        removes: [
            Example("""
            Lavrov, Kerry Trade Jibes in Munich
            
            ↓Lavrov talking Saturday in Munich.

            Tensions between Russia and the West are running high over Ukraine, and while that didn't stop Kerry from sharing news, it kept NATO and Russia apart.
            """),
            Example("""
            Storm hits the coast

            ↓By Jane Doe | February 18, 2013

            ↓Photo: Waves break over the harbour wall on Monday.
            ↓AP Photo/Evan Vucci

            The storm reached the coast on Monday night and cut power to thousands of homes.

            ↓Image caption Rescue teams worked through the night
            """),
            Example("""
            Шторм обрушился на побережье

            ↓Фото: волны у причала в понедельник

            Шторм достиг побережья в понедельник вечером.
            """),
        ],
        keeps: [
            Example("""
            Lavrov talks to Kerry

            Lavrov talks to Kerry on Saturday.

            The two ministers met on the sidelines of the Munich Security Conference and discussed Ukraine at length.

            By the time the talks ended, no agreement had been reached.

            (AP, Reuters)
            """),
            Example("""
            Storm hits the coast

            Officials warning of floods were ignored.

            The storm reached the coast on Monday night and cut power to thousands of homes across the region.
            """),
        ]
    )

    enum Rule {
        static let captionPrefix = "caption_prefix"
        static let credit = "photo_credit"
        static let byline = "byline"
        static let underHeadline = "caption_under_headline"
    }

    enum Parameters {
        static let captionWords = Parameter("caption_max_words", 40, "longest line removed for a caption start")
        static let creditWords = Parameter("credit_max_words", 10, "longest photo credit line")
        static let bylineWords = Parameter("byline_max_words", 12, "longest byline")
        static let underHeadlineWords = Parameter("under_headline_max_words", 12, "longest caption under the headline")
    }

    private let captionWords: Int
    private let creditWords: Int
    private let bylineWords: Int
    private let underHeadlineWords: Int

    public init(settings: Settings) {
        let id = Self.description.id
        captionWords = settings.int(Parameters.captionWords, of: id)
        creditWords = settings.int(Parameters.creditWords, of: id)
        bylineWords = settings.int(Parameters.bylineWords, of: id)
        underHeadlineWords = settings.int(Parameters.underHeadlineWords, of: id)
    }

    public func removals(in view: DocumentView) -> [Removal] {
        let phrases = Phrases(view.lexicon)
        var removals: [Removal] = []
        let headline = view.headlinePosition
        for (position, index) in view.alive.enumerated() where position != headline {
            let unit = view[index]
            if let removal = judge(unit, index: index, view: view, phrases: phrases) {
                removals.append(removal)
            } else if let headline, position == headline + 1, isCaptionUnderHeadline(unit, view: view, position: position) {
                removals.append(Removal(unit: index, rule: Rule.underHeadline, detail: "participle clause"))
            }
        }
        return removals
    }

    /// The phrase lists asked about every unit, taken from the lexicon once per document.
    struct Phrases {
        let captionPrefix: PhraseIndex
        let bylinePrefix: PhraseIndex
        let creditCue: PhraseIndex

        init(_ lexicon: Lexicon) {
            captionPrefix = lexicon.phrases(.captionPrefix)
            bylinePrefix = lexicon.phrases(.bylinePrefix)
            creditCue = lexicon.phrases(.creditCue)
        }
    }

    private func judge(_ unit: Unit, index: Int, view: DocumentView, phrases: Phrases) -> Removal? {
        guard unit.wordCount <= max(captionWords, creditWords, bylineWords) else { return nil }
        if unit.wordCount <= captionWords, let phrase = rawPrefix(of: unit, in: phrases.captionPrefix) {
            return Removal(unit: index, rule: Rule.captionPrefix, detail: phrase)
        }
        if unit.wordCount <= creditWords, let phrase = creditPhrase(unit, index: index, view: view, cues: phrases.creditCue) {
            return Removal(unit: index, rule: Rule.credit, detail: phrase)
        }
        if unit.wordCount <= bylineWords, let phrase = rawPrefix(of: unit, in: phrases.bylinePrefix),
           isByline(unit, prefix: phrase) {
            return Removal(unit: index, rule: Rule.byline, detail: phrase)
        }
        return nil
    }

    /// The raw prefix phrase ("photo:", "by ") the unit's folded text starts with.
    private func rawPrefix(of unit: Unit, in phrases: PhraseIndex) -> String? {
        unit.withFoldedStart(minimum: phrases.longestRawPrefix) { phrases.rawPrefix(ofFolded: $0) }.map { phrases.phrases[$0] }
    }

    /// Credits with a slash ("reuters/") are matched on the folded text, where it survives.
    private func creditPhrase(_ unit: Unit, index: Int, view: DocumentView, cues: PhraseIndex) -> String? {
        if let phrase = view.firstCue(.creditCue, in: index), !phrase.utf8.contains(0x2F) { return phrase }
        // Folding never makes or removes a slash, so the text tells whether the folded text has one.
        guard unit.withTextBytes({ $0.contains(0x2F) }) else { return nil }
        let folded = unit.folded
        return cues.phrases.first { $0.utf8.contains(0x2F) && ByteSearch.contains(folded, Folding.fold($0)) }
    }

    /// After "By ": a capitalised name, not a lowercase word ("By the time...").
    private func isByline(_ unit: Unit, prefix: String) -> Bool {
        let rest = unit.text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        let restText = String(String.UnicodeScalarView(rest))
        if prefix.hasSuffix(":") { return true }
        return TextShape.startsUppercase(restText) && !TextShape.endsWithTerminalPunctuation(unit)
    }

    /// "Lavrov talking Saturday in Munich.": capitalised words, then an -ing word, and no
    /// auxiliary verb anywhere; only right under the headline and before a longer paragraph.
    private func isCaptionUnderHeadline(_ unit: Unit, view: DocumentView, position: Int) -> Bool {
        guard unit.wordCount <= underHeadlineWords, unit.wordCount >= 2,
              let next = view.next(after: position), next.wordCount > unit.wordCount else { return false }
        let words = TextShape.words(unit.text)
        let auxiliaries = view.lexicon.phrases(.auxiliary)
        guard !words.contains(where: { auxiliaries.containsWord(Folding.key(Folding.fold(String($0)))) }) else {
            return false
        }
        for (offset, word) in words.prefix(4).enumerated() where offset > 0 {
            let folded = Folding.key(Folding.fold(String(word)))
            if folded.hasSuffix("ing") && folded.count > 4 {
                return words.prefix(offset).allSatisfy { TextShape.startsUppercase(String($0)) }
            }
        }
        return false
    }
}
