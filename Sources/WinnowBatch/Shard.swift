import WinnowCore

/// `--shard K/N`: a deterministic 1/N of the inputs, chosen by a hash of each input's relative
/// path, so N machines (a Slurm array, a Kubernetes indexed job) split a tree without talking,
/// and a file's shard does not change when other files come or go.
public struct Shard: Sendable, Equatable {
    /// 0-based: 0..<count.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses "K/N" with 0 <= K < N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 0, index < count
        else { return nil }
        self.init(index: index, count: count)
    }

    public func contains(_ relativePath: String) -> Bool {
        // FNV-1a rather than Swift's Hasher, which is seeded per process.
        count == 1 || Int(FNV1a.hash(relativePath) % UInt64(count)) == index
    }

    /// Whether record number `number` (0-based) of a stream belongs to this shard.
    public func contains(record number: Int) -> Bool {
        number % count == index
    }
}
