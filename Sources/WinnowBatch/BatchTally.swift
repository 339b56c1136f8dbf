import Synchronization
import WinnowCore

/// What a batch's workers report as their files finish: the counters, the outcomes worth
/// keeping, and the counts behind progress. Shared by every pass of a run.
final class BatchTally: Sendable {
    private struct State {
        var counters = Counters()
        var kept: [(index: Int, outcome: FileOutcome)] = []
        var upToDate = 0
        var stale = 0
        var done = 0
    }

    private let state = Mutex(State())

    /// Adds the outcome of the file at batch index `index`; returns the files done so far and
    /// the bytes read, for progress.
    func record(_ outcome: FileOutcome, at index: Int) -> (done: Int, bytes: Int) {
        state.withLock { state in
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
    }

    /// The run's summary: outcomes in input order, walk problems counted as failures.
    func summary(issues: [WalkIssue], interrupted: Bool) -> BatchCleaner.Summary {
        state.withLock { state in
            var counters = state.counters
            counters.failed += issues.count
            return BatchCleaner.Summary(
                outcomes: state.kept.sorted { $0.index < $1.index }.map(\.outcome), issues: issues,
                counters: counters, upToDate: state.upToDate, stale: state.stale, interrupted: interrupted)
        }
    }
}
