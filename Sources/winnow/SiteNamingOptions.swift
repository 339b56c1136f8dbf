import ArgumentParser
import WinnowBatch

/// How pages are grouped into sites, and which share of the inputs this run takes. Shared by
/// `clean` and `profile`, so a profile is built and applied with the same site names.
struct SiteNamingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "How a page's site is named: auto (URL host, else first folder under the input, else the whole batch), host, folder or batch.",
        valueName: "mode"))
    var siteKey: SiteKey = .auto

    @Option(help: ArgumentHelp("Count every page as a page of this site (overrides --site-key).", valueName: "name"))
    var site: String?

    @Option(help: ArgumentHelp(
        "Process only shard K of N (0 <= K < N), a deterministic share of the files or JSONL lines; for Slurm arrays and Kubernetes indexed jobs.",
        valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 0 <= K < N, e.g. 0/4") }
    }

    var parsedShard: Shard? { shard.flatMap(Shard.init) }

    /// The cleaner naming sites as asked.
    func configure(_ cleaner: FileCleaner) -> FileCleaner {
        var cleaner = cleaner
        cleaner.siteKey = siteKey
        cleaner.site = site
        return cleaner
    }
}

extension SiteKey: ExpressibleByArgument {}
