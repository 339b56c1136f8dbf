/// A short metadata line made mostly of dates, times and time zones, with no sentence in it:
/// "Other News Materials 18 February 2013 03:43 (UTC +04:00)". Bylines with a date are left to
/// the byline rule.
enum Dateline {
    static func matches(_ unit: Unit, lexicon: Lexicon) -> Bool {
        isCandidate(unit) && matches(unit, bylinePrefix: lexicon.phrases(.bylinePrefix), months: lexicon.phrases(.month))
    }

    /// With the phrase lists taken once, for callers that ask about every unit.
    static func matches(_ unit: Unit, bylinePrefix: PhraseIndex, months: PhraseIndex) -> Bool {
        guard isCandidate(unit),
              unit.withFoldedStart(minimum: bylinePrefix.longestRawPrefix, { bylinePrefix.rawPrefix(ofFolded: $0) }) == nil
        else { return false }
        let tokens = unit.key.split(separator: " ")
        guard !tokens.isEmpty else { return false }
        let dateTokens = tokens.filter { token in token.allSatisfy(\.isNumber) || months.containsWord(token) }
        return Double(dateTokens.count) >= minimumDateShare * Double(tokens.count)
    }

    /// Short, not ending a sentence with a period, and with a date or time: decided on bytes,
    /// which rules out almost every unit before any String work.
    private static func isCandidate(_ unit: Unit) -> Bool {
        guard unit.wordCount <= maxWords else { return false }
        return unit.withTextBytes { bytes in
            !UTF8Bytes.hasSuffix(bytes, ".").resolve { unit.text.hasSuffix(".") } && hasDateOrTime(bytes)
        }
    }

    /// A clock time ("03:43") or a date written with digits ("18.02.2013", "2013-02-18", "2/18/2013"),
    /// or a four-digit year.
    static func hasDateOrTime(_ text: String) -> Bool {
        text.withUTF8Bytes(hasDateOrTime)
    }

    static func hasDateOrTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digitRun = 0
        for (index, byte) in bytes.enumerated() {
            if byte &- 0x30 < 10 {
                digitRun += 1
                if digitRun == 4 { return true }
                continue
            }
            let isSeparator = byte == 0x3A || byte == 0x2E || byte == 0x2D || byte == 0x2F
            if isSeparator && digitRun > 0 && index + 1 < bytes.count && bytes[index + 1] &- 0x30 < 10 {
                return true
            }
            digitRun = 0
        }
        return false
    }

    static let maxWords = 14
    static let minimumDateShare = 0.4
}
