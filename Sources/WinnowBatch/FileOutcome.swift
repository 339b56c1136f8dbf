import WinnowCore

/// What happened to one input file in a batch.
public struct FileOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case cleaned
        case upToDate
        /// `--check`: the output is missing or older than its input.
        case stale
        case failed(String)
    }

    public let path: String
    public let status: Status
    public let counters: Counters
    /// How the bytes were decoded, when it was not plain UTF-8 ("windows-1252", repairs).
    public let note: String?
    public let report: FileReport?
    /// The dry-run diff for this file, nil when nothing changes or not a dry run.
    public let diff: [UInt8]?

    /// Whether the batch summary must keep this outcome (plain successes are only counted).
    public var isWorthKeeping: Bool {
        status != .cleaned && status != .upToDate || note != nil || report != nil || diff != nil
    }

    public init(path: String, status: Status, counters: Counters = Counters(), note: String? = nil,
                report: FileReport? = nil, diff: [UInt8]? = nil) {
        self.path = path
        self.status = status
        self.counters = counters
        self.note = note
        self.report = report
        self.diff = diff
    }
}
