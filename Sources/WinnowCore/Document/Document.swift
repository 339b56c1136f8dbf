/// A text article as Winnow judges it: an ordered list of units built from the source lines.
public struct Document: Sendable {
    public let units: [Unit]
    /// Lines in the source text (for reports and diffs).
    public let lineCount: Int
    /// The unit known to be the headline (HTML gives one: <h1>, og:title, <title>); nil for
    /// plain text, where the headline is the first unit that survives.
    public let headline: Int?
    /// With no known headline, whether the first kept unit is the headline (plain text) or the
    /// document simply has none (an HTML page without <h1>, og:title or <title>).
    public let firstUnitIsHeadline: Bool
    /// The site the document belongs to (a URL host, a folder), for filters that learned what
    /// a site repeats; nil when unknown.
    public var site: String?
    /// What `BlockFeatures` counts in each unit's text, when the builder counted it as it
    /// wrote the text (empty for documents made of given units).
    let featureCounts: [BlockFeatures.Counts?]
    /// Each unit's `LineFingerprint`, once a site-profile count took them (`countLines()`);
    /// empty before.
    private(set) var lineFingerprints: [UInt64?] = []

    public init(units: [Unit], lineCount: Int, headline: Int? = nil, firstUnitIsHeadline: Bool = true) {
        self.init(units: units, lineCount: lineCount, headline: headline, firstUnitIsHeadline: firstUnitIsHeadline,
                  featureCounts: [])
    }

    init(units: [Unit], lineCount: Int, headline: Int? = nil, firstUnitIsHeadline: Bool = true,
         featureCounts: [BlockFeatures.Counts?]) {
        self.units = units
        self.featureCounts = featureCounts
        self.lineCount = lineCount
        self.headline = headline
        self.firstUnitIsHeadline = headline == nil && firstUnitIsHeadline
    }

    /// The line fingerprint of unit `index`, taken now unless a count kept it.
    func lineFingerprint(of index: Int) -> UInt64? {
        index < lineFingerprints.count ? lineFingerprints[index] : LineFingerprint.of(units[index])
    }

    /// The distinct line fingerprints of the units, in increasing order: what a site profile
    /// counts of a page (units without letters or digits give none). Each unit's is kept, so
    /// cleaning the document afterwards does not take it again. Sorted, not hashed into a set: a page's few
    /// dozen lines sort in a fraction of a set's time.
    public mutating func countLines() -> [UInt64] {
        lineFingerprints = units.map(LineFingerprint.of)
        var distinct = lineFingerprints.compactMap { $0 }
        distinct.sort()
        var kept = 0
        for fingerprint in distinct where kept == 0 || distinct[kept - 1] != fingerprint {
            distinct[kept] = fingerprint
            kept += 1
        }
        distinct.removeLast(distinct.count - kept)
        return distinct
    }

    /// The builder's counts for unit `index`, if it has them.
    func featureCounts(of index: Int) -> BlockFeatures.Counts? {
        index < featureCounts.count ? featureCounts[index] : nil
    }

    /// Splits text into paragraphs at blank lines, normalizes every line, and turns each
    /// paragraph into units: one joined unit for hard-wrapped prose, one unit per line otherwise.
    public init(text: String) {
        self = text.withUTF8Bytes(DocumentBuilder.build)
    }

    /// `Document(text:)` straight from bytes that are known to be valid UTF-8 (a decoder
    /// checked them), without making a String of the whole text first. Invalid bytes do not
    /// crash but come out as U+FFFD.
    public init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = DocumentBuilder.build(bytes)
    }

    /// `Document(validUTF8:)` of bytes nothing has checked yet, in the same one pass: nil when
    /// they hold a control character other than tab, line feed, form feed and carriage return
    /// (a NUL: binary, or UTF-16), or bytes that are not well-formed UTF-8 (a legacy code
    /// page). Such bytes want a decoder's judgement first; most text does not.
    public init?(plainUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let document = DocumentBuilder.buildIfPlain(bytes) else { return nil }
        self = document
    }
}
