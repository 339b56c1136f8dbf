import Foundation
import Testing

/// Site profiles, JSONL and shards as a user runs them: the built binary, its files and status.
@Suite(.serialized)
struct SiteProfileCommandTests {
    static let masthead = "The Larkspur Courier"
    static let footer = [
        "Drop us a line at the courier desk, second floor above the bakery.",
        "The Larkspur Courier is printed on recycled paper by volunteers.",
        "All photographs belong to the people who took them.",
    ]

    /// Six pages of one site under `folder/courier/`: the same masthead and footer, wording no
    /// lexicon has; different headlines and article lines.
    static func writeSixPages(into folder: URL) throws -> [String: String] {
        var articles: [String: String] = [:]
        let towns = ["Ashby", "Brill", "Coleby", "Dunton", "Elsham", "Fulbeck"]
        let fruits = ["apples", "pears", "plums", "cherries", "quinces", "apricots"]
        let site = folder.appendingPathComponent("courier")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for (town, fruit) in zip(towns, fruits) {
            let article = """
            \(town) orchard co-op elects a treasurer over \(fruit)

            Members of the \(town) orchard co-op met on Tuesday and chose a treasurer after a long debate about \(fruit).

            The treasurer from \(town) said the books would be published every quarter, with the figures for \(fruit).

            """
            let page = "\(masthead)\n\n\(article)\n\(footer.joined(separator: "\n"))\n"
            try Data(page.utf8).write(to: site.appendingPathComponent("\(town).txt"))
            articles["courier/\(town).txt"] = article
        }
        return articles
    }

    @Test func aBatchOfOneSiteLosesItsRepeatedLinesButSinglePagesKeepThem() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("raw")
        let articles = try Self.writeSixPages(into: input)
        let out = dir.appendingPathComponent("clean")
        let batch = try CLI.run(["clean", input.path, "-o", out.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stderr.contains("site_profile 24"))
        let cleaned = try CLI.files(in: out).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(cleaned.count == 6)
        for (path, article) in articles {
            #expect(cleaned[path] == article)
        }
        let single = dir.appendingPathComponent("single")
        for path in articles.keys {
            let result = try CLI.run(["clean", input.appendingPathComponent(path).path, "-o", single.path, "-q"])
            #expect(result.status == 0)
        }
        for (path, text) in try CLI.files(in: single) {
            let page = String(decoding: text, as: UTF8.self)
            #expect(page.hasPrefix(Self.masthead) && page.contains(Self.footer[2]), "\(path) keeps its lines alone")
        }
    }

    @Test func oneJobAndTwoJobsGiveTheSameBytes() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("raw")
        _ = try Self.writeSixPages(into: input)
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Samples/input"),
                                         to: input.appendingPathComponent("samples"))
        var outputs: [[String: Data]] = []
        for jobs in ["1", "2"] {
            let out = dir.appendingPathComponent("clean-\(jobs)")
            let result = try CLI.run(["clean", input.path, "-o", out.path, "-j", jobs, "-q"])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try CLI.files(in: out))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].count == 13)
    }

    @Test func aProfileBuiltInShardsAndMergedCleansLikeTheBatch() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("raw")
        _ = try Self.writeSixPages(into: input)
        var parts: [String] = []
        for shard in 0..<3 {
            let part = dir.appendingPathComponent("part\(shard).profile").path
            let result = try CLI.run(["profile", input.path, "--shard", "\(shard)/3", "-o", part])
            #expect(result.status == 0, "\(result.stderr)")
            parts.append(part)
        }
        let merged = dir.appendingPathComponent("site.profile").path
        #expect(try CLI.run(["profile", "merge"] + parts.reversed() + ["-o", merged]).status == 0)
        let whole = try CLI.run(["profile", input.path, "-o", "-"])
        #expect(whole.stdout == (try Data(contentsOf: URL(fileURLWithPath: merged))), "merged parts = the whole")
        #expect(whole.text.hasPrefix("winnow-site-profile\t1\t"))
        #expect(whole.text.contains("courier\t*\t6\n"))

        let learned = dir.appendingPathComponent("learned")
        let applied = dir.appendingPathComponent("applied")
        #expect(try CLI.run(["clean", input.path, "-o", learned.path, "-q"]).status == 0)
        let result = try CLI.run(["clean", input.path, "-o", applied.path, "--profile", merged, "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLI.files(in: learned) == CLI.files(in: applied))

        // A new page of the site, cleaned alone with the profile, loses the site's lines too.
        let page = "\(Self.masthead)\n\nA new story about the mill\n\nThe mill reopened on Monday after a year of repairs to its wheel.\n\n"
            + Self.footer.joined(separator: "\n") + "\n"
        let alone = try CLI.run(["clean", "-", "--profile", merged, "--site", "courier"], stdin: Data(page.utf8))
        #expect(alone.text == "A new story about the mill\n\nThe mill reopened on Monday after a year of repairs to its wheel.\n")
    }

    @Test func jsonlReportsMalformedLinesByNumberAndExitsOne() throws {
        let input = "{\"id\":1,\"text\":\"Fine line of the article.\",\"k\":[1]}\n{oops}\n"
        let result = try CLI.run(["clean", "--jsonl", "-"], stdin: Data(input.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("stdin:2: expected a member name in double quotes (column 2)"))
        #expect(result.text == input)
        let dropped = try CLI.run(["clean", "--jsonl", "-", "--malformed", "drop", "-q"], stdin: Data(input.utf8))
        #expect(dropped.text == "{\"id\":1,\"text\":\"Fine line of the article.\",\"k\":[1]}\n")
        #expect(try CLI.run(["clean", "--jsonl", "-", "-o", "x"]).status == 64)
    }

    @Test func helpTeachesProfilesJSONLAndShards() throws {
        let clean = try CLI.run(["clean", "--help"]).text
        for needle in ["--profile", "--no-learn", "--jsonl", "--shard", "--site-key", "winnow profile"] {
            #expect(clean.contains(needle), "clean --help lacks \(needle)")
        }
        let profile = try CLI.run(["profile", "--help"]).text
        for needle in ["winnow profile merge", "--profile site.profile"] {
            #expect(profile.contains(needle), "profile --help lacks \(needle)")
        }
    }
}
