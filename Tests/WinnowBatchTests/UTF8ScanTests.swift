import Testing
@testable import WinnowBatch

@Suite struct UTF8ScanTests {
    private func length(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { UTF8Scan.sequenceLength($0, at: 0) }
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
    func sequenceLengthFollowsTheUnicodeTable(bytes: [UInt8], expected: Int) {
        #expect(length(bytes) == expected)
    }

    @Test func countsAndRepairs() {
        let bytes: [UInt8] = Array("é€".utf8) + [0xED, 0xA0, 0x80, 0x00] + Array("ok🎉".utf8) + [0xE2, 0x82]
        bytes.withUnsafeBufferPointer { buffer in
            let scan = UTF8Scan(buffer)
            #expect(scan.multiByteSequences == 3)
            #expect(scan.badBytes == 5)
            #expect(scan.nulBytes == 1)
            #expect(scan.repairedText(buffer) == "é€\u{FFFD}\u{FFFD}\u{FFFD}ok🎉\u{FFFD}\u{FFFD}")
        }
    }
}
