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
