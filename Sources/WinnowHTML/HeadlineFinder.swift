import WinnowCore
import WinnowNative

/// Finds a page's headline: the <h1> that names the article (it matches the page's og:title
/// or <title>, or else it is the first <h1> followed by article-length text), else og:title,
/// else <title> without its " | Site" or " - Site" part.
enum HeadlineFinder {
    enum Source: Equatable {
        /// The block at this index is the headline.
        case block(Int)
        /// Text from the page's metadata.
        case metadata(String)
    }

    static func find(in tree: HTMLTree, blocks: [HTMLBlock]) -> Source? {
        let titles = PageTitles(tree)
        let candidates = blocks.indices.filter { blocks[$0].markup.tag == .heading && blocks[$0].markup.headingLevel == 1 }
        let references = [titles.openGraph, titles.title].compactMap { $0 }.map(Self.words)
        if !references.isEmpty {
            var best: (index: Int, score: Double)?
            for index in candidates {
                let heading = Self.words(blocks[index].text)
                guard !heading.isEmpty else { continue }
                let score = references.map { overlap(heading, $0) }.max() ?? 0
                if score >= Self.minimumOverlap && score > (best?.score ?? 0) { best = (index, score) }
            }
            if let best { return .block(best.index) }
        }
        if let index = candidates.first(where: { isFollowedByArticle($0, blocks: blocks) }) {
            return .block(index)
        }
        if let title = titles.openGraph { return .metadata(title) }
        if let title = titles.title { return .metadata(withoutSiteName(title)) }
        return nil
    }

    /// The share of the heading's words found in the reference title.
    static func overlap(_ heading: [String], _ reference: [String]) -> Double {
        let known = Set(reference)
        let shared = heading.filter(known.contains).count
        return Double(shared) / Double(max(heading.count, 1)) * min(1, Double(heading.count) / Double(max(reference.count, 1)) * 1.6)
    }

    static func words(_ text: String) -> [String] {
        Folding.key(Folding.fold(text)).split(separator: " ").map(String.init)
    }

    /// Paragraph text soon after the heading: a headline opens an article.
    private static func isFollowedByArticle(_ index: Int, blocks: [HTMLBlock]) -> Bool {
        var bytes = 0
        for block in blocks[(index + 1)..<min(blocks.count, index + 1 + Self.lookahead)] where block.markup.tag == .paragraph {
            bytes += block.text.utf8.count
        }
        return bytes >= Self.articleBytes
    }

    /// The title without a site name: the longest part between " | ", " - " and similar
    /// separators, when the title has such parts.
    static func withoutSiteName(_ title: String) -> String {
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let trimmed = parts.map { LineNormalizer.normalize($0) }.filter { !$0.isEmpty }
        guard trimmed.count > 1, let longest = trimmed.max(by: { $0.utf8.count < $1.utf8.count }) else { return title }
        return longest
    }

    static let separators = [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} ", " \u{2022} ", " \u{00BB} ", " / "]
    static let minimumOverlap = 0.6
    static let lookahead = 12
    static let articleBytes = 400
}

/// The titles a page declares in its <head>: `<title>` and `og:title` (or `twitter:title`).
struct PageTitles {
    var title: String?
    var openGraph: String?

    init(_ tree: HTMLTree) {
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let node = tree.nodes[index]
            if node.name == "body" { break }
            if node.name == "title", title == nil {
                let text = LineNormalizer.normalize(tree.children(of: index).map { tree.text(of: $0) }.joined())
                if !text.isEmpty { title = text }
            } else if node.name == "meta", openGraph == nil {
                let key = node.attribute("property") ?? node.attribute("name")
                if key == "og:title" || key == "twitter:title", let content = node.attribute("content") {
                    let text = LineNormalizer.normalize(content)
                    if !text.isEmpty { openGraph = text }
                }
            }
        }
    }
}
