/// The hot loop of `Document(text:)`: one pass over a line's UTF-8 bytes writes its normalized
/// text (the `LineNormalizer` contract) and its word key (`Folding.key`) side by side, and
/// counts its words. Eight plain ASCII bytes at a time take a word-sized path; other ASCII
/// bytes a short one; other scalars are decoded one by one, out of line. A line with a scalar
/// that may not be NFC, or that needs Unicode's full lowercasing, is flagged so the caller
/// redoes it the general way (`NormalizedLine(normalizedText:)`), and so is a line with a
/// byte that is not well-formed UTF-8.
enum LineScanner {
    struct Result {
        /// Where the line ends: the index of its line break (LF or CR), or the end of the bytes.
        var end = 0
        /// Bytes written to `text` and to `key`.
        var textCount = 0
        var keyCount = 0
        /// Words in the normalized text: runs between single spaces.
        var words = 0
        /// The normalized text is all ASCII.
        var isASCII = true
        /// The text still needs NFC or full lowercasing; `key` is then incomplete.
        var needsGeneralPath = false
        /// The line had a byte that text which needs no decoding never has: a control
        /// character other than tab, line feed, form feed and carriage return, or a byte that
        /// is not well-formed UTF-8 (see `Document(plainUTF8:)`).
        var hasUndecodedBytes = false
        /// What `BlockFeatures` counts, counted on the text as it is written (meaningless
        /// when `needsGeneralPath`).
        var counts = BlockFeatures.Counts()
    }

    /// What the scan carries from byte to byte.
    struct State {
        var textCount = 0
        var keyCount = 0
        var spaces = 0
        /// A space is written only before the next visible scalar, which collapses runs and trims.
        var pendingSpace = false
        /// The key gets a space before its next word byte: some separator came since the last one.
        var keyGap = false
        var isASCII = true
        var general = false
        var undecoded = false
        /// `BlockFeatures.Counts` of the text written so far, but `visible` (bytes less spaces).
        var letters = 0
        var commas = 0
        var sentences = 0
        /// 1 after a sentence stop (and the closing quotes after it): a space then ends a sentence.
        var afterStop = 0

        /// Writes the space owed before a visible scalar.
        @inline(__always)
        mutating func flushSpace(_ text: UnsafeMutablePointer<UInt8>) {
            if pendingSpace {
                text[textCount] = 0x20
                textCount += 1
                spaces += 1
                pendingSpace = false
                sentences &+= afterStop
                afterStop = 0
            }
        }

        /// Counts a visible scalar of `length` bytes that is not ASCII: each byte a letter.
        @inline(__always)
        mutating func countNonASCII(_ length: Int) {
            letters &+= length
            afterStop = 0
        }

        /// Counts a visible ASCII byte other than the space.
        @inline(__always)
        mutating func count(punctuationOrLetter byte: UInt8, isLetter: Bool) {
            letters &+= isLetter ? 1 : 0
            commas &+= byte == 0x2C ? 1 : 0
            let isStop = byte == 0x2E || byte == 0x21 || byte == 0x3F
            let isCloser = byte == 0x22 || byte == 0x27 || byte == 0x29
            afterStop = isStop ? 1 : (isCloser ? afterStop : 0)
        }

        /// The commas and sentence stops of other scripts (see `BlockFeatures.wideMark`).
        @inline(__always)
        mutating func countWideMark(_ value: UInt32) {
            switch value {
            case 0x060C, 0x3001, 0xFF0C: commas &+= 1
            case 0x3002, 0xFF01, 0xFF1F: sentences &+= 1
            default: break
            }
        }

        var counts: BlockFeatures.Counts {
            BlockFeatures.Counts(commas: commas, sentences: sentences, letters: letters, visible: textCount - spaces,
                                 afterStop: afterStop)
        }

        /// Writes the key's space owed before a word byte.
        @inline(__always)
        mutating func flushKeyGap(_ key: UnsafeMutablePointer<UInt8>) {
            if keyGap {
                if keyCount > 0 {
                    key[keyCount] = 0x20
                    keyCount += 1
                }
                keyGap = false
            }
        }
    }

    /// Scans the line of `bytes` (valid UTF-8) that starts at `start`, up to its line break.
    /// `text` and `key` need room for the line's bytes: normalizing and keying never make a
    /// line longer, so `bytes.count - start` is always enough.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, text: UnsafeMutablePointer<UInt8>,
        key: UnsafeMutablePointer<UInt8>
    ) -> Result {
        guard let source = bytes.baseAddress else { return Result() }
        let end = bytes.count
        var index = start
        var state = State()
        while index < end {
            let byte = source[index]
            if byte == 0x20 {
                index += 1
                state.pendingSpace = state.textCount > 0
                state.keyGap = true
                continue
            }
            // A run starts with a letter or digit: punctuation and other scalars skip the test.
            if index + 8 <= end && ((byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10) {
                let run = PlainRun(source + index, wide: index + 16 <= end)
                if run.count > 0 {
                    run.write(text: text, key: key, state: &state)
                    index += run.count
                    continue
                }
            }
            if byte > 0x20 && byte < 0x7F {
                index += 1
                state.flushSpace(text)
                text[state.textCount] = byte
                state.textCount += 1
                let lower = byte | 0x20
                state.count(punctuationOrLetter: byte, isLetter: lower &- 0x61 < 26)
                if lower &- 0x61 < 26 || byte &- 0x30 < 10 {
                    state.flushKeyGap(key)
                    key[state.keyCount] = byte &- 0x30 < 10 ? byte : lower
                    state.keyCount += 1
                } else if byte != 0x27 {
                    // Punctuation separates words in the key; an apostrophe joins them ("don't").
                    state.keyGap = true
                }
            } else if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D { break }
                index += 1
                if byte >= 0x09 && byte <= 0x0D {
                    state.pendingSpace = state.textCount > 0
                    state.keyGap = true
                }
                // Other control characters are dropped.
                if byte < 0x09 || byte == 0x0B || (byte > 0x0D && byte < 0x20) { state.undecoded = true }
            } else {
                index = scanScalar(bytes, at: index, text: text, key: key, state: &state)
            }
        }
        return Result(end: index, textCount: state.textCount, keyCount: state.keyCount,
                      words: state.textCount == 0 ? 0 : state.spaces + 1, isASCII: state.isASCII,
                      needsGeneralPath: state.general, hasUndecodedBytes: state.undecoded, counts: state.counts)
    }

    /// One scalar outside ASCII; returns the index after it. Out of line so that the ASCII
    /// loop keeps its state in registers.
    @inline(never)
    private static func scanScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, text: UnsafeMutablePointer<UInt8>,
        key: UnsafeMutablePointer<UInt8>, state: inout State
    ) -> Int {
        if let end = scanCommonScalar(bytes, at: index, text: text, key: key, state: &state) { return end }
        guard UTF8Bytes.wellFormedLength(bytes, at: index) > 0 else {
            // Kept as it is for the general route, whose decoding repairs it to U+FFFD: the
            // scanner's output is valid UTF-8 whatever it is given.
            state.flushSpace(text)
            text[state.textCount] = bytes[index]
            state.textCount += 1
            state.isASCII = false
            state.general = true
            state.undecoded = true
            state.countNonASCII(1)
            return index + 1
        }
        let (value, length) = LineNormalizer.decodeScalar(bytes, at: index)
        let scalarEnd = min(index + length, bytes.count)
        switch LineNormalizer.classify(value) {
        case .space:
            state.pendingSpace = state.textCount > 0
            state.keyGap = true
        case .invisible:
            break
        case .visible(let mayNeedNFC):
            state.flushSpace(text)
            for offset in index..<scalarEnd {
                text[state.textCount] = bytes[offset]
                state.textCount += 1
            }
            state.isASCII = false
            state.countNonASCII(scalarEnd - index)
            state.countWideMark(value)
            guard !mayNeedNFC, let lower = Folding.lowercase(value) else {
                state.general = true
                break
            }
            if Folding.isSeparator(lower) {
                // A typographic apostrophe joins words like the ASCII one.
                if lower != 0x2019 { state.keyGap = true }
            } else {
                state.flushKeyGap(key)
                Folding.encode(lower) { key[state.keyCount] = $0; state.keyCount += 1 }
            }
        }
        return scalarEnd
    }
}

extension LineScanner {
    /// The scalars news text is full of, decided from their bytes alone: typographic quotes,
    /// dashes and the ellipsis (U+2010...U+2027: visible, NFC, separators in keys but the
    /// apostrophe U+2019) and Latin-1 letters (U+00C0...U+00FF: NFC, and uppercase but × lowers
    /// by +0x20). Nil for anything else, which takes the general route.
    @inline(__always)
    fileprivate static func scanCommonScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, text: UnsafeMutablePointer<UInt8>,
        key: UnsafeMutablePointer<UInt8>, state: inout State
    ) -> Int? {
        let lead = bytes[index]
        if lead == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
            let last = bytes[index + 2]
            guard last >= 0x90 && last <= 0xA7 else { return nil }
            state.flushSpace(text)
            text[state.textCount] = 0xE2
            text[state.textCount + 1] = 0x80
            text[state.textCount + 2] = last
            state.textCount += 3
            state.isASCII = false
            state.countNonASCII(3)
            if last != 0x99 { state.keyGap = true }
            return index + 3
        }
        if lead == 0xC3 && index + 1 < bytes.count {
            let second = bytes[index + 1]
            guard second >= 0x80 && second <= 0xBF else { return nil }
            state.flushSpace(text)
            text[state.textCount] = 0xC3
            text[state.textCount + 1] = second
            state.textCount += 2
            state.isASCII = false
            state.countNonASCII(2)
            // × (U+00D7) and ÷ (U+00F7) separate words; the rest are letters.
            if second == 0x97 || second == 0xB7 {
                state.keyGap = true
            } else {
                state.flushKeyGap(key)
                key[state.keyCount] = 0xC3
                key[state.keyCount + 1] = second <= 0x9E ? second + 0x20 : second
                state.keyCount += 2
            }
            return index + 2
        }
        return nil
    }
}

/// The plain words at the start of eight or sixteen bytes: ASCII letters and digits with
/// single spaces between them. Their text is themselves and their key is themselves with
/// letters lowercased, which for these bytes is `| 0x20` on every byte (spaces and digits
/// already have that bit): the bulk of prose, up to sixteen bytes per step, found with
/// word-sized arithmetic. Runs average 7.5 bytes in eight, so a second word where the first
/// is all plain saves a step's bookkeeping on most prose.
private struct PlainRun {
    let low: UInt64
    /// The second word; only read when `wide`.
    let high: UInt64
    /// How many bytes, from the first, are plain (0 when the first is not).
    let count: Int
    /// The high bit of each plain space, in each word.
    let spaces: (low: UInt64, high: UInt64)
    /// The high bit of each letter among the plain bytes, in each word.
    let letters: (low: UInt64, high: UInt64)

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// Reads eight bytes, or sixteen if `wide`; the first is not a space.
    @inline(__always)
    init(_ pointer: UnsafePointer<UInt8>, wide: Bool) {
        let raw = UnsafeRawPointer(pointer)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let first = Self.classify(low)
        // Not plain: a space right after a space.
        let lowBad = first.other | (first.spaces & (first.spaces << 8))
        self.low = low
        guard lowBad == 0 && wide else {
            let count = lowBad == 0 ? 8 : lowBad.trailingZeroBitCount / 8
            let plain = Self.mask(count)
            self.high = 0
            self.count = count
            spaces = (first.spaces & plain, 0)
            letters = (first.letters & plain, 0)
            return
        }
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let second = Self.classify(high)
        // The first word's last byte is its eighth: a space there and one at the second's first.
        let highBad = second.other | (second.spaces & (second.spaces << 8)) | (second.spaces & (first.spaces >> 56))
        let count = highBad == 0 ? 8 : highBad.trailingZeroBitCount / 8
        let plain = Self.mask(count)
        self.high = high
        self.count = 8 + count
        spaces = (first.spaces, second.spaces & plain)
        letters = (first.letters, second.letters & plain)
    }

    /// The high bit of each letter and each space of `word`, and of each byte that is neither
    /// a letter, a digit nor a space (or not ASCII).
    @inline(__always)
    private static func classify(_ word: UInt64) -> (letters: UInt64, spaces: UInt64, other: UInt64) {
        // For 7-bit bytes, `b + (0x80 - c)` has its high bit set exactly when b >= c, and no
        // byte carries into the next; bytes with the high bit are not plain anyway.
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        func atLeast(_ value: UInt64, _ bound: UInt64) -> UInt64 { (value &+ (0x80 - bound) &* Self.ones) & Self.high }
        let folded = low | 0x2020_2020_2020_2020
        let letters = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
        let digits = atLeast(low, 0x30) & ~atLeast(low, 0x3A)
        let other = low ^ 0x2020_2020_2020_2020
        let spaces = ~((other &+ 0x7F7F_7F7F_7F7F_7F7F) | other) & Self.high
        return (letters, spaces, (~(letters | digits | spaces) & Self.high) | (word & Self.high))
    }

    /// The low `count` bytes of a word.
    @inline(__always)
    private static func mask(_ count: Int) -> UInt64 {
        count == 8 ? ~0 : (1 << (8 * UInt64(count))) - 1
    }

    @inline(__always)
    func write(text: UnsafeMutablePointer<UInt8>, key: UnsafeMutablePointer<UInt8>, state: inout LineScanner.State) {
        state.flushSpace(text)
        state.flushKeyGap(key)
        // All eight or sixteen bytes are stored; only `count` of them are kept (the buffers
        // have room: the line's bytes from here on).
        let fold: UInt64 = 0x2020_2020_2020_2020
        UnsafeMutableRawPointer(text + state.textCount).storeBytes(of: low.littleEndian, as: UInt64.self)
        UnsafeMutableRawPointer(key + state.keyCount).storeBytes(of: (low | fold).littleEndian, as: UInt64.self)
        if count > 8 {
            UnsafeMutableRawPointer(text + state.textCount + 8).storeBytes(of: high.littleEndian, as: UInt64.self)
            UnsafeMutableRawPointer(key + state.keyCount + 8).storeBytes(of: (high | fold).littleEndian, as: UInt64.self)
        }
        // A final space is owed to whatever follows, like any other run of white space.
        let last = count - 1
        let endsWithSpace = (last < 8 ? spaces.low >> (8 * UInt64(last) + 7) : spaces.high >> (8 * UInt64(last - 8) + 7)) & 1 == 1
        let kept = endsWithSpace ? count - 1 : count
        state.textCount += kept
        state.keyCount += kept
        // Bits 7, 15, ... moved to 0, 8, ...; each byte then holds 0 to 2, and multiplying sums
        // the bytes into the top one.
        let spaceCount = Int((((spaces.low >> 7) &+ (spaces.high >> 7)) &* Self.ones) >> 56)
        state.spaces += endsWithSpace ? spaceCount - 1 : spaceCount
        // Letters and digits: no stop is open after them, and no space inside ends a sentence.
        state.letters &+= Int((((letters.low >> 7) &+ (letters.high >> 7)) &* Self.ones) >> 56)
        state.afterStop = 0
        if endsWithSpace {
            state.pendingSpace = true
            state.keyGap = true
        }
    }
}
