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
}
