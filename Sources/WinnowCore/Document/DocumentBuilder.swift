/// Builds `Document(text:)` in one pass over the text's UTF-8 bytes. Each line is normalized
/// and keyed straight into two scratch arenas (`LineScanner`); a paragraph's lines stay there
/// until a blank line ends it, are laid out (`ParagraphLayout`) and, when joined, compacted in
/// place; then each unit's final text and key bytes are copied into the buffer that the
/// document's units share (`UnitBytes`).
struct DocumentBuilder {
    /// Where a line of the current paragraph lies in the arenas.
    private struct Line {
        var text: Range<Int>
        var key: Range<Int>
        var words: Int
        var number: Int
        var isASCII: Bool
        /// What `BlockFeatures` counts in the text; nil once the general route rewrote it.
        var counts: BlockFeatures.Counts?
    }

    /// Where a finished unit lies in `unitBytes`, and what else it needs.
    private struct Finished {
        var start: Int
        var keyStart: Int
        var end: Int
        var words: Int
        var paragraph: Int
        var lines: ClosedRange<Int>
        var isGluedItem: Bool
        var counts: BlockFeatures.Counts?
    }

    private let text: ByteArena
    private let keys: ByteArena
    private var pending: [Line] = []
    /// The finished units' text and key bytes, one after the other.
    private var unitBytes: [UInt8] = []
    private var finished: [Finished] = []
    private var paragraph = 0
    private var lineCount = 0
    /// Set when only the units' line fingerprints are wanted: units then get no Strings.
    private var fingerprints: Set<UInt64>?
    /// Some line had a byte that plain UTF-8 text never has (`LineScanner.Result.hasUndecodedBytes`).
    private var sawUndecodedBytes = false

    static func build(_ bytes: UnsafeBufferPointer<UInt8>) -> Document {
        builder(of: bytes).document
    }

    /// `build`, or nil when the bytes are not plain UTF-8 text and want decoding first.
    static func buildIfPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Document? {
        let builder = builder(of: bytes)
        return builder.sawUndecodedBytes ? nil : builder.document
    }

    private static func builder(of bytes: UnsafeBufferPointer<UInt8>) -> DocumentBuilder {
        var builder = DocumentBuilder(capacity: bytes.count)
        builder.unitBytes.reserveCapacity(2 * bytes.count + 16)
        builder.addLines(of: bytes)
        builder.flush()
        return builder
    }

    private var document: Document {
        Document(units: makeUnits(), lineCount: lineCount, featureCounts: finished.map(\.counts))
    }

    private func makeUnits() -> [Unit] {
        let storage = UnitBytes(unitBytes)
        return finished.map {
            Unit(storage: storage, start: $0.start, keyStart: $0.keyStart, end: $0.end, wordCount: $0.words,
                 paragraph: $0.paragraph, lines: $0.lines, isGluedItem: $0.isGluedItem)
        }
    }

    /// `SiteProfile.fingerprints(of: build(bytes))`, from the keys' bytes: what a site
    /// profile's learning pass needs of a text, at about half the cost of its document.
    /// Nil, like `buildIfPlain`, when the bytes are not plain UTF-8 text.
    static func lineFingerprints(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<UInt64>? {
        var builder = DocumentBuilder(capacity: bytes.count)
        builder.fingerprints = []
        builder.addLines(of: bytes)
        builder.flush()
        return builder.sawUndecodedBytes ? nil : builder.fingerprints ?? []
    }

    /// The arenas hold one paragraph at a time and each line's output is no longer than the
    /// line, so the input's size (line breaks pay for the spaces joining leaves) is enough.
    private init(capacity: Int) {
        text = ByteArena(capacity: capacity + 1)
        keys = ByteArena(capacity: capacity + 1)
    }

    /// Lines end at LF, CRLF or a lone CR; a final line break does not start another line.
    private mutating func addLines(of bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            index = addLine(of: bytes, from: index)
            guard index < bytes.count else { break }
            if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            index += 1
        }
    }

    /// Normalizes the line starting at `start`; returns where it ends (its line break, or the end).
    private mutating func addLine(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        lineCount += 1
        // Lines after a paragraph's first keep one byte free before them: a space if joined.
        let gap = pending.isEmpty ? 0 : 1
        let remaining = bytes.count - start
        text.reserve(remaining + gap)
        keys.reserve(remaining + gap)
        let textStart = text.count + gap
        let keyStart = keys.count + gap
        let scan = LineScanner.scan(bytes, from: start, text: text.base + textStart, key: keys.base + keyStart)
        if scan.hasUndecodedBytes { sawUndecodedBytes = true }
        guard scan.textCount > 0 else {
            flush()
            return scan.end
        }
        var line = Line(text: textStart..<(textStart + scan.textCount), key: keyStart..<(keyStart + scan.keyCount),
                        words: scan.words, number: lineCount, isASCII: scan.isASCII, counts: scan.counts)
        if scan.needsGeneralPath { line = redoInGeneral(line) }
        if gap == 1 {
            text.base[textStart - 1] = 0x20
            keys.base[keyStart - 1] = 0x20
        }
        text.count = line.text.upperBound
        keys.count = line.key.upperBound
        pending.append(line)
        return scan.end
    }

    /// A line with a scalar that may not be NFC or needs Unicode's full lowercasing: NFC, then
    /// `Folding`'s general route, written back over the scanner's output.
    private func redoInGeneral(_ line: Line) -> Line {
        let composed = NFC.compose(String(decoding: bytes(text, line.text), as: UTF8.self))
        let key = Folding.foldAndKey(composed).key
        text.count = line.text.lowerBound
        keys.count = line.key.lowerBound
        text.reserve(composed.utf8.count)
        keys.reserve(key.utf8.count)
        let textEnd = write(composed, to: text, at: line.text.lowerBound)
        let keyEnd = write(key, to: keys, at: line.key.lowerBound)
        return Line(text: line.text.lowerBound..<textEnd, key: line.key.lowerBound..<keyEnd,
                    words: Folding.wordCount(composed), number: line.number,
                    isASCII: !composed.utf8.contains { $0 >= 0x80 }, counts: nil)
    }

    /// Ends the current paragraph: one unit, a joined unit of wrapped prose, or glued items.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        if pending.count == 1 {
            addUnit(pending[0], lines: pending[0].number...pending[0].number, isGluedItem: false)
        } else if isWrappedProse() {
            addUnit(joinPending(), lines: pending[0].number...pending[pending.count - 1].number, isGluedItem: false)
        } else {
            for line in pending { addUnit(line, lines: line.number...line.number, isGluedItem: true) }
        }
        pending.removeAll(keepingCapacity: true)
        text.count = 0
        keys.count = 0
        paragraph += 1
    }

    /// `ParagraphLayout`'s verdict on the pending lines. The closure captures the two values
    /// it reads, not the builder (a method reference would copy the whole struct each time).
    private func isWrappedProse() -> Bool {
        let lines = pending
        let base = text.base
        return ParagraphLayout.isWrappedProse(count: lines.count) { index in
            ParagraphLayout.Line(bytes: UnsafeBufferPointer(start: base + lines[index].text.lowerBound,
                                                            count: lines[index].text.count),
                                 isASCII: lines[index].isASCII)
        }
    }

    /// Joins the paragraph's lines in place, left to right (the output never overtakes its
    /// input): text with a space or, after a hyphenated word, nothing; keys with single spaces
    /// between the non-empty ones, which is the key of the joined text.
    private func joinPending() -> Line {
        let first = pending[0]
        var textEnd = first.text.upperBound
        var keyEnd = first.key.upperBound
        var words = first.words
        var isASCII = first.isASCII
        var counts = first.counts
        for line in pending.dropFirst() {
            let joined = bytes(text, first.text.lowerBound..<textEnd)
            let spaced = !ParagraphLayout.joinsWithoutSpace(joined, bytes(text, line.text))
            if spaced {
                text.base[textEnd] = 0x20
                textEnd += 1
            } else {
                words -= 1
            }
            if let next = line.counts { counts?.append(next, spaced: spaced) } else { counts = nil }
            textEnd = move(line.text, in: text, to: textEnd)
            if !line.key.isEmpty {
                if keyEnd > first.key.lowerBound {
                    keys.base[keyEnd] = 0x20
                    keyEnd += 1
                }
                keyEnd = move(line.key, in: keys, to: keyEnd)
            }
            words += line.words
            isASCII = isASCII && line.isASCII
        }
        return Line(text: first.text.lowerBound..<textEnd, key: first.key.lowerBound..<keyEnd, words: words,
                    number: first.number, isASCII: isASCII, counts: counts)
    }

    private mutating func addUnit(_ line: Line, lines: ClosedRange<Int>, isGluedItem: Bool) {
        if fingerprints != nil {
            if let fingerprint = LineFingerprint.of(keyBytes: bytes(keys, line.key)) { fingerprints?.insert(fingerprint) }
            return
        }
        let start = unitBytes.count
        unitBytes.append(contentsOf: bytes(text, line.text))
        let keyStart = unitBytes.count
        unitBytes.append(contentsOf: bytes(keys, line.key))
        finished.append(Finished(start: start, keyStart: keyStart, end: unitBytes.count, words: line.words,
                                 paragraph: paragraph, lines: lines, isGluedItem: isGluedItem, counts: line.counts))
    }

    private func bytes(_ arena: ByteArena, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena.base + range.lowerBound, count: range.count)
    }

    /// Moves `range` of `arena` left to `destination`; returns the end of the moved bytes.
    private func move(_ range: Range<Int>, in arena: ByteArena, to destination: Int) -> Int {
        if destination != range.lowerBound {
            (arena.base + destination).update(from: arena.base + range.lowerBound, count: range.count)
        }
        return destination + range.count
    }

    private func write(_ string: String, to arena: ByteArena, at offset: Int) -> Int {
        var end = offset
        for byte in string.utf8 {
            arena.base[end] = byte
            end += 1
        }
        return end
    }
}
