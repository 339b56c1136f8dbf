import Glibc

/// The inputs' next chunk, walked on a thread of its own while the workers clean the current
/// one. Walked in between, listing folders and checking entries left both workers waiting:
/// 87 ms of a 2.2 s run over the 200 MB corpus.
///
/// Only one thread touches the walk at a time: the walking thread until it is joined, then
/// the owner, which starts the next walk only after taking the chunk.
final class WalkAhead: @unchecked Sendable {
    private var chunks: BatchCleaner.Chunks
    private var walked: [InputFile]?
    private var thread: pthread_t?

    init(_ chunks: BatchCleaner.Chunks) {
        self.chunks = chunks
        walkNext()
    }

    deinit {
        join()
    }

    /// The next chunk; nil when the walk is over.
    func next() -> [InputFile]? {
        join()
        guard let files = walked else { return nil }
        walked = nil
        walkNext()
        return files
    }

    /// Problems the walk met so far.
    var issues: [WalkIssue] {
        join()
        return chunks.issues
    }

    private func walkNext() {
        thread = WorkerThreads.start { [unowned self] in walked = chunks.next() }
        if thread == nil { walked = chunks.next() }
    }

    private func join() {
        guard let thread else { return }
        pthread_join(thread, nil)
        self.thread = nil
    }
}
