import Foundation
import Glibc
import Testing
@testable import WinnowBatch

@Suite struct InputWalkerTests {
    private func relativePaths(_ files: [InputFile]) -> [String] {
        files.map(\.relativePath)
    }

    @Test func walksInByteOrderAndSkipsHiddenEntries() throws {
        let root = try TemporaryDirectory()
        // "e\u{301}x" is NFD: byte order puts it before "f", String order (NFC) after "é".
        for path in ["b.html", "a.html", "B.html", "sub/c.html", "Z/z.html", ".hidden.html", ".git/x.html",
                     "sub/.cache/y.html", "é.html", "e.html", "f.html", "e\u{301}x.html"] {
            try root.file(path)
        }
        let (files, issues) = InputWalker.walk([root.path], excluding: [])
        let expected = ["B.html", "Z/z.html", "a.html", "b.html", "e.html", "e\u{301}x.html", "f.html", "sub/c.html", "é.html"]
        // Compared as bytes: String equality would not tell NFC from NFD.
        #expect(relativePaths(files).map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        #expect(files.first?.url.path == root.path + "/B.html")
        #expect(issues.isEmpty)
    }

    @Test func keepsInputOrderAndNamesSingleFilesByTheirLastComponent() throws {
        let root = try TemporaryDirectory()
        try root.file("second/x.html")
        try root.file("first/y.html")
        let single = try root.file("deep/er/single.htm")
        let (files, issues) = InputWalker.walk([root.path + "/second/", single.path, root.path + "/first"], excluding: [])
        #expect(relativePaths(files) == ["x.html", "single.htm", "y.html"])
        #expect(files[1].url.path == single.path)
        #expect(issues.isEmpty)
    }

    @Test func skipsTheExcludedOutputFolderInsideTheInput() throws {
        let root = try TemporaryDirectory()
        try root.file("in.html")
        try root.file("out/in.txt")
        try root.file("out/nested/more.txt")
        try root.file("outside.html")
        // Spelled differently from the walked path; comparison is on resolved paths.
        let output = URL(fileURLWithPath: root.path + "/./sub/../out")
        try root.directory("sub")
        let (files, issues) = InputWalker.walk([root.path], excluding: [output])
        #expect(relativePaths(files) == ["in.html", "outside.html"])
        #expect(issues.isEmpty)
    }

    @Test func skipsAnExcludedFolderReachedThroughALink() throws {
        let root = try TemporaryDirectory()
        try root.file("input/a.html")
        try root.file("output/a.txt")
        try root.symlink("input/results", to: root.path + "/output")
        let (files, _) = InputWalker.walk([root.path + "/input"], excluding: [root.url.appending(path: "output")])
        #expect(relativePaths(files) == ["a.html"])
    }

    @Test func symlinkLoopIsReportedAndNotFollowed() throws {
        let root = try TemporaryDirectory()
        try root.file("top/a.html")
        try root.file("top/sub/b.html")
        try root.symlink("top/sub/loop", to: "..")
        try root.symlink("top/self", to: "self")
        let (files, issues) = InputWalker.walk([root.path + "/top"], excluding: [])
        #expect(relativePaths(files) == ["a.html", "sub/b.html"])
        #expect(issues == [
            WalkIssue(path: root.path + "/top/self", reason: "symlink loop, skipped"),
            WalkIssue(path: root.path + "/top/sub/loop", reason: "symlink loop, skipped"),
        ])
    }

    @Test func followsLinksToFilesAndFoldersOutsideTheInput() throws {
        let root = try TemporaryDirectory()
        try root.file("elsewhere/shared/s.html")
        try root.file("elsewhere/lone.html")
        try root.file("input/own.html")
        try root.symlink("input/linked", to: root.path + "/elsewhere/shared")
        try root.symlink("input/also", to: root.path + "/elsewhere/shared")
        try root.symlink("input/file.html", to: root.path + "/elsewhere/lone.html")
        let (files, issues) = InputWalker.walk([root.path + "/input"], excluding: [])
        // Two links to one folder are not a loop: both mirror it.
        #expect(relativePaths(files) == ["also/s.html", "file.html", "linked/s.html", "own.html"])
        #expect(issues.isEmpty)
    }

    @Test func missingInputsAndDanglingLinksAreReportedAndTheWalkGoesOn() throws {
        let root = try TemporaryDirectory()
        try root.file("input/a.html")
        try root.symlink("input/broken.html", to: root.path + "/nowhere.html")
        let missing = root.path + "/does-not-exist"
        let (files, issues) = InputWalker.walk([missing, root.path + "/input"], excluding: [])
        #expect(relativePaths(files) == ["a.html"])
        #expect(issues == [
            WalkIssue(path: missing, reason: "No such file or directory"),
            WalkIssue(path: root.path + "/input/broken.html", reason: "dangling symbolic link, skipped"),
        ])
    }

    @Test func namesWithSpacesAndNewlines() throws {
        let root = try TemporaryDirectory()
        try root.file("my folder/an article.html", "spaces")
        try root.file("new\nline.html", "newline")
        let (files, issues) = InputWalker.walk([root.path], excluding: [])
        #expect(relativePaths(files) == ["my folder/an article.html", "new\nline.html"])
        #expect(try String(contentsOf: files[1].url, encoding: .utf8) == "newline")
        #expect(issues.isEmpty)
    }

    @Test func nonUTF8NameIsReportedNotCrashed() throws {
        let root = try TemporaryDirectory()
        try root.file("fine.html")
        // "bad\xFF.html": no String can spell it, so create it through the raw bytes.
        let rawPath = Array((root.path + "/bad").utf8) + [0xFF] + Array(".html".utf8) + [0]
        let fd = rawPath.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        try #require(fd >= 0)
        close(fd)
        let (files, issues) = InputWalker.walk([root.path], excluding: [])
        #expect(relativePaths(files) == ["fine.html"])
        #expect(issues.map(\.reason) == ["file name is not valid UTF-8, skipped"])
    }

    @Test func unreadableFolderIsReported() throws {
        let root = try TemporaryDirectory()
        try root.file("locked/a.html")
        try root.file("open/b.html")
        let locked = root.path + "/locked"
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        if access(locked, R_OK) == 0 {
            try Test.cancel("permissions do not bind this user (root): the folder stays readable")
        }
        let (files, issues) = InputWalker.walk([root.path], excluding: [])
        #expect(relativePaths(files) == ["open/b.html"])
        #expect(issues == [WalkIssue(path: locked, reason: "Permission denied")])
    }
}
