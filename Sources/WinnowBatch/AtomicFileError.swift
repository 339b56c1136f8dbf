import Foundation

/// A failed atomic write: which target, and why (errno text).
public struct AtomicFileError: Error, Equatable, CustomStringConvertible, LocalizedError {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "cannot write \(path): \(reason)"
    }

    /// So that `localizedDescription` says the same instead of Foundation's generic text.
    public var errorDescription: String? {
        description
    }
}
