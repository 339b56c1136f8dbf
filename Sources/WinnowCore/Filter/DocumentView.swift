/// What a filter sees: the document, the units still alive (earlier filters removed the rest),
/// and the lexicon.
public struct DocumentView: Sendable {
    public let document: Document
    /// Indices of units not yet removed, in document order.
    public let alive: [Int]
    public let lexicon: Lexicon

    public init(document: Document, alive: [Int], lexicon: Lexicon) {
        self.document = document
        self.alive = alive
        self.lexicon = lexicon
    }

    public subscript(index: Int) -> Unit { document.units[index] }

    /// Position in `alive` of the headline: the document's known headline if it is still alive,
    /// else the first unit with a letter or digit.
    public var headlinePosition: Int? {
        if let known = document.headline, let position = alive.firstIndex(of: known) { return position }
        return alive.firstIndex { TextShape.hasWordCharacter(document.units[$0].text) }
    }

    /// The unit that follows `position` in `alive`, if any.
    public func next(after position: Int) -> Unit? {
        position + 1 < alive.count ? document.units[alive[position + 1]] : nil
    }
}
