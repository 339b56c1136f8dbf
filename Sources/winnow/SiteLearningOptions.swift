import ArgumentParser
import Foundation
import WinnowBatch
import WinnowCore

/// Site profiles in `clean`: learning from the batch or applying a profile file, and thresholds.
struct SiteLearningOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Apply this site profile (from `winnow profile`) instead of learning from the batch.", valueName: "file"))
    var profile: String?

    @Flag(help: "Do not learn the sites' repeated lines from the batch (one pass, as with a single file).")
    var noLearn = false

    @Option(help: ArgumentHelp(
        "A site's line is boilerplate when on at least this many of its pages (default 3).", valueName: "n"))
    var minPages: Int?

    @Option(help: ArgumentHelp(
        "...and on at least this share of its pages (default 0.4).", valueName: "fraction"))
    var minShare: Double?

    func validate() throws {
        if let minPages, minPages < 2 { throw ValidationError("--min-pages must be at least 2 (one page teaches nothing)") }
        if let minShare, !(0...1).contains(minShare) { throw ValidationError("--min-share is a fraction from 0 to 1") }
        if profile != nil && noLearn { throw ValidationError("--profile and --no-learn do not go together (a profile is not learned)") }
    }

    /// Threshold options as `site_profile` parameters (they override a config file's).
    var parameters: [String: Double] {
        var values: [String: Double] = [:]
        if let minPages { values["site_profile.min_documents"] = Double(minPages) }
        if let minShare { values["site_profile.min_fraction"] = minShare }
        return values
    }

    /// Learn from the batch unless told not to or given a profile.
    var learns: Bool { !noLearn && profile == nil }

    /// The cleaner with the profile file applied, when one is given.
    func configure(_ cleaner: FileCleaner) throws -> FileCleaner {
        try profile.map { cleaner.learning(try Self.load($0)) } ?? cleaner
    }

    static func load(_ path: String) throws -> SiteProfile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read site profile '\(path)'")
        }
        do {
            return try ProfileFile.decode(Array(data))
        } catch {
            throw ValidationError("site profile '\(path)': \(error.description)")
        }
    }
}
