import Foundation

/// A batch long enough to be caught mid-run by a signal: a few thousand articles made from the
/// Samples and the seeds, each made unique, in a tree of folders, plus some HTML pages.
enum LongBatch {
    static func make(in root: URL, files: Int = 2_400) throws {
        let articles = try sources()
        for index in 0..<files {
            let folder = root.appendingPathComponent("section-\(index % 24)")
            if index < 24 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            let extra = "Reporting for story \(index) continued through the night as the council met again.\n"
            if index % 10 == 9 {
                let page = AdversarialCorpus.page(Array("<p>\(extra)</p><p>\(AdversarialCorpus.sentence).</p>".utf8))
                try Data(page).write(to: folder.appendingPathComponent("page-\(index).html"))
            } else {
                let text = articles[index % articles.count] + "\n\n" + extra
                try Data(text.utf8).write(to: folder.appendingPathComponent("story-\(index).txt"))
            }
        }
    }

    private static func sources() throws -> [String] {
        var texts: [String] = []
        for folder in [CLI.repositoryRoot.appendingPathComponent("Samples/input"), CLI.shared.appendingPathComponent("seeds/input")] {
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "txt" else { continue }
                texts.append(try String(contentsOf: url, encoding: .utf8))
            }
        }
        guard !texts.isEmpty else { throw CocoaError(.fileReadNoSuchFile) }
        return texts
    }
}
