import Glibc
import Synchronization

/// Runs independent items on a fixed number of threads. Workers pull the next index
/// from a shared counter, so a slow item never holds back a queue of fast ones.
///
/// Indices are taken in increasing order and every taken index runs to completion, so
/// after `shouldStop` the items that ran are always a prefix 0..<k.
public enum ParallelMap {
    /// Results of `body(0..<count)` in index order; shorter than `count` only when
    /// `shouldStop` returned true, and then it holds the results of the prefix that ran.
    public static func run<Output: Sendable>(
        count: Int, jobs: Int, shouldStop: @Sendable () -> Bool = { false },
        _ body: @Sendable (Int) -> Output
    ) -> [Output] {
        let slots = Mutex<[Output?]>(Array(repeating: nil, count: max(count, 0)))
        let taken = forEach(count: count, jobs: jobs, shouldStop: shouldStop) { index in
            let output = body(index)
            slots.withLock { $0[index] = output }
        }
        return slots.withLock { slots in (0..<taken).map { slots[$0]! } }
    }

    /// Runs `body(0..<count)` without keeping results, so memory stays bounded by what
    /// the items themselves hold. Returns how many items ran.
    @discardableResult
    public static func forEach(
        count: Int, jobs: Int, shouldStop: @Sendable () -> Bool = { false },
        _ body: @Sendable (Int) -> Void
    ) -> Int {
        let queue = WorkQueue(count: count)
        let threads = min(max(jobs, 1), max(count, 1))
        withoutActuallyEscaping(body) { body in
            withoutActuallyEscaping(shouldStop) { shouldStop in
                let work: @Sendable () -> Void = { queue.drain(shouldStop: shouldStop, body) }
                WorkerThreads.run(threads, work)
            }
        }
        return queue.taken
    }
}
