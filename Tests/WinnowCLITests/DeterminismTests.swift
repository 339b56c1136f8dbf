import Foundation
import Testing

/// The same input gives the same bytes with one worker and with two, on every run.
@Suite(.serialized)
struct DeterminismTests {
    @Test func oneAndTwoJobsGiveTheSameBytesOnEveryRun() throws {
        let dir = try Scratch.directory()
        let input = dir.appendingPathComponent("in")
        try LongBatch.make(in: input, files: 300)
        try AdversarialCorpus.make(in: input.appendingPathComponent("adversarial"))
        var runs: [[String: Data]] = []
        var reports: [String] = []
        for (index, jobs) in ["1", "2", "1", "2"].enumerated() {
            let out = dir.appendingPathComponent("out-\(index)")
            let report = dir.appendingPathComponent("report-\(index).json")
            let result = try CLI.run(["clean", input.path, "-o", out.path, "-j", jobs, "--report", report.path])
            #expect(result.status == 1, "the adversarial files fail: \(result.stderr)")
            runs.append(try CLI.files(in: out))
            reports.append(try String(contentsOf: report, encoding: .utf8))
        }
        #expect(runs[0].count > 300)
        for (index, run) in runs.enumerated().dropFirst() {
            #expect(run == runs[0], "run \(index) differs")
            #expect(reports[index] == reports[0], "report \(index) differs")
        }
    }
}
