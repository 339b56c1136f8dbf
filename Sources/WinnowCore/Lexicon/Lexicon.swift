/// Phrase knowledge, kept as data: for each category, the phrases of every language merged into
/// one index. Built-in lists cover English, Russian, German, French, Spanish and Polish; a
/// config file can add phrases per language and category.
public struct Lexicon: Sendable {
    public enum Category: String, CaseIterable, Codable, Sendable {
        /// Whole lines that are appeal buttons or prompts ("Remind me later").
        case appealLine = "appeal_line"
        /// Starts of short appeal headers ("Support The Moscow Times!").
        case appealStart = "appeal_start"
        /// Phrases that only an appeal to readers uses ("we have a small favor to ask").
        case appealStrong = "appeal_strong"
        /// Words common in appeals, also common elsewhere ("journalism", "donat*").
        case appealWeak = "appeal_weak"
        /// Whole lines of site chrome ("Read more", "Advertisement", "Share").
        case chromeLine = "chrome_line"
        /// Starts of short chrome lines ("Share on", "Follow us on").
        case chromePrefix = "chrome_prefix"
        /// Headers over teaser lists ("Related articles", "Most read").
        case sectionHeader = "section_header"
        /// Phrases of cookie banners.
        case cookie = "cookie"
        /// Phrases of newsletter sign-ups.
        case newsletter = "newsletter"
        /// Phrases of copyright and legal lines.
        case copyright = "copyright"
        /// Starts of captions, punctuation included ("photo:").
        case captionPrefix = "caption_prefix"
        /// Photo credit phrases ("getty images").
        case creditCue = "credit_cue"
        /// Starts of bylines, punctuation included ("by ", "von ").
        case bylinePrefix = "byline_prefix"
        /// Month names and abbreviations, for dateline metadata.
        case month = "month"
        /// Auxiliary verbs, which a photo caption's participle clause lacks.
        case auxiliary = "auxiliary"
        /// Verbs that attribute speech ("said", "told"): an appeal speaks for the site, not a source.
        case reportingVerb = "reporting_verb"
        /// Function words, whose density marks prose.
        case stopword = "stopword"
    }

    private var indexes: [PhraseIndex]

    public init(sources: [LexiconSource]) {
        indexes = Array(repeating: PhraseIndex(), count: Category.allCases.count)
        for source in sources { add(source) }
    }

    /// The built-in phrases of every bundled language.
    public static let builtIn = Lexicon(sources: LexiconSource.builtIn)

    public func phrases(_ category: Category) -> PhraseIndex {
        indexes[Self.position(of: category)]
    }

    public mutating func add(_ source: LexiconSource) {
        for (category, phrases) in source.phrases {
            indexes[Self.position(of: category)].insert(contentsOf: phrases)
        }
    }

    private static let positions = Dictionary(uniqueKeysWithValues: Category.allCases.enumerated().map { ($1, $0) })

    private static func position(of category: Category) -> Int {
        positions[category]!
    }
}

/// The phrases of one language, by category.
public struct LexiconSource: Sendable {
    public let language: String
    public let phrases: [Lexicon.Category: [String]]

    public init(language: String, phrases: [Lexicon.Category: [String]]) {
        self.language = language
        self.phrases = phrases
    }

    public static let builtIn: [LexiconSource] = [.english, .russian, .german, .french, .spanish, .polish]
}
