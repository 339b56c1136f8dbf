import Foundation
import Testing
import WinnowEval

/// The shingle metric, unit by unit, and against the reference Python scorer.
struct ScorerTests {
    static let benchmark = "/work/shared/benchmarks/scrapinghub"
    static let pythonScorer = "/work/shared/tools/score_shingles.py"

    @Test func tokensArePythonWordRuns() {
        #expect(WordTokens.tokens("Hello, world_42! It's 3.5%") == ["Hello", "world_42", "It", "s", "3", "5"])
        #expect(WordTokens.tokens("Суд — «решение»; 東京タワー") == ["Суд", "решение", "東京タワー"])
        // A combining mark is not a word character for Python: "e\u{301}" splits.
        #expect(WordTokens.tokens("cafe\u{301} noir") == ["cafe", "noir"])
        #expect(WordTokens.tokens("Ⅻ ½ ٣") == ["Ⅻ", "½", "٣"])
        #expect(WordTokens.tokens("  ...  ").isEmpty)
    }

    @Test func shinglesAreFourTokenWindowsCountedAsAMultiset() {
        #expect(Shingles("").counts.isEmpty)
        #expect(Shingles("one two").counts == ["one two": 1])
        #expect(Shingles("a b c d e").counts == ["a b c d": 1, "b c d e": 1])
        #expect(Shingles("a b c d a b c d").counts == ["a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1])
    }

    @Test func pageCountsAreNormalized() {
        let perfect = ShingleScore.Page(truth: "a b c d e", prediction: "a b c d e")
        #expect(perfect.tp == 1 && perfect.fp == 0 && perfect.fn == 0 && perfect.f1 == 1)
        let half = ShingleScore.Page(truth: "a b c d e", prediction: "a b c d x")
        #expect(half.tp == 1.0 / 3 && half.fp == 1.0 / 3 && half.fn == 1.0 / 3)
        let empty = ShingleScore.Page(truth: "a b c d", prediction: "")
        #expect(empty.tp == 0 && empty.fn == 1 && empty.f1 == 0)
    }

    @Test func setScoresAverageOverPages() {
        let result = ShingleScore.score(
            truth: ["1": "a b c d e", "2": "f g h i", "3": ""],
            predictions: ["1": "a b c d e", "2": "", "3": "x y z w"])
        // Precision over pages 1 and 3 (1 and 0), recall over pages 1 and 2 (1 and 0).
        #expect(result.precision == 0.5 && result.recall == 0.5 && result.f1 == 0.5)
        #expect(result.summary == "F1 0.500  precision 0.500  recall 0.500  pages 3")
        #expect(result.pagesWorstFirst.map(\.id).first != "1")
    }

    @Test func groundTruthKeepsFileOrderAndUnwrapsOutput() throws {
        let truth = try GroundTruth.parse(Data(#"{"b": {"articleBody": "x"}, "a": {"articleBody": "y", "url": "u"}}"#.utf8))
        #expect(truth.ids == ["b", "a"])
        #expect(truth.bodies == ["b": "x", "a": "y"])
        let wrapped = try GroundTruth.parse(Data(#"{"version": "1", "output": {"k": {"articleBody": "z"}}}"#.utf8))
        #expect(wrapped.bodies == ["k": "z"])
    }

    // MARK: - Agreement with score_shingles.py

    static let available = FileManager.default.fileExists(atPath: "\(benchmark)/ground-truth.json")
    static let pythonAvailable = available && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        && FileManager.default.fileExists(atPath: pythonScorer)

    /// Prediction sets: the uncleaned whole-page text, and two damaged copies of the truth.
    static func predictionSets(_ truth: GroundTruth) -> [String: [String: String]] {
        var uncleaned: [String: String] = [:]
        var firstHalf: [String: String] = [:]
        var everyOtherLine: [String: String] = [:]
        for id in truth.ids {
            if let data = FileManager.default.contents(atPath: "\(benchmark)/text/\(id).txt") {
                uncleaned[id] = String(decoding: data, as: UTF8.self)
            }
            let body = truth.bodies[id] ?? ""
            firstHalf[id] = String(body.prefix(body.count / 2))
            let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            everyOtherLine[id] = lines.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: "\n")
        }
        return ["uncleaned": uncleaned, "first half": firstHalf, "every other line": everyOtherLine]
    }

    @Test(.enabled(if: available)) func uncleanedTextScoresWhatTheReadmeSays() throws {
        let truth = try GroundTruth.load(path: "\(Self.benchmark)/ground-truth.json")
        let predictions = try #require(Self.predictionSets(truth)["uncleaned"])
        let result = ShingleScore.score(truth: truth.bodies, predictions: predictions, ids: truth.ids)
        #expect(result.summary == "F1 0.665  precision 0.499  recall 0.994  pages 181")
    }

    @Test(.enabled(if: pythonAvailable)) func agreesWithThePythonScorer() throws {
        let truth = try GroundTruth.load(path: "\(Self.benchmark)/ground-truth.json")
        for (name, predictions) in Self.predictionSets(truth).sorted(by: { $0.key < $1.key }) {
            let swift = ShingleScore.score(truth: truth.bodies, predictions: predictions, ids: truth.ids)
            let python = try runPython(predictions, ids: truth.ids)
            #expect(python.last == swift.summary, "\(name)")
            let swiftPages = swift.pagesWorstFirst.map { "\(ShingleScore.Result.format($0.f1)) \($0.id)" }
            #expect(Array(python.dropLast()) == swiftPages, "\(name): per-page lines differ")
        }
    }

    /// Writes `predictions` as the Python tool's JSON and returns its output lines (--per-page).
    func runPython(_ predictions: [String: String], ids: [String]) throws -> [String] {
        var object: [String: [String: String]] = [:]
        for id in ids { object[id] = ["articleBody": predictions[id] ?? ""] }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-scorer-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.pythonScorer, "\(Self.benchmark)/ground-truth.json", file.path, "--per-page"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
