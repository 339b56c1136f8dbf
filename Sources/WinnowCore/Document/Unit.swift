/// One judged piece of a document: a paragraph, or one item of a paragraph whose short lines a
/// scraper glued together with single newlines. Filters decide on units; the pipeline drops them.
public struct Unit: Sendable, Equatable {
    /// The normalized text: one line, single spaces, NFC.
    public let text: String
    /// The folded words alone, single-spaced: what phrase lists match against.
    public let key: String
    /// Index of the source paragraph (blocks separated by blank lines).
    public let paragraph: Int
    /// First and last source line (1-based) the unit came from.
    public let lines: ClosedRange<Int>
    /// True when the unit is one of several short items glued in one paragraph.
    public let isGluedItem: Bool
    /// Words, counted as runs separated by single spaces.
    public let wordCount: Int
    /// What the HTML markup around the unit says; nil for units from plain text.
    public let markup: MarkupFeatures?

    /// The text folded for matching: lowercased. Computed when asked: filters fold only the
    /// few bytes they compare, so a stored copy of every unit's text would go unread.
    public var folded: String { Folding.fold(text) }

    public init(
        text: String, paragraph: Int, lines: ClosedRange<Int>, isGluedItem: Bool = false, markup: MarkupFeatures? = nil
    ) {
        self.init(text: text, key: Folding.foldAndKey(text).key, wordCount: Folding.wordCount(text),
                  paragraph: paragraph, lines: lines, isGluedItem: isGluedItem, markup: markup)
    }

    public init(
        line: NormalizedLine, paragraph: Int, lines: ClosedRange<Int>, isGluedItem: Bool = false,
        markup: MarkupFeatures? = nil
    ) {
        self.init(text: line.text, key: line.key, wordCount: line.wordCount, paragraph: paragraph, lines: lines,
                  isGluedItem: isGluedItem, markup: markup)
    }

    /// For builders that already hold the key and word count.
    init(
        text: String, key: String, wordCount: Int, paragraph: Int, lines: ClosedRange<Int>, isGluedItem: Bool = false,
        markup: MarkupFeatures? = nil
    ) {
        self.text = text
        self.key = key
        self.paragraph = paragraph
        self.lines = lines
        self.isGluedItem = isGluedItem
        self.wordCount = wordCount
        self.markup = markup
    }
}
