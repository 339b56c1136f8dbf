import Foundation
import WinnowEval

// winnow-eval GROUND_TRUTH.json PRED_DIR [--per-page]
//
// Scores the `<id>.txt` files of PRED_DIR (a missing file is an empty prediction) against the
// ground truth with the benchmark's shingle metric, printing the same line as
// score_shingles.py; --per-page first prints each page's F1, lowest first.

let usage = """
    usage: winnow-eval GROUND_TRUTH.json PRED_DIR [--per-page]

    Scores PRED_DIR/<id>.txt (missing file = empty prediction) with the 4-gram shingle metric.

    """

let arguments = Array(CommandLine.arguments.dropFirst())
let perPage = arguments.contains("--per-page")
let paths = arguments.filter { !$0.hasPrefix("--") }
guard paths.count == 2, arguments.allSatisfy({ !$0.hasPrefix("--") || $0 == "--per-page" }) else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(64)
}

let truth: GroundTruth
do {
    truth = try GroundTruth.load(path: paths[0])
} catch {
    FileHandle.standardError.write(Data("winnow-eval: \(error)\n".utf8))
    exit(1)
}

var isDirectory: ObjCBool = false
guard FileManager.default.fileExists(atPath: paths[1], isDirectory: &isDirectory), isDirectory.boolValue else {
    FileHandle.standardError.write(Data("winnow-eval: \(paths[1]) is not a folder\n".utf8))
    exit(1)
}

var predictions: [String: String] = [:]
for id in truth.ids {
    let file = URL(fileURLWithPath: paths[1]).appendingPathComponent("\(id).txt").path
    if let data = FileManager.default.contents(atPath: file) {
        predictions[id] = String(decoding: data, as: UTF8.self)
    }
}

let result = ShingleScore.score(truth: truth.bodies, predictions: predictions, ids: truth.ids)
if perPage {
    for page in result.pagesWorstFirst {
        print("\(ShingleScore.Result.format(page.f1)) \(page.id)")
    }
}
print(result.summary)
