import Testing
import WinnowCore
@testable import WinnowBatch

/// The learning pass counts chunk after chunk into the batch's one profile.
struct ProfileLearnerTests {
    let cleaner = FileCleaner(pipeline: try! Pipeline(), lexicon: .builtIn)

    @Test func chunksCountedIntoOneProfileEqualTheWholeBatchCountedAtOnce() throws {
        let folder = try TemporaryDirectory()
        var files: [InputFile] = []
        for (index, town) in ["Ashby", "Brill", "Coleby", "Dunton", "Elsham", "Fulbeck"].enumerated() {
            let site = index % 2 == 0 ? "courier" : "ledger"
            let path = "\(site)/\(town).txt"
            try folder.file(path, """
                The \(site) of the valley
                \(town) council meets on Tuesday
                The meeting in \(town) will discuss the new bridge.
                Tips for the newsroom go to the night desk.
                """)
            files.append(InputFile(path: folder.path + "/" + path, relativePath: path))
        }
        let whole = ProfileLearner.learn(files, cleaner: cleaner, jobs: 2)
        var chunked = SiteProfile()
        for chunk in [files[0..<1], files[1..<4], files[4...]] {
            ProfileLearner.learn(Array(chunk), into: &chunked, cleaner: cleaner, jobs: 2,
                                 shouldStop: { false }, maxFileSize: nil, timeLimit: nil)
        }
        #expect(chunked == whole)
        #expect(whole.sites["courier"]?.documents == 3 && whole.sites["ledger"]?.documents == 3)
        let tips = try #require(LineFingerprint.of(key: "tips for the newsroom go to the night desk"))
        #expect(whole.evidence(tips, site: "courier") == (3, 3))
    }
}
