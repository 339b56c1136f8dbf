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
