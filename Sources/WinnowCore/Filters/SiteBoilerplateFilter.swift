/// Removes the lines a site repeats on its pages (masthead, footer, tip line, "filed under"),
/// learned from the batch: lexicons cannot know every site's wording, but the site's other
/// pages show it.
///
/// Removes: a line whose fingerprint (folded words, digits masked) occurs in at least
/// `min_documents` of the site's pages and in at least `min_fraction` of them. The headline and
/// long lines (prose) need the stronger `strong_min_documents` and `strong_min_fraction`.
/// Keeps: everything when the site has a single page or no profile was learned or given; lines
/// only a few of the site's pages share; every line of a page that is a copy of the site's
/// other pages (nothing of it would be left).
public struct SiteBoilerplateFilter: BatchLearningFilter {
    public static let description = FilterDescription(
        id: "site_profile",
        name: "Site boilerplate learned from the batch",
        summary: "Removes lines that repeat across the pages of one site (mastheads, footers, tip lines).",
        rules: [
            (Rule.line, "a line found on enough of the site's pages"),
            (Rule.headline, "the headline, found on nearly all of the site's pages (a site name, not a headline)"),
            (Rule.longLine, "a long line found on nearly all of the site's pages (a standing blurb)"),
        ],
        parameters: [Parameters.minDocuments, Parameters.minFraction, Parameters.strongMinDocuments,
                     Parameters.strongMinFraction, Parameters.longLineWords],
        removes: [
            Example("""
            The Harbour Ledger
            Ferry timetable changes next month
            The ferry company will run two extra boats on weekdays from March.
            Tips for the newsroom go to the night desk on Quay Street.
            Filed under harbour life and local rumours.
            \u{2042}
            The Harbour Ledger
            Lighthouse keeper retires after 31 years
            Ann Morrow kept the light for three decades and will move inland.
            Tips for the newsroom go to the night desk on Quay Street.
            Filed under harbour life and local rumours.
            \u{2042}
            The Harbour Ledger
            Fish market moves to the old rope works
            Traders voted to move after the roof of the old hall failed.
            Tips for the newsroom go to the night desk on Quay Street.
            Filed under harbour life and local rumours.
            \u{2042}
            The Harbour Ledger
            Council approves new sea wall
            Work on the wall begins in June and should take two years.
            Tips for the newsroom go to the night desk on Quay Street.
            Filed under harbour life and local rumours.
            \u{2042}
            ↓The Harbour Ledger
            Storm closes the harbour for 2 days
            No boats left the harbour on Tuesday or Wednesday as gales reached 90 km/h.
            ↓Tips for the newsroom go to the night desk on Quay Street.
            ↓Filed under harbour life and local rumours.
            """),
        ],
        keeps: [
            Example("""
            The Harbour Ledger
            Storm closes the harbour for 2 days
            No boats left the harbour on Tuesday or Wednesday as gales reached 90 km/h.
            Tips for the newsroom go to the night desk on Quay Street.
            """),
            Example("""
            Ferry timetable changes next month
            The mayor said the harbour would stay open.
            \u{2042}
            Lighthouse keeper retires
            The keeper said the light would stay on.
            \u{2042}
            Fish market moves
            Traders voted to move after the roof failed.
            \u{2042}
            Council approves new sea wall
            Work begins in June.
            \u{2042}
            Storm closes the harbour
            The mayor said the harbour would stay open.
            """),
            Example("""
            The Harbour Ledger
            Storm closes the harbour for 2 days
            No boats left the harbour on Tuesday or Wednesday as gales reached 90 km/h.
            \u{2042}
            The Harbour Ledger
            Storm closes the harbour for 2 days
            No boats left the harbour on Tuesday or Wednesday as gales reached 90 km/h.
            \u{2042}
            The Harbour Ledger
            Storm closes the harbour for 2 days
            No boats left the harbour on Tuesday or Wednesday as gales reached 90 km/h.
            \u{2042}
            The Harbour Ledger
            Storm closes the harbour for 2 days
            No boats left the harbour on Tuesday or Wednesday as gales reached 90 km/h.
            \u{2042}
            The Harbour Ledger
            Storm closes the harbour for 2 days
            No boats left the harbour on Tuesday or Wednesday as gales reached 90 km/h.
            """),
        ]
    )

    enum Rule {
        static let line = "repeated_line"
        static let headline = "repeated_headline"
        static let longLine = "repeated_long_line"
    }

    enum Parameters {
        static let minDocuments = Parameter("min_documents", 3, "pages of the site a line must be on")
        static let minFraction = Parameter("min_fraction", 0.4, "share of the site's pages a line must be on")
        static let strongMinDocuments = Parameter(
            "strong_min_documents", 5, "pages a headline or long line must be on")
        static let strongMinFraction = Parameter(
            "strong_min_fraction", 0.8, "share of the site's pages a headline or long line must be on")
        static let longLineWords = Parameter("long_line_words", 25, "words from which a line counts as prose")
    }

    /// How much evidence a line needs before it is taken for the site's boilerplate.
    struct Threshold: Sendable {
        let documents: Int
        let fraction: Double

        func isMet(count: Int, of total: Int) -> Bool {
            count >= documents && Double(count) >= fraction * Double(total)
        }
    }

    /// A site's lines that meet the weaker of the two thresholds: the only ones that can go.
    /// A site's full table has every line of its pages; this one, a few dozen, is looked up
    /// for every line cleaned.
    private struct Candidates: Sendable {
        let documents: Int
        let lines: [UInt64: Int]
    }

    private var sites: [String: Candidates] = [:]
    private let normal: Threshold
    private let strong: Threshold
    private let longLineWords: Int

    public init(settings: Settings) {
        let id = Self.description.id
        // A single page teaches nothing, whatever the parameters say.
        normal = Threshold(documents: max(2, settings.int(Parameters.minDocuments, of: id)),
                           fraction: settings.value(Parameters.minFraction, of: id))
        strong = Threshold(documents: max(2, settings.int(Parameters.strongMinDocuments, of: id)),
                           fraction: settings.value(Parameters.strongMinFraction, of: id))
        longLineWords = settings.int(Parameters.longLineWords, of: id)
        if let profile = settings.siteProfile { sites = candidates(of: profile) }
    }

    public func learning(_ profile: SiteProfile) -> SiteBoilerplateFilter {
        var copy = self
        copy.sites = candidates(of: profile)
        return copy
    }

    private func candidates(of profile: SiteProfile) -> [String: Candidates] {
        let weakest = Threshold(documents: min(normal.documents, strong.documents),
                                fraction: min(normal.fraction, strong.fraction))
        return profile.sites.compactMapValues { site in
            guard site.documents >= normal.documents else { return nil }
            var lines: [UInt64: Int] = [:]
            for (fingerprint, count) in site.lines where weakest.isMet(count: count, of: site.documents) {
                lines[fingerprint] = count
            }
            return Candidates(documents: site.documents, lines: lines)
        }
    }

    public func removals(in view: DocumentView) -> [Removal] {
        let site = view.document.site ?? SiteProfile.wholeBatch
        guard let entry = sites[site], !entry.lines.isEmpty else { return [] }
        let headline = view.headlinePosition.map { view.alive[$0] }
        var removals: [Removal] = []
        for index in view.alive {
            let unit = view[index]
            guard let fingerprint = view.document.lineFingerprint(of: index), let count = entry.lines[fingerprint]
            else { continue }
            let rule = index == headline ? Rule.headline : unit.wordCount >= longLineWords ? Rule.longLine : Rule.line
            let threshold = rule == Rule.line ? normal : strong
            guard threshold.isMet(count: count, of: entry.documents) else { continue }
            removals.append(Removal(unit: index, rule: rule, detail: "on \(count) of \(entry.documents) pages of \(site)"))
        }
        // A page whose every line its site repeats is a copy of another page (the same article
        // scraped twice), not boilerplate around an article: it keeps everything.
        let removed = Set(removals.map(\.unit))
        guard view.alive.contains(where: { $0 != headline && !removed.contains($0) }) else { return [] }
        return removals
    }
}
