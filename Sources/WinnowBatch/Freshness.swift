import Foundation

/// Make-style incremental runs: an output is redone only when a source changed after it.
public enum Freshness {
    /// True when `output` exists and is at least as new as every existing source.
    /// A missing source is ignored (it cannot have changed the output); a source that
    /// cannot be examined counts as newer, since redoing work is the safe mistake.
    public static func isUpToDate(output: URL, newerThan sources: [URL]) -> Bool {
        isUpToDate(outputPath: output.path, newerThan: sources.map(\.path))
    }

    /// The same on plain paths.
    public static func isUpToDate(outputPath output: String, newerThan sources: [String]) -> Bool {
        guard case .found(let written) = FileTimestamp.modification(of: output) else {
            return false
        }
        return sources.allSatisfy { source in
            switch FileTimestamp.modification(of: source) {
            case .found(let changed): changed <= written
            case .missing: true
            case .unknown: false
            }
        }
    }
}
