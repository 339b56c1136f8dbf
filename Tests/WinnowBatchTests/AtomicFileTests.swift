import Foundation
import Glibc
import Testing
@testable import WinnowBatch

@Suite struct AtomicFileTests {
    private func contents(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }

    /// The process's umask, read without setting it: `umask(2)` can only be read by changing
    /// it, and tests running in parallel would see (and create files under) the changed value.
    private func processUmask() -> mode_t? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") })
        else { return nil }
        return mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
    }

    private func temporaryLeftovers(_ directory: TemporaryDirectory, in relativePath: String = "") throws -> [String] {
        try directory.names(in: relativePath).filter { $0.contains(".winnow-tmp-") }
    }

    @Test func createsMissingFoldersAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appending(path: "a/b c/out.txt")
        try AtomicFile.write(Array("hello".utf8), to: target)
        #expect(try contents(target) == Array("hello".utf8))
        #expect(try directory.names(in: "a/b c") == ["out.txt"])
    }

    @Test func replacesAnExistingFileAndKeepsItsPermissions() throws {
        let directory = try TemporaryDirectory()
        let target = try directory.file("out.txt", "old content that is longer than the new one")
        chmod(target.path, 0o640)
        try AtomicFile.write(Array("new".utf8), to: target)
        #expect(try contents(target) == Array("new".utf8))
        var info = stat()
        stat(target.path, &info)
        #expect(info.st_mode & 0o777 == 0o640)
        #expect(try temporaryLeftovers(directory).isEmpty)
    }

    @Test(arguments: [true, false])
    func inAFolderTheBatchCreatedAFileIsNamedOnlyWhenComplete(byDescriptor: Bool) throws {
        // Either way of naming the unnamed file gives the same file (the setting is global,
        // so other tests may write either way meanwhile: both are correct).
        let saved = UnnamedFile.linksByDescriptor
        UnnamedFile.linksByDescriptor = byDescriptor
        defer { UnnamedFile.linksByDescriptor = saved }
        let directory = try TemporaryDirectory()
        let folders = FolderCache()
        let target = directory.url.appending(path: "new/out.txt").path
        try AtomicFile.write(Array("first".utf8), toPath: target, folders: folders)
        #expect(try contents(URL(fileURLWithPath: target)) == Array("first".utf8))
        #expect(try directory.names(in: "new") == ["out.txt"])
        var info = stat()
        stat(target, &info)
        let umask = try #require(processUmask())
        #expect(info.st_mode & 0o777 == 0o666 & ~umask)
        #expect(info.st_nlink == 1)
    }

    @Test func aFileThatAppearedMeanwhileIsReplacedNotKept() throws {
        let directory = try TemporaryDirectory()
        let folders = FolderCache()
        try AtomicFile.write(Array("one".utf8), toPath: directory.url.appending(path: "new/a.txt").path, folders: folders)
        // Another writer made b.txt in the folder this batch created.
        let other = try directory.file("new/b.txt", "someone else's")
        try AtomicFile.write(Array("ours".utf8), toPath: other.path, folders: folders)
        #expect(try contents(other) == Array("ours".utf8))
        #expect(try directory.names(in: "new") == ["a.txt", "b.txt"])
    }

    @Test func writesEmptyAndLargeFiles() throws {
        let directory = try TemporaryDirectory()
        let large = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        try AtomicFile.write([], to: directory.url.appending(path: "empty.txt"))
        try AtomicFile.write(large, to: directory.url.appending(path: "large.bin"))
        #expect(try contents(directory.url.appending(path: "empty.txt")).isEmpty)
        #expect(try contents(directory.url.appending(path: "large.bin")) == large)
    }

    @Test func parentThatIsAFileThrowsNamingTheTarget() throws {
        // Meaningful even as root, unlike a read-only folder.
        let directory = try TemporaryDirectory()
        let blocker = try directory.file("blocker", "I am a file")
        let target = blocker.appending(path: "sub/out.txt")
        let error = try #require(throws: AtomicFileError.self) { try AtomicFile.write([1, 2, 3], to: target) }
        #expect(error.description.contains(target.path))
        #expect(error.description.contains("Not a directory"))
        #expect(error.localizedDescription == error.description)
        #expect(try contents(blocker) == Array("I am a file".utf8))
        #expect(try directory.names() == ["blocker"])
    }

    @Test func targetThatIsAFolderThrowsAndCleansUp() throws {
        let directory = try TemporaryDirectory()
        try directory.file("out.txt/keep", "inside")
        let target = directory.url.appending(path: "out.txt")
        let error = try #require(throws: AtomicFileError.self) { try AtomicFile.write([1], to: target) }
        #expect(error.description.hasPrefix("cannot write \(target.path): "))
        #expect(try directory.names() == ["out.txt"])
        #expect(try directory.names(in: "out.txt") == ["keep"])
    }

    @Test func readOnlyFolderThrowsNamingTheTarget() throws {
        let directory = try TemporaryDirectory()
        try directory.directory("locked")
        let locked = directory.path + "/locked"
        chmod(locked, 0o555)
        defer { chmod(locked, 0o755) }
        if access(locked, W_OK) == 0 {
            try Test.cancel("permissions do not bind this user (root): the folder stays writable")
        }
        let target = directory.url.appending(path: "locked/out.txt")
        let error = try #require(throws: AtomicFileError.self) { try AtomicFile.write([1], to: target) }
        #expect(error.description.contains(target.path))
        #expect(error.description.contains("Permission denied"))
        #expect(try directory.names(in: "locked").isEmpty)
    }

    @Test func temporaryNamesAreHiddenMarkedAndUnique() {
        let first = AtomicFile.temporaryName(for: "article.txt")
        let second = AtomicFile.temporaryName(for: "article.txt")
        #expect(first.hasPrefix(".article.txt.winnow-tmp-"))
        #expect(first != second)
        let long = AtomicFile.temporaryName(for: String(repeating: "é", count: 200))
        #expect(long.utf8.count < 255)
    }
}
