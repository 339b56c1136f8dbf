import Testing
@testable import WinnowBatch

/// The descriptors hints leave open for reads: each is handed out once, and every one is
/// handed back for closing sooner or later, so a run never runs out of descriptors.
struct HintedFilesTests {
    @Test func aKeptDescriptorIsTakenOnce() {
        var files = HintedFiles(capacity: 4)
        #expect(files.keep(10, path: "a").isEmpty)
        #expect(files.take("a") == 10)
        #expect(files.take("a") == nil)
        #expect(files.take("b") == nil)
    }

    @Test func theOldestIsHandedBackWhenFull() {
        var files = HintedFiles(capacity: 3)
        for fd in Int32(10)..<13 { #expect(files.keep(fd, path: "f\(fd)").isEmpty) }
        #expect(files.keep(13, path: "f13") == [10])
        // A taken descriptor is the reader's: its slot gives nothing back when overwritten.
        #expect(files.take("f11") == 11)
        #expect(files.keep(14, path: "f14").isEmpty)
        #expect(files.keep(15, path: "f15") == [12])
        #expect(Set(files.takeAll()) == [13, 14, 15])
        #expect(files.takeAll().isEmpty)
    }

    @Test func aPathHintedTwiceKeepsTheNewerDescriptor() {
        var files = HintedFiles(capacity: 2)
        #expect(files.keep(10, path: "a").isEmpty)
        #expect(files.keep(11, path: "a") == [10])
        // The old slot of "a" no longer owns a descriptor.
        #expect(files.keep(12, path: "b").isEmpty)
        #expect(files.take("a") == 11)
        #expect(files.takeAll() == [12])
    }
}
