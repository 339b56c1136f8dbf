import WinnowCore

/// Chooses between windows-1251 and windows-1252 for text that is not UTF-8 (`CyrillicGuess`).
enum CodePageGuess {
    static func choose(for bytes: UnsafeBufferPointer<UInt8>) -> CodePage {
        CyrillicGuess.isLikely(bytes) ? .windows1251 : .windows1252
    }
}
