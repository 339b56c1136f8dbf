import Testing
import WinnowHTML
import WinnowNative

@Suite("HTML tree")
struct TreeTests {
    @Test("structure: pre-order, parents, depths, first children and siblings agree")
    func structure() throws {
        let html = "<!DOCTYPE html><!-- c --><html><head><title>T</title></head>"
            + "<body><p>one <b>two</b> three</p><?pi x?><p>four</p></body></html>"
        let tree = LibXML2.parse(utf8: Array(html.utf8))
        let root = try #require(tree.nodes.first)
        #expect(root.name == "html" && root.parent == -1 && root.depth == 0 && root.nextSibling == -1)
        #expect(tree.nodes.map(\.name) == ["html", "head", "title", "", "body", "p", "", "b", "", "", "p", ""])
        #expect(tree.allText == "Tone two threefour")
        for (index, node) in tree.nodes.enumerated() where index > 0 {
            let parent = Int(node.parent)
            #expect(parent < index)
            #expect(node.depth == tree.nodes[parent].depth + 1)
            #expect(tree.children(of: parent).contains(index))
        }
        let body = try #require(tree.firstElement("body"))
        #expect(tree.children(of: body).map { tree.nodes[$0].name } == ["p", "p"])
        #expect(tree.nodes.allSatisfy { $0.kind == .element || $0.attributes.isEmpty })
        #expect(tree.nodes.allSatisfy { $0.kind == .text || $0.text.isEmpty })
    }

    @Test("tag and attribute names come out lowercase")
    func lowercase() throws {
        let tree = LibXML2.parse(utf8: Array("<HTML><BODY><DIV CLASS='Main' ID=X>t</DIV></BODY></HTML>".utf8))
        let div = try #require(tree.firstElement("div"))
        #expect(tree.nodes[div].attributes == [.init(name: "class", value: "Main"), .init(name: "id", value: "X")])
    }

    @Test("script, style and other opaque elements are kept empty; their contents are not text")
    func opaqueElements() throws {
        let html = """
            <html><head><style>p { color: red }</style><script>var secret = "SCRIPT TEXT";</script></head>
            <body><p>visible</p><noscript><p>NOSCRIPT TEXT</p></noscript><template><p>TEMPLATE</p></template>
            <svg><text>SVG TEXT</text></svg><math><mi>MATH</mi></math><iframe>IFRAME</iframe>
            <script type="application/ld+json">{"a": "JSON TEXT"}</script><p>end</p></body></html>
            """
        let tree = LibXML2.parse(utf8: Array(html.utf8))
        let text = tree.allText
        #expect(text.contains("visible") && text.contains("end"))
        for hidden in ["color", "SCRIPT TEXT", "NOSCRIPT", "TEMPLATE", "SVG TEXT", "MATH", "IFRAME", "JSON TEXT"] {
            #expect(!text.contains(hidden), "\(hidden) leaked into the text")
        }
        for name in ["script", "style", "noscript", "template", "svg", "math", "iframe"] {
            let index = try #require(tree.firstElement(name), "\(name) missing")
            #expect(tree.nodes[index].firstChild == -1)
        }
        let jsonScript = tree.nodes.first { $0.name == "script" && $0.attribute("type") == "application/ld+json" }
        #expect(jsonScript != nil)
    }

    @Test("attribute whitelist")
    func whitelist() throws {
        let html = """
            <html lang="en"><body>
            <div class="a b" id="main" role="main" itemprop="articleBody" itemscope itemtype="https://schema.org/Article"
                 onclick="evil()" data-x="1" title="t" aria-hidden="true" aria-label="Label" hidden>x</div>
            <a href="/link" rel="author" name="n" style="color:red">a</a>
            <div href="/not-kept" style="DISPLAY : None">hidden</div>
            <span style="visibility:hidden; color: blue">v</span>
            <meta property="og:title" content="C"><meta charset="utf-8"><meta http-equiv="refresh" content="5">
            <time datetime="2020-01-01">d</time><input type="hidden">
            </body></html>
            """
        let tree = LibXML2.parse(utf8: Array(html.utf8))
        #expect(tree.nodes[0].attributes == [.init(name: "lang", value: "en")])
        let div = try #require(tree.firstElement("div"))
        #expect(tree.nodes[div].attributes.map(\.name)
            == ["class", "id", "role", "itemprop", "itemscope", "itemtype", "aria-hidden", "aria-label", "hidden"])
        #expect(tree.nodes[div].attribute("itemscope") == "")
        let a = try #require(tree.firstElement("a"))
        #expect(tree.nodes[a].attributes == [.init(name: "href", value: "/link"), .init(name: "rel", value: "author"),
                                              .init(name: "name", value: "n")])
        let hiddenDiv = try #require(tree.nodes.indices.first { tree.nodes[$0].name == "div" && $0 != div })
        #expect(tree.nodes[hiddenDiv].attributes == [.init(name: "style", value: "DISPLAY : None")])
        let span = try #require(tree.firstElement("span"))
        #expect(tree.nodes[span].attribute("style") == "visibility:hidden; color: blue")
        let metas = tree.nodes.filter { $0.name == "meta" }.map(\.attributes)
        #expect(metas == [
            [.init(name: "property", value: "og:title"), .init(name: "content", value: "C")],
            [.init(name: "charset", value: "utf-8")],
            [.init(name: "http-equiv", value: "refresh"), .init(name: "content", value: "5")],
        ])
        #expect(tree.nodes[try #require(tree.firstElement("time"))].attribute("datetime") == "2020-01-01")
        #expect(tree.nodes[try #require(tree.firstElement("input"))].attribute("type") == "hidden")
    }

    @Test("entities are decoded, whitespace between inline elements is kept")
    func entitiesAndWhitespace() {
        let tree = LibXML2.parse(utf8: Array("<p><time>Mon</time> <mark>x</mark> &amp; &eacute;&#8212;&#x1F600;</p>".utf8))
        #expect(tree.allText == "Mon x & é—😀")
    }

    @Test("<meta charset> inside the page is ignored by the parser: input is UTF-8")
    func ignoresDeclaredEncoding() {
        let tree = LibXML2.parse(utf8: Array("<meta charset=windows-1251><p>Привет</p>".utf8))
        #expect(tree.allText == "Привет")
    }

    @Test("a benchmark page: non-empty tree with the expected title and article text")
    func benchmarkPage() throws {
        let bytes = try Fixture.benchmarkPage("042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856")
        #expect(HTMLSniffer.looksLikeHTML(bytes))
        let result = Fixture.decodeAndParse(bytes)
        #expect(result.encoding == "UTF-8")
        #expect(!result.tree.stoppedEarly)
        #expect(result.tree.nodes.count > 500)
        let title = try #require(result.tree.firstElement("title"))
        #expect(result.tree.textContent(of: title)
            == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay  - WSJ")
        #expect(result.tree.allText.contains("Gaming used to be so simple."))
    }

    @Test("all 181 benchmark pages: recognised, decoded as UTF-8, parsed to the end")
    func allBenchmarkPages() throws {
        let ids = try Fixture.benchmarkIDs()
        #expect(ids.count == 181)
        for id in ids {
            let bytes = try Fixture.benchmarkPage(id)
            #expect(HTMLSniffer.looksLikeHTML(bytes), "\(id) not recognised")
            let result = Fixture.decodeAndParse(bytes)
            #expect(result.encoding == "UTF-8", "\(id): \(result.encoding)")
            #expect(!result.tree.stoppedEarly, "\(id): \(result.tree.notes)")
            #expect(result.tree.nodes.first?.name == "html")
            #expect(result.tree.firstElement("body") != nil, "\(id) has no body")
        }
    }
}

@Suite("HTML sniffing")
struct SnifferTests {
    @Test("recognised as HTML", arguments: [
        "<!DOCTYPE html><html><body>x</body></html>",
        "\u{FEFF}  \n<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "<html lang=en>",
        "<HEAD><title>x</title>",
        "<body>",
        "<meta charset=utf-8><title>x</title>",
        "<!-- generated --> \n <!-- twice --><html>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "Some text first <div class=a>one</div><div>two</div>",
        "<p>Hello</p>",
    ])
    func positives(text: String) {
        #expect(HTMLSniffer.looksLikeHTML(Array(text.utf8)))
    }

    @Test("not HTML", arguments: [
        "",
        "Plain prose where a < b and c > d, nothing more.",
        "If x <p then y. Also 3 < 4.",
        "<!doctype svg>",
        "<htmlfoo>",
        "{\"json\": \"<p>\"}",
        "A note about <b> tags in prose",
        "<!-- just a comment -->",
    ])
    func negatives(text: String) {
        #expect(!HTMLSniffer.looksLikeHTML(Array(text.utf8)))
    }

    @Test("UTF-16 with BOM is sniffed too")
    func utf16() throws {
        let bytes = try Fixture.encode("<!DOCTYPE html><html>é</html>", as: "UTF-16LE")
        #expect(HTMLSniffer.looksLikeHTML([0xFF, 0xFE] + bytes))
        let prose = try Fixture.encode("Just words < here", as: "UTF-16BE")
        #expect(!HTMLSniffer.looksLikeHTML([0xFE, 0xFF] + prose))
    }

    @Test("tags beyond the first kilobyte do not count")
    func window() {
        let text = String(repeating: "word ", count: 300) + "<div>a</div><p>b</p>"
        #expect(!HTMLSniffer.looksLikeHTML(Array(text.utf8)))
    }
}
