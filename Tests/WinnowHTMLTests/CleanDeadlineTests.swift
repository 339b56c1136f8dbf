import Testing
import WinnowBatch
import WinnowCore
import WinnowHTML

/// The per-file time limit through the whole cleaner: HTML stages, text, and what errors say.
@Suite struct CleanDeadlineTests {
    static let page = Array("<html><body><h1>Title</h1><p>The council voted on Tuesday to expand the library.</p></body></html>".utf8)

    static func passedDeadline() -> Deadline {
        let deadline = Deadline(seconds: 0.000_001)
        while !deadline.hasPassed {}
        return deadline
    }

    @Test func aPassedDeadlineStopsHTMLParsing() throws {
        #expect(throws: DeadlineExceeded.self) { try HTMLArticle.parse(Self.page, deadline: Self.passedDeadline()) }
        let units = try HTMLArticle.parse(Self.page, deadline: Deadline(seconds: 3600)).document.units
        #expect(units.count == 2)
    }

    @Test(arguments: ["page.html", "page.txt"])
    func theCleanerReportsTheTimeLimit(_ path: String) throws {
        let cleaner = FileCleaner(pipeline: try Pipeline(), lexicon: .builtIn)
        let bytes = path.hasSuffix(".html") ? Self.page : Array("Title\n\nThe council voted on Tuesday.\n".utf8)
        #expect(throws: CleanError.tookTooLong(DeadlineExceeded(seconds: 0.000_001))) {
            try cleaner.clean(bytes, path: path, deadline: Self.passedDeadline())
        }
        let output = try cleaner.clean(bytes, path: path).output
        #expect(!output.isEmpty)
    }

    @Test func binaryInputIsUndecodableNotLate() throws {
        let cleaner = FileCleaner(pipeline: try Pipeline(), lexicon: .builtIn)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        #expect(throws: CleanError.undecodable(.binary(kind: "PNG image"))) { try cleaner.clean(png, path: "a.html") }
        #expect(CleanError.undecodable(.binary(kind: "PNG image")).description == "binary file (PNG image), not text")
    }
}
