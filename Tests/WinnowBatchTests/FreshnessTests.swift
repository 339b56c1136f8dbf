import Foundation
import Glibc
import Testing
import WinnowBatch

@Suite struct FreshnessTests {
    /// Sets a file's modification time with nanoseconds, which Foundation's Date cannot
    /// be trusted to carry exactly.
    private func touch(_ url: URL, seconds: Int, nanoseconds: Int = 0) {
        var times = [timespec(tv_sec: seconds, tv_nsec: nanoseconds), timespec(tv_sec: seconds, tv_nsec: nanoseconds)]
        let status = utimensat(AT_FDCWD, url.path, &times, 0)
        precondition(status == 0, "utimensat failed")
    }

    @Test func missingOutputIsNotUpToDate() throws {
        let directory = try TemporaryDirectory()
        let source = try directory.file("in.html")
        #expect(!Freshness.isUpToDate(output: directory.url.appending(path: "out.txt"), newerThan: [source]))
    }

    @Test func outputNewerThanEverySourceIsUpToDate() throws {
        let directory = try TemporaryDirectory()
        let source = try directory.file("in.html")
        let config = try directory.file("rules.json")
        let output = try directory.file("out.txt")
        touch(source, seconds: 1_700_000_000)
        touch(config, seconds: 1_700_000_100)
        touch(output, seconds: 1_700_000_200)
        #expect(Freshness.isUpToDate(output: output, newerThan: [source, config]))
        touch(config, seconds: 1_700_000_300)
        #expect(!Freshness.isUpToDate(output: output, newerThan: [source, config]))
    }

    @Test func comparesSubSecondTimes() throws {
        let directory = try TemporaryDirectory()
        let source = try directory.file("in.html")
        let output = try directory.file("out.txt")
        touch(output, seconds: 1_700_000_000, nanoseconds: 200_000_000)
        touch(source, seconds: 1_700_000_000, nanoseconds: 700_000_000)
        #expect(!Freshness.isUpToDate(output: output, newerThan: [source]))
        touch(source, seconds: 1_700_000_000, nanoseconds: 100_000_000)
        #expect(Freshness.isUpToDate(output: output, newerThan: [source]))
    }

    @Test func equalTimesAreUpToDate() throws {
        let directory = try TemporaryDirectory()
        let source = try directory.file("in.html")
        let output = try directory.file("out.txt")
        touch(source, seconds: 1_700_000_000, nanoseconds: 5)
        touch(output, seconds: 1_700_000_000, nanoseconds: 5)
        #expect(Freshness.isUpToDate(output: output, newerThan: [source]))
    }

    @Test func missingSourcesAreIgnored() throws {
        let directory = try TemporaryDirectory()
        let output = try directory.file("out.txt")
        let source = try directory.file("in.html")
        touch(source, seconds: 1_700_000_000)
        touch(output, seconds: 1_700_000_001)
        #expect(Freshness.isUpToDate(output: output, newerThan: [directory.url.appending(path: "gone.html"), source]))
        #expect(Freshness.isUpToDate(output: output, newerThan: []))
    }
}
