import Foundation
import Synchronization
import WinnowCore

/// Runs `winnow clean` over a batch: walks the inputs, cleans each file on a worker thread,
/// writes outputs atomically (or diffs, or checks freshness), and gathers outcomes in input order.
public struct BatchCleaner: Sendable {
    public let options: CleanOptions
    public let cleaner: FileCleaner
    /// Documents the learning pass kept, by batch index.
    private var prepared: PreparedCache?
    /// The run's read-ahead, shared by its passes and workers.
    private(set) var readAhead = ReadAhead()

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

    /// Cleans everything; `progress` is called after each file with (done, found so far, bytes
    /// read). Files are walked and cleaned a chunk at a time, so memory does not grow with the
    /// number of files.
    public func run(
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Int, Int, Int) -> Void = { _, _, _ in }
    ) -> Summary {
        if !options.dryRun && !options.check {
            for root in [options.outputRoot, options.removedRoot].compactMap({ $0 }) {
                StaleTemporaryFiles.sweep(root.path)
            }
        }
        guard options.learnSites && !options.check else { return clean(shouldStop: shouldStop, progress: progress) }
        return LearningRun(batch: self, shouldStop: shouldStop, progress: progress).run()
    }

    /// Line counts the learning pass holds before it forgets lines seen on one page only: 3 to
    /// 4.5 MB (`LineCounts`), and up to a chunk's new lines more before the check. Batches under
    /// it (about 12,000 pages of news text) are counted exactly.
    static let profileLineCap = 250_000

    /// Documents the learning pass may keep for cleaning (see `PreparedCache`).
    static let preparedBudget = 64_000_000

    /// The same batch cleaning with `cleaner`, taking documents from `prepared` where it holds them.
    func with(_ cleaner: FileCleaner, prepared: PreparedCache?) -> BatchCleaner {
        var copy = BatchCleaner(options: options, cleaner: cleaner)
        copy.prepared = prepared
        copy.readAhead = readAhead
        return copy
    }

    private func clean(
        shouldStop: @escaping @Sendable () -> Bool, progress: @escaping @Sendable (Int, Int, Int) -> Void
    ) -> Summary {
        let walk = WalkAhead(chunks())
        var names = OutputNames()
        let tally = BatchTally()
        let outputs = Outputs(root: options.outputRoot)
        var found = 0
        var interrupted = false
        while !interrupted, let files = walk.next() {
            let taken = options.outputRoot == nil ? [] : files.map { !names.claim(OutputPath.relative($0.relativePath)) }
            found += files.count
            let indices = Array((found - files.count)..<found)
            interrupted = !clean(files, at: indices, nameTaken: taken, outputs: outputs, tally: tally, found: found,
                                 shouldStop: shouldStop, progress: progress)
        }
        return tally.summary(issues: walk.issues, interrupted: interrupted)
    }

    /// Cleans `files` (at batch indices `indices`) on the workers, one folder after another in
    /// turn; false when stopped before the end. `nameTaken` is empty or one flag a file.
    func clean(
        _ files: [InputFile], at indices: [Int], nameTaken: [Bool], outputs: Outputs, tally: BatchTally, found: Int,
        shouldStop: @escaping @Sendable () -> Bool, progress: @escaping @Sendable (Int, Int, Int) -> Void
    ) -> Bool {
        let order = FolderInterleave.order(of: files.map(\.relativePath))
        let taken = ParallelMap.forEach(count: files.count, jobs: options.jobs, shouldStop: shouldStop) { position in
            // A held document's file is not read again: no hint for it.
            if position + ReadAhead.distance < files.count && readAhead.isHinting {
                let ahead = order[position + ReadAhead.distance]
                if prepared?.holds(indices[ahead]) != true { readAhead.hint(files[ahead].path) }
            }
            let index = order[position]
            let outcome = process(files[index], at: indices[index], nameTaken: !nameTaken.isEmpty && nameTaken[index],
                                  outputs: outputs)
            let (done, bytes) = tally.record(outcome, at: indices[index])
            progress(done, found, bytes)
        }
        return taken == files.count
    }

    /// The inputs (this shard's only), walked afresh, a chunk of files at a time.
    struct Chunks {
        var stream: InputWalker.Stream
        let shard: Shard?
        let size: Int

        /// Problems the walk met so far.
        var issues: [WalkIssue] { stream.issues }

        /// The next chunk; nil when the walk is over.
        mutating func next() -> [InputFile]? {
            while true {
                let files = stream.next(upTo: size)
                if files.isEmpty { return nil }
                guard let shard else { return files }
                let mine = files.filter { shard.contains($0.relativePath) }
                if !mine.isEmpty { return mine }
            }
        }
    }

    func chunks(of size: Int = BatchCleaner.chunkSize) -> Chunks {
        let excluded = [options.outputRoot, options.removedRoot].compactMap { $0 }
        return Chunks(stream: InputWalker.Stream(options.inputs, excluding: excluded), shard: options.shard, size: size)
    }

    /// Files walked and then cleaned together: large enough that the pause at the end of each
    /// chunk (one file's time) is lost in the noise, small enough to hold no real memory.
    static let chunkSize = 4096

    /// The output names claimed so far, as 64-bit hashes (16 bytes a file, not the names):
    /// "a.html" and "a.txt" in one folder both want "a.txt", and the later one must not
    /// overwrite the earlier one's output.
    struct OutputNames {
        private var claimed = Set<UInt64>()

        /// False when the name was already claimed.
        mutating func claim(_ name: String) -> Bool {
            claim(hash: Self.hash(name))
        }

        /// `claim` by the name's `hash`, which workers can take in parallel.
        mutating func claim(hash: UInt64) -> Bool {
            claimed.insert(hash).inserted
        }

        static func hash(_ name: String) -> UInt64 {
            ByteHash.of(name)
        }
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

    func process(_ file: InputFile, at index: Int, nameTaken: Bool, outputs: Outputs) -> FileOutcome {
        let held = self.prepared?.take(index)
        if nameTaken {
            return failure(file, "its output \(OutputPath.relative(file.relativePath)) is already written by an "
                + "earlier input of the same name (another extension); rename one of them")
        }
        let output = outputs.path(for: file)
        if let output, !options.dryRun, options.check || !options.force {
            // In a folder this batch created, the output is not there yet: no stat to ask.
            let fresh = !outputs.folders.isCreated(folderOf: output)
                && Freshness.isUpToDate(outputPath: output, newerThan: [file.path] + options.dependencies.map(\.path))
            if options.check { return FileOutcome(path: file.relativePath, status: fresh ? .upToDate : .stale) }
            if fresh && !options.force { return FileOutcome(path: file.relativePath, status: .upToDate) }
        }
        let deadline = Deadline(seconds: options.timeLimit ?? 0)
        // A held document needs its file again only for a diff.
        if let held, !options.dryRun {
            return clean(file, bytes: [], inputBytes: held.inputBytes, output: output, folders: outputs.folders,
                         deadline: deadline, prepared: held.prepared)
        }
        switch readAhead.read(file.path, limit: options.maxFileSize) {
        case .success(let bytes):
            return clean(file, bytes: bytes, output: output, folders: outputs.folders, deadline: deadline,
                         prepared: held?.prepared)
        case .failure(let error):
            return failure(file, error.message)
        }
    }

    /// `inputBytes` is the file's size when `bytes` were not read again (a held document).
    func clean(_ file: InputFile, bytes: [UInt8], inputBytes: Int? = nil, output: String?, folders: FolderCache,
               deadline: Deadline = .never, prepared: PreparedCache.Prepared? = nil) -> FileOutcome {
        let inputBytes = inputBytes ?? bytes.count
        let cleaned: FileCleaner.Cleaned
        do {
            cleaned = try cleaner.clean(bytes, path: file.relativePath, deadline: deadline, prepared: prepared)
        } catch {
            var counters = Counters()
            counters.failed = 1
            counters.inputBytes = inputBytes
            return FileOutcome(path: file.relativePath, status: .failed(error.description), counters: counters)
        }
        var counters = Counters()
        counters.add(cleaned.result, inputBytes: inputBytes, outputBytes: cleaned.output.count)
        let report = options.keepReports
            ? FileReport(path: file.relativePath, inputBytes: inputBytes, outputBytes: cleaned.output.count, result: cleaned.result)
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
