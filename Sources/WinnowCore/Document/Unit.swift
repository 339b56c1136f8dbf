/// One judged piece of a document: a paragraph, or one item of a paragraph whose short lines a
/// scraper glued together with single newlines. Filters decide on units; the pipeline drops them.
///
/// A unit's text and key are UTF-8 bytes in a buffer it shares with the other units of its
/// document (`UnitBytes`); the hot paths read them as bytes (`withTextBytes`, `withKeyBytes`)
/// and `text` and `key` make Strings only when asked.
public struct Unit: Sendable, Equatable {
    private let storage: UnitBytes
    /// The text is `storage.bytes[start..<keyStart]`, the key `storage.bytes[keyStart..<end]`.
    private let start: Int
    private let keyStart: Int
    private let end: Int
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

    /// The normalized text: one line, single spaces, NFC.
    public var text: String { storage.string(start..<keyStart) }
    /// The folded words alone, single-spaced: what phrase lists match against.
    public var key: String { storage.string(keyStart..<end) }
    /// The text folded for matching: lowercased. Computed when asked: filters fold only the
    /// few bytes they compare, so a stored copy of every unit's text would go unread.
    public var folded: String { Folding.fold(text) }

    /// UTF-8 bytes of the text and of the key.
    public var textByteCount: Int { keyStart - start }
    public var keyByteCount: Int { end - keyStart }

    /// Calls `body` with the text's UTF-8 bytes, in place.
    @inline(__always)
    public func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withBytes(start..<keyStart, body)
    }

    /// Calls `body` with the key's UTF-8 bytes, in place.
    @inline(__always)
    public func withKeyBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withBytes(keyStart..<end, body)
    }

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
        var bytes = Array(text.utf8)
        bytes.append(contentsOf: key.utf8)
        self.init(storage: UnitBytes(bytes), start: 0, keyStart: text.utf8.count, end: bytes.count,
                  wordCount: wordCount, paragraph: paragraph, lines: lines, isGluedItem: isGluedItem, markup: markup)
    }

    /// A unit whose text and key already lie, one after the other, in a shared buffer (valid
    /// UTF-8 each).
    init(
        storage: UnitBytes, start: Int, keyStart: Int, end: Int, wordCount: Int, paragraph: Int,
        lines: ClosedRange<Int>, isGluedItem: Bool, markup: MarkupFeatures? = nil
    ) {
        self.storage = storage
        self.start = start
        self.keyStart = keyStart
        self.end = end
        self.paragraph = paragraph
        self.lines = lines
        self.isGluedItem = isGluedItem
        self.wordCount = wordCount
        self.markup = markup
    }

    /// Same text and key bytes (both are NFC, so bytes decide), same place and markup.
    public static func == (a: Unit, b: Unit) -> Bool {
        a.paragraph == b.paragraph && a.lines == b.lines && a.isGluedItem == b.isGluedItem
            && a.wordCount == b.wordCount && a.markup == b.markup
            && a.withTextBytes { x in b.withTextBytes { y in x.elementsEqual(y) } }
            && a.withKeyBytes { x in b.withKeyBytes { y in x.elementsEqual(y) } }
    }
}

/// The UTF-8 bytes of units' texts and keys, in one buffer that all units of a document share:
/// one allocation a document instead of two Strings a unit, whose every byte the standard
/// library would check again (a tenth of a plain-text run's instructions, by callgrind).
/// Immutable once built.
final class UnitBytes: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func string(_ range: Range<Int>) -> String {
        withBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    @inline(__always)
    func withBytes<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
