import Foundation
import Testing
import WinnowBatch
import WinnowCore
import WinnowHTML

/// Every input the fuzz targets (`make fuzz`) ever crashed or hung on, kept in
/// Tests/Fuzz/crashers, runs again through what both targets run: the text decoder and pipeline
/// (also straight from raw bytes), and HTML parsing plus extraction, without a crash. (A hang
/// found again would hold up the test run; how fast each runs is not asserted: a clock in a
/// test fails on a loaded machine, not on slow code. `make fuzz` watches the time.)
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/crashers")

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0 != "README.md" }.sorted()

    @Test func theCrashersAreThere() {
        #expect(!Self.inputs.isEmpty, "no inputs in \(Self.folder.path)")
    }

    @Test(arguments: inputs)
    func runsCleanlyThroughBothTargets(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let pipeline = try Pipeline()
        let raw = bytes.withUnsafeBufferPointer { pipeline.run(Document(validUTF8: $0)) }
        _ = raw.textBytes
        if let decoded = try? TextDecoder.decode(bytes) {
            let result = pipeline.run(Document(text: decoded.text))
            _ = UnifiedDiff.render(path: name, old: Array(decoded.text.utf8), new: result.textBytes)
        }
        let page = pipeline.run(HTMLArticle.parse(bytes).document)
        _ = page.bodyTextBytes
    }
}
