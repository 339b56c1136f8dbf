/// Decides, for plain text, which units lie outside the article: a whole-page scrape's menus,
/// teaser lists and footers around it. Text that is already a clean article is left alone.
///
/// Each unit scores like prose (positive: long, sentences) or like page chrome (negative:
/// short lines that are not sentences); the article is the run of units with the highest total
/// (a maximum-sum segment), which absorbs subheadings and short quotes between paragraphs but
/// not the menus and teaser lists around it. Units outside that run are removed only when
/// there are enough of them to be a page's chrome; a few stray lines around a clean article
/// are left for the other filters.
enum TextClassifier {
    struct Verdict {
        let rule: String
        let detail: String
    }

    static func classify(
        _ entries: [(index: Int, unit: Unit, features: BlockFeatures)], headline: Int?
    ) -> [Verdict?] {
        var verdicts: [Verdict?] = Array(repeating: nil, count: entries.count)
        let scores = entries.map { score($0.features) }
        // The maximum-sum run, the headline left out (it is kept whatever happens).
        var best = (sum: 0.0, start: 0, end: -1)
        var running = 0.0
        var start = 0
        for position in entries.indices {
            if entries[position].index == headline {
                if running <= 0 { start = position + 1 }
                continue
            }
            if running <= 0 {
                running = 0
                start = position
            }
            running += scores[position]
            if running > best.sum { best = (running, start, position) }
        }
        guard best.end >= best.start else { return verdicts }
        let outside = entries.indices.filter { ($0 < best.start || $0 > best.end) && entries[$0].index != headline }
        let chrome = outside.reduce(0.0) { $0 - min(0, scores[$1]) }
        guard outside.count >= Self.minimumOutsideUnits, chrome >= Self.minimumChromeShare * best.sum else {
            return verdicts
        }
        for position in outside {
            verdicts[position] = Verdict(rule: Rule.outsideMainText, detail: position < best.start ? "before the article" : "after the article")
        }
        return verdicts
    }

    /// Positive for prose, negative for chrome lines.
    static func score(_ features: BlockFeatures) -> Double {
        if isProse(features) { return Double(features.bytes) }
        if features.endsSentence && features.words >= Self.sentenceWords { return Self.sentenceWeight * Double(features.bytes) }
        return -max(Double(features.bytes), Self.minimumPenalty)
    }

    static func isProse(_ features: BlockFeatures) -> Bool {
        features.bytes >= Self.proseBytes && features.letterRatio >= 0.6
            && (features.endsSentence || features.sentences > 0 || features.commas >= 2)
    }

    static let proseBytes = 80
    static let sentenceWords = 4
    static let sentenceWeight = 0.5
    static let minimumPenalty = 15.0
    static let minimumOutsideUnits = 15
    static let minimumChromeShare = 0.1

    enum Rule {
        static let outsideMainText = "outside_main_text"
    }
}
