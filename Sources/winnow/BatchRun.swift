import Foundation
import Synchronization
import WinnowBatch
import WinnowCore

/// Runs a batch for the CLI: progress on a terminal, diffs to stdout, messages and the summary
/// to stderr.
struct BatchRun {
    let options: CleanOptions
    let cleaner: FileCleaner
    let quiet: Bool

    func run() -> BatchCleaner.Summary {
        let progress = ProgressLine(enabled: !quiet && Terminal.stderrIsTerminal)
        let summary = BatchCleaner(options: options, cleaner: cleaner).run(
            shouldStop: { Interrupt.requested },
            progress: { done, total, bytes in progress.update(done: done, total: total, bytes: bytes) })
        progress.finish()
        for issue in summary.issues { Terminal.error("\(issue.path): \(issue.reason)") }
        for outcome in summary.outcomes { report(outcome) }
        if !quiet { Terminal.error(Summary.render(summary, options: options)) }
        return summary
    }

    private func report(_ outcome: FileOutcome) {
        switch outcome.status {
        case .failed(let reason): Terminal.error("\(outcome.path): \(reason)")
        case .stale: Terminal.error("\(outcome.path): output missing or stale")
        case .cleaned, .upToDate: break
        }
        if let note = outcome.note, !quiet { Terminal.error("\(outcome.path): \(note)") }
        if let diff = outcome.diff { Terminal.writeOut(diff) }
    }
}

/// The closing lines on stderr: files, bytes, and removals per filter.
enum Summary {
    static func render(_ summary: BatchCleaner.Summary, options: CleanOptions) -> String {
        let counters = summary.counters
        let upToDate = summary.upToDate
        let stale = summary.stale
        let verb = options.dryRun ? "checked (dry run, nothing written)" : "cleaned"
        var line = "winnow: \(counters.files) files \(verb)"
        if upToDate > 0 { line += ", \(upToDate) up to date" }
        if stale > 0 { line += ", \(stale) stale" }
        line += ", \(counters.failed) failed"
        if summary.interrupted { line += ", interrupted" }
        line += "; \(bytes(counters.inputBytes)) in, \(bytes(counters.outputBytes)) out"
        guard counters.unitsRemoved > 0 else { return line }
        line += "\nremoved \(counters.unitsRemoved) of \(counters.unitsRemoved + counters.unitsKept) units:"
        for (filter, count) in counters.removedPerFilter.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) where count > 0 {
            line += "\n  \(filter) \(count)"
        }
        return line
    }

    static func bytes(_ count: Int) -> String {
        ByteSize.describe(count)
    }
}
