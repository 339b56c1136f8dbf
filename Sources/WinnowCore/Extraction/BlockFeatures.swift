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
        ByteClass.table.withUnsafeBufferPointer { classes in
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
                let kind = classes[Int(byte)]
                // Letters are most bytes of any text: one compare for them.
                if kind == ByteClass.letter {
                    letters += 1
                    visible += 1
                    afterStop = false
                    continue
                }
                switch kind {
                case ByteClass.space:
                    if afterStop { sentences += 1 }
                    afterStop = false
                    continue
                case ByteClass.comma:
                    commas += 1
                    afterStop = false
                case ByteClass.stop:
                    afterStop = true
                case ByteClass.closer:
                    break  // a closing quote or bracket keeps a sentence end
                case ByteClass.wideLead:
                    let (comma, stop) = wideMark(byte, in: text, after: index)
                    if comma { commas += 1 } else if stop { sentences += 1 }
                    letters += 1
                    afterStop = false
                default:
                    afterStop = false
                }
                visible += 1
            }
            return (commas, sentences, letters, visible)
        }
    }

    /// Commas and sentence ends of other scripts, recognized by their lead byte:
    /// ، (D8 8C); 、 (E3 80 81), 。 (E3 80 82); ， (EF BC 8C), ！ (EF BC 81), ？ (EF BC 9F).
    @inline(__always)
    private static func wideMark(_ lead: UInt8, in text: UnsafeBufferPointer<UInt8>, after index: Int) -> (comma: Bool, stop: Bool) {
        let count = text.count
        switch lead {
        case 0xD8:
            return (index < count && text[index] == 0x8C, false)
        case 0xE3:
            guard index + 1 < count && text[index] == 0x80 else { return (false, false) }
            return (text[index + 1] == 0x81, text[index + 1] == 0x82)
        default:
            guard index + 1 < count && text[index] == 0xBC else { return (false, false) }
            let last = text[index + 1]
            return (last == 0x8C, last == 0x81 || last == 0x9F)
        }
    }

    /// What each byte value means to `measure`.
    private enum ByteClass {
        static let other: UInt8 = 0
        static let letter: UInt8 = 1
        static let space: UInt8 = 2
        static let comma: UInt8 = 3
        static let stop: UInt8 = 4
        static let closer: UInt8 = 5
        static let wideLead: UInt8 = 6

        /// ASCII letters and every non-ASCII byte count as letters (a non-ASCII character is
        /// almost always one), but for the lead bytes of the wide punctuation above.
        static let table: [UInt8] = (0...255).map { byte -> UInt8 in
            switch byte {
            case 0x20: space
            case 0x2C: comma
            case 0x2E, 0x21, 0x3F: stop
            case 0x22, 0x27, 0x29: closer
            case 0xD8, 0xE3, 0xEF: wideLead
            case 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: letter
            default: other
            }
        }
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
