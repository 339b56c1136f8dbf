/// A text's 4-token shingles counted as a multiset, as the benchmark defines them: every run of
/// `size` consecutive tokens; a text with fewer tokens is one shingle; an empty text has none.
public struct Shingles: Sendable, Equatable {
    /// Count of each shingle, keyed by its tokens joined with a separator no token contains.
    public let counts: [String: Int]

    public init(_ text: String, size: Int = 4) {
        let tokens = WordTokens.tokens(text)
        var counts: [String: Int] = [:]
        if !tokens.isEmpty {
            let windows = max(1, tokens.count - size + 1)
            for start in 0..<windows {
                let key = tokens[start..<min(start + size, tokens.count)].joined(separator: " ")
                counts[key, default: 0] += 1
            }
        }
        self.counts = counts
    }

    public var total: Int { counts.values.reduce(0, +) }

    /// Shingles both texts share, each counted as often as the rarer of the two has it.
    public func shared(with other: Shingles) -> Int {
        var shared = 0
        for (key, count) in counts {
            if let otherCount = other.counts[key] { shared += min(count, otherCount) }
        }
        return shared
    }
}
