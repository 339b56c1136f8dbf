import Synchronization

/// The shared counter `ParallelMap` workers pull indices from.
final class WorkQueue: Sendable {
    private let count: Int
    private let next = Atomic<Int>(0)

    init(count: Int) {
        self.count = count
    }

    /// How many indices were handed out (each of them ran).
    var taken: Int {
        min(next.load(ordering: .acquiring), max(count, 0))
    }

    /// Runs items until none are left or `shouldStop` says so; a running item is never cut short.
    func drain(shouldStop: () -> Bool, _ body: (Int) -> Void) {
        while !shouldStop() {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            body(index)
        }
    }
}
