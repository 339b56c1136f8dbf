/// How a filter describes itself: identity, rules, tunable parameters and examples. The same
/// values document the filter (`winnow filters ID`) and test it (every example runs in the suite).
public struct FilterDescription: Sendable {
    /// Stable snake_case id, used on the command line and in config files and reports.
    public let id: String
    public let name: String
    public let summary: String
    /// Rule ids with one-line explanations.
    public let rules: [(id: String, summary: String)]
    public let parameters: [Parameter]
    /// Documents with the units the filter must remove marked `↓` at the start of their line.
    public let removes: [Example]
    /// Documents the filter must leave untouched.
    public let keeps: [Example]

    public init(
        id: String, name: String, summary: String, rules: [(id: String, summary: String)],
        parameters: [Parameter] = [], removes: [Example], keeps: [Example]
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rules = rules
        self.parameters = parameters
        self.removes = removes
        self.keeps = keeps
    }
}

/// A filter's example document, remembering where it was written so a failing test points there.
public struct Example: Sendable {
    public static let marker = "\u{2193}"
    public let text: String
    public let file: StaticString
    public let line: UInt

    public init(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        self.text = text
        self.file = file
        self.line = line
    }

    /// The document without markers, as a filter sees it.
    public var document: String {
        LineSplitter.lines(text).map { $0.hasPrefix(Self.marker) ? String($0.dropFirst()) : $0 }
            .joined(separator: "\n")
    }

    /// Source lines (1-based) that carry the removal marker.
    public var markedLines: Set<Int> {
        var marked = Set<Int>()
        for (index, line) in LineSplitter.lines(text).enumerated() where line.hasPrefix(Self.marker) {
            marked.insert(index + 1)
        }
        return marked
    }
}

/// A tunable number of a filter, set in a config file as `"FILTER_ID.NAME": value`.
public struct Parameter: Sendable {
    public let name: String
    public let defaultValue: Double
    public let summary: String

    public init(_ name: String, _ defaultValue: Double, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
