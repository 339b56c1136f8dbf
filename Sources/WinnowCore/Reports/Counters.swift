/// Counters over a batch: files, bytes, and units removed per filter and per rule.
public struct Counters: Sendable, Codable, Equatable {
    public var files = 0
    public var failed = 0
    public var skipped = 0
    public var inputBytes = 0
    public var outputBytes = 0
    public var unitsKept = 0
    public var unitsRemoved = 0
    /// The removals, added up as a short list; the dictionaries below are made from it.
    var removals = RemovalTally()

    /// Units removed by each filter that ran (zero included).
    public var removedPerFilter: [String: Int] {
        get { removals.perFilter }
        set { removals.setPerFilter(newValue) }
    }

    /// Units removed by each rule, keyed "filter/rule".
    public var removedPerRule: [String: Int] {
        get { removals.perRule }
        set { removals.setPerRule(newValue) }
    }

    public init() {}

    public mutating func add(_ result: CleanResult, inputBytes: Int, outputBytes: Int) {
        files += 1
        self.inputBytes += inputBytes
        self.outputBytes += outputBytes
        unitsKept += result.kept.count
        unitsRemoved += result.decisions.count
        removals.add(result)
    }

    public mutating func merge(_ other: Counters) {
        files += other.files
        failed += other.failed
        skipped += other.skipped
        inputBytes += other.inputBytes
        outputBytes += other.outputBytes
        unitsKept += other.unitsKept
        unitsRemoved += other.unitsRemoved
        removals.merge(other.removals)
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

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        files = try container.decode(Int.self, forKey: .files)
        failed = try container.decode(Int.self, forKey: .failed)
        skipped = try container.decode(Int.self, forKey: .skipped)
        inputBytes = try container.decode(Int.self, forKey: .inputBytes)
        outputBytes = try container.decode(Int.self, forKey: .outputBytes)
        unitsKept = try container.decode(Int.self, forKey: .unitsKept)
        unitsRemoved = try container.decode(Int.self, forKey: .unitsRemoved)
        removedPerFilter = try container.decode([String: Int].self, forKey: .removedPerFilter)
        removedPerRule = try container.decode([String: Int].self, forKey: .removedPerRule)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(files, forKey: .files)
        try container.encode(failed, forKey: .failed)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(inputBytes, forKey: .inputBytes)
        try container.encode(outputBytes, forKey: .outputBytes)
        try container.encode(unitsKept, forKey: .unitsKept)
        try container.encode(unitsRemoved, forKey: .unitsRemoved)
        try container.encode(removedPerFilter, forKey: .removedPerFilter)
        try container.encode(removedPerRule, forKey: .removedPerRule)
    }

    public static func == (a: Counters, b: Counters) -> Bool {
        a.files == b.files && a.failed == b.failed && a.skipped == b.skipped && a.inputBytes == b.inputBytes
            && a.outputBytes == b.outputBytes && a.unitsKept == b.unitsKept && a.unitsRemoved == b.unitsRemoved
            && a.removedPerFilter == b.removedPerFilter && a.removedPerRule == b.removedPerRule
    }
}
