/// The JSON-ready record of one cleaned file: sizes, unit counts and every decision.
public struct FileReport: Sendable, Codable, Equatable {
    public let path: String
    public let inputBytes: Int
    public let outputBytes: Int
    public let units: Int
    public let kept: Int
    public let decisions: [Decision]

    public init(path: String, inputBytes: Int, outputBytes: Int, result: CleanResult) {
        self.path = path
        self.inputBytes = inputBytes
        self.outputBytes = outputBytes
        self.units = result.document.units.count
        self.kept = result.kept.count
        self.decisions = result.decisions
    }

    enum CodingKeys: String, CodingKey {
        case path, units, kept, decisions
        case inputBytes = "input_bytes"
        case outputBytes = "output_bytes"
    }
}

/// Counters over a batch: files, bytes, and units removed per filter and per rule.
public struct Counters: Sendable, Codable, Equatable {
    public var files = 0
    public var failed = 0
    public var skipped = 0
    public var inputBytes = 0
    public var outputBytes = 0
    public var unitsKept = 0
    public var unitsRemoved = 0
    public var removedPerFilter: [String: Int] = [:]
    public var removedPerRule: [String: Int] = [:]

    public init() {}

    public mutating func add(_ result: CleanResult, inputBytes: Int, outputBytes: Int) {
        files += 1
        self.inputBytes += inputBytes
        self.outputBytes += outputBytes
        unitsKept += result.kept.count
        unitsRemoved += result.decisions.count
        removedPerFilter.merge(result.removedPerFilter, uniquingKeysWith: +)
        removedPerRule.merge(result.removedPerRule, uniquingKeysWith: +)
    }

    public mutating func merge(_ other: Counters) {
        files += other.files
        failed += other.failed
        skipped += other.skipped
        inputBytes += other.inputBytes
        outputBytes += other.outputBytes
        unitsKept += other.unitsKept
        unitsRemoved += other.unitsRemoved
        removedPerFilter.merge(other.removedPerFilter, uniquingKeysWith: +)
        removedPerRule.merge(other.removedPerRule, uniquingKeysWith: +)
    }

    enum CodingKeys: String, CodingKey {
        case files, failed, skipped
        case inputBytes = "input_bytes"
        case outputBytes = "output_bytes"
        case unitsKept = "units_kept"
        case unitsRemoved = "units_removed"
        case removedPerFilter = "removed_per_filter"
        case removedPerRule = "removed_per_rule"
    }
}
