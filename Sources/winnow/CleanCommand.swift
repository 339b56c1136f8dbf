import ArgumentParser
import Foundation
import WinnowBatch
import WinnowCore

/// `winnow clean`: the main job. Only wiring: options in, a batch run, reports out.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean scraped articles: a mirrored tree of .txt files, a dry-run diff, or an explanation.",
        discussion: """
        Examples:
          Clean a folder (recursive, mirrored tree, files in parallel):
            winnow clean raw/ -o clean/
          See what would be removed and why; `patch -p1` inside raw/ applies it:
            winnow clean raw/ --dry-run > removed.diff
          Every line of one file with keep/drop, filter and rule:
            winnow clean article.txt --explain
          Standard input to standard output:
            winnow clean - < page.txt > clean.txt
          Exit 1 if any output is missing or stale (for Make and CI):
            winnow clean raw/ -o clean/ --check
          Clean new pages with what a site profile learned (see `winnow profile`):
            winnow clean new/ -o clean/ --profile site.profile
          JSON Lines in, the same records with the clean text in place out:
            winnow clean --jsonl pages.jsonl > clean.jsonl
          One of four machines (a Slurm array or Kubernetes indexed job):
            winnow clean raw/ -o clean/ --shard $SLURM_ARRAY_TASK_ID/4

        In a folder, Winnow first learns which lines each site repeats (its masthead, footer, \
        tip line) and removes them too (filter site_profile); a site is a page's URL host, else \
        its first folder under the input, else the whole batch. --no-learn turns this off.

        Reruns are incremental: an output newer than its input (and the config file) is not \
        rewritten unless --force is given. Outputs are written atomically; inputs are never modified.
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to clean (folders recursively); - reads stdin.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Folder for the clean .txt files, mirroring the input tree.", valueName: "dir"))
    var output: String?

    @Option(name: [.short, .customLong("jobs")], help: "Files cleaned in parallel; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Write nothing; print a unified diff of what would change, with the filter and rule of each removal.")
    var dryRun = false

    @Flag(help: "Print every line of one file with keep/drop, filter and rule, instead of cleaning.")
    var explain = false

    @Option(help: ArgumentHelp("Write every decision and the counters to this JSON file.", valueName: "file.json"))
    var report: String?

    @Option(help: ArgumentHelp(
        "Also write what was removed, one folder per filter, with stats.json.", valueName: "dir"))
    var removed: String?

    @Flag(help: "Write the article body without its headline (what extraction benchmarks score).")
    var bodyOnly = false

    @Flag(help: "Rewrite outputs even when they are newer than their inputs.")
    var force = false

    @Flag(help: "Write nothing; exit 1 when any output is missing or older than its input or the config.")
    var check = false

    @Flag(name: .shortAndLong, help: "No progress and no summary on stderr.")
    var quiet = false

    @Option(help: ArgumentHelp(
        "Refuse files larger than this, unread (64M, 200MB, 2G; 0 = no limit).", valueName: "size"))
    var maxFileSize = "64M"

    @Option(help: ArgumentHelp(
        "Give up a file that takes longer than this to clean; the batch goes on (0 = no limit).", valueName: "seconds"))
    var timeout = CleanOptions.defaultTimeLimit

    @OptionGroup var pipelineOptions: PipelineOptions

    @OptionGroup(title: "Site profiles") var learning: SiteLearningOptions

    @OptionGroup(title: "Sites and shards") var naming: SiteNamingOptions

    @OptionGroup(title: "JSON Lines") var jsonlOptions: JSONLOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one input file or folder (or - for stdin)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if inputs.contains("-") && inputs.count > 1 { throw ValidationError("- (stdin) must be the only input") }
        let modes = [dryRun, explain, check].filter { $0 }.count
        guard modes <= 1 else { throw ValidationError("--dry-run, --explain and --check do not go together") }
        if explain && inputs.count != 1 { throw ValidationError("--explain takes exactly one input file") }
        if jsonlOptions.jsonl {
            guard output == nil, modes == 0 else {
                throw ValidationError("--jsonl writes records to stdout; it takes no -o, --dry-run, --explain or --check")
            }
        }
        let writesFiles = !dryRun && !explain && inputs != ["-"] && !jsonlOptions.jsonl
        if (writesFiles || check) && output == nil {
            throw ValidationError("give an output folder with -o DIR (or use --dry-run, --explain, or - for stdin)")
        }
        guard ByteSize.parse(maxFileSize) != nil else {
            throw ValidationError("--max-file-size '\(maxFileSize)' is not a size (examples: 64M, 200MB, 2G, 0)")
        }
        guard timeout >= 0 else { throw ValidationError("--timeout must be 0 (no limit) or more seconds") }
        if let output, inputs.contains(where: { $0 != "-" && Self.isSameFile($0, output) }) {
            throw ValidationError("the output folder '\(output)' is also an input; choose another -o")
        }
    }

    func run() throws {
        let (pipeline, settings) = try pipelineOptions.makePipeline(adding: learning.parameters)
        let cleaner = try learning.configure(naming.configure(
            FileCleaner(pipeline: pipeline, lexicon: settings.lexicon, bodyOnly: bodyOnly)))
        if jsonlOptions.jsonl { return try cleanJSONL(cleaner) }
        if inputs == ["-"] { return try cleanStandardInput(cleaner) }
        if explain { return try explainFile(inputs[0], cleaner: cleaner) }
        var options = CleanOptions(inputs: inputs, outputRoot: output.map { URL(fileURLWithPath: $0) }, jobs: jobs)
        options.dryRun = dryRun
        options.force = force
        options.check = check
        options.removedRoot = removed.map { URL(fileURLWithPath: $0) }
        options.dependencies = pipelineOptions.configURL.map { [$0] } ?? []
        options.dependencies += learning.profile.map { [URL(fileURLWithPath: $0)] } ?? []
        options.keepReports = report != nil
        options.learnSites = learning.learns
        options.shard = naming.parsedShard
        options.maxFileSize = ByteSize.parse(maxFileSize).flatMap { $0 > 0 ? $0 : nil }
        options.timeLimit = timeout > 0 ? timeout : nil
        Interrupt.install()
        let summary = BatchRun(options: options, cleaner: cleaner, quiet: quiet).run()
        try writeReports(summary, filters: pipeline.filterIDs)
        if summary.interrupted { throw ExitCode(130) }
        if summary.hasFailures { throw ExitCode.failure }
    }

    private func cleanJSONL(_ cleaner: FileCleaner) throws {
        var records = JSONLCleaner(cleaner: cleaner)
        records.annotate = jsonlOptions.annotate
        records.malformed = jsonlOptions.malformed
        records.jobs = jobs
        records.shard = naming.parsedShard
        let ok = JSONLRun(inputs: inputs, cleaner: records, learns: learning.learns, quiet: quiet).run()
        if !ok { throw ExitCode.failure }
    }

    private func cleanStandardInput(_ cleaner: FileCleaner) throws {
        let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        do {
            let cleaned = try cleaner.clean(bytes)
            if explain {
                Terminal.writeOut(ExplainReport.render(cleaned.result, name: "stdin"))
            } else if dryRun {
                Terminal.writeOut(UnifiedDiff.render(path: "stdin", old: bytes, new: cleaned.output) ?? [])
            } else {
                Terminal.writeOut(cleaned.output)
            }
        } catch {
            Terminal.error("stdin: \(error.description)")
            throw ExitCode.failure
        }
    }

    private func explainFile(_ path: String, cleaner: FileCleaner) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error("\(path): cannot read (missing, a folder, or not readable)")
            throw ExitCode.failure
        }
        do {
            let cleaned = try cleaner.clean(Array(data), path: path)
            if let note = cleaned.note { Terminal.error("\(path): \(note)") }
            Terminal.writeOut(ExplainReport.render(cleaned.result, name: path))
        } catch {
            Terminal.error("\(path): \(error.description)")
            throw ExitCode.failure
        }
    }

    private func writeReports(_ summary: BatchCleaner.Summary, filters: [String]) throws {
        if let removed {
            try RemovedWriter.writeStats(summary.counters, into: URL(fileURLWithPath: removed))
        }
        guard let report else { return }
        let failures = summary.issues.map { BatchReport.Failure(path: $0.path, reason: $0.reason) }
            + summary.outcomes.compactMap { outcome -> BatchReport.Failure? in
                if case .failed(let reason) = outcome.status { return .init(path: outcome.path, reason: reason) }
                return nil
            }
        let value = BatchReport(filters: filters, counters: summary.counters,
                                files: summary.outcomes.compactMap(\.report), failures: failures)
        try AtomicFile.write(JSONOutput.encode(value), to: URL(fileURLWithPath: report))
    }

    static func isSameFile(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath()
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath()
    }
}
