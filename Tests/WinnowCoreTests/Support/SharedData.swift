import Foundation

/// Paths to ../shared (seeds and benchmarks), which sits beside the repository.
enum SharedData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seedInput = root.appendingPathComponent("seeds/input")
    static let seedExpected = root.appendingPathComponent("seeds/expected")

    static func seedNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: seedExpected.path).filter { $0.hasSuffix(".txt") }.sorted()
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
