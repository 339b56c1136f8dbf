/// One recorded removal: which unit, its source lines and text, and which filter and rule.
public struct Decision: Sendable, Equatable, Codable {
    public let unit: Int
    public let firstLine: Int
    public let lastLine: Int
    /// The removed unit, whose text is made into a String only when a report asks for it.
    private let removed: Unit
    public let filter: String
    public let rule: String
    public let detail: String

    init(_ removal: Removal, filter: String, unit: Unit) {
        self.unit = removal.unit
        self.firstLine = unit.lines.lowerBound
        self.lastLine = unit.lines.upperBound
        self.removed = unit
        self.filter = filter
        self.rule = removal.rule
        self.detail = removal.detail
    }

    enum CodingKeys: String, CodingKey {
        case unit, text, filter, rule, detail
        case firstLine = "line"
        case lastLine = "last_line"
    }

    public var text: String { removed.text }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        unit = try container.decode(Int.self, forKey: .unit)
        firstLine = try container.decode(Int.self, forKey: .firstLine)
        lastLine = try container.decode(Int.self, forKey: .lastLine)
        removed = Unit(text: try container.decode(String.self, forKey: .text), paragraph: 0, lines: firstLine...lastLine)
        filter = try container.decode(String.self, forKey: .filter)
        rule = try container.decode(String.self, forKey: .rule)
        detail = try container.decode(String.self, forKey: .detail)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(firstLine, forKey: .firstLine)
        try container.encode(lastLine, forKey: .lastLine)
        try container.encode(text, forKey: .text)
        try container.encode(filter, forKey: .filter)
        try container.encode(rule, forKey: .rule)
        try container.encode(detail, forKey: .detail)
    }

    /// Same unit, lines, text and reason.
    public static func == (a: Decision, b: Decision) -> Bool {
        a.unit == b.unit && a.firstLine == b.firstLine && a.lastLine == b.lastLine && a.filter == b.filter
            && a.rule == b.rule && a.detail == b.detail && a.removed.withTextBytes { x in b.removed.withTextBytes { x.elementsEqual($0) } }
    }

    /// "navigation/chrome_line", how reports name the reason.
    public var reason: String { "\(filter)/\(rule)" }
}
