import Foundation
import Testing
import WinnowCore
@testable import WinnowBatch

/// Walking the next chunk on another thread must hand out exactly the chunks, in the order,
/// and the problems, that walking in place gives.
struct WalkAheadTests {
    @Test func givesTheSameChunksAndProblemsAsTheWalkItself() throws {
        let folder = try TemporaryDirectory()
        for index in 0..<11 { try folder.file("site-\(index % 3)/story-\(index).txt", "Story \(index)\n") }
        try folder.symlink("site-0/loop", to: folder.path)
        var options = CleanOptions(inputs: [folder.path, folder.path + "/missing"], outputRoot: nil, jobs: 1)
        options.dryRun = true
        let batch = BatchCleaner(options: options, cleaner: FileCleaner(pipeline: try Pipeline(), lexicon: .builtIn))
        var inPlace = batch.chunks(of: 3)
        var expected: [[String]] = []
        while let files = inPlace.next() { expected.append(files.map(\.relativePath)) }
        let ahead = WalkAhead(batch.chunks(of: 3))
        var chunks: [[String]] = []
        while let files = ahead.next() { chunks.append(files.map(\.relativePath)) }
        #expect(chunks == expected)
        #expect(chunks.count == 4 && chunks.joined().count == 11)
        #expect(ahead.issues.map(\.path) == inPlace.issues.map(\.path))
        #expect(ahead.issues.count == 2, "the loop and the missing input")
        #expect(ahead.next() == nil)
    }
}
