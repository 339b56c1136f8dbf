import Foundation
import Testing

/// Resource bounds: the per-file size limit and the per-file time limit, as a user meets them.
@Suite(.serialized)
struct LimitsTests {
    @Test func aFileOverTheSizeLimitIsRefusedUnreadAndTheBatchGoesOn() throws {
        let dir = try Scratch.directory()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(AdversarialCorpus.article.utf8).write(to: input.appendingPathComponent("small.txt"))
        try Data(repeating: UInt8(ascii: "a"), count: 3_000).write(to: input.appendingPathComponent("big.txt"))
        let before = try Checksums.of(input)
        let out = dir.appendingPathComponent("out")
        let limited = try CLI.run(["clean", input.path, "-o", out.path, "--max-file-size", "2k"])
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("big.txt: 3000 B is over the size limit of 2000 B (--max-file-size), skipped"), "\(limited.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("small.txt").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("big.txt").path))
        let unlimited = try CLI.run(["clean", input.path, "-o", out.path, "--max-file-size", "0"])
        #expect(unlimited.status == 0, "0 lifts the limit: \(unlimited.stderr)")
        #expect(try Checksums.of(input) == before, "no input changed")
    }

    /// Read-ahead hints keep descriptors open for the reads to come; under a low limit on open
    /// descriptors (ulimit -n 48) they must not take the ones reads and writes need.
    @Test func aLowLimitOnOpenFilesFailsNoFile() throws {
        let dir = try Scratch.directory()
        let input = dir.appendingPathComponent("in")
        try LongBatch.make(in: input, files: 600)
        let out = dir.appendingPathComponent("out")
        for learning in [[], ["--no-learn"]] {
            let command = "ulimit -n 48 && exec \"$0\" \"$@\""
            let result = try CLI.run(URL(fileURLWithPath: "/bin/sh"),
                                     ["-c", command, CLI.binary.path, "clean", input.path, "-o", out.path, "-j", "2",
                                      "--force"] + learning)
            #expect(result.status == 0, "\(learning): \(result.stderr)")
            #expect(result.stderr.contains("600 files cleaned"), "\(result.stderr)")
        }
    }

    @Test func badLimitsAreUsageErrors() throws {
        #expect(try CLI.run(["clean", "x", "-o", "y", "--max-file-size", "lots"]).status == 64)
        #expect(try CLI.run(["clean", "x", "-o", "y", "--timeout", "-1"]).status == 64)
    }

    @Test func helpNamesTheLimitsAndTheirDefaults() throws {
        let help = try CLI.run(["clean", "--help"]).text
        #expect(help.contains("--max-file-size <size>") && help.contains("default: 64M"))
        #expect(help.contains("--timeout <seconds>") && help.contains("default: 60"))
    }

    /// A file that takes far longer than the limit (seconds in a debug build) is given up with
    /// a message naming it, while small files clean well inside the same limit.
    @Test func aFileOverTheTimeLimitFailsAloneAndTheBatchGoesOn() throws {
        let dir = try Scratch.directory()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let slow = String(repeating: AdversarialCorpus.article, count: 16_000)
        try Data(slow.utf8).write(to: input.appendingPathComponent("slow.txt"))
        for index in 0..<3 {
            try Data(AdversarialCorpus.article.utf8).write(to: input.appendingPathComponent("quick-\(index).txt"))
        }
        let before = try Checksums.of(input)
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["clean", input.path, "-o", out.path, "--timeout", "0.3", "-j", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("slow.txt: took longer than 0.3 s (--timeout), skipped"), "\(result.stderr)")
        #expect(result.stderr.contains("3 files cleaned, 1 failed"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("slow.txt").path))
        let full = try CLI.run(["clean", input.appendingPathComponent("slow.txt").path, "-o", dir.appendingPathComponent("full").path,
                                "--timeout", "0"])
        #expect(full.status == 0, "without a limit the slow file cleans: \(full.stderr)")
        #expect(try Checksums.of(input) == before, "no input changed")
    }
}
