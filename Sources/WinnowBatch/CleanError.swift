import WinnowCore

/// Why one file was not cleaned.
public enum CleanError: Error, Equatable, CustomStringConvertible {
    /// Not text (a binary file).
    case undecodable(DecodeError)
    /// Cleaning ran past the per-file time limit.
    case tookTooLong(DeadlineExceeded)

    public var description: String {
        switch self {
        case .undecodable(let error): error.description
        case .tookTooLong(let error): error.description
        }
    }
}
