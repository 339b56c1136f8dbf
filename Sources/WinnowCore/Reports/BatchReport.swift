/// `--report FILE.json`: every decision of every file, and the batch counters.
public struct BatchReport: Sendable, Codable, Equatable {
    public var version = 1
    public var filters: [String]
    public var counters: Counters
    public var files: [FileReport]
    public var failures: [Failure]

    public struct Failure: Sendable, Codable, Equatable {
        public let path: String
        public let reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public init(filters: [String], counters: Counters, files: [FileReport], failures: [Failure]) {
        self.filters = filters
        self.counters = counters
        self.files = files
        self.failures = failures
    }
}
