import Foundation
import Testing
@testable import WinnowBatch

/// Read-ahead hints cost three system calls a file: they are sent at the start of a run and
/// while reads miss the page cache thickly, not for a miss here and there.
struct ReadAheadTests {
    @Test func hintsLapseUnlessReadsMissThickly() {
        let ahead = ReadAhead()
        #expect(ahead.isHinting, "a run starts hinting: its files may be cold")
        for _ in 0..<ReadAhead.start { ahead.hint("/nonexistent/winnow-read-ahead") }
        #expect(!ahead.isHinting)
        for index in 0..<(4 * ReadAhead.stretch) { ahead.note(missed: index % 64 == 0) }
        #expect(!ahead.isHinting, "one miss in 64 reads is cheaper than hinting every file")
        for _ in 0..<ReadAhead.misses { ahead.note(missed: true) }
        #expect(ahead.isHinting)
        for _ in 0..<ReadAhead.window { ahead.hint("/nonexistent/winnow-read-ahead") }
        #expect(!ahead.isHinting)
    }

    @Test func readsTheWholeFileWhateverTheCacheHolds() throws {
        let folder = try TemporaryDirectory()
        let text = String(repeating: "The ferry company will run two extra boats on weekdays.\n", count: 2_000)
        let url = try folder.file("a.txt", text)
        let ahead = ReadAhead()
        for _ in 0..<2 {
            #expect(try ahead.read(url.path).get() == Array(text.utf8))
        }
    }

    /// A hint opens the file and leaves the descriptor for the read: the read gets the bytes
    /// from it (paths with accents too), and descriptors of files never read are closed with
    /// the run.
    @Test func hintedFilesAreReadAndNoDescriptorLeaks() throws {
        let folder = try TemporaryDirectory()
        let paths = try (0..<(8 * ReadAhead.distance)).map { try folder.file("łapiński-\($0).txt", "page \($0)\n").path }
        do {
            let ahead = ReadAhead()
            for path in paths { ahead.hint(path) }
            #expect(try descriptors(in: folder) == ReadAhead.keptDescriptors, "the newest hints' descriptors wait")
            for (index, path) in paths.enumerated().reversed() {
                #expect(try ahead.read(path).get() == Array("page \(index)\n".utf8))
            }
            #expect(try descriptors(in: folder) == 0, "each read closed its descriptor")
            for path in paths { ahead.hint(path) }
        }
        #expect(try descriptors(in: folder) == 0, "the run's end closed what no read took")
    }

    /// Descriptors of this process open on files in `folder` (other tests run alongside).
    private func descriptors(in folder: TemporaryDirectory) throws -> Int {
        let fds = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
        let prefix = URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path + "/"
        return fds.filter { fd in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)"))?.hasPrefix(prefix) == true
        }.count
    }
}
