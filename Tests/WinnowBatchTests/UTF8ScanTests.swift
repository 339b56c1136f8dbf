import Testing
@testable import WinnowBatch

@Suite struct UTF8ScanTests {
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
