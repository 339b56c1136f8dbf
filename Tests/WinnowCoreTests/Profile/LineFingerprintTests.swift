import Foundation
import Testing
import WinnowCore

/// The learning pass fingerprints clean text without making its document; it must count
/// exactly the lines the document's units would give.
struct LineFingerprintTests {
    static func expectSameAsDocument(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var text = text
        text.withUTF8 { bytes in
            let fromDocument = SiteProfile.fingerprints(of: Document(validUTF8: bytes))
            #expect(LineFingerprint.ofUnits(plainUTF8: bytes) == fromDocument, sourceLocation: sourceLocation)
        }
    }

    @Test func digitsAreMaskedAndCaseIsFolded() {
        #expect(LineFingerprint.of(key: "© 2024 daily bugle") == LineFingerprint.of(key: "© 1999 daily bugle"))
        #expect(LineFingerprint.of(key: "3 comments") == LineFingerprint.of(key: "12 comments"))
        #expect(LineFingerprint.of(key: "3 comments") != LineFingerprint.of(key: "3 comment"))
        #expect(LineFingerprint.of(key: "") == nil)
    }

    /// Profile files store fingerprints: a build that hashed lines otherwise would make every
    /// saved profile match nothing.
    @Test func fingerprintsAreStableAcrossBuilds() {
        #expect(LineFingerprint.of(key: "tips for the newsroom go to the night desk on quay street")
                    == 0x7102_99A8_38F1_FF97)
        #expect(LineFingerprint.of(key: "© 2024 the harbour ledger") == LineFingerprint.of(key: "© 0 the harbour ledger"))
    }

    /// A key is hashed in one pass while it shows no digit; the digit may turn up in any word
    /// of the key or in its tail, and the key may end anywhere in a word.
    @Test func keysAreHashedWithTheirDigitsMasked() {
        let alphabet = Array("abcdefghij klmnopqrstuvwxyzé")
        for length in 1...40 {
            let plain = Array(String((0..<length).map { alphabet[$0 % alphabet.count] }).utf8)
            #expect(LineFingerprint.of(key: String(decoding: plain, as: UTF8.self)) == hash(plain))
            // Digits replace ASCII bytes only, so that every key stays valid UTF-8.
            for position in plain.indices where plain[position] < 0x80 {
                var withDigits = plain
                withDigits[position] = UInt8(ascii: "7")
                var runEnd = position + 1
                if runEnd < plain.count && plain[runEnd] < 0x80 {
                    withDigits[runEnd] = UInt8(ascii: "2")
                    runEnd += 1
                }
                let masked = Array(withDigits[..<position]) + [UInt8(ascii: "0")] + Array(withDigits[runEnd...])
                #expect(LineFingerprint.of(key: String(decoding: withDigits, as: UTF8.self)) == hash(masked),
                        "digit at \(position) of \(plain.count) bytes")
            }
        }
    }

    /// Keys with several runs of digits, short and long, across word boundaries, against a
    /// masking written the plain way.
    @Test func manyRunsOfDigitsAreMaskedOneByOne() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            var key: [UInt8] = []
            for _ in 0..<(1 + next(12)) {
                let isDigits = next(2) == 0
                for _ in 0..<(1 + next(11)) {
                    key.append(isDigits ? UInt8(ascii: "0") + UInt8(next(10)) : Array("ab é-".utf8)[next(4)])
                }
            }
            let text = String(decoding: key, as: UTF8.self)
            #expect(LineFingerprint.of(key: text) == hash(Self.plainMask(Array(text.utf8))), "\(text)")
        }
    }

    /// Every run of ASCII digits replaced by one "0", byte by byte.
    private static func plainMask(_ bytes: [UInt8]) -> [UInt8] {
        var masked: [UInt8] = []
        var inDigits = false
        for byte in bytes {
            let isDigit = byte &- 0x30 < 10
            if !(isDigit && inDigits) { masked.append(isDigit ? UInt8(ascii: "0") : byte) }
            inDigits = isDigit
        }
        return masked
    }

    private func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { ByteHash.of($0) }
    }

    @Test(arguments: [
        "Headline\n\nHome\nNews\nSport\n\nA paragraph of prose that is long enough to be joined when it was wrapped over\nseveral lines by the scraper, as happens with hard-wrapped text files.\n",
        "CRLF line\r\nand CR line\rand a final line without a break",
        "Cafe\u{301} with a combining accent needs NFC\n\nİstanbul and STRASSE need full lowercasing\n",
        "3 comments\n12 comments\n© 2024 Daily Bugle\n----\n\n\n   \n",
        "",
    ])
    func fingerprintsMatchTheDocument(_ text: String) {
        Self.expectSameAsDocument(text)
    }

    @Test func fingerprintsMatchTheDocumentOnRealFiles() throws {
        let benchmarkText = SharedData.root.appendingPathComponent("benchmarks/scrapinghub/text")
        var files = try SharedData.seedNames().map { SharedData.seedInput.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(atPath: benchmarkText.path).sorted()
            .map { benchmarkText.appendingPathComponent($0) }
        #expect(files.count > 100)
        for file in files { Self.expectSameAsDocument(try SharedData.text(file)) }
    }
}
