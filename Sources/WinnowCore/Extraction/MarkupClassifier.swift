/// Decides, for an HTML page, which units are outside the article: everything outside the
/// region `RegionScorer` chose, and inside it what boilerplate containers, link lists and
/// stray fragments at its edges hold.
struct MarkupClassifier {
    struct Verdict {
        let rule: String
        let detail: String
    }

    /// Verdicts for the alive units (nil: keep), in the order given.
    static func classify(
        _ entries: [(index: Int, unit: Unit, features: BlockFeatures)], headline: Int?, stopwords: StopwordDensity
    ) -> [Verdict?] {
        // Lines without sentence punctuation and without function words, on a page in a
        // language the lexicon knows, are lists of names or tags, not prose.
        var lists = Array(repeating: false, count: entries.count)
        let sentences = entries.lazy.filter { $0.features.endsSentence && $0.features.bytes >= Self.proseBytes }.map(\.unit)
        if stopwords.knowsLanguage(of: sentences) {
            for position in entries.indices {
                let features = entries[position].features
                guard features.bytes >= RegionScorer.minimumProseBytes, !features.endsSentence, features.sentences == 0,
                      features.linkDensity < RegionScorer.maxLinkDensity else { continue }
                lists[position] = stopwords.of(entries[position].unit) < Self.listStopwords
            }
        }
        let scorer = RegionScorer(units: entries, lists: lists)
        guard let region = scorer.bestContainer else { return entries.map { _ in nil } }
        var verdicts: [Verdict?] = Array(repeating: nil, count: entries.count)
        var inside: [Bool] = Array(repeating: false, count: entries.count)
        for (position, entry) in entries.enumerated() where entry.index != headline && entry.unit.markup != nil {
            guard let level = scorer.regionLevel(position) else {
                verdicts[position] = Verdict(rule: Rule.outsideRegion, detail: "outside element \(region.id)")
                continue
            }
            inside[position] = true
            // Boilerplate containers below the region.
            if let hinted = scorer.chain(position).dropFirst(level + 1).first(where: { scorer.containers[Int($0)].isBoilerplate }) {
                let hints = scorer.containers[Int(hinted)].hints
                verdicts[position] = Verdict(rule: Rule.boilerplateHint, detail: "inside a container hinted \(describe(hints))")
                continue
            }
            let features = entry.features
            if features.linkDensity >= Self.linkDensity(for: features) {
                verdicts[position] = Verdict(rule: Rule.linkDense, detail: "link density \(percent(features.linkDensity))")
                continue
            }
        }
        trimEdges(entries, inside: inside, verdicts: &verdicts)
        return verdicts
    }

    /// Link density that removes a unit: lower for short units.
    static func linkDensity(for features: BlockFeatures) -> Double {
        features.bytes >= 200 ? 0.6 : (features.bytes >= 80 ? 0.45 : 0.35)
    }

    /// Short fragments that are not sentences, before the region's first prose or after its
    /// last (datelines, "Share this", "Tags: ...", a lonely heading).
    private static func trimEdges(
        _ entries: [(index: Int, unit: Unit, features: BlockFeatures)], inside: [Bool], verdicts: inout [Verdict?]
    ) {
        let prose = entries.indices.filter { inside[$0] && verdicts[$0] == nil && isProse(entries[$0].features) }
        guard let first = prose.first, let last = prose.last else { return }
        for position in entries.indices where inside[position] && verdicts[position] == nil {
            guard position < first || position > last else { continue }
            let features = entries[position].features
            guard !isProse(features), let tag = entries[position].unit.markup?.tag else { continue }
            let loose = tag == .division || tag == .other || (position > last && tag == .heading)
            if loose && !(position > last && features.endsSentence && features.bytes >= 40) {
                verdicts[position] = Verdict(rule: Rule.shortOutside, detail: "\(features.bytes) bytes at the region's edge")
            }
        }
    }

    static let proseBytes = 80
    static let listStopwords = 0.1

    static func isProse(_ features: BlockFeatures) -> Bool {
        features.bytes >= proseBytes && features.linkDensity < 0.35 && (features.endsSentence || features.commas > 0 || features.bytes >= 160)
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

    enum Rule {
        static let outsideRegion = "outside_main_region"
        static let boilerplateHint = "boilerplate_hint"
        static let linkDense = "link_dense"
        static let shortOutside = "short_outside_content"
    }
}
