/// Units removed per filter and per rule, as short lists while a batch adds them up. A run has
/// a handful of filters and rules, whose ids are the same static strings in every file, so
/// finding one takes a few comparisons that succeed at a glance; hashing them into
/// dictionaries (and building "filter/rule" keys) once per file took 5% of a plain-text batch's
/// instructions (callgrind). The dictionaries are made when asked.
struct RemovalTally: Sendable {
    private struct FilterCount: Sendable {
        let filter: String
        var count: Int
    }

    private struct RuleCount: Sendable {
        let filter: String
        let rule: String
        var count: Int
    }

    /// Every filter that ran, zero included.
    private var filters: [FilterCount] = []
    private var rules: [RuleCount] = []

    /// One file's removals: its filters (zero included) and its decisions.
    mutating func add(_ result: CleanResult) {
        for filter in result.filterIDs { add(filter: filter, count: 0) }
        for decision in result.decisions {
            add(filter: decision.filter, count: 1)
            add(filter: decision.filter, rule: decision.rule, count: 1)
        }
    }

    mutating func merge(_ other: RemovalTally) {
        for entry in other.filters { add(filter: entry.filter, count: entry.count) }
        for entry in other.rules { add(filter: entry.filter, rule: entry.rule, count: entry.count) }
    }

    var perFilter: [String: Int] {
        Dictionary(filters.map { ($0.filter, $0.count) }, uniquingKeysWith: +)
    }

    var perRule: [String: Int] {
        Dictionary(rules.map { ("\($0.filter)/\($0.rule)", $0.count) }, uniquingKeysWith: +)
    }

    mutating func setPerFilter(_ counts: [String: Int]) {
        filters = counts.map { FilterCount(filter: $0.key, count: $0.value) }
    }

    /// From "filter/rule" keys; a key without a slash is a rule of an unnamed filter.
    mutating func setPerRule(_ counts: [String: Int]) {
        rules = counts.map { key, count in
            let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            return parts.count == 2
                ? RuleCount(filter: String(parts[0]), rule: String(parts[1]), count: count)
                : RuleCount(filter: "", rule: key, count: count)
        }
    }

    private mutating func add(filter: String, count: Int) {
        if let slot = filters.firstIndex(where: { Self.same($0.filter, filter) }) {
            filters[slot].count += count
        } else {
            filters.append(FilterCount(filter: filter, count: count))
        }
    }

    private mutating func add(filter: String, rule: String, count: Int) {
        if let slot = rules.firstIndex(where: { Self.same($0.rule, rule) && Self.same($0.filter, filter) }) {
            rules[slot].count += count
        } else {
            rules.append(RuleCount(filter: filter, rule: rule, count: count))
        }
    }

    /// `==`, with the lengths (stored in a String) compared first: most ids in a run differ
    /// in length, and String's own comparison of two different strings is the slow path.
    @inline(__always)
    private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }
}
