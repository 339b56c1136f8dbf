/// What a filter sees: the document, the units still alive (earlier filters removed the rest),
/// and the lexicon.
public struct DocumentView: Sendable {
    public let document: Document
    /// Indices of units not yet removed, in document order.
    public let alive: [Int]
    public let lexicon: Lexicon
    /// Every unit's phrase cues, found once per document and shared by the filters of a run.
    let cues: CueTable
    /// The file's time limit: a filter with a long loop may stop early once it has passed
    /// (the pipeline then reports the file as too slow, so a partial answer is never used).
    public let deadline: Deadline

    public init(document: Document, alive: [Int], lexicon: Lexicon) {
        self.init(document: document, alive: alive, lexicon: lexicon, cues: CueTable(document: document, lexicon: lexicon))
    }

    init(document: Document, alive: [Int], lexicon: Lexicon, cues: CueTable, deadline: Deadline = .never) {
        self.document = document
        self.alive = alive
        self.lexicon = lexicon
        self.cues = cues
        self.deadline = deadline
    }

    public subscript(index: Int) -> Unit { document.units[index] }

    /// Position in `alive` of the headline: the document's known headline if it is still alive,
    /// else the first unit with a letter or digit.
    public var headlinePosition: Int? {
        if let known = document.headline, let position = alive.firstIndex(of: known) { return position }
        return alive.firstIndex { document.units[$0].withTextBytes(TextShape.hasWordCharacter) }
    }

    /// The unit that follows `position` in `alive`, if any.
    public func next(after position: Int) -> Unit? {
        position + 1 < alive.count ? document.units[alive[position + 1]] : nil
    }

    // MARK: - Phrase questions about unit `index`, answered from the cue table

    /// The first phrase of `category` in the unit's key (a category of `CueTrie.anywhere`).
    func firstCue(_ category: Lexicon.Category, in index: Int) -> String? {
        cues.first(category, in: index).map { lexicon.phrase(category, $0) }
    }

    /// The longest phrase of `category` the unit's key starts with (`CueTrie.atStart`).
    func prefixCue(_ category: Lexicon.Category, in index: Int) -> String? {
        cues.prefix(category, in: index).map { lexicon.phrase(category, $0) }
    }

    func cueCount(_ category: Lexicon.Category, in index: Int) -> Int {
        cues.count(category, in: index)
    }

    func allCues(_ category: Lexicon.Category, in index: Int) -> [String] {
        cues.all(category, in: index).map { lexicon.phrase(category, $0) }
    }
}
