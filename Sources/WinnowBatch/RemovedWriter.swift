import Foundation
import WinnowCore

/// `--removed DIR`: what each filter removed from a file, in DIR/FILTER/PATH.txt, so people can
/// audit a rule across a corpus.
public enum RemovedWriter {
    static func write(_ result: CleanResult, relativePath: String, into root: URL) throws {
        let byFilter = Dictionary(grouping: result.decisions, by: \.filter)
        for (filter, decisions) in byFilter {
            let text = decisions.map { "\($0.text)\n" }.joined(separator: "\n")
            let target = OutputPath.map(relativePath, into: root.appendingPathComponent(filter))
            try AtomicFile.write(Array(text.utf8), to: target)
        }
    }

    /// DIR/stats.json: the batch counters.
    public static func writeStats(_ counters: Counters, into root: URL) throws {
        try AtomicFile.write(JSONOutput.encode(counters), to: root.appendingPathComponent("stats.json"))
    }
}
