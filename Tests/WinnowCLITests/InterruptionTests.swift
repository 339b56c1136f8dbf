import Foundation
import Testing

/// A long batch killed at a random moment, by Ctrl-C (SIGINT) and by SIGKILL: no output is
/// ever partial or empty where it should not be, and a rerun finishes the batch with the same
/// bytes as a run that was never interrupted.
@Suite(.serialized)
struct InterruptionTests {
    struct Corpus {
        let root: URL
        let input: URL
        let reference: [String: Data]
        let inputChecksums: [Data]

        static func make() throws -> Corpus {
            let root = try Scratch.directory()
            let input = root.appendingPathComponent("in")
            try LongBatch.make(in: input)
            let run = try CLI.run(["clean", input.path, "-o", root.appendingPathComponent("reference").path, "-q"])
            guard run.status == 0 else { throw CocoaError(.featureUnsupported) }
            return Corpus(root: root, input: input,
                          reference: try CLI.files(in: root.appendingPathComponent("reference")),
                          inputChecksums: try Checksums.of(input))
        }
    }

    static let corpus = Result { try Corpus.make() }

    @Test(arguments: [SIGINT, SIGKILL])
    func interruptedBatchLeavesNoPartialOutputAndARerunCompletesIt(_ signal: Int32) throws {
        let corpus = try Self.corpus.get()
        // A random moment by progress, not by the clock (other suites load the machine): once
        // the output of a random file in the first half appears. A signal that lands after the
        // last output was written cut nothing short: that attempt proves nothing, so it is
        // made again, earlier (a fast machine finished the last quarter within the 5 ms).
        let order = corpus.reference.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for attempt in 0..<3 {
            let output = corpus.root.appendingPathComponent("out-\(signal)-\(attempt)")
            let latest = order.count / 2 >> attempt
            let trigger = order[Int.random(in: (order.count / 20)...max(order.count / 20, latest))]
            let killed = try Self.runInterrupted(["clean", corpus.input.path, "-o", output.path, "-j", "2"],
                                                 signal: signal, once: output.appendingPathComponent(trigger))
            let left = try CLI.files(in: output)
            if left.filter({ !($0.key as NSString).lastPathComponent.hasPrefix(".") }).count == corpus.reference.count {
                continue
            }
            try expectCutShort(killed, left: left, corpus: corpus, output: output,
                               context: "signal \(signal) once \(trigger) was written", signal: signal)
            return
        }
        Issue.record("signal \(signal) landed after the whole batch was written, three times")
    }

    private func expectCutShort(
        _ killed: Killed, left: [String: Data], corpus: Corpus, output: URL, context: String, signal: Int32
    ) throws {
        if signal == SIGINT {
            #expect(killed.status == 130, "\(context): \(killed.stderr)")
            #expect(killed.stderr.contains(", interrupted;"), "\(context): a summary says so: \(killed.stderr)")
        } else {
            #expect(killed.status == SIGKILL && killed.bySignal, "\(context)")
        }
        for (path, bytes) in left {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                #expect(signal == SIGKILL && name.contains(".winnow-tmp-"), "\(context): stray hidden file \(path)")
            } else {
                #expect(corpus.reference[path] == bytes, "\(context): \(path) is partial or wrong")
            }
        }
        let rerun = try CLI.run(["clean", corpus.input.path, "-o", output.path, "-q"])
        #expect(rerun.status == 0, "\(context): \(rerun.stderr)")
        #expect(try CLI.files(in: output) == corpus.reference, "\(context): the rerun gives the uninterrupted bytes")
        #expect(try Checksums.of(corpus.input) == corpus.inputChecksums, "no input changed")
    }

    struct Killed {
        let status: Int32
        let bySignal: Bool
        let stderr: String
    }

    /// Runs winnow and sends it `signal` once `trigger` exists (plus up to 5 ms more); stderr
    /// goes through a file so that nothing blocks on a pipe while the process is being killed.
    static func runInterrupted(_ arguments: [String], signal: Int32, once trigger: URL) throws -> Killed {
        let log = try Scratch.directory().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        while process.isRunning && access(trigger.path, F_OK) != 0 { usleep(500) }
        usleep(UInt32.random(in: 0...5_000))
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return Killed(status: process.terminationStatus, bySignal: process.terminationReason == .uncaughtSignal,
                      stderr: try String(contentsOf: log, encoding: .utf8))
    }
}
