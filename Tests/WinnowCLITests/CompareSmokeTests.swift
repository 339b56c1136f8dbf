import Foundation
import Testing

/// `make compare`'s harness in miniature (5 pages, html-text and trafilatura, a 1 MB scaling
/// corpus with and without site learning), so the side-by-side benchmark cannot rot between
/// full runs. The first run creates bench/.venv from PyPI (about 30 s); later runs take a few
/// seconds.
@Suite(.serialized)
struct CompareSmokeTests {
    @Test func smokeRunScoresWinnowAndTwoPeersOnBothInputs() throws {
        let root = CLI.repositoryRoot
        let run = try CLI.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["WINNOW=\(CLI.binary.path)", "bash", "bench/compare.sh", "--smoke"], in: root)
        #expect(run.status == 0, "\(run.stderr)")

        let data = try Data(contentsOf: root.appendingPathComponent("out/compare-smoke/latest.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        var tools: [String: Set<String>] = [:]
        for result in results {
            let set = try #require(result["set"] as? String), tool = try #require(result["tool"] as? String)
            tools[set, default: []].insert(tool)
            let f1 = try #require(result["f1"] as? Double)
            #expect((0...1).contains(f1), "\(set) \(tool): F1 \(f1)")
            if tool == "winnow" { #expect(f1 > 0.8, "\(set): winnow F1 \(f1) on the smoke pages") }
        }
        for set in ["html", "text"] {
            #expect(tools[set] == ["winnow", "html-text", "trafilatura"], "\(set): \(tools[set] ?? [])")
        }
        let scaling = (document["scaling"] as? [[String: Any]]) ?? []
        #expect(Set(scaling.compactMap { $0["mode"] as? String }) == ["learn", "no-learn", "copy"],
                "the scaling rows ran in both modes, with the cp -r control")
    }
}
