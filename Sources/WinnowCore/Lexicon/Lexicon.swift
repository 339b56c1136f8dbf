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
    /// The categories filters scan every unit for, in one trie (see `CueTable`).
    private(set) var cueTrie = CueTrie()

    public init(sources: [LexiconSource]) {
        assert(Category.allCases.enumerated().allSatisfy { $0.element.position == $0.offset })
        // Each category's phrases of all sources in one insert: an index freezes its trie once
        // per insert, and start-up (which every run pays) built each one once per language.
        var gathered = Array(repeating: [String](), count: Category.allCases.count)
        for source in sources {
            for (category, phrases) in source.phrases { gathered[category.position] += phrases }
        }
        indexes = gathered.map { PhraseIndex($0) }
        cueTrie = CueTrie(phrases: phrases)
    }

    /// The built-in phrases of every bundled language.
    public static let builtIn = Lexicon(sources: LexiconSource.builtIn)

    public func phrases(_ category: Category) -> PhraseIndex {
        indexes[category.position]
    }

    /// Phrase number `index` of a category, as matches and cues report them.
    func phrase(_ category: Category, _ index: Int32) -> String {
        indexes[category.position].phrases[Int(index)]
    }

    public mutating func add(_ source: LexiconSource) {
        insert(source)
        cueTrie = CueTrie(phrases: phrases)
    }

    private mutating func insert(_ source: LexiconSource) {
        for (category, phrases) in source.phrases {
            indexes[category.position].insert(contentsOf: phrases)
        }
    }
}

extension Lexicon.Category {
    /// The category's place in `allCases`, which indexes per-category storage.
    var position: Int {
        switch self {
        case .appealLine: 0
        case .appealStart: 1
        case .appealStrong: 2
        case .appealWeak: 3
        case .chromeLine: 4
        case .chromePrefix: 5
        case .sectionHeader: 6
        case .cookie: 7
        case .newsletter: 8
        case .copyright: 9
        case .captionPrefix: 10
        case .creditCue: 11
        case .bylinePrefix: 12
        case .month: 13
        case .auxiliary: 14
        case .reportingVerb: 15
        case .stopword: 16
        }
    }

    /// The category at `position` in `allCases`.
    init(position: Int) {
        self = Self.allCases[position]
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
