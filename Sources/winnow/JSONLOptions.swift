import ArgumentParser
import WinnowBatch

/// `--jsonl` and what goes with it.
struct JSONLOptions: ParsableArguments {
    @Flag(help: "Inputs are JSON Lines (files or - for stdin), each with a text or html field and optional id and url; records go to stdout with the clean text in place.")
    var jsonl = false

    @Flag(help: "With --jsonl: add a \"winnow\" field listing the removed lines with filter and rule.")
    var annotate = false

    @Option(help: ArgumentHelp(
        "With --jsonl: what to do with a line that is not a usable record (it is always reported by number): pass (unchanged) or drop.",
        valueName: "pass|drop"))
    var malformed: JSONLCleaner.MalformedLines = .pass
}

extension JSONLCleaner.MalformedLines: ExpressibleByArgument {}
