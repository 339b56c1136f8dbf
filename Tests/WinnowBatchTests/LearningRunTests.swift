import Foundation
import Testing
import WinnowCore
@testable import WinnowBatch

/// A learning batch cleans folder sites as soon as the walk leaves them and everything else at
/// the end. Whatever the chunk size, memory budget, wait limit and jobs, every output must be
/// what cleaning with the whole batch's profile gives.
struct LearningRunTests {
    let cleaner = FileCleaner(pipeline: try! Pipeline(), lexicon: .builtIn)

    /// Two input folders. Each site's pages share a masthead and a footer in wording no
    /// lexicon knows. "shared" is a folder in both inputs (one site of four pages, two in
    /// each: cleaned early, it would see only two); "example.org" also gets a page from the
    /// other input through its canonical URL; "loose.txt" is the whole batch's.
    func makeBatch(in folder: TemporaryDirectory) throws -> [String] {
        let sites: [(root: String, folder: String, pages: Int)] = [
            ("a", "courier", 4), ("a", "example.org", 2), ("a", "ledger", 3), ("a", "shared", 2),
            ("b", "gazette", 3), ("b", "shared", 2),
        ]
        for (root, site, pages) in sites {
            for page in 0..<pages {
                try folder.file("\(root)/\(site)/\(root)-story-\(page).txt", article(site: site, page: page))
            }
        }
        try folder.file("a/loose.txt", article(site: "loose", page: 9))
        try folder.file("b/elsewhere/syndicated.html", """
            <html><head><link rel="canonical" href="https://www.example.org/syndicated"></head><body>
            <h1>Harbour wall repairs begin in March</h1>
            <p>The example.org morning edition for the valley</p>
            <p>The harbour wall will be repaired from March, the port authority said on Monday, after \
            two winters of storms opened cracks along its northern arm.</p>
            <p>Letters to the example.org desk are read every Friday</p>
            </body></html>
            """)
        return [folder.path + "/a", folder.path + "/b"]
    }

    func article(site: String, page: Int) -> String {
        let towns = ["Ashby", "Brill", "Coleby", "Dunton", "Elsham", "Fulbeck", "Goxhill", "Hibaldstow", "Irby", "Keelby"]
        let town = towns[page % towns.count]
        return """
            \(town) council votes on the new bridge
            The \(site) morning edition for the valley
            \(town) council voted on Tuesday to build a new footbridge over the river, after a \
            consultation in which most residents of \(town) asked for a safer crossing near the school.
            The work is expected to start in the spring and to take about eight months.
            Letters to the \(site) desk are read every Friday
            """
    }

    /// What each input cleans to with the whole batch's profile, by relative output path.
    func expected(_ roots: [String]) throws -> [String: String] {
        let files = roots.flatMap { InputWalker.walk([$0], excluding: []).files }
        let learned = cleaner.learning(ProfileLearner.learn(files, cleaner: cleaner, jobs: 1))
        var outputs: [String: String] = [:]
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: file.path))
            let output = try learned.clean(Array(bytes), path: file.relativePath).output
            outputs[OutputPath.relative(file.relativePath)] = String(decoding: output, as: UTF8.self)
        }
        return outputs
    }

    func written(under root: URL) throws -> [String: String] {
        var outputs: [String: String] = [:]
        for file in InputWalker.walk([root.path], excluding: []).files {
            outputs[file.relativePath] = try String(contentsOfFile: file.path, encoding: .utf8)
        }
        return outputs
    }

    @Test(arguments: [(1, 0, 50_000), (2, 64_000_000, 50_000), (3, 1_500, 2), (1024, 64_000_000, 1)])
    func everyOutputIsWhatTheWholeProfileGives(chunkSize: Int, budget: Int, waitLimit: Int) throws {
        let folder = try TemporaryDirectory()
        let roots = try makeBatch(in: folder)
        let expected = try expected(roots)
        let sharedLine = "The shared morning edition for the valley"
        #expect(expected["shared/a-story-0.txt"]?.contains(sharedLine) == false,
                "four pages of the shared site, across both inputs, teach its masthead")
        #expect(expected["example.org/a-story-0.txt"]?.contains("Letters to the example.org desk") == false,
                "the syndicated page counts for example.org")
        for jobs in [1, 2] {
            let out = folder.url.appending(path: "out-\(jobs)", directoryHint: .isDirectory)
            var options = CleanOptions(inputs: roots, outputRoot: out, jobs: jobs)
            options.learnSites = true
            var run = LearningRun(batch: BatchCleaner(options: options, cleaner: cleaner), shouldStop: { false },
                                  progress: { _, _, _ in })
            run.chunkSize = chunkSize
            run.budget = budget
            run.waitLimit = waitLimit
            let summary = run.run()
            #expect(summary.counters.files == expected.count && summary.counters.failed == 0)
            let inputBytes = try roots.flatMap { InputWalker.walk([$0], excluding: []).files }
                .reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as! Int) }
            #expect(summary.counters.inputBytes == inputBytes, "held documents count their files' bytes")
            let outputs = try written(under: out)
            #expect(outputs.keys.sorted() == expected.keys.sorted())
            for (path, bytes) in expected {
                #expect(outputs[path] == bytes, "\(path), chunks of \(chunkSize), budget \(budget), -j \(jobs)")
            }
        }
    }

    @Test func foldersCompleteOnlyWhenNothingElseCanNameTheirSite() throws {
        let directory = try TemporaryDirectory()
        let roots = try makeBatch(in: directory)
        let sites = FolderSites(inputs: roots, cleaner: cleaner)
        let folder = { (path: String) in SiteKey.firstFolder(path) }
        #expect(sites.closable("courier", folder: folder("courier/x.txt")) == "courier")
        #expect(sites.closable("shared", folder: folder("shared/a-story-0.txt")) == nil, "a folder of both inputs")
        #expect(sites.closable("example.org", folder: folder("example.org/x.txt")) == nil, "a host may name it")
        #expect(sites.closable("example.org", folder: folder("elsewhere/syndicated.html")) == nil)
        #expect(sites.closable(SiteProfile.wholeBatch, folder: folder("loose.txt")) == nil)
        #expect(!sites.mayClose(folder: folder("loose.txt")) && sites.mayClose(folder: folder("gazette/x.txt")))

        var byFolder = cleaner
        byFolder.siteKey = .folder
        #expect(FolderSites(inputs: roots, cleaner: byFolder).closable("example.org", folder: folder("example.org/x.txt")) != nil,
                "without hosts, a dotted folder is just a folder")
        var oneSite = cleaner
        oneSite.site = "courier"
        #expect(FolderSites(inputs: roots, cleaner: oneSite).closable("courier", folder: folder("courier/x.txt")) == nil)
    }

    @Test func marksRedoAFileTheSecondWalkFindsElsewhere() {
        var marks = FileMarks()
        let first = InputFile(path: "/in/a.txt", relativePath: "a.txt")
        let second = InputFile(path: "/in/b.txt", relativePath: "b.txt")
        marks.append(first, nameTaken: false)
        marks.append(second, nameTaken: true)
        marks.setDone(0)
        marks.setDone(0)
        #expect(marks.pending == 1)
        #expect(!marks.isPending(0, first) && marks.isPending(1, second))
        #expect(marks.isPending(0, second), "another file at a done index is done again")
        #expect(marks.isPending(2, first), "an index the first walk never reached")
        #expect(marks.isNameTaken(1, second) && !marks.isNameTaken(1, first) && !marks.isNameTaken(0, first))
    }

    @Test func aSiteOverTheLimitStopsWaiting() {
        var waiting = WaitingSites(limit: 2)
        let file = InputFile(path: "/in/x.txt", relativePath: "big/x.txt")
        for index in 0..<3 { waiting.add(index, file, site: "big") }
        waiting.add(3, file, site: "big")
        waiting.add(4, file, site: "small")
        #expect(waiting.sites == ["small"])
        #expect(waiting.remove("big").isEmpty && waiting.remove("small").map(\.index) == [4])
    }

    @Test func aChunkIsFiledSiteBySiteInWalkOrder() {
        var waiting = WaitingSites()
        let files = (0..<5).map { InputFile(path: "/in/\($0).txt", relativePath: "s/\($0).txt") }
        waiting.add(files, sites: ["a", "a", nil, "b", "a"], firstIndex: 10)
        #expect(waiting.sites == ["a", "b"])
        #expect(waiting.remove("a").map(\.index) == [10, 11, 14])
        #expect(waiting.remove("b").map(\.file.path) == ["/in/3.txt"])
    }
}
