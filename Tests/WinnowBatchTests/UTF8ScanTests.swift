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

    /// `isPlainText` is the one-pass shortcut through `TextDecoder`: whenever it says yes, the
    /// long way (byte sample, then `isClean`) must keep the bytes as they are too.
    private func expectShortcutAgrees(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let plain = UTF8Scan.isPlainText(buffer)
            let sample = ByteSample(buffer)
            let longWay = !sample.looksBinary && sample.utf16ByteOrder == nil && UTF8Scan.isClean(buffer)
            #expect(!plain || longWay, "\(bytes.prefix(40))")
            return plain
        }
    }

    @Test func plainTextShortcutAgreesWithTheLongWay() {
        let prose = Array(String(repeating: "Prices rose 3.5% in May, officials said.\n\t“Quoted” — fine…\r\n", count: 300).utf8)
        #expect(expectShortcutAgrees(prose))
        #expect(expectShortcutAgrees(Array("short".utf8)))
        #expect(expectShortcutAgrees([]))
        // Each troublesome byte at each offset of a word, early (in the sample) and late.
        for bad: [UInt8] in [[0x00], [0x01], [0x1B], [0x7F], [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0x0C]] {
            for offset in 0..<9 {
                for position in [offset, 9_000 + offset] {
                    var bytes = prose
                    bytes.replaceSubrange(position..<(position + bad.count), with: bad)
                    let plain = expectShortcutAgrees(bytes)
                    if bad == [0x00] || bad == [0x80] || bad == [0xED, 0xA0, 0x80] { #expect(!plain) }
                    if bad == [0x01] && position < ByteSample.size { #expect(!plain) }
                    if bad == [0x01] && position >= ByteSample.size { #expect(plain) }
                }
            }
        }
        // UTF-16 without a byte-order mark: NULs everywhere.
        #expect(!expectShortcutAgrees(Array("plain words".utf16.flatMap { [UInt8($0), 0] })))
    }
}
