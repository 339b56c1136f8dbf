import Foundation
import Testing

/// Faults on the output side: a folder that cannot be written, and one removed mid-run.
@Suite(.serialized)
struct OutputFaultTests {
    /// A folder nobody may write to. Root writes anywhere whatever the mode, so for root the
    /// folder is made immutable (chattr +i), which binds root too.
    static func makeReadOnly(_ folder: URL) throws -> () -> Void {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if geteuid() == 0 {
            let result = try CLI.run(URL(fileURLWithPath: "/usr/bin/chattr"), ["+i", folder.path])
            if result.status != 0 { try Test.cancel("this file system has no immutable folders: \(result.stderr)") }
            return { _ = try? CLI.run(URL(fileURLWithPath: "/usr/bin/chattr"), ["-i", folder.path]) }
        }
        chmod(folder.path, 0o555)
        return { chmod(folder.path, 0o755) }
    }

    @Test func aReadOnlyOutputFolderFailsEachFileClearlyAndChangesNothing() throws {
        let dir = try Scratch.directory()
        let input = try CLI.copySeeds(into: dir)
        let before = try Checksums.of(input)
        let out = dir.appendingPathComponent("read-only")
        let restore = try Self.makeReadOnly(out)
        defer { restore() }
        let result = try CLI.run(["clean", input.path, "-o", out.path])
        let inputs = try CLI.files(in: input).count
        #expect(result.status == 1)
        #expect(result.stderr.contains("0 files cleaned, \(inputs) failed"), "\(result.stderr)")
        for name in try CLI.files(in: input).keys {
            #expect(result.stderr.contains("\(name): "), "\(name) is named")
        }
        #expect(result.stderr.contains("cannot create temporary file: "), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "nothing written, no temporary file")
        #expect(try Checksums.of(input) == before)
    }

    /// The output tree vanishes (moved away, then deleted) while the batch writes into it: no
    /// crash, no failure: the batch makes the folders again (files being written at that very
    /// moment are written again) and goes on. What was written before is simply gone, and a
    /// rerun restores everything byte for byte.
    @Test func anOutputFolderThatVanishesMidRunIsMadeAgain() throws {
        let dir = try Scratch.directory()
        let input = dir.appendingPathComponent("in")
        try LongBatch.make(in: input, files: 1_200)
        let before = try Checksums.of(input)
        let reference = dir.appendingPathComponent("reference")
        try CLI.run(["clean", input.path, "-o", reference.path, "-q"])
        let out = dir.appendingPathComponent("out")
        let log = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["clean", input.path, "-o", out.path, "-q", "-j", "2"]
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        while !FileManager.default.fileExists(atPath: out.appendingPathComponent("section-3").path) && process.isRunning {
            usleep(2_000)
        }
        let gone = dir.appendingPathComponent("gone")
        try FileManager.default.moveItem(at: out, to: gone)
        try FileManager.default.removeItem(at: gone)
        process.waitUntilExit()
        let stderr = try String(contentsOf: log, encoding: .utf8)
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "no crash, no failure: \(stderr)")
        #expect(stderr.isEmpty)
        let left = try CLI.files(in: out)
        let expected = try CLI.files(in: reference)
        #expect(!left.isEmpty && left.count < expected.count, "later files were written again")
        for (path, bytes) in left { #expect(expected[path] == bytes, "\(path) is complete") }
        let rerun = try CLI.run(["clean", input.path, "-o", out.path, "-q"])
        #expect(rerun.status == 0)
        #expect(try CLI.files(in: out) == expected)
        #expect(try Checksums.of(input) == before)
    }
}
