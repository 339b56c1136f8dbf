import Glibc
import Synchronization
import WinnowCore

/// `winnow clean --jsonl`: cleans the article of every record of a JSON Lines stream and writes
/// the same records, in order, one output line per input line, with the clean text in place.
/// Streams in batches (parallel within a batch), so memory stays flat however long the input.
public struct JSONLCleaner: Sendable {
    /// What happens to a line that is not a usable record (always reported with its number).
    public enum MalformedLines: String, Sendable, CaseIterable {
        /// Written out unchanged, so line numbers still match.
        case pass
        /// Left out of the output.
        case drop
    }

    public private(set) var cleaner: FileCleaner
    /// Add a `winnow` member with the removed lines, their filter and rule.
    public var annotate = false
    public var malformed = MalformedLines.pass
    public var jobs = 1
    /// Clean only this share of the records (by line number).
    public var shard: Shard?

    public init(cleaner: FileCleaner) {
        self.cleaner = cleaner
    }

    /// The same settings, its file cleaner judging by `profile`.
    public func learning(_ profile: SiteProfile) -> JSONLCleaner {
        var copy = self
        copy.cleaner = cleaner.learning(profile)
        return copy
    }

    public struct Totals: Sendable, Equatable {
        public var records = 0
        public var malformed = 0
        public var inputBytes = 0
        public var outputBytes = 0

        public init() {}
    }

    /// Cleans the stream on `descriptor`; `write` gets output bytes in order, `report` one
    /// message per malformed line ("NAME:LINE: reason").
    public func stream(
        _ descriptor: Int32, name: String, write: ([UInt8]) -> Void, report: (String) -> Void
    ) throws(StreamError) -> Totals {
        var totals = Totals()
        try forEachBatch(descriptor, name: name) { first, lines in
            let outcomes = ParallelMap.run(count: lines.count, jobs: jobs) { index in
                shard?.contains(record: first + index - 1) == false ? Outcome.skipped : clean(lines[index])
            }
            var out: [UInt8] = []
            for (index, outcome) in outcomes.enumerated() {
                switch outcome {
                case .skipped:
                    continue
                case .cleaned(let line):
                    totals.records += 1
                    out += line
                case .malformed(let error):
                    totals.malformed += 1
                    report("\(name):\(first + index): \(error.description)")
                    guard malformed == .pass else { continue }
                    out += lines[index]
                case .blank:
                    out += lines[index]
                }
                out.append(0x0A)
            }
            totals.inputBytes += lines.reduce(0) { $0 + $1.count + 1 }
            totals.outputBytes += out.count
            write(out)
        }
        return totals
    }

    enum Outcome: Sendable {
        case cleaned([UInt8])
        case malformed(JSONLineError)
        /// A line of white space only: passed through, not a record.
        case blank
        /// Another shard's.
        case skipped
    }

    func clean(_ line: [UInt8]) -> Outcome {
        let line = Self.trimmed(line)
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        let record: JSONLRecord
        switch JSONLRecord.parse(line) {
        case .success(let value): record = value
        case .failure(let error): return .malformed(error)
        }
        let cleaned: FileCleaner.Cleaned
        do {
            cleaned = try cleaner.clean(record.content, url: record.url, isHTML: record.isHTML)
        } catch {
            // The record is well formed but its page is not text (a binary file, say).
            return .malformed(JSONLineError(reason: record.id.map { "id \($0): \(error.description)" } ?? error.description))
        }
        // A field holds the article without the newline a file ends with.
        var text = cleaned.output
        if text.last == 0x0A { text.removeLast() }
        return .cleaned(record.replacing(text: text, annotation: annotate ? Self.annotation(cleaned.result) : nil))
    }

    /// `{"removed":[{"line":N,"filter":"...","rule":"...","text":"..."}, ...]}`
    static func annotation(_ result: CleanResult) -> [UInt8] {
        var out = Array("{\"removed\":[".utf8)
        for (index, decision) in result.decisions.enumerated() {
            if index > 0 { out.append(0x2C) }
            out += Array("{\"line\":\(decision.firstLine),\"filter\":".utf8)
            JSONString.encode(decision.filter.utf8, into: &out)
            out += Array(",\"rule\":".utf8)
            JSONString.encode(decision.rule.utf8, into: &out)
            out += Array(",\"text\":".utf8)
            JSONString.encode(decision.text.utf8, into: &out)
            out.append(0x7D)
        }
        out += Array("]}".utf8)
        return out
    }

    /// The records' profile, for a first pass over JSONL files (malformed lines are skipped
    /// here and reported by the cleaning pass).
    public func learn(_ descriptor: Int32, name: String, into profile: inout SiteProfile) throws(StreamError) {
        try forEachBatch(descriptor, name: name) { first, lines in
            let counted = ParallelMap.run(count: lines.count, jobs: jobs) { index -> ([UInt64], String)? in
                guard shard?.contains(record: first + index - 1) != false,
                      case .success(let record) = JSONLRecord.parse(Self.trimmed(lines[index])),
                      let learned = try? cleaner.learn(record.content, url: record.url, isHTML: record.isHTML)
                else { return nil }
                return (learned.fingerprints, learned.site)
            }
            for case let (fingerprints, site)? in counted { profile.add(distinctFingerprints: fingerprints, site: site) }
        }
    }

    /// Calls `body` with each batch of lines and the number of its first line.
    private func forEachBatch(
        _ descriptor: Int32, name: String, _ body: (_ first: Int, _ lines: [[UInt8]]) -> Void
    ) throws(StreamError) {
        var reader = LineReader(descriptor: descriptor)
        while true {
            let first = reader.nextLineNumber
            let lines: [[UInt8]]
            do {
                lines = try reader.nextBatch()
            } catch {
                throw StreamError(name: name, reason: error.reason)
            }
            guard !lines.isEmpty else { return }
            body(first, lines)
        }
    }

    private static func trimmed(_ line: [UInt8]) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : line
    }
}

/// A stream that could not be read.
public struct StreamError: Error, CustomStringConvertible {
    public let name: String
    public let reason: String
    public var description: String { "\(name): cannot read: \(reason)" }
}
