import Foundation

/// Folders for the fault and interruption tests, all under one folder per test process that is
/// removed when the process exits: the shared batches (a static each) have no last test to
/// clean up after them, and they write tens of MB a run.
enum Scratch {
    private static let rootPath: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-faults-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.rootPath) }
        return path
    }()

    /// A new empty folder.
    static func directory() throws -> URL {
        let url = URL(fileURLWithPath: rootPath).appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
