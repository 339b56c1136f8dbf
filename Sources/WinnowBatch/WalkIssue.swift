/// Something the walk skipped and the user should hear about.
public struct WalkIssue: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "\(path): \(reason)"
    }
}
