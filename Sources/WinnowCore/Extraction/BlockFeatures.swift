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

    /// `counts`, when given, are what `measure` would find in the unit's text (the document
    /// builder counts them as it writes the text).
    init(_ unit: Unit, counts: Counts? = nil) {
        let (measured, endsSentence) = unit.withTextBytes {
            (counts ?? Self.measure($0), TextShape.endsWithTerminalPunctuation($0))
        }
        self.bytes = unit.textByteCount
        self.words = unit.wordCount
        self.linkDensity = unit.markup?.linkDensity ?? 0
        self.commas = measured.commas
        self.endsSentence = endsSentence
        self.sentences = measured.sentences + (endsSentence ? 1 : 0)
        self.letterRatio = measured.visible > 0 ? Double(measured.letters) / Double(measured.visible) : 0
    }

    static func measure(_ text: UnsafeBufferPointer<UInt8>) -> Counts {
        ByteClass.table.withUnsafeBufferPointer { classes in
            var counts = Counts()
            guard let base = text.baseAddress else { return counts }
            var index = 0
            let count = text.count
            while index < count {
                if index + 8 <= count, counts.addWord(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index &+= 8
                    continue
                }
                let byte = base[index]
                index &+= 1
                let kind = Int(classes[Int(byte)])
                if kind & ByteClass.wideLead != 0 {
                    let (comma, stop) = wideMark(byte, in: text, after: index)
                    if comma { counts.commas &+= 1 } else if stop { counts.sentences &+= 1 }
                }
                counts.add(kind: kind)
            }
            return counts
        }
    }

    /// What `measure` counts, and whether the last byte left a sentence end open.
    struct Counts: Sendable, Equatable {
        var commas = 0
        var sentences = 0
        var letters = 0
        var visible = 0
        var afterStop = 0

        /// The counts of this text followed by `next`'s, joined with one space or none (a
        /// space after an open sentence stop ends a sentence).
        mutating func append(_ next: Counts, spaced: Bool) {
            commas &+= next.commas
            letters &+= next.letters
            visible &+= next.visible
            sentences &+= next.sentences &+ (spaced ? afterStop : 0)
            afterStop = next.afterStop
        }

        /// One byte of class `kind`, without branches on it: a switch per byte mispredicts
        /// at every word boundary, and this loop sees every byte of every text.
        @inline(__always)
        mutating func add(kind: Int) {
            letters &+= kind & ByteClass.letter
            visible &+= (kind & ByteClass.visible) >> 1
            commas &+= (kind & ByteClass.comma) >> 2
            sentences &+= afterStop & ((kind & ByteClass.space) >> 5)
            // A stop opens a sentence end; a closer keeps one open; anything else ends it.
            afterStop = ((kind & ByteClass.stop) >> 3) | (afterStop & ((kind & ByteClass.closer) >> 4))
        }

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let high: UInt64 = 0x8080_8080_8080_8080

        /// Eight bytes at once, unless they hold a lead byte of the wide punctuation, or a
        /// closing quote or bracket that could carry a sentence end (a stop in the same eight
        /// bytes or just before them): false, counting nothing, then. Masks carry each byte's
        /// high bit; non-ASCII bytes count as letters, as in the byte loop.
        @inline(__always)
        mutating func addWord(_ loaded: UInt64) -> Bool {
            let word = UInt64(littleEndian: loaded)
            let nonASCII = word & Self.high
            let ascii = ~nonASCII & Self.high
            let low = word & ~Self.high
            if nonASCII != 0 {
                let wideLeads = Self.equal(low, 0x58) | Self.equal(low, 0x63) | Self.equal(low, 0x6F)
                guard wideLeads & nonASCII == 0 else { return false }
            }
            let stops = (Self.equal(low, 0x2E) | Self.equal(low, 0x21) | Self.equal(low, 0x3F)) & ascii
            if stops != 0 || afterStop != 0 {
                let closers = (Self.equal(low, 0x22) | Self.equal(low, 0x27) | Self.equal(low, 0x29)) & ascii
                guard closers == 0 else { return false }
            }
            let folded = low | 0x2020_2020_2020_2020
            let asciiLetters = Self.atLeast(folded, 0x61) & ~Self.atLeast(folded, 0x7B) & ascii
            let spaces = Self.equal(low, 0x20) & ascii
            letters &+= Self.count(asciiLetters | nonASCII)
            visible &+= 8 &- Self.count(spaces)
            commas &+= Self.count(Self.equal(low, 0x2C) & ascii)
            // A sentence ends at a space right after a stop, here or at the end of the last word.
            sentences &+= Self.count((stops << 8) & spaces) &+ (afterStop & Int(spaces >> 7 & 1))
            afterStop = Int(stops >> 63)
            return true
        }

        /// How many bytes a mask marks. Multiplying sums the bytes into the top one, in three
        /// instructions where `nonzeroBitCount` takes twenty without a POPCNT target.
        @inline(__always)
        private static func count(_ mask: UInt64) -> Int {
            Int(((mask >> 7) &* ones) >> 56)
        }

        /// High bits of the bytes (all below 0x80) that are at least `bound`.
        @inline(__always)
        private static func atLeast(_ word: UInt64, _ bound: UInt64) -> UInt64 {
            (word &+ (0x80 &- bound) &* ones) & high
        }

        /// High bits of the bytes (all below 0x80) equal to `value`.
        @inline(__always)
        private static func equal(_ word: UInt64, _ value: UInt64) -> UInt64 {
            let other = word ^ (value &* ones)
            return ~((other &+ 0x7F7F_7F7F_7F7F_7F7F) | other) & high
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

    /// What each byte value means to `measure`: a set of bits, so each count is one add.
    fileprivate enum ByteClass {
        static let letter = 1
        static let visible = 2
        static let comma = 4
        static let stop = 8
        static let closer = 16
        static let space = 32
        static let wideLead = 64

        /// ASCII letters and every non-ASCII byte count as letters (a non-ASCII character is
        /// almost always one); every byte but the space is visible. The lead bytes of the wide
        /// punctuation above count as letters too, whatever character they start.
        static let table: [UInt8] = (0...255).map { byte -> UInt8 in
            let kind = switch byte {
            case 0x20: space
            case 0x2C: visible | comma
            case 0x2E, 0x21, 0x3F: visible | stop
            case 0x22, 0x27, 0x29: visible | closer
            case 0xD8, 0xE3, 0xEF: visible | letter | wideLead
            case 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: visible | letter
            default: visible
            }
            return UInt8(kind)
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
