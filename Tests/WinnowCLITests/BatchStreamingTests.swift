import Foundation
import Testing

/// A batch is walked and cleaned a chunk of files at a time (4,096), so memory does not grow
/// with the number of files: chunks must not change what comes out, nor the order of messages.
@Suite(.serialized)
struct BatchStreamingTests {
    @Test func aBatchOfSeveralChunksGivesEveryOutputAndMessagesInInputOrder() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("input")
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        let article = Data("A headline\n\nRead more\n\nA paragraph of the article, long enough to stay.\n".utf8)
        var good = 0
        for folder in ["a", "b", "c"] {
            let sub = input.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            for number in 0..<1_400 {
                let name = String(format: "%05d.txt", number)
                // A binary file early in the first chunk and late in the second one.
                let bad = (folder == "a" && number == 3) || (folder == "c" && number == 1_390)
                try (bad ? png : article).write(to: sub.appendingPathComponent(name))
                if !bad { good += 1 }
            }
        }
        var outputs: [[String: Data]] = []
        for jobs in ["1", "2"] {
            let out = dir.appendingPathComponent("clean-j\(jobs)")
            let result = try CLI.run(["clean", input.path, "-o", out.path, "-j", jobs, "-q"])
            #expect(result.status == 1, "two files failed")
            let first = try #require(result.stderr.range(of: "a/00003.txt"))
            let second = try #require(result.stderr.range(of: "c/01390.txt"))
            #expect(first.lowerBound < second.lowerBound, "messages in input order:\n\(result.stderr)")
            let files = try CLI.files(in: out)
            #expect(files.count == good)
            #expect(files["b/00700.txt"] == Data("A headline\n\nA paragraph of the article, long enough to stay.\n".utf8))
            outputs.append(files)
        }
        #expect(outputs[0] == outputs[1], "-j 1 and -j 2 give the same bytes")
    }

    @Test func twoInputsWantingOneOutputNameFailTheLaterOne() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let html = "<html><head><title>From HTML</title></head><body><h1>From HTML</h1>"
            + "<p>The HTML page's only paragraph, long enough to be the article.</p></body></html>"
        try Data(html.utf8).write(to: input.appendingPathComponent("a.html"))
        try Data("From text\n\nThe text file's only paragraph.\n".utf8).write(to: input.appendingPathComponent("a.txt"))
        let out = dir.appendingPathComponent("clean")
        let result = try CLI.run(["clean", input.path, "-o", out.path, "-q"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.txt: its output a.txt is already written by an earlier input"), "\(result.stderr)")
        let files = try CLI.files(in: out)
        #expect(files.count == 1)
        let text = String(decoding: try #require(files["a.txt"]), as: UTF8.self)
        #expect(text.contains("HTML page"), "a.html, first in byte order, keeps its output: \(text)")
    }
}
