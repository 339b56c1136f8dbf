import Foundation

/// What a `winnow clean` batch does, independent of how the options were spelled.
public struct CleanOptions: Sendable {
    public var inputs: [String]
    /// The output folder; nil only for dry runs and checks without one.
    public var outputRoot: URL?
    public var jobs: Int
    public var dryRun = false
    /// Rewrite outputs even when they are newer than their inputs.
    public var force = false
    /// Write nothing; fail when an output is missing or stale.
    public var check = false
    /// Also write what was removed, one folder per filter.
    public var removedRoot: URL?
    /// Files whose change makes every output stale (the config file).
    public var dependencies: [URL] = []
    /// Keep every file's decisions for a JSON report.
    public var keepReports = false
    /// Learn each site's repeated lines from the batch first (a first pass), and remove them.
    public var learnSites = false
    /// Process only this share of the inputs (`--shard K/N`).
    public var shard: Shard?
    /// Files larger than this many bytes are refused unread; nil means no limit.
    public var maxFileSize: Int? = CleanOptions.defaultMaxFileSize
    /// Seconds one file may take to clean before it is given up; nil means no limit.
    public var timeLimit: Double? = CleanOptions.defaultTimeLimit

    /// 64 MB: far above any real article page (the largest news pages are a few MB), far below
    /// what a parse needs memory for (a DOM costs 2-9x its page, per job).
    public static let defaultMaxFileSize = 64_000_000
    /// A minute: a 64 MB page cleans in a few seconds, so only a pathological one gets near it.
    public static let defaultTimeLimit = 60.0

    public init(inputs: [String], outputRoot: URL?, jobs: Int) {
        self.inputs = inputs
        self.outputRoot = outputRoot
        self.jobs = max(1, jobs)
    }
}
