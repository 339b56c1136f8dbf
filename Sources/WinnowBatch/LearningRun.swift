import Synchronization
import WinnowCore

/// A batch that learns its sites' repeated lines before cleaning them, reading each file once
/// where it can. The walk counts every file's lines into the profile; a site named after a
/// folder (`FolderSites`) is complete once the walk leaves its folder, and its files are
/// cleaned then, from the documents the count made (`PreparedCache`), with the site's final
/// counts. Whatever cannot finish that way (sites named by URL hosts or by the whole batch,
/// sites too large to wait, documents over the memory budget, files the count could not read)
/// is cleaned by a second walk at the end, with the whole profile. Either way a file is
/// cleaned with every count of its site, so the output is the same whatever the jobs or the
/// order files finish in.
struct LearningRun {
    let batch: BatchCleaner
    let shouldStop: @Sendable () -> Bool
    let progress: @Sendable (Int, Int, Int) -> Void

    /// Files counted between two looks at which sites are complete: small enough that a site
    /// is cleaned soon after its folder ends (what it holds meanwhile is memory).
    var chunkSize = 1024
    /// Bytes of documents held for cleaning (see `PreparedCache`).
    var budget = BatchCleaner.preparedBudget
    /// Files a site may have waiting before it is left to the end (see `WaitingSites`).
    var waitLimit = 50_000

    /// What the count finds of one file besides its lines. Worked out on the workers, so that
    /// the run's own thread, which files it in walk order while both workers wait, only files it.
    private struct Counted: Sendable {
        /// The file's site if it completes with its folder.
        var site: String?
        /// `OutputNames.hash` of its output name (nil without an output folder).
        let name: UInt64?
        /// `FileMarks.tag` of the file.
        let tag: UInt16
    }

    /// What the run carries from chunk to chunk.
    private struct State {
        var profile = SiteProfile()
        var marks = FileMarks()
        var waiting: WaitingSites
        var names = BatchCleaner.OutputNames()
        var found = 0
    }

    func run() -> BatchCleaner.Summary {
        let held = PreparedCache(budget: budget)
        let folderSites = FolderSites(inputs: batch.options.inputs, cleaner: batch.cleaner)
        let tally = BatchTally()
        let outputs = BatchCleaner.Outputs(root: batch.options.outputRoot)
        let walk = WalkAhead(batch.chunks(of: chunkSize))
        var state = State(waiting: WaitingSites(limit: waitLimit))
        var interrupted = false
        while !interrupted, !shouldStop(), let files = walk.next() {
            let base = state.found
            state.found += files.count
            let counted = count(files, firstIndex: base, into: &state.profile, held: held, folderSites: folderSites)
            guard counted.count == files.count else { interrupted = true; break }
            for entry in counted {
                let taken = entry.name.map { !state.names.claim(hash: $0) } ?? false
                state.marks.append(tag: entry.tag, nameTaken: taken)
            }
            state.waiting.add(files, sites: counted.map(\.site), firstIndex: base)
            // The walk may go on in the last file's folder; every other waiting site is complete.
            let open = SiteKey.firstFolder(files[files.count - 1].relativePath)
            for site in state.waiting.sites where site != open {
                interrupted = !finish(site, state: &state, held: held, outputs: outputs, tally: tally)
                if interrupted { break }
            }
            // Most lines of a big batch are on one page only: forgetting them keeps the profile
            // (and memory) bounded; what repeats on a real share of a site's pages stays.
            if state.profile.lineCount > BatchCleaner.profileLineCap { state.profile.forgetSingletons() }
        }
        interrupted = interrupted || shouldStop()
        for site in state.waiting.sites where !interrupted {
            interrupted = !finish(site, state: &state, held: held, outputs: outputs, tally: tally)
        }
        if !interrupted && state.marks.pending > 0 {
            interrupted = !cleanTheRest(state: &state, held: held, outputs: outputs, tally: tally)
        }
        return tally.summary(issues: walk.issues, interrupted: interrupted)
    }

    /// Counts `files` into `profile`, offering each document to `held`. Returns, per file, its
    /// site if that completes with its folder (nil for other sites and unreadable files), and
    /// what filing it needs; fewer entries than files when stopped.
    private func count(
        _ files: [InputFile], firstIndex: Int, into batchProfile: inout SiteProfile, held: PreparedCache,
        folderSites: FolderSites
    ) -> [Counted] {
        // The mutex must hold the only reference, or the first count would copy every table.
        let profile = Mutex(batchProfile)
        batchProfile = SiteProfile()
        let options = batch.options
        let cleaner = batch.cleaner
        let readAhead = batch.readAhead
        let counted = ParallelMap.run(count: files.count, jobs: options.jobs, shouldStop: shouldStop) { index in
            if index + ReadAhead.distance < files.count { readAhead.hint(files[index + ReadAhead.distance].path) }
            let file = files[index]
            let folder = SiteKey.firstFolder(file.relativePath)
            var counted = Counted(
                site: nil, name: options.outputRoot == nil ? nil : BatchCleaner.OutputNames.hash(OutputPath.relative(file.relativePath)),
                tag: FileMarks.tag(file))
            // Files over the limits or undecodable are reported when cleaned, at the end.
            guard case .success(let bytes) = readAhead.read(file.path, limit: options.maxFileSize),
                  let learned = try? cleaner.learn(
                      bytes, path: file.relativePath, deadline: Deadline(seconds: options.timeLimit ?? 0),
                      keepingDocument: folderSites.mayClose(folder: folder))
            else { return counted }
            counted.site = folderSites.closable(learned.site, folder: folder)
            if let prepared = learned.prepared {
                held.offer(firstIndex + index, prepared, inputBytes: bytes.count, keepingText: counted.site != nil)
            }
            // Fingerprints are taken outside the lock; only the adding is shared.
            profile.withLock { $0.add(distinctFingerprints: learned.fingerprints, site: learned.site) }
            return counted
        }
        batchProfile = profile.withLock { profile in
            defer { profile = SiteProfile() }
            return profile
        }
        return counted
    }

    /// Cleans the files of a complete site with its counts, which then leave the profile (no
    /// file still to clean belongs to it). False when stopped before the end.
    private func finish(
        _ site: String, state: inout State, held: PreparedCache, outputs: BatchCleaner.Outputs, tally: BatchTally
    ) -> Bool {
        let entries = state.waiting.remove(site)
        let counts = state.profile.sites.removeValue(forKey: site) ?? SiteProfile.Site()
        let siteBatch = batch.with(batch.cleaner.learning(SiteProfile(sites: [site: counts])), prepared: held)
        let marks = state.marks
        let done = siteBatch.clean(
            entries.map(\.file), at: entries.map(\.index),
            nameTaken: entries.map { marks.isNameTaken($0.index, $0.file) }, outputs: outputs, tally: tally,
            found: state.found, shouldStop: shouldStop, progress: progress)
        for entry in entries { state.marks.setDone(entry.index) }
        return done
    }

    /// Walks the inputs again and cleans every file not done yet, with the whole profile.
    private func cleanTheRest(
        state: inout State, held: PreparedCache, outputs: BatchCleaner.Outputs, tally: BatchTally
    ) -> Bool {
        // No threshold is met by one page (the filter asks for two at least), so the cleaning
        // has no use for the lines seen once, most of the profile.
        state.profile.forgetSingletons()
        let rest = batch.with(batch.cleaner.learning(state.profile), prepared: held)
        let walk = WalkAhead(batch.chunks())
        var index = 0
        let marks = state.marks
        while let files = walk.next() {
            let pending = files.indices.filter { marks.isPending(index + $0, files[$0]) }
            let indices = pending.map { index + $0 }
            let nameTaken = pending.map { marks.isNameTaken(index + $0, files[$0]) }
            index += files.count
            guard rest.clean(pending.map { files[$0] }, at: indices, nameTaken: nameTaken, outputs: outputs,
                             tally: tally, found: max(index, state.found), shouldStop: shouldStop, progress: progress)
            else { return false }
        }
        return true
    }
}
