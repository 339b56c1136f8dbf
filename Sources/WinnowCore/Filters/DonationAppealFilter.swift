/// Removes donation and membership appeals.
///
/// Removes: "Support X!" headers, appeal buttons and payment lines ("Remind me later."), and
/// appeal blocks: a paragraph whose wording only an appeal uses, with the paragraphs, buttons
/// and payment lines that follow it while they keep talking like an appeal.
/// Keeps: news about donations and support ("The charity's donations fell"), reported speech
/// that asks for help or support, headlines that start with "Support for".
public struct DonationAppealFilter: Filter {
    public static let description = FilterDescription(
        id: "donation_appeal",
        name: "Donation and membership appeals",
        summary: "Removes appeals to readers for money or membership, with their buttons and payment lines.",
        rules: [
            (Rule.header, "a short \"Support X!\" header"),
            (Rule.button, "an appeal button or prompt line from the lexicon"),
            (Rule.block, "a paragraph with an appeal phrase, scoring as an appeal (strong phrases 2, weak words 1)"),
            (Rule.blockTail, "a unit after an appeal block that still reads like an appeal"),
        ],
        parameters: [Parameters.blockScore, Parameters.headerWords, Parameters.buttonWords, Parameters.tailWords],
        removes: [
            Example("""
            ↓Support The Moscow Times!

            Lavrov, Kerry Trade Jibes in Munich

            Tensions between Russia and the West are running high over Ukraine, diplomats said.
            """),
            Example("""
            Kerry paused before replying, "I hadn't thought of it that way."

            ↓… we have a small favor to ask. As you may have heard, our newsroom is under pressure. Your support keeps independent journalism alive.

            ↓We, the journalists of this paper, refuse to be silenced. But we need your help to continue our critical mission.

            ↓paiment methods
            ↓Not ready to support today?
            ↓Remind me later.
            """),
            Example("""
            The vote is due on Monday.

            ↓Become a member
            ↓Donate now
            ↓Maybe later
            """),
            Example("""
            Суд отложил заседание до марта.

            ↓Поддержите нас! Ваша поддержка позволяет нам сохранять независимую журналистику.
            """),
        ],
        keeps: [
            Example("""
            Support for the bill grows in rural Ohio

            The charity said donations had fallen by a third last year and appealed for public support.

            "We need your help to find her," police said on Tuesday.

            "We need your help," director Anna Kowalski told reporters. "Your support matters more than ever this winter."
            """),
            Example("""
            Red Cross donations surge after earthquake

            Donations to the Red Cross rose sharply this week as volunteers joined relief efforts, the organisation said, thanking supporters for their help.
            """),
        ]
    )

    enum Rule {
        static let header = "appeal_header"
        static let button = "appeal_button"
        static let block = "appeal_block"
        static let blockTail = "appeal_block_tail"
    }

    enum Parameters {
        static let blockScore = Parameter("block_score", 3, "score that makes a paragraph an appeal")
        static let headerWords = Parameter("header_max_words", 6, "longest \"Support X!\" header, in words")
        static let buttonWords = Parameter("button_max_words", 8, "longest appeal button line, in words")
        static let tailWords = Parameter("tail_max_words", 15, "longest cue-less unit still removed after a block")
    }

    private let blockScore: Int
    private let headerWords: Int
    private let buttonWords: Int
    private let tailWords: Int

    public init(settings: Settings) {
        let id = Self.description.id
        blockScore = settings.int(Parameters.blockScore, of: id)
        headerWords = settings.int(Parameters.headerWords, of: id)
        buttonWords = settings.int(Parameters.buttonWords, of: id)
        tailWords = settings.int(Parameters.tailWords, of: id)
    }

    public func removals(in view: DocumentView) -> [Removal] {
        let appealLines = view.lexicon.phrases(.appealLine)
        var removals: [Removal] = []
        var inBlock = false
        for index in view.alive {
            let unit = view[index]
            if let removal = judge(unit, index: index, inBlock: inBlock, view: view, appealLines: appealLines) {
                removals.append(removal)
                inBlock = inBlock || removal.rule == Rule.block
            } else {
                inBlock = false
            }
        }
        return removals
    }

    private func judge(_ unit: Unit, index: Int, inBlock: Bool, view: DocumentView, appealLines: PhraseIndex) -> Removal? {
        if unit.wordCount <= buttonWords && unit.withKeyBytes({ appealLines.matchesWhole($0) }) {
            return Removal(unit: index, rule: Rule.button, detail: unit.key)
        }
        if isHeader(unit, index: index, view: view) {
            return Removal(unit: index, rule: Rule.header, detail: unit.key)
        }
        // Reported speech ("...," the director said) quotes a source; appeals speak for the site.
        guard view.cues.first(.reportingVerb, in: index) == nil else { return nil }
        let strong = view.cueCount(.appealStrong, in: index)
        let score = strong == 0 && !inBlock ? 0 : 2 * strong + view.cueCount(.appealWeak, in: index)
        if strong > 0 && score >= blockScore {
            let cues = view.allCues(.appealStrong, in: index) + view.allCues(.appealWeak, in: index)
            return Removal(unit: index, rule: Rule.block, detail: "score \(score): " + cues.joined(separator: ", "))
        }
        if inBlock && (score > 0 || unit.wordCount <= tailWords) {
            return Removal(unit: index, rule: Rule.blockTail, detail: score > 0 ? "score \(score)" : "short line")
        }
        return nil
    }

    /// "Support The Moscow Times!": an appeal verb, then only capitalised words or "us", ending
    /// in "!" or nothing. "Support for the bill grows" has lowercase words and stays.
    private func isHeader(_ unit: Unit, index: Int, view: DocumentView) -> Bool {
        guard unit.wordCount <= headerWords, let start = view.prefixCue(.appealStart, in: index) else {
            return false
        }
        if unit.withTextBytes({ $0.last == 0x21 }) { return true }
        guard !TextShape.endsWithTerminalPunctuation(unit) else { return false }
        let rest = TextShape.words(unit.text).dropFirst(Folding.wordCount(start))
        return !rest.isEmpty && rest.allSatisfy { TextShape.startsUppercase(String($0)) || $0.lowercased() == "us" }
    }
}
