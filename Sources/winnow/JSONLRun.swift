import Foundation
import WinnowBatch
import WinnowCore

/// `winnow clean --jsonl`: every input stream in order to stdout. Files are read twice when the
/// batch learns site profiles (count, then clean); standard input is read once, so it learns
/// nothing and takes a profile with --profile.
struct JSONLRun {
    let inputs: [String]
    let cleaner: JSONLCleaner
    let learns: Bool
    let quiet: Bool

    /// Whether every line was a usable record and every input could be read.
    func run() -> Bool {
        var cleaner = cleaner
        if learns && !inputs.contains("-") {
            var profile = SiteProfile()
            for input in inputs {
                _ = InputDescriptor.with(input) { descriptor throws(StreamError) in try cleaner.learn(descriptor, name: input, into: &profile) }
            }
            cleaner = cleaner.learning(profile)
        }
        var totals = JSONLCleaner.Totals()
        var readable = true
        for input in inputs {
            let name = input == "-" ? "stdin" : input
            let ran = InputDescriptor.with(input) { descriptor throws(StreamError) in
                let part = try cleaner.stream(descriptor, name: name, write: Terminal.writeOut, report: Terminal.error)
                totals.records += part.records
                totals.malformed += part.malformed
                totals.inputBytes += part.inputBytes
                totals.outputBytes += part.outputBytes
            }
            readable = readable && ran
        }
        if !quiet {
            let fate = cleaner.malformed == .pass ? "passed through" : "dropped"
            Terminal.error("winnow: \(totals.records) records cleaned, \(totals.malformed) malformed (\(fate)); "
                + "\(Summary.bytes(totals.inputBytes)) in, \(Summary.bytes(totals.outputBytes)) out")
        }
        return readable && totals.malformed == 0
    }
}
