/// Whether bytes that are not UTF-8 are Russian in windows-1251 rather than a Latin language in
/// windows-1252: shared by the text decoder and the HTML decoder, for files that declare nothing.
///
/// Both code pages put letters in 0xC0–0xFF with lowercase in 0xE0–0xFF, so the byte ranges
/// alone cannot tell Russian from French. What differs is shape: Cyrillic words are made
/// entirely of high bytes, while accented Latin letters sit alone between ASCII letters.
public enum CyrillicGuess {
    private struct Counts {
        var high = 0
        var letters = 0
        var lowercase = 0
        var inRuns = 0
    }

    /// Most high bytes are letters, lowercase dominates, and most letters stand in runs.
    public static func isLikely(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let counts = count(bytes)
        return counts.letters > 0
            && counts.letters * 10 >= counts.high * 7
            && counts.lowercase * 2 > counts.letters
            && counts.inRuns * 10 >= counts.letters * 6
    }

    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Counts {
        var counts = Counts()
        var run = 0
        for byte in bytes {
            if byte >= 0x80 { counts.high += 1 }
            if byte >= 0xC0 {
                counts.letters += 1
                if byte >= 0xE0 { counts.lowercase += 1 }
                run += 1
            } else {
                if run >= 2 { counts.inRuns += run }
                run = 0
            }
        }
        if run >= 2 { counts.inRuns += run }
        return counts
    }
}
