import ArgumentParser
import Foundation
import WinnowBatch
import WinnowCore

/// `winnow profile`: build a site profile from inputs, or merge profiles.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Learn which lines each site repeats (a site profile), or merge profiles.",
        discussion: """
        A profile counts, per site, in how many pages each line occurs (lines folded: case, \
        white space and punctuation; digits masked). `winnow clean --profile FILE` removes the \
        lines a site repeats on enough of its pages. Counts add up, so profiles built on parts \
        of a corpus (machines, Spark partitions, days) merge into the profile of the whole.

        Examples:
          Learn from a scrape once, clean new pages with it later:
            winnow profile raw/ -o site.profile
            winnow clean new/ -o clean/ --profile site.profile
          Map/reduce: a profile per shard, then one merged profile:
            winnow profile raw/ --shard 0/2 -o part0.profile
            winnow profile raw/ --shard 1/2 -o part1.profile
            winnow profile merge part0.profile part1.profile -o site.profile
          JSON Lines from stdin to a profile on stdout:
            winnow profile --jsonl - -o - < pages.jsonl > site.profile

        The file format is in the README ("Site profiles").
        """,
        subcommands: [ProfileBuildCommand.self, ProfileMergeCommand.self],
        defaultSubcommand: ProfileBuildCommand.self
    )
}

/// `winnow profile [build] INPUT... -o FILE`.
struct ProfileBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Count the lines each site repeats in the inputs (the default).")

    @Argument(help: ArgumentHelp("Files or folders (folders recursively); - reads stdin.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The profile file to write; - for stdout.", valueName: "file"))
    var output: String

    @Option(name: [.short, .customLong("jobs")], help: "Files read in parallel; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Inputs are JSON Lines with a text or html field (and optional url); see `winnow clean --jsonl`.")
    var jsonl = false

    @OptionGroup var naming: SiteNamingOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one input file or folder (or - for stdin)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if inputs.contains("-") && inputs.count > 1 { throw ValidationError("- (stdin) must be the only input") }
    }

    func run() throws {
        let cleaner = naming.configure(FileCleaner(pipeline: Pipeline(filters: []), lexicon: .builtIn))
        var profile = SiteProfile()
        if jsonl {
            var reader = JSONLCleaner(cleaner: cleaner)
            reader.jobs = jobs
            reader.shard = naming.parsedShard
            for input in inputs {
                let read = InputDescriptor.with(input) { descriptor throws(StreamError) in try reader.learn(descriptor, name: input, into: &profile) }
                if !read { throw ExitCode.failure }
            }
        } else if inputs == ["-"] {
            let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            if let learned = try? cleaner.learn(bytes) {
                profile.add(distinctFingerprints: learned.fingerprints, site: learned.site)
            }
        } else {
            var walk = InputWalker.walk(inputs, excluding: [])
            for issue in walk.issues { Terminal.error("\(issue.path): \(issue.reason)") }
            if let shard = naming.parsedShard { walk.files.removeAll { !shard.contains($0.relativePath) } }
            profile = ProfileLearner.learn(walk.files, cleaner: cleaner, jobs: jobs)
        }
        try ProfileOutput.write(profile, to: output)
    }
}

/// `winnow profile merge A B... -o C`.
struct ProfileMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Add profiles together (in any order and grouping: the result is the same).")

    @Argument(help: ArgumentHelp("Profile files to add together.", valueName: "profile"))
    var profiles: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The merged profile; - for stdout.", valueName: "file"))
    var output: String

    func validate() throws {
        guard !profiles.isEmpty else { throw ValidationError("give the profile files to merge") }
    }

    func run() throws {
        var merged = SiteProfile()
        for path in profiles { merged.merge(try SiteLearningOptions.load(path)) }
        try ProfileOutput.write(merged, to: output)
    }
}

/// Where a profile goes: stdout for "-", else a file written atomically.
enum ProfileOutput {
    static func write(_ profile: SiteProfile, to output: String) throws {
        let bytes = ProfileFile.encode(profile)
        if output == "-" { return Terminal.writeOut(bytes) }
        do {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error("\(output): cannot write: \(error)")
            throw ExitCode.failure
        }
    }
}
