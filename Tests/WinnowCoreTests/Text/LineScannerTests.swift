import Testing
@testable import WinnowCore

/// The line scanner writes a line's normalized text, its key, its word count and its feature
/// counts in one pass, eight or sixteen bytes at a time where the words are plain. Whatever
/// the mix and wherever a run of plain words starts or stops against those steps, it must
/// give what the general, scalar-by-scalar functions give.
struct LineScannerTests {
    static let fragments = ["Ab", "cd", "word", "7", "2024", " ", "  ", "\t", ",", ".", "! ", "\u{201C}Q\u{201D}", "É",
                            "stra\u{DF}e", "x", "Mid-way", "\u{2014}", "\u{2026}", "\u{00A0}", "zz9"]

    func expectScannedAsGeneral(_ line: String) {
        let document = Document(text: line)
        let text = LineNormalizer.normalize(line)
        guard let unit = document.units.first else {
            #expect(text.isEmpty, "\(line.debugDescription)")
            return
        }
        #expect(document.units.count == 1)
        #expect(unit.text == text, "\(line.debugDescription)")
        #expect(unit.key == Folding.foldAndKey(text).key, "\(line.debugDescription)")
        #expect(unit.wordCount == Folding.wordCount(text), "\(line.debugDescription)")
        if let counts = document.featureCounts(of: 0) {
            #expect(counts == text.withUTF8Bytes(BlockFeatures.measure), "\(line.debugDescription)")
        }
    }

    @Test func plainRunsAtEveryAlignmentMatchTheGeneralRoute() {
        // Double spaces and punctuation at every offset of the first and second word.
        for offset in 0..<20 {
            for breaker in ["  ", " ,", ". ", "\t", "É", " \u{00A0}"] {
                let prefix = String(repeating: "a", count: offset)
                expectScannedAsGeneral(prefix + breaker + "plain words after it and more of them")
                expectScannedAsGeneral("Quite plain words " + prefix + breaker + "x y")
            }
            expectScannedAsGeneral(String(repeating: "a", count: offset) + " ")
            expectScannedAsGeneral(String(repeating: "ab ", count: offset))
        }
    }

    @Test func generatedMixesMatchTheGeneralRoute() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<2_000 {
            let pieces = (0..<next(30)).map { _ in Self.fragments[next(Self.fragments.count)] }
            expectScannedAsGeneral(String(repeating: "a", count: next(16)) + pieces.joined())
        }
    }
}
