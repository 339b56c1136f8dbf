import Foundation
import Glibc
import Testing
@testable import WinnowBatch
import WinnowCore

/// Temporary files a killed run left behind are removed; anything else, and the files of a
/// writer still running, stay.
@Suite struct StaleTemporaryFilesTests {
    /// The id of a process that has ended.
    private func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func removesOnlyTemporariesWhoseWriterIsGone() throws {
        let root = try TemporaryDirectory()
        let dead = try deadProcessID()
        try root.file("a.txt", "kept output")
        try root.file("deep/er/.b.txt.winnow-tmp-\(dead)-1f3a", "stale")
        try root.file(".c.txt.winnow-tmp-\(dead)-ff", "stale")
        try root.file(".d.txt.winnow-tmp-1-ab", "pid 1 still runs")
        try root.file(".e.txt.winnow-tmp-\(getpid())-ab", "ours")
        try root.file(".hidden", "not ours")
        try root.file(".f.winnow-tmp-notanumber-zz", "not our pattern")
        #expect(StaleTemporaryFiles.sweep(root.path) == 2)
        #expect(try root.names() == [".d.txt.winnow-tmp-1-ab", ".e.txt.winnow-tmp-\(getpid())-ab", ".f.winnow-tmp-notanumber-zz",
                                     ".hidden", "a.txt", "deep"])
        #expect(try root.names(in: "deep/er").isEmpty)
    }

    @Test func namesAtomicFileMakesAreRecognized() {
        let name = AtomicFile.temporaryName(for: "story.txt")
        #expect(StaleTemporaryFiles.writer(of: name) == getpid())
        #expect(StaleTemporaryFiles.writer(of: "story.txt") == nil)
        #expect(!StaleTemporaryFiles.isStale(name), "our own files are never stale")
    }

    @Test func aBatchSweepsItsOutputFolderBeforeWriting() throws {
        let root = try TemporaryDirectory()
        try root.file("in/a.txt", "A headline\n\nA sentence long enough to be an article paragraph of its own.\n")
        let dead = try deadProcessID()
        try root.file("out/sub/.a.txt.winnow-tmp-\(dead)-12", "left by a killed run")
        let options = CleanOptions(inputs: [root.path + "/in"], outputRoot: URL(fileURLWithPath: root.path + "/out"), jobs: 1)
        let cleaner = FileCleaner(pipeline: try Pipeline(), lexicon: .builtIn)
        let summary = BatchCleaner(options: options, cleaner: cleaner).run()
        #expect(!summary.hasFailures)
        #expect(try root.names(in: "out") == ["a.txt", "sub"])
        #expect(try root.names(in: "out/sub").isEmpty)
    }
}
