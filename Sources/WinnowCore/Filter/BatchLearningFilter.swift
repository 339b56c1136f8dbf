/// A filter that judges a document by what the other documents of its batch repeat: it reads
/// `Settings.siteProfile`, learned first from the whole batch. A capability marker, like
/// SwiftLint's rule protocols, rather than a flag on every filter.
///
/// Its examples are several pages of one site separated by `pageBreak` lines: every page is
/// learned from, and the last page is the one judged (its marked lines must go).
public protocol BatchLearningFilter: Filter {
    /// The same filter (same parameters) judging by `profile`.
    func learning(_ profile: SiteProfile) -> Self
}

extension BatchLearningFilter {
    /// A line alone between the pages of an example.
    public static var pageBreak: String { "\u{2042}" }

    /// An example's pages, and the source line (0-based) where the last one starts.
    public static func pages(of example: Example) -> (pages: [String], lastPageStart: Int) {
        var pages: [[String]] = [[]]
        var lastPageStart = 0
        for (index, line) in LineSplitter.lines(example.document).enumerated() {
            if line == pageBreak {
                pages.append([])
                lastPageStart = index + 1
            } else {
                pages[pages.count - 1].append(line)
            }
        }
        return (pages.map { $0.joined(separator: "\n") }, lastPageStart)
    }
}
