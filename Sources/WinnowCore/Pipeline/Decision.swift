/// One recorded removal: which unit, its source lines and text, and which filter and rule.
public struct Decision: Sendable, Equatable, Codable {
    public let unit: Int
    public let firstLine: Int
    public let lastLine: Int
    public let text: String
    public let filter: String
    public let rule: String
    public let detail: String

    init(_ removal: Removal, filter: String, unit: Unit) {
        self.unit = removal.unit
        self.firstLine = unit.lines.lowerBound
        self.lastLine = unit.lines.upperBound
        self.text = unit.text
        self.filter = filter
        self.rule = removal.rule
        self.detail = removal.detail
    }

    enum CodingKeys: String, CodingKey {
        case unit, text, filter, rule, detail
        case firstLine = "line"
        case lastLine = "last_line"
    }

    /// "navigation/chrome_line", how reports name the reason.
    public var reason: String { "\(filter)/\(rule)" }
}
