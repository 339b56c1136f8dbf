/// Decides, for an HTML page, which units are outside the article: everything outside the
/// region `RegionScorer` chose, and inside it what boilerplate containers hold, link-dense
/// blocks, and stray fragments at its edges (datelines, "Share this", "Tags: ...").
enum MarkupClassifier {
    typealias Rule = MainContentFilter.Rule

    /// Verdicts for the alive units (nil: keep), in the order given.
    static func classify(_ entries: [ExtractionEntry], headline: Int?, stopwords: StopwordDensity) -> [ExtractionVerdict?] {
        let scorer = RegionScorer(units: entries, lists: nameLists(entries, stopwords: stopwords))
        var verdicts: [ExtractionVerdict?] = Array(repeating: nil, count: entries.count)
        guard let region = scorer.bestContainer else { return verdicts }
        var inside = Array(repeating: false, count: entries.count)
        for (position, entry) in entries.enumerated() where entry.index != headline && entry.unit.markup != nil {
            guard let level = scorer.regionLevel(position) else {
                verdicts[position] = ExtractionVerdict(rule: Rule.outsideRegion, detail: "outside element \(region.id)")
                continue
            }
            inside[position] = true
            let below = scorer.chain(position).dropFirst(level + 1)
            if let hinted = below.first(where: { scorer.containers[Int($0)].isBoilerplate }) {
                let hints = describe(scorer.containers[Int(hinted)].hints)
                verdicts[position] = ExtractionVerdict(rule: Rule.boilerplateHint, detail: "inside a container hinted \(hints)")
            } else if entry.features.linkDensity >= maximumLinkDensity(entry.features) {
                verdicts[position] = ExtractionVerdict(rule: Rule.linkDense, detail: "link density \(percent(entry.features.linkDensity))")
            }
        }
        trimEdges(entries, inside: inside, verdicts: &verdicts)
        return verdicts
    }

    /// Lines without sentence punctuation and without function words, on a page in a
    /// language the lexicon knows: lists of names or tags, not prose.
    static func nameLists(_ entries: [ExtractionEntry], stopwords: StopwordDensity) -> [Bool] {
        var lists = Array(repeating: false, count: entries.count)
        let sentences = entries.lazy.filter { $0.features.endsSentence && $0.features.bytes >= BlockFeatures.proseBytes }
        guard stopwords.knowsLanguage(of: sentences.map(\.unit)) else { return lists }
        for (position, entry) in entries.enumerated() {
            let features = entry.features
            guard features.bytes >= RegionScorer.minimumProseBytes, !features.endsSentence, features.sentences == 0,
                  features.linkDensity < RegionScorer.maxLinkDensity else { continue }
            lists[position] = stopwords.of(entry.unit) < listStopwords
        }
        return lists
    }

    /// Link density that removes a unit: lower for short units; a sentence inside the article
    /// may link most of its words, a menu item is no sentence.
    static func maximumLinkDensity(_ features: BlockFeatures) -> Double {
        if features.endsSentence && features.bytes >= BlockFeatures.proseBytes { return 0.8 }
        return features.bytes >= 200 ? 0.6 : (features.bytes >= 80 ? 0.45 : 0.35)
    }

    /// Fragments before the region's first prose or after its last: loose text (a div, not a
    /// paragraph or a list item), or a trailing heading with nothing under it.
    private static func trimEdges(_ entries: [ExtractionEntry], inside: [Bool], verdicts: inout [ExtractionVerdict?]) {
        let prose = entries.indices.filter { inside[$0] && verdicts[$0] == nil && !isFragment(entries[$0].features) }
        guard let first = prose.first, let last = prose.last else { return }
        for position in entries.indices where inside[position] && verdicts[position] == nil && (position < first || position > last) {
            let features = entries[position].features
            guard isFragment(features), let tag = entries[position].unit.markup?.tag else { continue }
            let loose = tag == .division || tag == .other || (position > last && tag == .heading)
            let closingSentence = position > last && features.endsSentence && features.bytes >= closingBytes
            if loose && !closingSentence {
                verdicts[position] = ExtractionVerdict(rule: Rule.shortOutside, detail: "\(features.bytes) bytes at the region's edge")
            }
        }
    }

    /// Not prose, and not long either (a paragraph that lost its full stop is no fragment).
    static func isFragment(_ features: BlockFeatures) -> Bool {
        !features.isProse() && !(features.bytes >= fragmentBytes && features.linkDensity < BlockFeatures.proseLinkDensity)
    }

    static func describe(_ hints: MarkupFeatures.Hints) -> String {
        let names: [(MarkupFeatures.Hints, String)] = [
            (.navigation, "navigation"), (.footer, "footer"), (.header, "header"), (.share, "share"),
            (.related, "related"), (.comment, "comment"), (.promo, "promo"), (.newsletter, "newsletter"),
            (.advert, "advert"), (.caption, "caption"), (.byline, "byline"), (.sidebar, "sidebar"),
            (.cookie, "cookie"), (.popup, "popup"), (.tags, "tags"), (.meta, "meta"), (.utility, "utility"),
            (.hiddenText, "hidden"),
        ]
        return names.filter { hints.contains($0.0) }.map(\.1).joined(separator: "+")
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    static let listStopwords = 0.1
    static let fragmentBytes = 160
    /// A short sentence closing the article ("Nobody was hurt.") is no fragment.
    static let closingBytes = 40
}
