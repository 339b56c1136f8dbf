/// What a batch taught Winnow about its sites: per site, how many documents were seen and in how
/// many of them each line fingerprint occurred. Counts only add up, so a profile built in pieces
/// (files in any order, threads, machines) and merged is the same as one built in one go.
///
/// Its size is that of its line counts (`LineCounts`): 12 to 18 MB per million of them
/// (`lineCount`), plus a few hundred bytes a site.
public struct SiteProfile: Sendable, Equatable {
    /// One site's counts.
    public struct Site: Sendable, Equatable {
        public var documents: Int = 0
        /// Fingerprint → number of documents that contain the line (once per document).
        public var lines = LineCounts()

        public init(documents: Int = 0, lines: LineCounts = [:]) {
            self.documents = documents
            self.lines = lines
        }
    }

    public var sites: [String: Site]

    public init(sites: [String: Site] = [:]) {
        self.sites = sites
    }

    /// The site name used when nothing names a site: the whole batch is one site.
    public static let wholeBatch = "*"

    /// Counts one document of `site`: each distinct line fingerprint once.
    public mutating func add(_ document: Document, site: String) {
        var document = document
        add(distinctFingerprints: document.countLines(), site: site)
    }

    /// Counts one document given as its distinct fingerprints.
    public mutating func add(fingerprints: Set<UInt64>, site: String) {
        add(distinctFingerprints: Array(fingerprints), site: site)
    }

    /// Counts one document given as fingerprints that are distinct already (`Document.countLines`).
    public mutating func add(distinctFingerprints fingerprints: [UInt64], site: String) {
        sites[site, default: Site()].documents += 1
        guard !fingerprints.isEmpty else { return }
        // Modify in place: a lookup-then-store would copy the site's table every document.
        sites[site, default: Site()].addLines(fingerprints)
    }

    /// Adds another profile's counts to this one.
    public mutating func merge(_ other: SiteProfile) {
        for (name, site) in other.sites {
            sites[name, default: Site()].merge(site)
        }
    }

    /// Drops the lines seen on one page only. No threshold is met by one page, so this loses
    /// nothing at the end of a count; in the middle of one it bounds memory, at the price of
    /// undercounting, by one, a line that turns up again later.
    public mutating func forgetSingletons() {
        // Site by site, each table rebuilt at the size of what is left. The names are copied
        // out first: a view of the dictionary (its keys, its indices) held through the loop
        // would make it, and every table, a copy.
        for name in Array(sites.keys) { sites[name, default: Site()].lines.removeAll { $0.count == 1 } }
    }

    public func merging(_ other: SiteProfile) -> SiteProfile {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// In how many of its site's documents the line occurs, and how many documents the site has.
    public func evidence(_ fingerprint: UInt64, site: String) -> (count: Int, documents: Int) {
        guard let entry = sites[site] else { return (0, 0) }
        return (entry.lines[fingerprint] ?? 0, entry.documents)
    }

    /// Distinct fingerprints over all sites (what the profile's size grows with).
    public var lineCount: Int { sites.values.reduce(0) { $0 + $1.lines.count } }

    /// A document's distinct line fingerprints; units without letters or digits are skipped.
    public static func fingerprints(of document: Document) -> Set<UInt64> {
        var document = document
        return Set(document.countLines())
    }
}

extension SiteProfile.Site {
    mutating func addLines(_ fingerprints: [UInt64]) {
        for fingerprint in fingerprints { lines.add(fingerprint) }
    }

    mutating func merge(_ other: SiteProfile.Site) {
        documents += other.documents
        lines.merge(other.lines)
    }
}
