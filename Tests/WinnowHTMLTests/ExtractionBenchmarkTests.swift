import Foundation
import Testing
import WinnowBatch
import WinnowCore
import WinnowEval

/// Real benchmark pages end to end, as the CLI cleans them (`--body-only`), each scored with
/// the benchmark's shingle F1 against its ground truth. Floors sit a little under what was
/// measured, so a regression on one kind of page shows here before it shows in `make quality`.
struct ExtractionBenchmarkTests {
    static let benchmark = "/work/shared/benchmarks/scrapinghub"

    /// Page id prefix, what kind of site, F1 floor (measured: thehill 0.91, vox 0.97,
    /// jeongdongtheater 0.97, gizmodo 0.98, quantamagazine 1.00, jaraguadosul 1.00, wday 0.98,
    /// entermedia 0.99).
    static let htmlPages: [(id: String, site: String, floor: Double)] = [
        ("156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38", "US politics news, English", 0.86),
        ("16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56", "explainer journalism, English", 0.92),
        ("8cad00dc22de45ba42e9540421b5f78333f7ac57b385d69acb27a53b9fd69f0c", "theatre news, Korean", 0.92),
        ("7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b", "tech blog, English", 0.93),
        ("bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06", "science magazine, English", 0.95),
        ("f6ac15a4d98511396da23e4428deb5605422b1c8bbc8284e771f6896bdccf57f", "local news, Portuguese", 0.95),
        ("3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1", "lifestyle listicle, Russian", 0.93),
        ("0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2", "entertainment news, Korean", 0.94),
    ]

    /// The same kind of check on whole-page text (measured: thehill 0.92, vox 0.93, gizmodo
    /// 0.95, wday 0.97).
    static let textPages: [(id: String, site: String, floor: Double)] = [
        ("156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38", "US politics news, English", 0.86),
        ("16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56", "explainer journalism, English", 0.87),
        ("7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b", "tech blog, English", 0.89),
        ("3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1", "lifestyle listicle, Russian", 0.91),
    ]

    static let available = FileManager.default.fileExists(atPath: "\(benchmark)/ground-truth.json")

    static let truth: GroundTruth? = try? GroundTruth.load(path: "\(benchmark)/ground-truth.json")

    func clean(_ bytes: [UInt8], path: String) throws -> String {
        let cleaner = FileCleaner(pipeline: try Pipeline(), lexicon: .builtIn, bodyOnly: true)
        return String(decoding: try cleaner.clean(bytes, path: path).output, as: UTF8.self)
    }

    func gunzip(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return [UInt8](data)
    }

    @Test(.enabled(if: available), arguments: htmlPages.map(\.id))
    func htmlPageScoresAboveItsFloor(_ id: String) throws {
        let page = try #require(Self.htmlPages.first { $0.id == id })
        let truth = try #require(Self.truth?.bodies[id])
        let html = try gunzip("\(Self.benchmark)/html/\(id).html.gz")
        let score = ShingleScore.Page(id: id, truth: truth, prediction: try clean(html, path: "\(id).html"))
        #expect(score.f1 >= page.floor, "\(page.site): F1 \(score.f1) under \(page.floor)")
    }

    @Test(.enabled(if: available), arguments: textPages.map(\.id))
    func textPageScoresAboveItsFloor(_ id: String) throws {
        let page = try #require(Self.textPages.first { $0.id == id })
        let truth = try #require(Self.truth?.bodies[id])
        let text = try #require(FileManager.default.contents(atPath: "\(Self.benchmark)/text/\(id).txt"))
        let score = ShingleScore.Page(id: id, truth: truth, prediction: try clean([UInt8](text), path: "\(id).txt"))
        #expect(score.f1 >= page.floor, "\(page.site): F1 \(score.f1) under \(page.floor)")
    }
}
