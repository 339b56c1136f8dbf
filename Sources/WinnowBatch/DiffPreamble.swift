import WinnowCore

/// The lines printed before each file's dry-run diff: which filter and rule removed which line.
/// UnifiedDiff prefixes them so that `patch` skips them.
enum DiffPreamble {
    static func lines(for result: CleanResult, path: String) -> [String] {
        guard !result.decisions.isEmpty else { return [] }
        var lines = ["\(path): \(result.decisions.count) removed"]
        for decision in result.decisions {
            let span = decision.firstLine == decision.lastLine ? "\(decision.firstLine)" : "\(decision.firstLine)-\(decision.lastLine)"
            lines.append("  line \(span) \(decision.reason): \(clip(decision.text))")
        }
        return lines
    }

    static func clip(_ text: String) -> String {
        text.count <= 70 ? text : String(text.prefix(69)) + "\u{2026}"
    }
}
