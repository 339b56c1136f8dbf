import Foundation
import Testing
@testable import WinnowCore

/// `BlockFeatures` counts eight ASCII bytes at a time where it can; these tests hold it to a
/// plain byte-by-byte count on real lines and on punctuation placed at every offset of an
/// eight-byte word, where the word-at-a-time path hands over to the byte loop.
struct BlockFeaturesTests {
    /// The counts as the byte loop defines them: letters (ASCII letters, non-ASCII bytes),
    /// visible bytes (all but the space), commas, and sentence ends (a stop, then any closing
    /// quotes or brackets, then a space; plus the CJK and Arabic marks).
    static func reference(_ text: String) -> (commas: Int, sentences: Int, letterRatio: Double) {
        let bytes = Array(text.utf8)
        var commas = 0, sentences = 0, letters = 0, visible = 0
        var afterStop = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 {
                if afterStop { sentences += 1 }
                afterStop = false
                continue
            }
            visible += 1
            switch byte {
            case 0x2C: commas += 1; afterStop = false
            case 0x2E, 0x21, 0x3F: afterStop = true
            case 0x22, 0x27, 0x29: break
            case 0x41...0x5A, 0x61...0x7A: letters += 1; afterStop = false
            case 0xD8, 0xE3, 0xEF:
                letters += 1
                afterStop = false
                let next = Array(bytes[index..<min(index + 2, bytes.count)])
                switch (byte, next.first, next.count == 2 ? next[1] : nil) {
                case (0xD8, 0x8C, _), (0xE3, 0x80, 0x81), (0xEF, 0xBC, 0x8C): commas += 1
                case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F): sentences += 1
                default: break
                }
            case 0x80...0xFF: letters += 1; afterStop = false
            default: afterStop = false
            }
        }
        let endsSentence = TextShape.endsWithTerminalPunctuation(text)
        return (commas, sentences + (endsSentence ? 1 : 0), visible > 0 ? Double(letters) / Double(visible) : 0)
    }

    func expectMatchesReference(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let features = BlockFeatures(Unit(text: text, paragraph: 0, lines: 1...1))
        let expected = Self.reference(text)
        #expect(features.commas == expected.commas, "commas of \(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(features.sentences == expected.sentences, "sentences of \(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(features.letterRatio == expected.letterRatio, "letter ratio of \(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func countsSentencesCommasAndLetters() {
        let features = BlockFeatures(Unit(text: "One, two. Three! Four? (Five.) \"Six.\" Seven", paragraph: 0, lines: 1...1))
        #expect(features.commas == 1)
        // ". T", "! F", "? (", ".) ", ".\" " end sentences; the text itself does not.
        #expect(features.sentences == 5)
        #expect(!features.endsSentence)
    }

    @Test(arguments: [
        "Mr. Smith said: \"We won.\" Then he left, quietly.",
        "It rose 3.5% in Q2 (from 1.2%). Analysts, however, were unmoved! Why? Nobody knows.",
        "Prices fell... and then? They rose again.) Done.'' End",
        "В Москве прошёл саммит. Лидеры, как ожидалось, договорились.",
        "会议于周一举行。各方，包括欧盟、美国，均表示支持！结果？未知",
        "قال الوزير، إن المحادثات ستستمر.",
        "tabs\tand\u{00A0}no-break spaces. Control\u{0001}bytes, too.",
        "...", ".", " . ", "", "a", ",,,,,,,,,,,,,,,,,", "!!!!!!!! ???????? ........",
    ])
    func matchesByteCount(_ text: String) {
        expectMatchesReference(text)
    }

    /// Each mark at each of the eight offsets, so it falls at every place in a word.
    @Test func matchesByteCountAtEveryOffset() {
        for mark in [".", ",", "!", "?", "\"", "'", ")", ".)", ".\"", "’", "。", "，", " ."] {
            for offset in 0..<8 {
                let prefix = String(repeating: "x", count: offset)
                expectMatchesReference(prefix + mark + " next words follow" + mark + " and more text here")
                expectMatchesReference("Words " + prefix + mark + mark + " " + prefix)
            }
        }
    }

    /// Every line of the seeds and of the benchmark's whole-page text versions (many languages).
    @Test func matchesByteCountOnRealLines() throws {
        let benchmarkText = SharedData.root.appendingPathComponent("benchmarks/scrapinghub/text")
        var files = try SharedData.seedNames().map { SharedData.seedInput.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(atPath: benchmarkText.path).sorted()
            .map { benchmarkText.appendingPathComponent($0) }
        var lines = 0
        for file in files {
            for line in try SharedData.text(file).split(separator: "\n") {
                expectMatchesReference(Unit(text: String(line), paragraph: 0, lines: 1...1).text)
                lines += 1
            }
        }
        #expect(lines > 10_000)
    }

    // MARK: - Counted by the document builder as it writes the text

    /// How many of the document's units came with the builder's counts; every one of them
    /// must be what `measure` finds in the unit's text.
    @discardableResult
    private func expectBuilderCountsMatch(_ text: String) -> (counted: Int, units: Int) {
        let document = Document(text: text)
        var counted = 0
        for (index, unit) in document.units.enumerated() {
            guard let counts = document.featureCounts(of: index) else { continue }
            counted += 1
            let measured = unit.withTextBytes(BlockFeatures.measure)
            #expect(counts == measured, "\(unit.text)")
        }
        return (counted, document.units.count)
    }

    @Test(arguments: [
        "Mr. Smith said: \"We won.\" Then he left, quietly.\n\nIt rose 3.5% (from 1.2%). Why? Nobody knows!",
        // Wrapped prose joined back: a stop at a line's end, then the joining space.
        "The council met on Tuesday and voted to build the line. It will open\nin spring. The mayor said \"we\nwon.\" Then she left the chamber,\nquietly, and the long-term plan was adopted with a well-\nknown amendment by the end of the day.",
        "The council met on Tuesday and voted to build the new tram line.\nThe plan will cost the city about two hundred million pounds.\"\nConstruction is due to start next spring and will take three\nyears, the council's transport chief said on Tuesday evening.",
        "会议于周一举行。各方，包括欧盟、美国，均表示支持！结果？未知\n\nقال الوزير، إن المحادثات ستستمر.",
        "tabs\tand\u{00A0}no-break spaces.\u{00A0}Control\u{0001}bytes, too. Zero\u{200B}width.\u{200B} here",
        "Stop.\u{200B} Then a closer.\" ) next; «Quoted» — dash… ellipsis… «café» Ünïcödé.",
        "Decomposed e\u{0301} goes the general way. So does İstanbul.\n\nThis one does not.",
        "   leading   and   trailing   spaces.   \r\nCRLF line.\rCR line!",
    ])
    func builderCountsMatchMeasure(_ text: String) {
        let (counted, _) = expectBuilderCountsMatch(text)
        #expect(counted > 0)
    }

    /// The seeds and the benchmark's whole-page text versions, as documents: nearly every unit
    /// is counted by the builder, and its counts are what `measure` finds.
    @Test func builderCountsMatchMeasureOnRealTexts() throws {
        let benchmarkText = SharedData.root.appendingPathComponent("benchmarks/scrapinghub/text")
        var files = try SharedData.seedNames().map { SharedData.seedInput.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(atPath: benchmarkText.path).sorted()
            .map { benchmarkText.appendingPathComponent($0) }
        var counted = 0, units = 0
        for file in files {
            let (fileCounted, fileUnits) = expectBuilderCountsMatch(try SharedData.text(file))
            counted += fileCounted
            units += fileUnits
        }
        #expect(units > 10_000)
        #expect(Double(counted) > 0.9 * Double(units))
    }
}
