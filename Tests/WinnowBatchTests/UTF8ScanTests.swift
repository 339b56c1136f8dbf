import Testing
import WinnowCore
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

    /// Text files skip `isPlainText`: the document's own scan says whether the bytes were
    /// plain (`Document(plainUTF8:)`). Whenever it says yes, `isPlainText` must say yes too, and
    /// the document must be the one made the long way.
    private func expectScanAgrees(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard TextDecoder.mayBePlain(buffer), let document = Document(plainUTF8: buffer) else { return false }
            #expect(UTF8Scan.isPlainText(buffer), "\(bytes.prefix(60))")
            #expect(document.units == Document(validUTF8: buffer).units, "\(bytes.prefix(60))")
            return true
        }
    }

    @Test func documentScanAgreesWithThePlainTextShortcut() {
        let prose = Array(String(repeating: "Prices rose 3.5% in May, officials said.\n\t“Quoted” — fine…\r\n", count: 300).utf8)
        #expect(expectScanAgrees(prose))
        for bad: [UInt8] in [[0x00], [0x01], [0x0B], [0x1B], [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xFF]] {
            for position in [0, 5, 9_000] {
                var bytes = prose
                bytes.replaceSubrange(position..<(position + bad.count), with: bad)
                #expect(!expectScanAgrees(bytes), "\(bad) at \(position)")
            }
        }
        for fine: [UInt8] in [[0x0C], [0x7F], [0x09], [0xC3, 0xA9]] {
            var bytes = prose
            bytes.replaceSubrange(7..<(7 + fine.count), with: fine)
            #expect(expectScanAgrees(bytes), "\(fine)")
        }
        // Short strings of troublesome bytes, every mix a fixed generator gives.
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x20, 0x2E, 0x41, 0x61, 0x7F, 0x80,
                                 0xC3, 0xA9, 0xE2, 0x80, 0x94, 0xED, 0xA0, 0xF0, 0x9F, 0x8E, 0x89, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var plain = 0
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 60)
            let bytes = (0..<count).map { offset -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly letters and spaces, so that some strings are plain.
                return offset % 6 == 1 ? alphabet[Int(state >> 33) % alphabet.count] : 0x61
            }
            if expectScanAgrees(bytes) { plain += 1 }
        }
        #expect(plain > 100 && plain < 2_900, "the mix has both kinds: \(plain) plain")
    }
}
