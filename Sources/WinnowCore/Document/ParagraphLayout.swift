/// Decides whether a multi-line paragraph is hard-wrapped prose (joined back into one unit) or
/// short items a scraper glued together (judged line by line).
enum ParagraphLayout {
    static func units(for lines: [(text: NormalizedLine, line: Int)], paragraph: Int) -> [Unit] {
        guard let first = lines.first, let last = lines.last else { return [] }
        if lines.count == 1 {
            return [Unit(line: first.text, paragraph: paragraph, lines: first.line...first.line)]
        }
        let texts = lines.map(\.text.text)
        if isWrappedProse(texts) {
            return [Unit(text: join(texts), paragraph: paragraph, lines: first.line...last.line)]
        }
        return lines.map { Unit(line: $0.text, paragraph: paragraph, lines: $0.line...$0.line, isGluedItem: true) }
    }

    /// Wrapped prose has no short line that ends a sentence, and either a break that plainly
    /// continues a sentence (no end punctuation, then a lowercase start or after a comma), or
    /// even, wide lines that mostly break mid-sentence and a last line that ends one.
    static func isWrappedProse(_ lines: [String]) -> Bool {
        let widths = lines.map(TextShape.width)
        guard let widest = widths.dropLast().max(), widest >= wrapColumn else { return false }
        var continues = false
        var allEven = true
        var midSentenceBreaks = 0
        for index in 0..<(lines.count - 1) {
            let endsSentence = TextShape.endsWithTerminalPunctuation(lines[index])
            let even = Double(widths[index]) >= evenWidthRatio * Double(widest)
            if widths[index] < minimumWrapWidth || (endsSentence && !even) { return false }
            allEven = allEven && even
            guard !endsSentence else { continue }
            midSentenceBreaks += 1
            if TextShape.startsLowercase(lines[index + 1]) || TextShape.endsWithContinuation(lines[index]) {
                continues = true
            }
        }
        if continues { return true }
        let lastEndsSentence = lines.last.map(TextShape.endsWithTerminalPunctuation) ?? false
        return allEven && lastEndsSentence && 2 * midSentenceBreaks > lines.count - 1
    }

    /// Joins wrapped lines; a word hyphenated at the wrap keeps its hyphen and loses the space.
    static func join(_ lines: [String]) -> String {
        var result = lines[0]
        for line in lines.dropFirst() {
            if result.hasSuffix("-") && !result.hasSuffix(" -") && TextShape.startsLowercase(line) {
                result += line
            } else {
                result += " " + line
            }
        }
        return result
    }

    /// Narrower lines are menus and teaser items, not wrapped prose.
    static let minimumWrapWidth = 40
    /// Hard wraps happen at 60 to 80 columns; glued headlines and menus are usually narrower.
    static let wrapColumn = 60
    static let evenWidthRatio = 0.75
}
