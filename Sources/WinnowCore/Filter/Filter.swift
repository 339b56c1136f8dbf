/// One kind of boilerplate, recognised line by line. A filter only decides; the pipeline applies
/// its removals and records them.
public protocol Filter: Sendable {
    /// What the filter is, its rules' parameters, and its own examples of what it removes and keeps.
    static var description: FilterDescription { get }
    init(settings: Settings)
    /// The units this filter removes from the units still alive in `view`, each with its rule.
    func removals(in view: DocumentView) -> [Removal]
}

extension Filter {
    public var id: String { Self.description.id }
}

/// A filter's verdict on one unit.
public struct Removal: Sendable, Equatable {
    /// Index into the document's units.
    public let unit: Int
    /// The rule's stable snake_case id.
    public let rule: String
    /// What triggered it, for people reading reports (a matched phrase, a measure).
    public let detail: String

    public init(unit: Int, rule: String, detail: String = "") {
        self.unit = unit
        self.rule = rule
        self.detail = detail
    }
}
