/// A text article as Winnow judges it: an ordered list of units built from the source lines.
public struct Document: Sendable {
    public let units: [Unit]
    /// Lines in the source text (for reports and diffs).
    public let lineCount: Int
    /// The unit known to be the headline (HTML gives one: <h1>, og:title, <title>); nil for
    /// plain text, where the headline is the first unit that survives.
    public let headline: Int?

    public init(units: [Unit], lineCount: Int, headline: Int? = nil) {
        self.units = units
        self.lineCount = lineCount
        self.headline = headline
    }

    /// Splits text into paragraphs at blank lines, normalizes every line, and turns each
    /// paragraph into units: one joined unit for hard-wrapped prose, one unit per line otherwise.
    public init(text: String) {
        var units: [Unit] = []
        var pending: [(text: NormalizedLine, line: Int)] = []
        var paragraph = 0
        var lineCount = 0
        func flush() {
            guard !pending.isEmpty else { return }
            units.append(contentsOf: ParagraphLayout.units(for: pending, paragraph: paragraph))
            pending.removeAll(keepingCapacity: true)
            paragraph += 1
        }
        LineSplitter.forEachLine(in: text) { line in
            lineCount += 1
            let normalized = NormalizedLine(line)
            if normalized.isEmpty { flush() } else { pending.append((normalized, lineCount)) }
        }
        flush()
        self.init(units: units, lineCount: lineCount)
    }
}
