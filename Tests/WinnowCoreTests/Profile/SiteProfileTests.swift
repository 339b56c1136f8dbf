import Testing
import WinnowCore

/// Site profiles: what counts as the same line, how counts add up, and what a batch of one
/// site's pages loses (its repeated lines) and keeps (every article line).
struct SiteProfileTests {
    /// Six pages of one site: the same masthead and three footer lines, in wording no lexicon
    /// has; headlines and article lines differ from page to page.
    static let pages: [String] = zip(["Ashby", "Brill", "Coleby", "Dunton", "Elsham", "Fulbeck"],
                                     ["apples", "pears", "plums", "cherries", "quinces", "apricots"]).map { town, fruit in
        """
        The Larkspur Courier

        \(town) orchard co-op elects a treasurer over \(fruit)

        Members of the \(town) orchard co-op met on Tuesday and chose a treasurer after a long debate about the price of \(fruit).

        The treasurer from \(town) said the books would be published every quarter, with the figures for \(fruit).

        Drop us a line at the courier desk, second floor above the bakery.
        The Larkspur Courier is printed on recycled paper by volunteers.
        All photographs belong to the people who took them.
        """
    }

    static let boilerplate: Set<String> = [
        "The Larkspur Courier",
        "Drop us a line at the courier desk, second floor above the bakery.",
        "The Larkspur Courier is printed on recycled paper by volunteers.",
        "All photographs belong to the people who took them.",
    ]

    static func profile(of pages: [String], site: String = "courier") -> SiteProfile {
        var profile = SiteProfile()
        for page in pages { profile.add(Document(text: page), site: site) }
        return profile
    }

    static func clean(_ page: String, with profile: SiteProfile, site: String = "courier") throws -> CleanResult {
        var document = Document(text: page)
        document.site = site
        return try Pipeline(settings: Settings(siteProfile: profile)).run(document)
    }

    @Test func aBatchOfSixPagesLosesItsRepeatedLinesAndKeepsEveryArticleLine() throws {
        let profile = Self.profile(of: Self.pages)
        for page in Self.pages {
            let result = try Self.clean(page, with: profile)
            let removed = Set(result.decisions.map(\.text))
            #expect(removed == Self.boilerplate, "\(result.decisions.map(\.reason))")
            #expect(result.decisions.allSatisfy { $0.filter == "site_profile" })
            let kept = result.kept.map { result.document.units[$0].text }
            #expect(kept.count == 3 && kept.allSatisfy { !Self.boilerplate.contains($0) })
        }
    }

    @Test func pagesCleanedOneAtATimeKeepTheirLines() throws {
        for page in Self.pages {
            let result = try Self.clean(page, with: Self.profile(of: [page]))
            #expect(result.decisions.isEmpty)
        }
    }

    @Test func anotherSitesProfileRemovesNothing() throws {
        let result = try Self.clean(Self.pages[0], with: Self.profile(of: Self.pages), site: "other.example")
        #expect(result.decisions.isEmpty)
    }

    @Test func theHeadlineNeedsStrongerEvidence() throws {
        // Four pages: enough for an ordinary line (3 pages, 40%), not for the first line (5 pages).
        let profile = Self.profile(of: Array(Self.pages.prefix(4)))
        let result = try Self.clean(Self.pages[0], with: profile)
        #expect(!result.decisions.contains { $0.text == "The Larkspur Courier" })
        #expect(result.decisions.count == 3)
    }

    @Test func fingerprintsFoldCaseSpaceAndDigits() {
        func fingerprint(_ text: String) -> UInt64? { LineFingerprint.of(Unit(text: text, paragraph: 0, lines: 1...1)) }
        #expect(fingerprint("Daily Bugle, 12 March 2024") == fingerprint("DAILY BUGLE — 3 march 2025"))
        #expect(fingerprint("3 comments") == fingerprint("117 Comments"))
        #expect(fingerprint("Daily Bugle") != fingerprint("Daily Globe"))
        #expect(fingerprint("* * *") == nil)
    }

    /// Three profiles over different sites and pages.
    static let parts: [SiteProfile] = [
        profile(of: Array(pages[0..<2])),
        profile(of: Array(pages[2..<5]), site: "other"),
        profile(of: Array(pages[3..<6])).merging(profile(of: [pages[1]], site: "other")),
    ]

    @Test func mergeIsAssociativeAndCommutative() {
        let (a, b, c) = (Self.parts[0], Self.parts[1], Self.parts[2])
        #expect(a.merging(b) == b.merging(a))
        #expect(a.merging(c) == c.merging(a))
        #expect(a.merging(b).merging(c) == a.merging(b.merging(c)))
        #expect(a.merging(SiteProfile()) == a)
    }

    @Test func profilesBuiltInPiecesEqualOneBuiltInOneGo() {
        let whole = Self.profile(of: Self.pages)
        let pieces = Self.profile(of: Array(Self.pages[3...])).merging(Self.profile(of: Array(Self.pages[..<3])))
        #expect(whole == pieces)
        #expect(whole.sites["courier"]?.documents == 6)
    }

    @Test func forgettingSingletonsKeepsRepeatedLinesAndPageCounts() {
        var profile = SiteProfile(sites: [
            "a": .init(documents: 4, lines: [1: 1, 2: 3, 3: 2]),
            "b": .init(documents: 1, lines: [4: 1]),
        ])
        profile.forgetSingletons()
        #expect(profile.sites["a"] == .init(documents: 4, lines: [2: 3, 3: 2]))
        #expect(profile.sites["b"] == .init(documents: 1, lines: [:]))
        #expect(profile.lineCount == 2)
    }
}
