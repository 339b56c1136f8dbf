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
        public var outcomes: [FileOutcome]
        public var issues: [WalkIssue]
        public var counters: Counters
        public var interrupted: Bool

        /// Some file failed, could not be walked, or (with `--check`) is stale.
        public var hasFailures: Bool {
            !issues.isEmpty || outcomes.contains { $0.status != .cleaned && $0.status != .upToDate }
        }
    }

    /// Cleans everything; `progress` is called after each file with (done, total, bytes read).
    public func run(
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Int, Int, Int) -> Void = { _, _, _ in }
    ) -> Summary {
        let excluded = [options.outputRoot, options.removedRoot].compactMap { $0 }
        let walk = InputWalker.walk(options.inputs, excluding: excluded)
        let targets = outputTargets(for: walk.files)
        let done = Mutex((files: 0, bytes: 0))
        let outcomes = ParallelMap.run(count: walk.files.count, jobs: options.jobs, shouldStop: shouldStop) { index in
            let outcome = process(walk.files[index], target: targets[index])
            let (files, bytes) = done.withLock { state in
                state.files += 1
                state.bytes += outcome.counters.inputBytes
                return (state.files, state.bytes)
            }
            progress(files, walk.files.count, bytes)
            return outcome
        }
        var counters = Counters()
        for outcome in outcomes { counters.merge(outcome.counters) }
        counters.failed += walk.issues.count
        return Summary(outcomes: outcomes, issues: walk.issues, counters: counters,
                       interrupted: outcomes.count < walk.files.count)
    }

    /// Each input's output file; a second input mapping to a taken output gets an error instead.
    func outputTargets(for files: [InputFile]) -> [Result<URL, OutputClash>?] {
        guard let root = options.outputRoot else { return files.map { _ in nil } }
        var owners: [String: String] = [:]
        return files.map { file in
            let url = OutputPath.map(file.relativePath, into: root)
            if let owner = owners[url.path] { return .failure(OutputClash(owner: owner)) }
            owners[url.path] = file.relativePath
            return .success(url)
        }
    }

    struct OutputClash: Error { let owner: String }

    func process(_ file: InputFile, target: Result<URL, OutputClash>?) -> FileOutcome {
        let output: URL?
        switch target {
        case .failure(let clash):
            return failure(file, "its output name is already taken by \(clash.owner); rename one of them")
        case .success(let url): output = url
        case nil: output = nil
        }
        if let output, !options.dryRun {
            let fresh = Freshness.isUpToDate(output: output, newerThan: [file.url] + options.dependencies)
            if options.check { return FileOutcome(path: file.relativePath, status: fresh ? .upToDate : .stale) }
            if fresh && !options.force { return FileOutcome(path: file.relativePath, status: .upToDate) }
        }
        let bytes: [UInt8]
        do {
            bytes = try Array(Data(contentsOf: file.url))
        } catch {
            return failure(file, "cannot read: \(Self.reason(error))")
        }
        return clean(file, bytes: bytes, output: output)
    }

    func clean(_ file: InputFile, bytes: [UInt8], output: URL?) -> FileOutcome {
        let cleaned: FileCleaner.Cleaned
        do {
            cleaned = try cleaner.clean(bytes, path: file.relativePath)
        } catch {
            var counters = Counters()
            counters.failed = 1
            counters.inputBytes = bytes.count
            return FileOutcome(path: file.relativePath, status: .failed(error.description), counters: counters)
        }
        var counters = Counters()
        counters.add(cleaned.result, inputBytes: bytes.count, outputBytes: cleaned.output.count)
        let report = options.keepReports
            ? FileReport(path: file.relativePath, inputBytes: bytes.count, outputBytes: cleaned.output.count, result: cleaned.result)
            : nil
        var diff: [UInt8]?
        do {
            if options.dryRun {
                diff = UnifiedDiff.render(path: file.relativePath, old: bytes, new: cleaned.output,
                                          preamble: DiffPreamble.lines(for: cleaned.result, path: file.relativePath))
            } else if let output {
                try AtomicFile.write(cleaned.output, to: output)
            }
            if let removedRoot = options.removedRoot, !options.dryRun {
                try RemovedWriter.write(cleaned.result, relativePath: file.relativePath, into: removedRoot)
            }
        } catch {
            counters.failed = 1
            return FileOutcome(path: file.relativePath, status: .failed(Self.reason(error)), counters: counters)
        }
        return FileOutcome(path: file.relativePath, status: .cleaned, counters: counters, note: cleaned.note,
                           report: report, diff: diff)
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
