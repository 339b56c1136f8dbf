import Testing
@testable import WinnowCore

/// `UTF8Bytes.wellFormedLength`: the one UTF-8 check the decoder and the line scanner share.
@Suite struct WellFormedLengthTests {
    private func length(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { UTF8Bytes.wellFormedLength($0, at: 0) }
    }

    @Test(arguments: [
        ([0xC3, 0xA9], 2),  // é
        ([0xE2, 0x82, 0xAC], 3),  // €
        ([0xF0, 0x9F, 0x8E, 0x89], 4),  // 🎉
        ([0xF4, 0x8F, 0xBF, 0xBF], 4),  // U+10FFFF
        ([0xC0, 0x80], 0),  // overlong NUL
        ([0xC1, 0xBF], 0),  // overlong
        ([0xE0, 0x80, 0x80], 0),  // overlong three-byte
        ([0xF0, 0x80, 0x80, 0x80], 0),  // overlong four-byte
        ([0xED, 0xA0, 0x80], 0),  // UTF-16 surrogate U+D800
        ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], 0),  // never a lead byte
        ([0x80], 0),  // lone continuation
        ([0xE2, 0x82], 0),  // cut off by the end
        ([0xE2, 0x41, 0xAC], 0),  // interrupted
    ] as [([UInt8], Int)])
    func followsTheUnicodeTable(bytes: [UInt8], expected: Int) {
        #expect(length(bytes) == expected)
    }
}
