import Foundation
import Synchronization
import WinnowCore

/// Runs `winnow clean` over a batch: walks the inputs, cleans each file on a worker thread,
/// writes outputs atomically (or diffs, or checks freshness), and gathers outcomes in input order.
public struct BatchCleaner: Sendable {
    public let options: CleanOptions
    public let cleaner: FileCleaner

    public init(options: CleanOptions, cleaner: FileCleaner) {
        self.options = options
        self.cleaner = cleaner
    }

    public struct Summary: Sendable {
        /// Outcomes worth reporting (failures, stale outputs, notes, reports, diffs), in input
        /// order; plain successes are only counted, so memory stays flat on huge batches.
        public var outcomes: [FileOutcome]
        public var issues: [WalkIssue]
        public var counters: Counters
        public var upToDate: Int
        public var stale: Int
        public var interrupted: Bool

        /// Some file failed, could not be walked, or (with `--check`) is stale.
        public var hasFailures: Bool { counters.failed > 0 || stale > 0 }
    }

    private struct Progress {
        var counters = Counters()
        var kept: [(index: Int, outcome: FileOutcome)] = []
        var upToDate = 0
        var stale = 0
        var done = 0
    }

    /// Cleans everything; `progress` is called after each file with (done, total, bytes read).
    public func run(
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Int, Int, Int) -> Void = { _, _, _ in }
    ) -> Summary {
        let excluded = [options.outputRoot, options.removedRoot].compactMap { $0 }
        if !options.dryRun && !options.check {
            for root in excluded { StaleTemporaryFiles.sweep(root.path) }
        }
        let walk = InputWalker.walk(options.inputs, excluding: excluded)
        let clashes = outputClashes(for: walk.files)
        let state = Mutex(Progress())
        let outputs = Outputs(root: options.outputRoot)
        let taken = ParallelMap.forEach(count: walk.files.count, jobs: options.jobs, shouldStop: shouldStop) { index in
            let outcome = process(walk.files[index], clashingWith: clashes[index].map { walk.files[$0] }, outputs: outputs)
            let (done, bytes) = state.withLock { state in
                state.counters.merge(outcome.counters)
                state.done += 1
                switch outcome.status {
                case .upToDate: state.upToDate += 1
                case .stale: state.stale += 1
                case .cleaned, .failed: break
                }
                if outcome.isWorthKeeping { state.kept.append((index, outcome)) }
                return (state.done, state.counters.inputBytes)
            }
            progress(done, walk.files.count, bytes)
        }
        return state.withLock { state in
            var counters = state.counters
            counters.failed += walk.issues.count
            return Summary(outcomes: state.kept.sorted { $0.index < $1.index }.map(\.outcome), issues: walk.issues,
                           counters: counters, upToDate: state.upToDate, stale: state.stale,
                           interrupted: taken < walk.files.count)
        }
    }

    /// Inputs whose output name an earlier input already takes ("a.html" and "a.txt"), with
    /// that earlier input; only names are kept, so memory stays small on huge batches.
    func outputClashes(for files: [InputFile]) -> [Int: Int] {
        guard options.outputRoot != nil else { return [:] }
        var owners: [String: Int] = [:]
        var clashes: [Int: Int] = [:]
        for (index, file) in files.enumerated() {
            let name = OutputPath.relative(file.relativePath)
            if let owner = owners[name] { clashes[index] = owner } else { owners[name] = index }
        }
        return clashes
    }

    /// Where outputs go, as a plain path, and the folders written so far.
    struct Outputs: Sendable {
        let root: String?
        let folders = FolderCache()

        init(root: URL?) {
            self.root = root?.path
        }

        func path(for file: InputFile) -> String? {
            root.map { OutputPath.path(for: file.relativePath, under: $0) }
        }
    }

    func process(_ file: InputFile, clashingWith owner: InputFile?, outputs: Outputs) -> FileOutcome {
        if let owner {
            return failure(file, "its output name is already taken by \(owner.relativePath); rename one of them")
        }
        let output = outputs.path(for: file)
        if let output, !options.dryRun, options.check || !options.force {
            let fresh = Freshness.isUpToDate(outputPath: output, newerThan: [file.path] + options.dependencies.map(\.path))
            if options.check { return FileOutcome(path: file.relativePath, status: fresh ? .upToDate : .stale) }
            if fresh && !options.force { return FileOutcome(path: file.relativePath, status: .upToDate) }
        }
        let deadline = Deadline(seconds: options.timeLimit ?? 0)
        switch FileBytes.read(file.path, limit: options.maxFileSize) {
        case .success(let bytes):
            return clean(file, bytes: bytes, output: output, folders: outputs.folders, deadline: deadline)
        case .failure(let error):
            return failure(file, error.message)
        }
    }

    func clean(_ file: InputFile, bytes: [UInt8], output: String?, folders: FolderCache,
               deadline: Deadline = .never) -> FileOutcome {
        let cleaned: FileCleaner.Cleaned
        do {
            cleaned = try cleaner.clean(bytes, path: file.relativePath, deadline: deadline)
        } catch {
            var counters = Counters()
            counters.failed = 1
            counters.inputBytes = bytes.count
            return FileOutcome(path: file.relativePath, status: .failed(error.description), counters: counters)
        }
        var counters = Self.counters(of: cleaned.result, inputBytes: bytes.count, outputBytes: cleaned.output.count)
        let report = options.keepReports
            ? FileReport(path: file.relativePath, inputBytes: bytes.count, outputBytes: cleaned.output.count, result: cleaned.result)
            : nil
        var diff: [UInt8]?
        do {
            if options.dryRun {
                diff = UnifiedDiff.render(path: file.relativePath, old: bytes, new: cleaned.output,
                                          preamble: DiffPreamble.lines(for: cleaned.result, path: file.relativePath))
            } else if let output {
                try AtomicFile.write(cleaned.output, toPath: output, folders: folders)
            }
            if let removedRoot = options.removedRoot, !options.dryRun {
                try RemovedWriter.write(cleaned.result, relativePath: file.relativePath, into: removedRoot)
            }
        } catch {
            // Not written means not cleaned, whatever the pipeline made of it.
            counters.failed = 1
            counters.files = 0
            counters.outputBytes = 0
            return FileOutcome(path: file.relativePath, status: .failed(Self.reason(error)), counters: counters)
        }
        return FileOutcome(path: file.relativePath, status: .cleaned, counters: counters, note: cleaned.note,
                           report: report, diff: diff)
    }

    /// `Counters().add(result, ...)`, with the tallies assigned instead of merged into empty
    /// dictionaries (which grow them key by key).
    static func counters(of result: CleanResult, inputBytes: Int, outputBytes: Int) -> Counters {
        var counters = Counters()
        counters.files = 1
        counters.inputBytes = inputBytes
        counters.outputBytes = outputBytes
        counters.unitsKept = result.kept.count
        counters.unitsRemoved = result.decisions.count
        counters.removedPerFilter = result.removedPerFilter
        counters.removedPerRule = result.removedPerRule
        return counters
    }

    func failure(_ file: InputFile, _ reason: String) -> FileOutcome {
        var counters = Counters()
        counters.failed = 1
        return FileOutcome(path: file.relativePath, status: .failed(reason), counters: counters)
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        return String(describing: error)
    }
}

extension CocoaError {
    var underlying: (any Error)? { userInfo[NSUnderlyingErrorKey] as? any Error }
}
