/// When cleaning one file must give up, so that one pathological page cannot stall a batch.
///
/// Cooperative: Swift cannot stop a thread from outside, so the stages of a run (decoding,
/// parsing, building blocks, each filter) ask `check()` between their steps. Reading the clock
/// is a few nanoseconds; callers in loops still ask only every so many items.
public struct Deadline: Sendable {
    private let end: ContinuousClock.Instant?
    /// The limit this deadline was made from, for messages.
    public let seconds: Double

    /// A deadline that never passes.
    public static let never = Deadline(end: nil, seconds: 0)

    /// `seconds` from now; zero or less means no limit.
    public init(seconds: Double) {
        self.init(end: seconds > 0 ? .now + .nanoseconds(Int64(min(seconds, 1e9) * 1e9)) : nil, seconds: seconds)
    }

    private init(end: ContinuousClock.Instant?, seconds: Double) {
        self.end = end
        self.seconds = seconds
    }

    public var hasPassed: Bool {
        guard let end else { return false }
        return ContinuousClock.now >= end
    }

    public func check() throws(DeadlineExceeded) {
        if hasPassed { throw DeadlineExceeded(seconds: seconds) }
    }
}

/// Cleaning a file took longer than its time limit.
public struct DeadlineExceeded: Error, Equatable, CustomStringConvertible {
    public let seconds: Double

    public init(seconds: Double) {
        self.seconds = seconds
    }

    public var description: String {
        let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return "took longer than \(limit) s (--timeout), skipped"
    }
}
