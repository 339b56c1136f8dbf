import WinnowCore
import WinnowNative

/// The address a page declares for itself: `<link rel="canonical" href>`, else `og:url`. Site
/// profiles group pages by its host, which a scraped file name rarely tells.
enum CanonicalURL {
    static func find(in tree: HTMLTree) -> String? {
        var openGraph: String?
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let node = tree.nodes[index]
            if node.name == "body" { break }
            if node.name == "link", let rel = node.attribute("rel"),
               rel.lowercased().split(separator: " ").contains("canonical"),
               let href = node.attribute("href"), let url = absolute(href) {
                return url
            }
            if node.name == "meta", openGraph == nil,
               (node.attribute("property") ?? node.attribute("name")) == "og:url",
               let content = node.attribute("content") {
                openGraph = absolute(content)
            }
        }
        return openGraph
    }

    /// The address trimmed, when it names a host ("https://host/...", "//host/..."); a
    /// relative address says nothing about the site.
    private static func absolute(_ value: String) -> String? {
        let trimmed = LineNormalizer.normalize(value)
        return trimmed.contains("//") ? trimmed : nil
    }
}
