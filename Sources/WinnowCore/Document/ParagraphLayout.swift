/// Decides whether a multi-line paragraph is hard-wrapped prose (joined back into one unit) or
/// short items a scraper glued together (judged line by line). Works on the lines' normalized
/// bytes, as `DocumentBuilder` holds them.
enum ParagraphLayout {
    /// One normalized line of the paragraph.
    struct Line {
        let bytes: UnsafeBufferPointer<UInt8>
        let isASCII: Bool

        /// Columns: scalars, counted as UTF-8 lead bytes.
        var width: Int { isASCII ? bytes.count : TextShape.width(bytes) }
    }

    /// Wrapped prose has no short line that ends a sentence, and either a break that plainly
    /// continues a sentence (no end punctuation, then a lowercase start or after a comma), or
    /// even, wide lines that mostly break mid-sentence and a last line that ends one.
    static func isWrappedProse(count: Int, line: (Int) -> Line) -> Bool {
        var widest = 0
        for index in 0..<(count - 1) { widest = max(widest, line(index).width) }
        guard widest >= wrapColumn else { return false }
        var continues = false
        var allEven = true
        var midSentenceBreaks = 0
        for index in 0..<(count - 1) {
            let current = line(index)
            let width = current.width
            let endsSentence = TextShape.endsWithTerminalPunctuation(current.bytes)
            let even = Double(width) >= evenWidthRatio * Double(widest)
            if width < minimumWrapWidth || (endsSentence && !even) { return false }
            allEven = allEven && even
            guard !endsSentence else { continue }
            midSentenceBreaks += 1
            if TextShape.startsLowercase(line(index + 1).bytes) || TextShape.endsWithContinuation(current.bytes) {
                continues = true
            }
        }
        if continues { return true }
        let lastEndsSentence = TextShape.endsWithTerminalPunctuation(line(count - 1).bytes)
        return allEven && lastEndsSentence && 2 * midSentenceBreaks > count - 1
    }

    /// Whether `next` joins the wrapped text so far without a space: a word hyphenated at the
    /// wrap keeps its hyphen and loses the space ("long-" + "term"), unless the hyphen stands
    /// alone as a dash (" -").
    static func joinsWithoutSpace(_ joined: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>) -> Bool {
        let endsWithHyphen = UTF8Bytes.hasSuffix(joined, "-").resolve {
            String(decoding: joined, as: UTF8.self).hasSuffix("-")
        }
        guard endsWithHyphen else { return false }
        let endsWithDash = UTF8Bytes.hasSuffix(joined, " -").resolve {
            String(decoding: joined, as: UTF8.self).hasSuffix(" -")
        }
        return !endsWithDash && TextShape.startsLowercase(next)
    }

    /// Narrower lines are menus and teaser items, not wrapped prose.
    static let minimumWrapWidth = 40
    /// Hard wraps happen at 60 to 80 columns; glued headlines and menus are usually narrower.
    static let wrapColumn = 60
    static let evenWidthRatio = 0.75
}
