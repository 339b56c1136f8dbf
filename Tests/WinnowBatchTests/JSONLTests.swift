import Foundation
import Glibc
import Testing
import WinnowBatch
import WinnowCore

/// JSONL records: everything but the text stays byte for byte, escapes decode, malformed lines
/// are reported by number.
struct JSONLTests {
    static let cleaner = JSONLCleaner(cleaner: FileCleaner(pipeline: try! Pipeline(), lexicon: .builtIn))

    /// Cleans `input` through a pipe, as `winnow clean --jsonl -` does.
    static func stream(_ input: String, _ cleaner: JSONLCleaner = cleaner) throws -> (output: String, reports: [String], totals: JSONLCleaner.Totals) {
        let directory = try TemporaryDirectory()
        let file = try directory.file("in.jsonl", input)
        let descriptor = open(file.path, O_RDONLY)
        defer { close(descriptor) }
        var output: [UInt8] = []
        var reports: [String] = []
        let totals = try cleaner.stream(descriptor, name: "in.jsonl", write: { output += $0 }, report: { reports.append($0) })
        return (String(decoding: output, as: UTF8.self), reports, totals)
    }

    static let article = #"Storm closes the harbour\n\nRead more\n\nNo boats left the harbour on Tuesday."#
    static let cleanArticle = #"Storm closes the harbour\n\nNo boats left the harbour on Tuesday."#

    @Test func unknownFieldsStayByteForByte() throws {
        let before = #"{ "id" : 7, "meta":{"a":[1,2.5e-3,{"b":null,"c":[true,false]}],"s":"\"q\" \\ \/ \u00e9"}, "text" : ""#
        let after = #"", "tail": [] }"#
        let (output, reports, totals) = try Self.stream(before + Self.article + after + "\n")
        #expect(reports.isEmpty)
        #expect(totals.records == 1)
        #expect(output == before + Self.cleanArticle + after + "\n")
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let line = #"{"text":"Caf\u00e9 \ud83d\ude00 tab\there \"quoted\" back\\slash\nSecond line of the article goes on."}"#
        let (output, _, _) = try Self.stream(line + "\n")
        #expect(output == "{\"text\":\"Café 😀 tab here \\\"quoted\\\" back\\\\slash\\n\\nSecond line of the article goes on.\"}\n")
    }

    @Test func htmlRecordsGetATextMember() throws {
        let line = #"{"html":"<html><head><link rel=\"canonical\" href=\"https://example.org/a\"></head><body><h1>Storm closes the harbour</h1><p>No boats left the harbour on Tuesday, and the ferry company said the gales would last.</p></body></html>","id":"a"}"#
        let (output, reports, _) = try Self.stream(line + "\n")
        #expect(reports.isEmpty)
        #expect(output.hasPrefix(String(line.dropLast())))
        #expect(output.hasSuffix(#","text":"Storm closes the harbour\n\nNo boats left the harbour on Tuesday, and the ferry company said the gales would last."}"# + "\n"))
    }

    @Test func annotationListsTheRemovedLines() throws {
        var cleaner = Self.cleaner
        cleaner.annotate = true
        let (output, _, _) = try Self.stream(#"{"text":""# + Self.article + #"","winnow":"old"}"# + "\n", cleaner)
        #expect(output == #"{"text":""# + Self.cleanArticle
            + #"","winnow":{"removed":[{"line":3,"filter":"navigation","rule":"section_header","text":"Read more"}]}}"# + "\n")
    }

    static let mixed = [
        #"{"text":"First article line that stays."}"#,
        "not json",
        #"{"text":"a","x":}"#,
        "",
        #"{"id":1}"#,
        #"{"text":"bad \q escape"}"#,
        #"{"text":"Last article line that stays."}"#,
    ].joined(separator: "\n") + "\n"

    @Test func malformedLinesAreReportedByNumberAndPassedThrough() throws {
        let (output, reports, totals) = try Self.stream(Self.mixed)
        #expect(reports == [
            "in.jsonl:2: a JSON object must start with { (column 1)",
            "in.jsonl:3: unexpected character (column 17)",
            "in.jsonl:5: no \"text\" or \"html\" string",
            "in.jsonl:6: unknown escape (column 14)",
        ])
        #expect(totals.malformed == 4 && totals.records == 2)
        #expect(output == Self.mixed, "one output line per input line, in order")
    }

    @Test func malformedLinesCanBeDropped() throws {
        var cleaner = Self.cleaner
        cleaner.malformed = .drop
        let (output, reports, _) = try Self.stream(Self.mixed, cleaner)
        #expect(reports.count == 4)
        #expect(output == "{\"text\":\"First article line that stays.\"}\n\n{\"text\":\"Last article line that stays.\"}\n")
    }

    @Test func aLastLineWithoutNewlineAndCRLFAreRecords() throws {
        let (output, reports, totals) = try Self.stream("{\"text\":\"One line.\"}\r\n{\"text\":\"Two lines.\"}")
        #expect(reports.isEmpty && totals.records == 2)
        #expect(output == "{\"text\":\"One line.\"}\n{\"text\":\"Two lines.\"}\n")
    }

    @Test func aLineLongerThanOneReadIsOneRecord() throws {
        // 1.3 MB: the reader fills its buffer in 1 MB reads.
        let paragraph = String(repeating: "The harbour stayed closed all week. ", count: 36_000)
        let input = #"{"id":"long","text":"Storm\n\n"# + paragraph + #""}"# + "\n" + #"{"text":"Short one."}"# + "\n"
        let (output, reports, totals) = try Self.stream(input)
        #expect(reports.isEmpty && totals.records == 2)
        #expect(output.hasPrefix(#"{"id":"long","text":"Storm\n\nThe harbour stayed closed all week."#))
        #expect(output.hasSuffix("\n" + #"{"text":"Short one."}"# + "\n"))
    }

    @Test(arguments: [1, 2])
    func manyRecordsComeOutInOrder(jobs: Int) throws {
        var cleaner = Self.cleaner
        cleaner.jobs = jobs
        let input = (0..<1500).map { #"{"id":\#($0),"text":"Article number \#($0) about the harbour."}"# }.joined(separator: "\n") + "\n"
        let (output, _, totals) = try Self.stream(input, cleaner)
        #expect(totals.records == 1500)
        #expect(output == input)
    }
}
