/// One normalized line with what matching needs, computed in a single pass over its bytes:
/// the text, its lowercase fold, its word key and its word count.
public struct NormalizedLine: Sendable, Equatable {
    public let text: String
    public let folded: String
    public let key: String
    public let wordCount: Int

    public var isEmpty: Bool { text.isEmpty }

    public init(text: String, folded: String, key: String, wordCount: Int) {
        self.text = text
        self.folded = folded
        self.key = key
        self.wordCount = wordCount
    }

    /// For text that is already normalized (from HTML blocks, or joined lines).
    public init(normalizedText text: String) {
        let (folded, key) = Folding.foldAndKey(text)
        self.init(text: text, folded: folded, key: key, wordCount: Folding.wordCount(text))
    }

    /// Normalizes raw line bytes (valid UTF-8).
    public init(_ line: UnsafeBufferPointer<UInt8>) {
        self = LineNormalizer.normalizeLine(line)
    }
}

extension LineNormalizer {
    /// The hot path of `Document(text:)`: normalizes and folds in one loop. Lines that need NFC
    /// or full Unicode lowercasing take the slower general route.
    static func normalizeLine(_ line: UnsafeBufferPointer<UInt8>) -> NormalizedLine {
        let capacity = max(line.count, 1)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 3 * capacity)
        defer { scratch.deallocate() }
        let text = scratch, folded = scratch + capacity, key = scratch + 2 * capacity
        var textCount = 0, foldedCount = 0, keyCount = 0, words = 0
        var pendingSpace = false, keyGap = false, slow = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = textCount > 0
                    keyGap = true
                    continue
                }
                guard byte >= 0x20 && byte != 0x7F else { continue }
                if pendingSpace {
                    text[textCount] = 0x20; textCount += 1
                    folded[foldedCount] = 0x20; foldedCount += 1
                    words += 1
                    pendingSpace = false
                }
                let lower = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                text[textCount] = byte; textCount += 1
                folded[foldedCount] = lower; foldedCount += 1
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if keyGap && keyCount > 0 { key[keyCount] = 0x20; keyCount += 1 }
                    keyGap = false
                    key[keyCount] = lower; keyCount += 1
                } else if lower != 0x27 {
                    keyGap = true
                }
                continue
            }
            let (value, length) = decodeScalar(line, at: index)
            let bytes = UnsafeBufferPointer(rebasing: line[index..<min(index + length, line.count)])
            index += length
            switch classify(value) {
            case .space:
                pendingSpace = textCount > 0
                keyGap = true
            case .invisible:
                break
            case .visible(let mayNeedNFC):
                if pendingSpace {
                    text[textCount] = 0x20; textCount += 1
                    folded[foldedCount] = 0x20; foldedCount += 1
                    words += 1
                    pendingSpace = false
                }
                for byte in bytes { text[textCount] = byte; textCount += 1 }
                guard !mayNeedNFC, let lower = Folding.lowercase(value) else { slow = true; continue }
                let start = foldedCount
                Folding.encode(lower) { folded[foldedCount] = $0; foldedCount += 1 }
                if Folding.isSeparator(lower) {
                    if lower != 0x2019 { keyGap = true }
                } else {
                    if keyGap && keyCount > 0 { key[keyCount] = 0x20; keyCount += 1 }
                    keyGap = false
                    for offset in start..<foldedCount { key[keyCount] = folded[offset]; keyCount += 1 }
                }
            }
        }
        let textString = String(decoding: UnsafeBufferPointer(start: text, count: textCount), as: UTF8.self)
        if slow { return NormalizedLine(normalizedText: NFC.compose(textString)) }
        return NormalizedLine(
            text: textString,
            folded: String(decoding: UnsafeBufferPointer(start: folded, count: foldedCount), as: UTF8.self),
            key: String(decoding: UnsafeBufferPointer(start: key, count: keyCount), as: UTF8.self),
            wordCount: textCount == 0 ? 0 : words + 1)
    }
}
