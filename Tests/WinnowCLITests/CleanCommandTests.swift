import Foundation
import Testing

/// `winnow clean` as a user runs it: the built binary, its files, output and exit status.
@Suite(.serialized)
struct CleanCommandTests {
    @Test func seedsComeOutByteIdentical() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("clean")
        let result = try CLI.run(["clean", CLI.shared.appendingPathComponent("seeds/input").path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try CLI.files(in: CLI.shared.appendingPathComponent("seeds/expected"))
        #expect(!expected.isEmpty)
        #expect(try CLI.files(in: out) == expected)
    }

    @Test func samplesMatchTheirExpectedOutput() throws {
        let out = try CLI.temporaryDirectory().appendingPathComponent("clean")
        let result = try CLI.run(["clean", CLI.repositoryRoot.appendingPathComponent("Samples/input").path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLI.files(in: out) == CLI.files(in: CLI.repositoryRoot.appendingPathComponent("Samples/expected")))
    }

    @Test(arguments: ["seeds", "Samples"])
    func dryRunDiffAppliedWithPatchReproducesTheOutput(_ corpus: String) throws {
        let dir = try CLI.temporaryDirectory()
        let source = corpus == "seeds" ? CLI.shared.appendingPathComponent("seeds/input")
            : CLI.repositoryRoot.appendingPathComponent("Samples/input")
        let copy = dir.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: source, to: copy)
        let before = try CLI.files(in: copy)
        let diff = try CLI.run(["clean", copy.path, "--dry-run"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.text.contains("winnow: "), "the diff names filters and rules")
        #expect(try CLI.files(in: copy) == before, "a dry run writes nothing")
        let out = dir.appendingPathComponent("clean")
        try CLI.run(["clean", copy.path, "-o", out.path, "-q"])
        let patch = try CLI.run(URL(fileURLWithPath: "/usr/bin/patch"), ["-p1", "--quiet"], stdin: diff.stdout, in: copy)
        #expect(patch.status == 0, "\(patch.stderr)")
        let patched = try CLI.files(in: copy)
        let clean = try CLI.files(in: out)
        #expect(patched == clean)
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLI.run(["clean", "somewhere"]).status == 64, "no -o")
        #expect(try CLI.run(["clean"]).status == 64, "no input")
        #expect(try CLI.run(["clean", "x", "-o", "y", "--filters", "nope"]).status == 64, "unknown filter")
        #expect(try CLI.run(["clean", "x", "-o", "y", "--bogus"]).status == 64, "unknown option")
        let message = try CLI.run(["clean", "x", "-o", "y", "--disable", "nope"]).stderr
        #expect(message.contains("unknown filter 'nope'"))
    }

    @Test func helpTeachesWithExamples() throws {
        let help = try CLI.run(["clean", "--help"])
        #expect(help.status == 0)
        for needle in ["--dry-run", "--explain", "--removed", "--check", "winnow clean raw/ -o clean/", "patch -p1"] {
            #expect(help.text.contains(needle), "help lacks \(needle)")
        }
        let root = try CLI.run(["--help"])
        #expect(root.text.contains("Exit status"))
    }

    @Test func aBadFileFailsAloneAndTheBatchGoesOn() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.copySeeds(into: dir)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        try Data(png).write(to: input.appendingPathComponent("image.txt"))
        let before = try CLI.files(in: input)
        let out = dir.appendingPathComponent("clean")
        let result = try CLI.run(["clean", input.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("image.txt"))
        #expect(result.stderr.contains("binary"))
        #expect(try CLI.files(in: out).count == 3, "the other files were cleaned")
        #expect(try CLI.files(in: input) == before, "inputs untouched")
    }

    @Test func rerunIsIncrementalAndCheckSeesStaleness() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.copySeeds(into: dir)
        let out = dir.appendingPathComponent("clean")
        #expect(try CLI.run(["clean", input.path, "-o", out.path]).status == 0)
        let target = out.appendingPathComponent("000_09708d6d4e091b97.txt")
        let firstWrite = try FileManager.default.attributesOfItem(atPath: target.path)[.modificationDate] as? Date
        let rerun = try CLI.run(["clean", input.path, "-o", out.path])
        #expect(rerun.stderr.contains("3 up to date"), "\(rerun.stderr)")
        let secondWrite = try FileManager.default.attributesOfItem(atPath: target.path)[.modificationDate] as? Date
        #expect(firstWrite == secondWrite, "an unchanged rerun rewrites nothing")
        #expect(try CLI.run(["clean", input.path, "-o", out.path, "--check"]).status == 0)

        let source = input.appendingPathComponent("000_09708d6d4e091b97.txt")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: source.path)
        let check = try CLI.run(["clean", input.path, "-o", out.path, "--check"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("000_09708d6d4e091b97.txt"))
        let forced = try CLI.run(["clean", input.path, "-o", out.path, "--force"])
        #expect(forced.stderr.contains("3 files cleaned"), "\(forced.stderr)")
    }

    @Test func standardInputToStandardOutput() throws {
        let seed = try Data(contentsOf: CLI.shared.appendingPathComponent("seeds/input/003_e57a9507f7895c2f.txt"))
        let expected = try Data(contentsOf: CLI.shared.appendingPathComponent("seeds/expected/003_e57a9507f7895c2f.txt"))
        let result = try CLI.run(["clean", "-"], stdin: seed)
        #expect(result.status == 0)
        #expect(result.stdout == expected)
    }

    @Test func explainShowsEachLineWithFilterAndRule() throws {
        let path = CLI.shared.appendingPathComponent("seeds/input/003_e57a9507f7895c2f.txt").path
        let result = try CLI.run(["clean", path, "--explain"])
        #expect(result.status == 0)
        #expect(result.text.contains("ellipsis_fragment/only_ellipsis"))
        #expect(result.text.contains("navigation/dateline_metadata"))
        #expect(result.text.contains("repeated_headline/near_repeat"))
        #expect(result.text.contains("keep"))
    }

    @Test func reportAndRemovedFolderRecordEveryDecision() throws {
        let dir = try CLI.temporaryDirectory()
        let report = dir.appendingPathComponent("report.json")
        let removed = dir.appendingPathComponent("removed")
        let result = try CLI.run(["clean", CLI.shared.appendingPathComponent("seeds/input").path, "-o",
                                  dir.appendingPathComponent("clean").path, "--report", report.path, "--removed", removed.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]] ?? []
        #expect(files.count == 3)
        let decisions = files.flatMap { $0["decisions"] as? [[String: Any]] ?? [] }
        let counters = json?["counters"] as? [String: Any]
        #expect(decisions.count == counters?["units_removed"] as? Int)
        #expect(decisions.contains { $0["filter"] as? String == "donation_appeal" && $0["rule"] as? String == "appeal_block" })
        let appeal = try String(contentsOf: removed.appendingPathComponent("donation_appeal/004_ada5a00ba1222269.txt"), encoding: .utf8)
        #expect(appeal.contains("Remind me later."))
        #expect(FileManager.default.fileExists(atPath: removed.appendingPathComponent("stats.json").path))
    }

    @Test func legacyEncodingIsDecodedAndSaidSo() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // "Café au lait coûte 3 €" in windows-1252.
        var bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait co".utf8) + [0xFB] + Array("te 3 ".utf8) + [0x80]
        bytes += Array("\n\nLe prix du caf".utf8) + [0xE9] + Array(" a augment\u{E9} ce mois-ci, selon les commer".utf8)
        try Data(bytes).write(to: input.appendingPathComponent("cafe.txt"))
        let out = dir.appendingPathComponent("clean")
        let result = try CLI.run(["clean", input.path, "-o", out.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("cafe.txt"))
        let text = try String(contentsOf: out.appendingPathComponent("cafe.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Café au lait coûte 3 €\n"))
    }

    @Test func filtersCommandListsAndExplains() throws {
        let list = try CLI.run(["filters"])
        for id in ["donation_appeal", "repeated_headline", "navigation", "ellipsis_fragment", "caption_byline"] {
            #expect(list.text.contains(id))
        }
        let one = try CLI.run(["filters", "navigation"])
        #expect(one.text.contains("breadcrumb"))
        #expect(one.text.contains("\u{2193}Latest"))
        #expect(try CLI.run(["filters", "nope"]).status == 64)
    }

    @Test func filterSelectionChangesWhatIsRemoved() throws {
        let path = CLI.shared.appendingPathComponent("seeds/input/003_e57a9507f7895c2f.txt").path
        let onlyEllipsis = try CLI.run(["clean", path, "--explain", "--filters", "ellipsis_fragment"])
        #expect(!onlyEllipsis.text.contains("navigation/"))
        #expect(onlyEllipsis.text.contains("ellipsis_fragment/"))
        let withoutNavigation = try CLI.run(["clean", "-", "--disable", "navigation"],
                                            stdin: Data("Headline here\n\nA body line that says a thing.\n\nLatest\n".utf8))
        #expect(withoutNavigation.text.hasSuffix("Latest\n"))
    }
}

/// `--config`: extra phrases per language and parameter values, checked strictly.
@Suite(.serialized)
struct ConfigFileTests {
    let article = "Gemeente stemt over nieuwe tramlijn\n\nDe gemeenteraad stemt dinsdag over de nieuwe tramlijn naar het station, meldt de wethouder.\n\nLees meer\n"

    func config(_ json: String) throws -> String {
        let file = try CLI.temporaryDirectory().appendingPathComponent("winnow.json")
        try Data(json.utf8).write(to: file)
        return file.path
    }

    @Test func extraPhrasesOfANewLanguageAreUsed() throws {
        let without = try CLI.run(["clean", "-"], stdin: Data(article.utf8))
        #expect(without.text.contains("Lees meer"))
        let path = try config(#"{"phrases": {"nl": {"chrome_line": ["Lees meer"]}}}"#)
        let with = try CLI.run(["clean", "-", "--config", path], stdin: Data(article.utf8))
        #expect(with.status == 0, "\(with.stderr)")
        #expect(!with.text.contains("Lees meer"))
        #expect(with.text.contains("De gemeenteraad stemt dinsdag"))
    }

    @Test func parametersChangeWhatARuleTakes() throws {
        let text = "Storm hits coast\n\nThe storm reached the coast on Monday night and cut power to thousands of homes.\n\nOfficials say damage to the harbour could take months to repair and cost more than…\n"
        let path = try config(#"{"parameters": {"ellipsis_fragment.teaser_max_words": 5}}"#)
        let strict = try CLI.run(["clean", "-", "--config", path], stdin: Data(text.utf8))
        #expect(strict.text.contains("cost more than…"))
        let standard = try CLI.run(["clean", "-"], stdin: Data(text.utf8))
        #expect(!standard.text.contains("cost more than…"))
    }

    @Test(arguments: [
        #"{"parameters": {"navigation.no_such": 3}}"#,
        #"{"phrases": {"en": {"no_such_category": ["x"]}}}"#,
        #"{"thresholds": {}}"#,
        "not json",
    ])
    func badConfigIsAUsageError(_ json: String) throws {
        let result = try CLI.run(["clean", "-", "--config", config(json)], stdin: Data(article.utf8))
        #expect(result.status == 64)
        #expect(result.stderr.contains("config file"))
    }
}
