import Foundation
import Testing

/// Issue 6's messy scrape, one batch over all of it: every case gets its expected outcome (clean
/// output, a message naming the file and the reason, or a skip), no input changes, and the
/// batch goes on past every bad file.
@Suite(.serialized)
struct AdversarialCorpusTests {
    /// The batch, run once and shared by the tests below: the output folder lies inside the
    /// input folder, and the same command runs twice.
    struct Batch {
        let root: URL
        let output: URL
        let first: CLI.Output
        let second: CLI.Output
        let before: [Data]
        let after: [Data]

        static func run() throws -> Batch {
            let root = try Scratch.directory().appendingPathComponent("scrape")
            try AdversarialCorpus.make(in: root)
            let output = root.appendingPathComponent("_clean")
            let before = try Checksums.of(root, excluding: output)
            let first = try CLI.run(["clean", root.path, "-o", output.path, "-j", "2"])
            let second = try CLI.run(["clean", root.path, "-o", output.path, "-j", "2"])
            let after = try Checksums.of(root, excluding: output)
            return Batch(root: root, output: output, first: first, second: second, before: before, after: after)
        }

        func output(for item: AdversarialCorpus.Case) -> URL {
            var name = item.name
            if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
            return output.appendingPathComponent(name + ".txt")
        }
    }

    static let batch = Result { try Batch.run() }

    @Test(arguments: AdversarialCorpus.cases)
    func caseBehavesAsExpected(_ item: AdversarialCorpus.Case) throws {
        let batch = try Self.batch.get()
        let stderr = batch.first.stderr
        let output = batch.output(for: item)
        switch item.expected {
        case .cleaned(let contains, let excludes, let note):
            let text = try String(contentsOf: output, encoding: .utf8)
            for needle in contains { #expect(text.contains(needle), "\(item): output lacks \(needle)") }
            for needle in excludes { #expect(!text.contains(needle), "\(item): output has \(needle)") }
            if let note {
                #expect(stderr.split(separator: "\n").contains { $0.hasPrefix(item.name + ": ") && $0.contains(note) },
                        "\(item): no note '\(note)' in \(stderr)")
            }
        case .empty:
            #expect(try Data(contentsOf: output).isEmpty, "\(item): output not empty")
        case .failed(let reason):
            #expect(stderr.contains("\(item.name): \(reason)"), "\(item): no '\(reason)' in \(stderr)")
            #expect(!FileManager.default.fileExists(atPath: output.path), "\(item): a failed file has an output")
        case .skipped(let reason):
            let visible = item.name.replacingOccurrences(of: "\u{FFFD}\u{FFFD}", with: "")
            let line = stderr.split(separator: "\n").first { $0.contains(reason) && $0.contains(visible.prefix(4)) }
            #expect(line != nil, "\(item): no '\(reason)' in \(stderr)")
        }
    }

    @Test func noInputChanged() throws {
        let batch = try Self.batch.get()
        #expect(batch.before.count >= 15)
        #expect(batch.before == batch.after)
    }

    @Test func theBatchWentOnPastEveryBadFileAndExitedOne() throws {
        let batch = try Self.batch.get()
        #expect(batch.first.status == 1, "failures make the exit status 1: \(batch.first.stderr)")
        let cleaned = AdversarialCorpus.cases.filter {
            if case .failed = $0.expected { return false }
            if case .skipped = $0.expected { return false }
            return true
        }
        #expect(batch.first.stderr.contains("winnow: \(cleaned.count) files cleaned, "), "\(batch.first.stderr)")
        #expect(!batch.first.stderr.contains("Fatal error"))
    }

    @Test func theOutputFolderInsideTheInputIsNeverAnInput() throws {
        let batch = try Self.batch.get()
        #expect(!batch.first.stderr.contains("_clean"), "the output folder is skipped silently")
        #expect(!FileManager.default.fileExists(atPath: batch.output.appendingPathComponent("_clean").path))
        #expect(batch.second.stderr.contains("0 files cleaned"), "the rerun finds every output up to date: \(batch.second.stderr)")
        #expect(batch.second.stderr.contains("up to date"))
    }
}
