/// Cheap measurements of one unit, taken once, on its UTF-8 bytes: how long it is, how much of
/// it is link text, how it is punctuated. Both kinds of input use them.
struct BlockFeatures: Sendable {
    /// UTF-8 bytes of the text (a fair length measure across scripts: a CJK character, which
    /// carries about as much as a short word, takes three).
    let bytes: Int
    let words: Int
    /// Share of the source text inside links; 0 for plain text.
    let linkDensity: Double
    /// Commas (also the CJK and Arabic ones).
    let commas: Int
    /// Sentence ends followed by more text, plus a final one: ". x", "! x", "? x", "。".
    let sentences: Int
    /// The text ends like a sentence (. ! ? … or a closing quote after one).
    let endsSentence: Bool
    /// Letters make up most of the text (not a line of digits, dates and symbols).
    let letterRatio: Double

    init(_ unit: Unit) {
        var commas = 0
        var sentences = 0
        var letters = 0
        var visible = 0
        var previous: UInt8 = 0
        var afterStop = false
        for byte in unit.text.utf8 {
            switch byte {
            case 0x2C: commas += 1  // ,
            case 0x2E, 0x21, 0x3F: afterStop = true  // . ! ?
            case 0x20:
                if afterStop && previous != 0x20 { sentences += 1 }
                afterStop = false
            default:
                if byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { letters += 1 }
                if byte != 0x22 && byte != 0x27 && byte != 0x29 { afterStop = false }
            }
            if byte != 0x20 { visible += 1 }
            previous = byte
        }
        // Multi-byte punctuation: "，" "、" "،" count as commas, "。" as a sentence end.
        if unit.text.utf8.contains(where: { $0 >= 0xD8 }) {
            for scalar in unit.text.unicodeScalars {
                switch scalar.value {
                case 0xFF0C, 0x3001, 0x060C: commas += 1
                case 0x3002, 0xFF01, 0xFF1F: sentences += 1
                default: break
                }
            }
        }
        let ends = TextShape.endsWithTerminalPunctuation(unit.text)
        if ends { sentences += 1 }
        self.bytes = unit.text.utf8.count
        self.words = unit.wordCount
        self.linkDensity = unit.markup?.linkDensity ?? 0
        self.commas = commas
        self.sentences = sentences
        self.endsSentence = ends
        self.letterRatio = visible > 0 ? Double(letters) / Double(visible) : 0
    }

    /// Bytes not inside links.
    var plainBytes: Double { Double(bytes) * (1 - linkDensity) }

    /// Reads like running prose: long enough, mostly letters, mostly not link text, and
    /// punctuated like sentences (a sentence end, or commas). Both classifiers start here.
    func isProse(minimumBytes: Int = BlockFeatures.proseBytes) -> Bool {
        bytes >= minimumBytes && letterRatio >= Self.proseLetters && linkDensity < Self.proseLinkDensity
            && (endsSentence || sentences > 0 || commas >= Self.proseCommas)
    }

    static let proseBytes = 80
    static let proseLetters = 0.6
    static let proseLinkDensity = 0.35
    static let proseCommas = 2
}
