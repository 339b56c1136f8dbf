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

    /// Page id, what kind of site and page, F1 floor (measured: thehill 0.92, vox 0.99,
    /// jeongdongtheater 0.97, gizmodo 0.98, quantamagazine 1.00, jaraguadosul 1.00, wday 0.98,
    /// entermedia 0.98, washingtonexaminer 1.00, jpost 1.00, givewell 0.94, twincities 1.00,
    /// theantijunecleaver 0.98).
    static let htmlPages: [(id: String, site: String, floor: Double)] = [
        ("156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38", "US politics news, English", 0.86),
        ("16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56", "explainer journalism, English", 0.92),
        ("8cad00dc22de45ba42e9540421b5f78333f7ac57b385d69acb27a53b9fd69f0c", "theatre news, Korean", 0.92),
        ("7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b", "tech blog, English", 0.93),
        ("bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06", "science magazine, English", 0.95),
        ("f6ac15a4d98511396da23e4428deb5605422b1c8bbc8284e771f6896bdccf57f", "local news, Portuguese", 0.95),
        ("3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1", "lifestyle listicle, Russian", 0.93),
        ("0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2", "entertainment news, Korean", 0.94),
        ("e4c6a3b482403a8f60190ba27248cd52b250b86f5d4a8a10edcf7062c64fc3f5", "opinion, teaser summaries beside it", 0.95),
        ("e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090", "news brief shorter than the footer", 0.95),
        ("ac3c035520461017a7c5b248d8e39ef063cad4c0c7d7b7ecd68aff8f15099485", "blog post under a long comment thread", 0.88),
        ("264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485", "sports story, teaser cards after it", 0.95),
        ("0e014df693f182824fe5e24030ddbe1d0b96ddb9685cf20d5766457ed32ffa2d", "blog in a layout named \"sidebar\"", 0.95),
    ]

    /// The same kind of check on whole-page text (measured: thehill 0.92, vox 0.93, gizmodo
    /// 0.95, wday 0.98).
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
