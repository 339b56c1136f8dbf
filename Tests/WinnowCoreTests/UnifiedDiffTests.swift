import Foundation
import Testing

@testable import WinnowCore

/// UnifiedDiff against the real tools: every diff must be applied by GNU
/// `patch -p1` (/usr/bin/patch) to give the new bytes exactly, silently, and
/// where the choice of hunks is unambiguous it must equal GNU `diff -u`.
@Suite struct UnifiedDiffTests {

    // MARK: Round trips through GNU patch

    @Test func identicalInputsGiveNil() {
        #expect(UnifiedDiff.render(path: "x", old: [], new: []) == nil)
        let bytes = Array("a\r\nb\n\u{FF}c".utf8) + [0xFF, 0xFE]
        #expect(UnifiedDiff.render(path: "x", old: bytes, new: bytes, preamble: ["p"]) == nil)
    }

    @Test(arguments: 0..<240)
    func randomRoundTrip(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let old = Self.randomFile(&rng)
        var new = Self.mutate(old, &rng)
        if new == old { new += Array("tail\n".utf8) }
        let paths = ["sub dir/a b.txt", "plain.txt", "deep/er/x.md", "naïve é/ü ñ.txt", "q\"uote\\back slash.txt", "tab\there.txt"]
        let path = paths[seed % paths.count]
        let context = [3, 3, 3, 0, 1, 2, 5][seed % 7]
        try Self.expectPatchRoundTrip(path: path, old: old, new: new, context: context)
    }

    @Test(arguments: [
        // (old, new)
        ("", "one\n"),
        ("", "one\ntwo"),
        ("one\n", ""),
        ("one", ""),
        ("one\ntwo\n", ""),
        ("a", "a\n"),
        ("a\n", "a"),
        ("a", "b"),
        ("a\nb\nc", "a\nB\nc"),
        ("a\r\nb\r\nc\r\n", "a\r\nb\nc\r\n"),
        ("a\r\nb\r\n", "a\r\nb\r\nc\r"),
        ("x\ry\rz\n", "x\ry\n"),
        ("\n\n\n", "\n\n"),
        ("\n", "\n\n\n"),
        ("-- a/x\n++ b/x\n@ -1 +1 @@\n", "-- a/x\n\\ No newline at end of file\n@ -1 +1 @@\n"),
        ("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n", "1\n2\n3\nX\n5\n6\n7\n8\n9\n10\n11\nY\n13\n14\n15"),
    ])
    func edgeCaseRoundTrip(old: String, new: String) throws {
        for context in [0, 1, 3, -5, Int.max] {
            try Self.expectPatchRoundTrip(
                path: "sub dir/a b.txt", old: Array(old.utf8), new: Array(new.utf8), context: context)
        }
    }

    @Test func invalidUTF8AndNULBytesPassThrough() throws {
        let old: [UInt8] = [0x61, 0xFF, 0x0A, 0xC3, 0x28, 0x0A, 0x00, 0x0D, 0x0A, 0x80, 0x81]
        let new: [UInt8] = [0x61, 0xFF, 0x0A, 0xC3, 0xA9, 0x0A, 0x00, 0x0D, 0x0A, 0x80, 0x82, 0x0A]
        let diff = try #require(UnifiedDiff.render(path: "bin/é.txt", old: old, new: new))
        // The changed line's bytes are in the diff untouched.
        #expect(Self.contains(diff, [0x2D, 0xC3, 0x28, 0x0A]))
        #expect(Self.contains(diff, [0x2B, 0xC3, 0xA9, 0x0A]))
        try Self.expectPatchRoundTrip(path: "bin/é.txt", old: old, new: new, context: 3)
    }

    @Test func largeMostlySubsequenceFile() throws {
        var rng = SplitMix64(seed: 99)
        var old: [UInt8] = []
        var new: [UInt8] = []
        for i in 0..<20_000 {
            let line = Array("paragraph \(i) words \(rng.next() % 1000)\n".utf8)
            old += line
            switch rng.next() % 20 {
            case 0, 1: break  // removed
            case 2: new += Array("paragraph  \(i)  re-spaced\n".utf8)
            case 3: new += Array("\n".utf8) + line
            default: new += line
            }
        }
        try Self.expectPatchRoundTrip(path: "big/article one.txt", old: old, new: new, context: 3)
    }

    // MARK: Headers and preamble

    @Test func headerPathsAreQuotedOnlyWhenNeeded() throws {
        let diff = try #require(UnifiedDiff.render(path: "sub dir/a b.txt", old: Array("a\n".utf8), new: []))
        #expect(Self.lines(diff).prefix(3) == [
            "--- \"a/sub dir/a b.txt\"", "+++ \"b/sub dir/a b.txt\"", "@@ -1 +0,0 @@",
        ])
        #expect(String(decoding: UnifiedDiff.quotedName("a/x/y.txt"), as: UTF8.self) == "a/x/y.txt")
        #expect(String(decoding: UnifiedDiff.quotedName("a/é\t\"\\.txt"), as: UTF8.self) == #""a/\303\251\t\"\\.txt""#)
    }

    @Test func preambleIsIgnoredByPatch() throws {
        let preamble = [
            "--- a/x", "+++ b/x", "@@ -1 +1 @@", "diff --git a/x b/x", "Index: x", "*** x",
            "***************", "Binary files a/x and b/x differ", "Prereq: 1.0", "1,2d3", "1c1", ".",
            "GIT binary patch", "X--- a/x", "  --- a/x", "two\nlines\r\nhere\r", "", "winnow: twice",
        ]
        let old = Array("one\ntwo\nthree\n".utf8)
        let new = Array("one\n2\nthree\nfour\n".utf8)
        let diff = try #require(UnifiedDiff.render(path: "x", old: old, new: new, preamble: preamble))
        let lines = Self.lines(diff)
        #expect(lines.count > preamble.count)
        for (line, text) in zip(lines, preamble) {
            #expect(line.hasPrefix("winnow: "))
            #expect(!line.contains("\r"))
            let expected = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            #expect(line == "winnow: " + expected)
        }
        #expect(lines[preamble.count] == "--- a/x")
        try Self.expectPatchRoundTrip(path: "x", old: old, new: new, context: 3, preamble: preamble)
    }

    // MARK: Golden output of GNU diff -u

    @Test(arguments: [
        ("a\nb\nc\n", "a\nB\nc\n", 3),
        ("", "one\ntwo\n", 3),
        ("one\ntwo\n", "", 3),
        ("only\n", "changed\n", 3),
        ("a\nb", "a\nb\n", 3),
        ("a\nb\n", "a\nc", 3),
        ("a\nb", "a\nc", 3),
        ("x\ny", "x\ny\nz", 3),
        ("a\r\nb\r\nc\r\n", "a\r\nb\nc\r\n", 3),
        (UnifiedDiffTests.numbered(1...30), UnifiedDiffTests.numbered(1...30, replacing: [1: "first", 12: "twelve", 17: "seventeen", 30: "end"]), 3),
        (UnifiedDiffTests.numbered(1...30), UnifiedDiffTests.numbered(1...30, replacing: [10: "ten", 16: "sixteen"]), 3),
        (UnifiedDiffTests.numbered(1...30), UnifiedDiffTests.numbered(1...30, replacing: [10: "ten", 17: "seventeen"]), 3),
        (UnifiedDiffTests.numbered(1...30), UnifiedDiffTests.numbered(1...30, replacing: [5: "five", 9: "nine"]), 1),
        (UnifiedDiffTests.numbered(1...30), UnifiedDiffTests.numbered(1...30, replacing: [5: "five", 6: "six", 20: "twenty"]), 0),
        (UnifiedDiffTests.numbered(1...20), UnifiedDiffTests.numbered(1...20, dropping: [1, 2, 7, 20]), 3),
        (UnifiedDiffTests.numbered(1...20), UnifiedDiffTests.numbered(1...20, dropping: [1, 2, 7, 20]), 0),
        ("a\nb\n", "x\na\nb\ny\n", 0),
    ])
    func matchesGNUDiff(old: String, new: String, context: Int) throws {
        try Self.expectSameAsGNUDiff(old: Array(old.utf8), new: Array(new.utf8), context: context)
    }

    @Test func matchesGNUDiffOnSeededSmallCases() throws {
        for seed in 0..<80 {
            var rng = SplitMix64(seed: UInt64(1000 + seed))
            let old = Self.randomFile(&rng, maxLines: 30, binary: false)
            let new = Self.mutate(old, &rng)
            try Self.expectSameAsGNUDiff(old: old, new: new, context: Int(rng.next() % 4))
        }
    }

    // MARK: - Helpers


    static let vocabulary: [[UInt8]] = [
        "", "the", "the end", "  indented", "tab\there", "Share this article", "Advertisement",
        "-- a/x", "++ b/x", "@@ -1 +1 @@", "\\ No newline at end of file", "---", "+++", " ", "naïve café",
    ].map { Array($0.utf8) }

    /// Lines from a small vocabulary (so that many repeat), with CRLF and
    /// lone CR endings, invalid UTF-8 and NUL bytes, maybe no final newline.
    static func randomFile(_ rng: inout SplitMix64, maxLines: Int = 80, binary: Bool = true) -> [UInt8] {
        if rng.next() % 12 == 0 { return [] }
        var out: [UInt8] = []
        let count = Int(rng.next() % UInt64(maxLines)) + 1
        for _ in 0..<count {
            out += randomLine(&rng, binary: binary)
        }
        if rng.next() % 4 == 0, out.last == 0x0A {
            out.removeLast()
            if out.last == 0x0D, rng.next() % 2 == 0 { out.removeLast() }
        }
        return out
    }

    static func randomLine(_ rng: inout SplitMix64, binary: Bool) -> [UInt8] {
        var line = vocabulary[Int(rng.next() % UInt64(vocabulary.count))]
        switch rng.next() % 10 {
        case 0: line += Array(" \(rng.next() % 50)".utf8)
        case 1 where binary: line += [[0xFF], [0xC3, 0x28], [0x80], [0xFE, 0xFF], [0x00]][Int(rng.next() % 5)]
        case 2: line.insert(0x0D, at: Int(rng.next() % UInt64(line.count + 1)))
        default: break
        }
        if rng.next() % 5 == 0 { line.append(0x0D) }  // CRLF
        line.append(0x0A)
        return line
    }

    /// Deletions, edits (as a re-spacing tool would make), insertions, and a
    /// changed end of file.
    static func mutate(_ file: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        if rng.next() % 15 == 0 { return [] }
        var lines = file.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let hadNewline = file.last == 0x0A
        if hadNewline || file.isEmpty { lines.removeLast() }
        for _ in 0..<Int(rng.next() % 8) {
            let r = rng.next() % 10
            if r < 5, !lines.isEmpty {
                let at = Int(rng.next() % UInt64(lines.count))
                lines.removeSubrange(at..<min(lines.count, at + 1 + Int(rng.next() % 3)))
            } else if r < 8, !lines.isEmpty {
                let at = Int(rng.next() % UInt64(lines.count))
                lines[at] = lines[at].flatMap { $0 == 0x20 ? [0x20, 0x20] : [$0] } + Array(" x".utf8)
            } else {
                var line = randomLine(&rng, binary: true)
                line.removeLast()
                lines.insert(line, at: Int(rng.next() % UInt64(lines.count + 1)))
            }
        }
        var out = Array(lines.joined(separator: [0x0A]))
        var newline = hadNewline || file.isEmpty
        if rng.next() % 6 == 0 { newline.toggle() }
        if newline && !lines.isEmpty { out.append(0x0A) }
        return out
    }

    static func numbered(_ range: ClosedRange<Int>, replacing: [Int: String] = [:], dropping: Set<Int> = []) -> String {
        range.filter { !dropping.contains($0) }.map { (replacing[$0] ?? "line \($0)") + "\n" }.joined()
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func makeTempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("winnow-unified-diff-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct Run {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    /// Runs a tool with stdin from a file; fails instead of hanging.
    static func run(_ tool: String, _ arguments: [String], in directory: URL, stdin: URL? = nil) throws -> Run {
        let scratch = try makeTempDir()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice

        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.002) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("\(tool) \(arguments) timed out")
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        try input.close()
        return Run(
            status: process.terminationStatus,
            stdout: [UInt8](try Data(contentsOf: outURL)),
            stderr: [UInt8](try Data(contentsOf: errURL)))
    }

    /// Writes `old` at `path` under a fresh folder, pipes the diff into
    /// `patch -p1 --quiet` there, and expects exactly `new`, exit 0, no
    /// output and no stray files.
    static func expectPatchRoundTrip(
        path: String, old: [UInt8], new: [UInt8], context: Int, preamble: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let diff = UnifiedDiff.render(path: path, old: old, new: new, preamble: preamble, context: context)
        if old == new {
            #expect(diff == nil, sourceLocation: sourceLocation)
            return
        }
        let bytes = try #require(diff, sourceLocation: sourceLocation)
        #expect(bytes.last == 0x0A, sourceLocation: sourceLocation)

        let root = try makeTempDir()
        defer { try? FileManager.default.removeItem(at: root) }
        let tree = root.appendingPathComponent("tree", isDirectory: true)
        let file = tree.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(old).write(to: file)
        let diffURL = root.appendingPathComponent("change.diff")
        try Data(bytes).write(to: diffURL)

        let result = try run("/usr/bin/patch", ["-p1", "--quiet"], in: tree, stdin: diffURL)
        let said = String(decoding: result.stdout + result.stderr, as: UTF8.self)
        let shown = String(String(decoding: bytes, as: UTF8.self).prefix(4000))
        #expect(result.status == 0, "patch failed: \(said)\n\(shown)", sourceLocation: sourceLocation)
        #expect(said.isEmpty, "patch said: \(said)\n\(shown)", sourceLocation: sourceLocation)
        let patched = (try? Data(contentsOf: file)).map { [UInt8]($0) }
        let same = patched == new
        #expect(same, "patched file differs from new\n\(shown)", sourceLocation: sourceLocation)
        let all = FileManager.default.enumerator(atPath: tree.path)?.allObjects as? [String] ?? []
        let stray = all.filter { $0.hasSuffix(".orig") || $0.hasSuffix(".rej") }
        #expect(stray.isEmpty, "patch left \(stray)", sourceLocation: sourceLocation)
    }

    /// Our diff equals `diff -U<context> a/f.txt b/f.txt`, except for the
    /// timestamps GNU diff puts after a tab in the two header lines.
    static func expectSameAsGNUDiff(
        old: [UInt8], new: [UInt8], context: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let root = try makeTempDir()
        defer { try? FileManager.default.removeItem(at: root) }
        for (side, bytes) in [("a", old), ("b", new)] {
            let dir = root.appendingPathComponent(side, isDirectory: true)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(bytes).write(to: dir.appendingPathComponent("f.txt"))
        }
        let result = try run("/usr/bin/diff", ["-U\(context)", "a/f.txt", "b/f.txt"], in: root)
        #expect(result.status == (old == new ? 0 : 1), sourceLocation: sourceLocation)
        var gnu = result.stdout.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        for k in 0..<min(2, gnu.count) {
            if let tab = gnu[k].firstIndex(of: 0x09) { gnu[k].removeSubrange(tab...) }
        }
        let expected = Array(gnu.joined(separator: [0x0A]))
        let ours = UnifiedDiff.render(path: "f.txt", old: old, new: new, context: context) ?? []
        let same = ours == expected
        #expect(
            same,
            "ours:\n\(String(decoding: ours, as: UTF8.self))\nGNU diff:\n\(String(decoding: expected, as: UTF8.self))",
            sourceLocation: sourceLocation)
    }
}
