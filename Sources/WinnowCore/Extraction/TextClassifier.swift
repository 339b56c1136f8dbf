/// Decides, for plain text, which units lie outside the article: a whole-page scrape's menus,
/// teaser lists, comments and footers around it. Text that is already a clean article is left
/// alone.
///
/// Each unit scores like prose (positive: long, punctuated like sentences) or like page chrome
/// (negative: lines that are not sentences; heavily so for lines of dates and times, which
/// head comments and teasers, and for long paragraphs printed a second time). The article is
/// the run of units with the highest total (a maximum-sum segment): it absorbs subheadings
/// and short quotes between paragraphs but not the menus and teaser lists around it. Units
/// outside that run are removed only when there are enough of them to be a whole page's
/// chrome; a few stray lines around a clean article are left for the other filters.
struct TextClassifier {
    typealias Rule = MainContentFilter.Rule

    /// Bytes from which a unit with sentence punctuation counts as prose.
    var proseBytes = 80.0
    /// Score per byte of a shorter sentence of a few words (a one-line paragraph, a quote).
    var sentenceWeight = 0.5
    /// Least penalty of a line that is not a sentence ("Home", "Share").
    var linePenalty = 30.0
    /// Penalty of a metadata line (dates and times: a comment's or a teaser's header).
    var metadataPenalty = 300.0
    /// Units outside the article needed before any is removed.
    var minimumOutside = 25.0
    /// Their penalties, as a share of the article's score, needed too.
    var minimumChromeShare = 0.1

    /// Whether `classify` can remove anything from a text of `count` units: the article's run
    /// holds at least one, so at most `count - 1` lie outside it, and fewer than
    /// `minimumOutside` are never removed.
    func mayRemove(amongUnits count: Int) -> Bool {
        Double(count - 1) >= minimumOutside
    }

    func classify(_ entries: [ExtractionEntry], headline: Int?, lexicon: Lexicon) -> [ExtractionVerdict?] {
        var verdicts: [ExtractionVerdict?] = Array(repeating: nil, count: entries.count)
        let scores = self.scores(entries, lexicon: lexicon)
        guard let run = bestRun(scores, skipping: entries.firstIndex { $0.index == headline }) else { return verdicts }
        let outside = entries.indices.filter { !run.range.contains($0) && entries[$0].index != headline }
        let chrome = outside.reduce(0.0) { $0 - min(0, scores[$1]) }
        guard Double(outside.count) >= minimumOutside, chrome >= minimumChromeShare * run.score else { return verdicts }
        for position in outside {
            let side = position < run.range.lowerBound ? "before" : "after"
            verdicts[position] = ExtractionVerdict(rule: Rule.outsideMainText, detail: "\(side) the article's prose")
        }
        return verdicts
    }

    func scores(_ entries: [ExtractionEntry], lexicon: Lexicon) -> [Double] {
        // Hashes of the long units so far: 64 bits make a false "copy" among a page's few
        // hundred paragraphs vanishingly rare, and skip String's Unicode-normalizing hash.
        var seen = Set<UInt64>()
        return entries.map { entry in
            let score = self.score(entry.features)
            // A long paragraph printed again (the article again in structured data or a print
            // version) is not the article: the copy counts against.
            if score > 0 {
                let copy = entry.features.bytes >= Self.copyBytes && !seen.insert(entry.unit.withTextBytes { ByteHash.of(UnsafeRawBufferPointer($0)) }).inserted
                return copy ? -score : score
            }
            // Dates and times on a line of their own head comments and teasers, rarely a paragraph.
            if score < 0 && Dateline.matches(entry.unit, lexicon: lexicon) { return min(score, -metadataPenalty) }
            return score
        }
    }

    /// Positive for prose, negative for chrome lines.
    func score(_ features: BlockFeatures) -> Double {
        let bytes = Double(features.bytes)
        if features.isProse(minimumBytes: Int(proseBytes)) { return bytes }
        if features.endsSentence && features.words >= Self.sentenceWords { return sentenceWeight * bytes }
        return -max(bytes, linePenalty)
    }

    /// The maximum-sum run of scores (Kadane), `skipping` one position (the headline).
    func bestRun(_ scores: [Double], skipping: Int?) -> (range: ClosedRange<Int>, score: Double)? {
        var best: (range: ClosedRange<Int>, score: Double)?
        var running = 0.0
        var start = 0
        for position in scores.indices {
            if position == skipping {
                if running <= 0 { start = position + 1 }
                continue
            }
            if running <= 0 {
                running = 0
                start = position
            }
            running += scores[position]
            if running > (best?.score ?? 0) { best = (start...position, running) }
        }
        return best
    }

    static let sentenceWords = 4
    static let copyBytes = 300
}
