import Foundation
import Testing

/// A 1 GB file without line breaks and a 200 MB HTML page, made in a temporary folder and
/// removed afterwards. With the default size limit both are refused at once, by their size,
/// without being read; the small file beside them is cleaned. (Cleaning them with the limit
/// raised, and the memory that takes, is measured by `make huge`: bench/huge.sh.)
@Suite(.serialized)
struct HugeInputTests {
    @Test func hugeFilesAreRefusedQuicklyUnreadAndTheBatchGoesOn() throws {
        let dir = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try HugeInputs.linelessText(at: input.appendingPathComponent("one-line-1GB.txt"))
        try HugeInputs.html(at: input.appendingPathComponent("page-200MB.html"))
        try Data(AdversarialCorpus.article.utf8).write(to: input.appendingPathComponent("small.txt"))
        let before = try Checksums.of(input)
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["clean", input.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("one-line-1GB.txt: 1000.0 MB is over the size limit of 64.0 MB (--max-file-size), skipped"),
                "\(result.stderr)")
        #expect(result.stderr.contains("page-200MB.html: 200.0 MB is over the size limit of 64.0 MB (--max-file-size), skipped"))
        #expect(result.stderr.contains("1 files cleaned, 2 failed"))
        #expect(try CLI.files(in: out).keys.sorted() == ["small.txt"])
        #expect(try Checksums.of(input) == before, "no input changed")
    }
}
