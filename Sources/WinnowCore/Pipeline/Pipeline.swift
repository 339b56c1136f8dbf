/// A plain list of filters run in order. Each filter sees the units earlier filters left alive;
/// the pipeline applies the removals and records every decision.
public struct Pipeline: Sendable {
    public let filters: [any Filter]
    /// The filters' ids, in order: asked for by every run (each id is read from a filter's
    /// description, a large value to copy).
    public let filterIDs: [String]

    public init(filters: [any Filter]) {
        self.filters = filters
        filterIDs = filters.map(\.id)
    }

    /// The standard filters, optionally only `only` (in the order given) and without `disabled`.
    public init(settings: Settings = .standard, only: [String]? = nil, disabled: Set<String> = []) throws(PipelineError) {
        let chosen = only ?? FilterRegistry.ids
        for id in chosen + disabled where FilterRegistry.filter(id: id) == nil {
            throw .unknownFilter(id)
        }
        self.init(filters: chosen.filter { !disabled.contains($0) }.compactMap { id in
            FilterRegistry.filter(id: id).map { $0.init(settings: settings) }
        })
    }

    /// The same pipeline with the filters that learn from a batch judging by `profile` (what a
    /// batch's first pass learned, or a profile file); other filters are untouched.
    public func learning(_ profile: SiteProfile) -> Pipeline {
        Pipeline(filters: filters.map { filter in
            (filter as? any BatchLearningFilter).map { $0.learning(profile) } ?? filter
        })
    }

    public func run(_ document: Document, lexicon: Lexicon = .builtIn) -> CleanResult {
        // Without a time limit nothing throws.
        try! run(document, lexicon: lexicon, deadline: .never)
    }

    /// `run`, giving up with `DeadlineExceeded` once `deadline` has passed: checked before each
    /// filter and after the last (a filter may return early when it sees the deadline pass; the
    /// next check then throws).
    public func run(_ document: Document, lexicon: Lexicon = .builtIn, deadline: Deadline) throws(DeadlineExceeded) -> CleanResult {
        var alive = Array(document.units.indices)
        var decisions: [Decision] = []
        let ids = filterIDs
        // One phrase scan of the document serves every filter.
        let cues = CueTable(document: document, lexicon: lexicon)
        // A flag per unit rather than a Set: no hashing, one allocation per document.
        var removed = [Bool](repeating: false, count: document.units.count)
        for (filter, id) in zip(filters, ids) {
            try deadline.check()
            let view = DocumentView(document: document, alive: alive, lexicon: lexicon, cues: cues, deadline: deadline)
            let removals = filter.removals(in: view)
            guard !removals.isEmpty else { continue }
            for removal in removals where !removed[removal.unit] {
                removed[removal.unit] = true
                decisions.append(Decision(removal, filter: id, unit: document.units[removal.unit]))
            }
            alive.removeAll { removed[$0] }
        }
        try deadline.check()
        decisions.sort { $0.unit < $1.unit }
        return CleanResult(document: document, kept: alive, decisions: decisions, filterIDs: ids)
    }
}

public enum PipelineError: Error, Equatable, CustomStringConvertible {
    case unknownFilter(String)

    public var description: String {
        switch self {
        case .unknownFilter(let id):
            "unknown filter '\(id)'; known filters: \(FilterRegistry.ids.joined(separator: ", "))"
        }
    }
}
