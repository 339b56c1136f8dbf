import Testing
import WinnowHTML

/// The page address that names an HTML page's site: canonical link first, then og:url.
struct CanonicalURLTests {
    static func url(head: String) -> String? {
        HTMLArticle.parse(Array("<html><head>\(head)</head><body><h1>Title</h1><p>Text.</p></body></html>".utf8)).url
    }

    @Test func canonicalLinkWinsOverOpenGraph() {
        #expect(Self.url(head: #"<meta property="og:url" content="https://og.example/a"><link rel="canonical" href="https://www.example.org/a">"#)
            == "https://www.example.org/a")
    }

    @Test func openGraphWhenThereIsNoCanonicalLink() {
        #expect(Self.url(head: #"<meta property="og:url" content=" https://og.example/a ">"#) == "https://og.example/a")
    }

    @Test func relativeOrMissingAddressesNameNoSite() {
        #expect(Self.url(head: #"<link rel="canonical" href="/a/b.html">"#) == nil)
        #expect(Self.url(head: "<title>T</title>") == nil)
    }
}
