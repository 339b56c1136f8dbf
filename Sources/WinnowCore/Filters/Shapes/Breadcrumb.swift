/// A breadcrumb trail or a menu flattened into one line: short segments between one repeated
/// separator ("Home › Science › Space", "News | World | Europe").
enum Breadcrumb {
    static func matches(_ unit: Unit, chromeLine: PhraseIndex) -> Bool {
        guard unit.wordCount <= maxWords else { return false }
        let answer = unit.withTextBytes { bytes -> UTF8Bytes.Answer in
            guard mayHaveSeparator(bytes), !TextShape.endsWithTerminalPunctuation(bytes) else { return .no }
            for separator in separatorBytes where contains(bytes, separator) {
                let answer = trail(bytes, separatedBy: separator, chromeLine: chromeLine)
                if answer != .no { return answer }
            }
            return .no
        }
        return answer.resolve { matchesAsStrings(unit, chromeLine: chromeLine) }
    }

    /// Whether the text is a trail of short segments between `separator`'s bytes (a scalar
    /// occurs exactly where its bytes do); `ask` when a space next to a non-ASCII character
    /// makes trimming a question of grapheme clusters.
    private static func trail(
        _ bytes: UnsafeBufferPointer<UInt8>, separatedBy separator: [UInt8], chromeLine: PhraseIndex
    ) -> UTF8Bytes.Answer {
        var segments = 0
        var first = 0..<0
        var pieceStart = 0
        while pieceStart <= bytes.count {
            let pieceEnd = find(separator, in: bytes, from: pieceStart) ?? bytes.count
            defer { pieceStart = pieceEnd + separator.count }
            guard pieceEnd > pieceStart else { continue }
            guard let segment = trimmed(bytes, pieceStart..<pieceEnd) else { return .ask }
            let piece = UnsafeBufferPointer(rebasing: bytes[segment])
            let words = piece.isEmpty ? 0 : piece.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
            guard words >= 1 && words <= maxSegmentWords && !TextShape.startsLowercase(piece) else { return .no }
            if segments == 0 { first = segment }
            segments += 1
        }
        guard segments >= 2 else { return .no }
        if segments >= 3 { return .yes }
        // Two segments only when the first is a home link: "Home › News".
        let segment = UnsafeBufferPointer(rebasing: bytes[first])
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(segment.count, 1)) { buffer in
            guard let count = Folding.writeKey(of: segment, to: buffer.baseAddress!) else { return .ask }
            return chromeLine.matchesWhole(UnsafeBufferPointer(rebasing: buffer[..<count])) ? .yes : .no
        }
    }

    /// `range` without leading and trailing spaces, as `trimmingSpaces` would leave it; nil
    /// when a space touches a non-ASCII character, which might join it in one grapheme.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && bytes[start] == 0x20 {
            if start + 1 < end && bytes[start + 1] >= 0x80 { return nil }
            start += 1
        }
        while end > start && bytes[end - 1] == 0x20 {
            if end - 1 > start && bytes[end - 2] >= 0x80 { return nil }
            end -= 1
        }
        return start..<end
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard needle.count <= bytes.count - start else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if UnsafeBufferPointer(rebasing: bytes[index..<(index + needle.count)]).elementsEqual(needle) { return index }
        }
        return nil
    }

    /// The rule on Strings, for the rare text whose bytes cannot decide.
    private static func matchesAsStrings(_ unit: Unit, chromeLine: PhraseIndex) -> Bool {
        let scalars = unit.text.unicodeScalars
        for separator in separators where scalars.contains(separator) {
            let segments = scalars.split(separator: separator).map { String(String.UnicodeScalarView($0)).trimmingSpaces }
            guard segments.count >= 2, segments.allSatisfy(isSegment) else { continue }
            if segments.count >= 3 { return true }
            if chromeLine.matchesWhole(Folding.key(segments[0])) { return true }
        }
        return false
    }

    /// Cheap byte test first: every separator is ">", "/", "|" or starts with 0xC2/0xE2.
    private static func mayHaveSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == 0x3E || $0 == 0x2F || $0 == 0x7C || $0 == 0xC2 || $0 == 0xE2 }
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        find(needle, in: bytes, from: 0) != nil
    }

    private static func isSegment(_ segment: String) -> Bool {
        let words = Folding.wordCount(segment)
        return words >= 1 && words <= maxSegmentWords && !TextShape.startsLowercase(segment)
    }

    static let separators: [Unicode.Scalar] = ["\u{203A}", "\u{00BB}", ">", "/", "|", "\u{2192}", "\u{27E9}", "\u{2022}"]
    /// The separators' UTF-8 bytes (a scalar occurs exactly where its bytes do).
    private static let separatorBytes: [[UInt8]] = separators.map { Array(String($0).utf8) }
    static let maxWords = 15
    static let maxSegmentWords = 4
}

extension String {
    /// Without leading and trailing spaces (text is already normalized to single spaces).
    var trimmingSpaces: String {
        var result = Substring(self)
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}
