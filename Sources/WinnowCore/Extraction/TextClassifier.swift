/// Decides, for plain text, which units lie outside the article: a whole-page scrape's menus,
/// teaser lists and footers around it. Text that is already a clean article is left alone.
///
/// Each unit scores like prose (positive: long, sentences) or like page chrome (negative:
/// short lines that are not sentences); the article is the run of units with the highest total
/// (a maximum-sum segment), which absorbs subheadings and short quotes between paragraphs but
/// not the menus and teaser lists around it. Units outside that run are removed only when
/// there are enough of them to be a page's chrome; a few stray lines around a clean article
/// are left for the other filters.
struct TextClassifier {
    struct Verdict {
        let rule: String
        let detail: String
    }

    /// Bytes from which a unit with sentence punctuation counts as prose.
    var proseBytes = 80.0
    /// Score per byte of a shorter sentence of a few words (a one-line paragraph, a quote).
    var sentenceWeight = 0.5
    /// Least penalty of a line that is not a sentence ("Home", "Share").
    var linePenalty = 30.0
    /// Penalty of a metadata line (dates and times: a comment's or a teaser's header).
    var metadataPenalty = 300.0
    /// Units outside the article needed before any is removed.
    var minimumOutside = 15.0
    /// Their penalties, as a share of the article's score, needed too.
    var minimumChromeShare = 0.1

    func classify(
        _ entries: [(index: Int, unit: Unit, features: BlockFeatures)], headline: Int?, lexicon: Lexicon
    ) -> [Verdict?] {
        var verdicts: [Verdict?] = Array(repeating: nil, count: entries.count)
        var seen = Set<String>()
        let scores = entries.map { entry in
            var score = self.score(entry.features)
            // A long paragraph printed again (the article again in structured data or a print
            // version) is not the article: the copy counts against.
            if score > 0 && entry.features.bytes >= Self.copyBytes && !seen.insert(entry.unit.text).inserted {
                return -score
            }
            guard score < 0 else { return score }
            // Dates and times on a line of their own head comments and teasers, rarely a paragraph.
            if Dateline.matches(entry.unit, lexicon: lexicon) { score = min(score, -metadataPenalty) }
            return score
        }
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
        guard Double(outside.count) >= minimumOutside, chrome >= minimumChromeShare * best.sum else {
            return verdicts
        }
        for position in outside {
            let side = position < best.start ? "before" : "after"
            verdicts[position] = Verdict(rule: Rule.outsideMainText, detail: "\(side) the article's prose")
        }
        return verdicts
    }

    /// Positive for prose, negative for chrome lines.
    func score(_ features: BlockFeatures) -> Double {
        let bytes = Double(features.bytes)
        if isProse(features) { return bytes }
        if features.endsSentence && features.words >= Self.sentenceWords { return sentenceWeight * bytes }
        return -max(bytes, linePenalty)
    }

    func isProse(_ features: BlockFeatures) -> Bool {
        Double(features.bytes) >= proseBytes && features.letterRatio >= Self.letterRatio
            && (features.endsSentence || features.sentences > 0 || features.commas >= 2)
    }

    static let sentenceWords = 4
    static let letterRatio = 0.6
    static let copyBytes = 300

    enum Rule {
        static let outsideMainText = "outside_main_text"
    }
}
