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

    /// Normalizes raw line bytes (valid UTF-8); line breaks inside count as white space.
    public init(_ line: UnsafeBufferPointer<UInt8>) {
        if line.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            let spaced = line.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            self = spaced.withUnsafeBufferPointer { NormalizedLine($0) }
            return
        }
        let capacity = max(line.count, 1)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * capacity)
        defer { scratch.deallocate() }
        let scan = LineScanner.scan(line, from: 0, text: scratch, key: scratch + capacity)
        let text = String(decoding: UnsafeBufferPointer(start: scratch, count: scan.textCount), as: UTF8.self)
        if scan.needsGeneralPath {
            self.init(normalizedText: NFC.compose(text))
        } else {
            self.init(text: text, folded: Folding.fold(text),
                      key: String(decoding: UnsafeBufferPointer(start: scratch + capacity, count: scan.keyCount), as: UTF8.self),
                      wordCount: scan.words)
        }
    }
}
