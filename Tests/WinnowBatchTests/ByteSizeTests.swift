import Foundation
import Testing
@testable import WinnowBatch

@Suite struct ByteSizeTests {
    @Test func parsesSizesAsPeopleWriteThem() {
        #expect(ByteSize.parse("64M") == 64_000_000)
        #expect(ByteSize.parse("200MB") == 200_000_000)
        #expect(ByteSize.parse("1.5G") == 1_500_000_000)
        #expect(ByteSize.parse("512k") == 512_000)
        #expect(ByteSize.parse("2MiB") == 2_097_152)
        #expect(ByteSize.parse("100000") == 100_000)
        #expect(ByteSize.parse("0") == 0)
        for bad in ["", "M", "lots", "-5M", "5X", "1e3"] { #expect(ByteSize.parse(bad) == nil, "\(bad)") }
    }

    @Test func describesCountsLikeTheSummary() {
        #expect(ByteSize.describe(812) == "812 B")
        #expect(ByteSize.describe(45_300) == "45.3 KB")
        #expect(ByteSize.describe(64_000_000) == "64.0 MB")
    }
}

/// The size limit is applied to the size fstat gives, before any byte is read.
@Suite struct FileBytesLimitTests {
    @Test func aFileOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws {
        let root = try TemporaryDirectory()
        let url = try root.file("a.txt", String(repeating: "x", count: 100))
        #expect(FileBytes.read(url.path, limit: 99) == .failure(.tooLarge(size: 100, limit: 99)))
        #expect(try FileBytes.read(url.path, limit: 100).get().count == 100)
        #expect(FileReadError.tooLarge(size: 100, limit: 99).message == "100 B is over the size limit of 99 B (--max-file-size), skipped")
    }

    @Test func aPipeIsCutOffOnceItPassesTheLimit() throws {
        let root = try TemporaryDirectory()
        let fifo = root.path + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader stops early, so the writer's next write meets a closed pipe: EPIPE, not death.
        signal(SIGPIPE, SIG_IGN)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            let chunk = [UInt8](repeating: 0x61, count: 4096)
            for _ in 0..<64 { _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } }
            close(fd)
        }
        writer.start()
        guard case .failure(.tooLarge(_, let limit)) = FileBytes.read(fifo, limit: 10_000) else {
            Issue.record("a 256 KB pipe passes a 10 KB limit")
            return
        }
        #expect(limit == 10_000)
    }
}
