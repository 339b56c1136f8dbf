/// Chooses between windows-1251 and windows-1252 for text that is not UTF-8.
///
/// Both put letters in 0xC0–0xFF with lowercase in 0xE0–0xFF, so the byte ranges alone
/// cannot tell Russian from French. What differs is shape: Cyrillic words are made
/// entirely of high bytes, while accented Latin letters sit alone between ASCII letters.
enum CodePageGuess {
    private struct Counts {
        var high = 0
        var letters = 0
        var lowercase = 0
        var inRuns = 0
    }

    static func choose(for bytes: UnsafeBufferPointer<UInt8>) -> CodePage {
        isLikelyCyrillic(count(bytes)) ? .windows1251 : .windows1252
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

    /// Most high bytes are letters, lowercase dominates, and most letters stand in runs.
    private static func isLikelyCyrillic(_ counts: Counts) -> Bool {
        counts.letters > 0
            && counts.letters * 10 >= counts.high * 7
            && counts.lowercase * 2 > counts.letters
            && counts.inRuns * 10 >= counts.letters * 6
    }
}
