/// Removes navigation and site chrome.
///
/// Removes: "Latest", "Read more", "Continue reading...", share/follow/print/email lines,
/// "Advertisement", breadcrumbs ("Home › Science › Space"), section headers such as "Related
/// articles" or "Most read" with the teaser list under them, comment and log-in prompts,
/// newsletter sign-ups, cookie banners, copyright lines, and dateline metadata lines like
/// "Other News Materials 18 February 2013 03:43 (UTC +04:00)".
/// Keeps: sentences that merely contain those words ("Latest figures show...", a quote saying
/// "read more"), and prose after a section header.
public struct NavigationChromeFilter: Filter {
    public static let description = FilterDescription(
        id: "navigation",
        name: "Navigation and \"Latest\"/\"Read more\" chrome",
        summary: "Removes menus, share and follow lines, breadcrumbs, teaser lists, sign-up prompts, cookie and copyright lines.",
        rules: [
            (Rule.chromeLine, "a whole line of site chrome from the lexicon (\"Read more\", \"Share\")"),
            (Rule.chromePrefix, "a short line starting like chrome (\"Share on\", \"Follow us on\", \"Tags:\")"),
            (Rule.sectionHeader, "a header over a teaser list (\"Related articles\", \"Most read\")"),
            (Rule.teaserList, "a short teaser item under such a header"),
            (Rule.cookie, "a cookie banner"),
            (Rule.newsletter, "a newsletter sign-up"),
            (Rule.copyright, "a copyright or rights line"),
            (Rule.breadcrumb, "a breadcrumb trail or menu of short segments (\"Home › Science › Space\")"),
            (Rule.dateline, "a short metadata line made mostly of dates, times and time zones"),
        ],
        parameters: [Parameters.lineWords, Parameters.prefixWords, Parameters.teaserWords, Parameters.bannerWords],
        removes: [
            Example("""
            Kerry and Lavrov discuss Syria

            ↓Other News Materials 18 February 2013 03:43 (UTC +04:00)

            The two countries are far apart on Syria, diplomats said.

            ↓Latest

            ↓Latest
            """),
            Example("""
            ↓Home › Science › Space

            Probe reaches the outer planets

            The probe sent its first images on Friday.

            ↓Read more »
            ↓Share on Facebook
            ↓Continue reading...
            ↓Advertisement
            """),
            Example("""
            The council will vote again in June.

            ↓Related articles
            ↓Council delays vote on new tram line
            ↓Mayor defends budget after protests
            ↓Five things to know about the tram plan

            ↓We use cookies to improve your experience. By continuing to browse you accept our cookie policy.

            ↓Sign up for our newsletter to get the best stories delivered to your inbox.

            ↓© 2024 Daily Herald. All rights reserved.
            """),
            Example("""
            Суд отложил заседание

            ↓Читайте также
            ↓Суд арестовал бывшего министра
            ↓Поделиться
            """),
        ],
        keeps: [
            Example("""
            Unemployment falls again

            Latest figures show unemployment fell to 4.1 percent in March, the lowest in a decade.

            "If you want to read more, go to the library," she told the students.

            Related articles in the journal describe the same effect in mice, the authors said in their paper published on Monday.

            The report, published on 18 February 2013, found rising costs.
            """),
        ]
    )

    enum Rule {
        static let chromeLine = "chrome_line"
        static let chromePrefix = "chrome_prefix"
        static let sectionHeader = "section_header"
        static let teaserList = "teaser_list"
        static let cookie = "cookie_banner"
        static let newsletter = "newsletter"
        static let copyright = "copyright"
        static let breadcrumb = "breadcrumb"
        static let dateline = "dateline_metadata"
    }

    enum Parameters {
        static let lineWords = Parameter("line_max_words", 8, "longest whole chrome line, in words")
        static let prefixWords = Parameter("prefix_max_words", 15, "longest line removed for a chrome start")
        static let teaserWords = Parameter("teaser_max_words", 20, "longest teaser item under a section header")
        static let bannerWords = Parameter("banner_max_words", 80, "longest cookie banner or newsletter prompt")
    }

    private let lineWords: Int
    private let prefixWords: Int
    private let teaserWords: Int
    private let bannerWords: Int

    public init(settings: Settings) {
        let id = Self.description.id
        lineWords = settings.int(Parameters.lineWords, of: id)
        prefixWords = settings.int(Parameters.prefixWords, of: id)
        teaserWords = settings.int(Parameters.teaserWords, of: id)
        bannerWords = settings.int(Parameters.bannerWords, of: id)
    }

    public func removals(in view: DocumentView) -> [Removal] {
        let phrases = Phrases(view.lexicon)
        var removals: [Removal] = []
        var underHeader = false
        for index in view.alive {
            let unit = view[index]
            if underHeader && isTeaser(unit) {
                removals.append(Removal(unit: index, rule: Rule.teaserList))
                continue
            }
            underHeader = false
            if unit.wordCount <= lineWords && unit.withKeyBytes({ phrases.sectionHeader.matchesWhole($0) }) {
                removals.append(Removal(unit: index, rule: Rule.sectionHeader, detail: unit.key))
                underHeader = true
            } else if let removal = judge(unit, index: index, view: view, phrases: phrases) {
                removals.append(removal)
            }
        }
        return removals
    }

    /// The phrase lists asked about every unit, taken from the lexicon once per document.
    struct Phrases {
        let sectionHeader: PhraseIndex
        let chromeLine: PhraseIndex
        let chromePrefix: PhraseIndex
        let bylinePrefix: PhraseIndex
        let month: PhraseIndex

        init(_ lexicon: Lexicon) {
            sectionHeader = lexicon.phrases(.sectionHeader)
            chromeLine = lexicon.phrases(.chromeLine)
            chromePrefix = lexicon.phrases(.chromePrefix)
            bylinePrefix = lexicon.phrases(.bylinePrefix)
            month = lexicon.phrases(.month)
        }
    }

    private func judge(_ unit: Unit, index: Int, view: DocumentView, phrases: Phrases) -> Removal? {
        if unit.wordCount <= lineWords && unit.withKeyBytes({ phrases.chromeLine.matchesWhole($0) }) {
            return Removal(unit: index, rule: Rule.chromeLine, detail: unit.key)
        }
        if unit.wordCount <= prefixWords, let phrase = chromeStart(unit, index: index, view: view, phrases: phrases) {
            return Removal(unit: index, rule: Rule.chromePrefix, detail: phrase)
        }
        if unit.wordCount <= bannerWords {
            if let phrase = view.firstCue(.cookie, in: index) {
                return Removal(unit: index, rule: Rule.cookie, detail: phrase)
            }
            if let phrase = view.firstCue(.newsletter, in: index), unit.wordCount <= bannerWords / 2 {
                return Removal(unit: index, rule: Rule.newsletter, detail: phrase)
            }
        }
        if let detail = copyrightCue(unit, index: index, view: view) {
            return Removal(unit: index, rule: Rule.copyright, detail: detail)
        }
        if Breadcrumb.matches(unit, chromeLine: phrases.chromeLine) {
            return Removal(unit: index, rule: Rule.breadcrumb)
        }
        if Dateline.matches(unit, bylinePrefix: phrases.bylinePrefix, months: phrases.month) {
            return Removal(unit: index, rule: Rule.dateline)
        }
        return nil
    }

    /// A raw prefix ("tags:") on the folded text, else a phrase at the start of the key.
    private func chromeStart(_ unit: Unit, index: Int, view: DocumentView, phrases: Phrases) -> String? {
        let prefixes = phrases.chromePrefix
        if let raw = unit.withFoldedStart(minimum: prefixes.longestRawPrefix, { prefixes.rawPrefix(ofFolded: $0) }) {
            return prefixes.phrases[raw]
        }
        return view.prefixCue(.chromePrefix, in: index)
    }

    private func copyrightCue(_ unit: Unit, index: Int, view: DocumentView) -> String? {
        guard unit.wordCount <= Self.copyrightWords else { return nil }
        if startsWithCopyrightSign(unit) {
            return "starts with a copyright sign"
        }
        return view.firstCue(.copyright, in: index)
    }

    /// "© 2024", "Copyright © 2024", "(c) 2024".
    private func startsWithCopyrightSign(_ unit: Unit) -> Bool {
        let sign = unit.withTextBytes { UTF8Bytes.hasPrefix($0, "\u{00A9}") }
        // One byte past the longest mark, to see where the mark's last character ends.
        let (word, short) = unit.withFoldedStart(minimum: 13) {
            (UTF8Bytes.hasPrefix($0, "copyright \u{00A9}"), UTF8Bytes.hasPrefix($0, "(c) "))
        }
        return sign.or(word).or(short).resolve {
            unit.text.hasPrefix("\u{00A9}") || unit.folded.hasPrefix("copyright \u{00A9}") || unit.folded.hasPrefix("(c) ")
        }
    }

    /// Teaser items are short and read like headlines, not sentences.
    private func isTeaser(_ unit: Unit) -> Bool {
        unit.wordCount <= teaserWords
            && (unit.isGluedItem || !TextShape.endsWithTerminalPunctuation(unit) || TextShape.endsWithEllipsis(unit))
    }

    static let copyrightWords = 30
}
