/// Cheap measurements of one unit, taken once in one pass over its UTF-8 bytes: how long it
/// is, how much of it is link text, how it is punctuated. Both kinds of input use them.
struct BlockFeatures: Sendable {
    /// UTF-8 bytes of the text (a fair length measure across scripts: a CJK character, which
    /// carries about as much as a short word, takes three).
    let bytes: Int
    let words: Int
    /// Share of the source text inside links; 0 for plain text.
    let linkDensity: Double
    /// Commas (also the CJK "，" "、" and the Arabic "،").
    let commas: Int
    /// Sentence ends followed by more text (". x", "! x", "? x", "。"), plus a final one.
    let sentences: Int
    /// The text ends like a sentence (. ! ? … : ; or a closing quote or bracket after one).
    let endsSentence: Bool
    /// Share of the visible bytes that are letters (any non-ASCII byte counts as one): a line
    /// of digits, dates and symbols scores low.
    let letterRatio: Double

    init(_ unit: Unit) {
        var text = unit.text
        let measured = text.withUTF8 { Self.measure($0) }
        self.bytes = unit.text.utf8.count
        self.words = unit.wordCount
        self.linkDensity = unit.markup?.linkDensity ?? 0
        self.commas = measured.commas
        self.endsSentence = TextShape.endsWithTerminalPunctuation(unit.text)
        self.sentences = measured.sentences + (endsSentence ? 1 : 0)
        self.letterRatio = measured.visible > 0 ? Double(measured.letters) / Double(measured.visible) : 0
    }

    private static func measure(_ text: UnsafeBufferPointer<UInt8>) -> (commas: Int, sentences: Int, letters: Int, visible: Int) {
        var commas = 0
        var sentences = 0
        var letters = 0
        var visible = 0
        var afterStop = false
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            index += 1
            switch byte {
            case 0x20:
                if afterStop { sentences += 1 }
                afterStop = false
                continue
            case 0x2C:  // ,
                commas += 1
            case 0x2E, 0x21, 0x3F:  // . ! ?
                afterStop = true
            case 0x22, 0x27, 0x29:  // a closing quote or bracket keeps a sentence end
                break
            case 0xD8:  // ، (D8 8C)
                if index < count && text[index] == 0x8C { commas += 1 }
                letters += 1
                afterStop = false
            case 0xE3:  // 、 (E3 80 81), 。 (E3 80 82)
                if index + 1 < count && text[index] == 0x80 {
                    if text[index + 1] == 0x81 { commas += 1 } else if text[index + 1] == 0x82 { sentences += 1 }
                }
                letters += 1
                afterStop = false
            case 0xEF:  // ， (EF BC 8C), ！ (EF BC 81), ？ (EF BC 9F)
                if index + 1 < count && text[index] == 0xBC {
                    let last = text[index + 1]
                    if last == 0x8C { commas += 1 } else if last == 0x81 || last == 0x9F { sentences += 1 }
                }
                letters += 1
                afterStop = false
            default:
                if byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { letters += 1 }
                afterStop = false
            }
            visible += 1
        }
        return (commas, sentences, letters, visible)
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
