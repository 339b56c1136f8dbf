import Testing
import WinnowCore
import WinnowHTML

/// Main-content extraction on HTML pages built here: what is kept, what is dropped, which
/// headline is chosen.
struct ExtractionTests {
    static let paragraphs = [
        "Engineers began lifting the old bridge deck on Saturday, the first step in a repair that the city says will take most of next year and cost about £18 million.",
        "The bridge, which carries about 40,000 vehicles a day, was closed in March after inspectors found cracks in two of its steel supports.",
        "Traffic has since been diverted through the town centre, and shop owners say trade has fallen by a third since the spring.",
        "The council said it would publish a timetable for the reopening next month, once the new supports have been tested.",
    ]

    static func page(title: String = "Old bridge deck lifted out | The Herald", head: String = "", body: String) -> [UInt8] {
        Array("""
        <!doctype html><html><head><meta charset="utf-8"><title>\(title)</title>\(head)</head>
        <body>\(body)</body></html>
        """.utf8)
    }

    static let chrome = """
        <header class="site-header"><a href="/">The Herald</a><ul class="menu"><li><a href="/news">News</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></header>
        <nav><a href="/a">World</a> <a href="/b">Politics</a> <a href="/c">Science</a></nav>
        """

    static let footer = """
        <aside class="sidebar"><h3>Most read</h3><ul>
        <li><a href="/1">Mayor defends budget after protests in the city centre</a></li>
        <li><a href="/2">Five things to know about the tram plan and its costs</a></li></ul></aside>
        <footer><p>© 2024 The Herald. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
        """

    func body(_ html: [UInt8]) throws -> String {
        let document = HTMLArticle.parse(html).document
        return try Pipeline().run(document).bodyText
    }

    func kept(_ html: [UInt8]) throws -> [String] {
        let document = HTMLArticle.parse(html).document
        let result = try Pipeline().run(document)
        return result.kept.filter { $0 != document.headline }.map { result.document.units[$0].text }
    }

    @Test func chromeAroundTheArticleIsDropped() throws {
        let article = "<article><h1>Old bridge deck lifted out</h1>"
            + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</article>"
        let html = Self.page(body: Self.chrome + "<main>" + article + "</main>" + Self.footer)
        #expect(try kept(html) == Self.paragraphs)
        #expect(try body(html) == Self.paragraphs.joined(separator: "\n\n") + "\n")
    }

    @Test func shareBarsRelatedBoxesAndCaptionsInsideTheArticleAreDropped() throws {
        let html = Self.page(body: Self.chrome + """
            <div class="content"><div class="article-body">
            <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
            <p>\(Self.paragraphs[0])</p>
            <figure><img src="a.jpg"><figcaption>Cranes lift the deck on Saturday morning.</figcaption></figure>
            <p>\(Self.paragraphs[1])</p>
            <div class="related-stories"><h4>Related</h4><ul><li><a href="/x">Bridge to close for a year, council says after tests</a></li>
            <li><a href="/y">Shops count the cost of the bridge closure in the town</a></li></ul></div>
            <p>\(Self.paragraphs[2])</p>
            <p>\(Self.paragraphs[3])</p>
            <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news first.</p></div>
            </div></div>
            <div id="comments" class="comments-area"><h3>3 comments</h3>
            <p>I drive over that bridge every day and I am glad they are finally fixing it properly.</p>
            <p>About time too, the council has been talking about this for years without doing anything.</p></div>
            """ + Self.footer)
        #expect(try kept(html) == Self.paragraphs)
    }

    @Test func headingsListsQuotesAndTablesInTheArticleAreKept() throws {
        let html = Self.page(body: Self.chrome + """
            <article><h1>Old bridge deck lifted out</h1>
            <p>\(Self.paragraphs[0])</p>
            <h2>What happens next</h2>
            <p>\(Self.paragraphs[1])</p>
            <ul><li>Lifting the deck</li><li>Replacing the supports</li><li>Load tests</li></ul>
            <blockquote><p>"We knew it would be hard, but not this hard," said a café owner near the bridge.</p></blockquote>
            <table><tr><th>Stage</th><th>Cost</th></tr><tr><td>Deck</td><td>£6 million</td></tr></table>
            <p>\(Self.paragraphs[2])</p>
            <p>\(Self.paragraphs[3])</p>
            </article>
            """ + Self.footer)
        let text = try kept(html)
        for expected in ["What happens next", "Lifting the deck", "Replacing the supports", "Load tests",
                         "\"We knew it would be hard, but not this hard,\" said a café owner near the bridge.",
                         "Stage", "£6 million"] + Self.paragraphs {
            #expect(text.contains(expected), "lost: \(expected)")
        }
        #expect(!text.contains { $0.contains("Most read") || $0.contains("Mayor defends") || $0.contains("©") })
    }

    @Test func hiddenTextFormsAndButtonsAreDropped() throws {
        let html = Self.page(body: """
            <article><h1>Old bridge deck lifted out</h1>
            <p>\(Self.paragraphs[0])</p>
            <div style="display: none"><p>This paragraph is hidden from readers and should never be extracted.</p></div>
            <div hidden><p>Neither should this hidden paragraph that nobody ever sees on the page.</p></div>
            <p aria-hidden="true">An aria-hidden paragraph that screen readers skip, as should we here.</p>
            <span class="sr-only">Skip to the next section of the page for more.</span>
            <p>\(Self.paragraphs[1])</p>
            <form action="/subscribe"><label>Email</label><input name="email"><button>Subscribe</button></form>
            <p>\(Self.paragraphs[2])</p>
            </article>
            """)
        #expect(try kept(html) == Array(Self.paragraphs.prefix(3)))
    }

    @Test func aPageWrappedInAFormKeepsItsArticle() throws {
        let html = Self.page(body: "<form id=\"page\">" + Self.chrome + "<div class=\"story\">"
            + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></form>")
        #expect(try kept(html) == Self.paragraphs)
    }

    @Test func lineBreaksSplitUnits() throws {
        let html = Self.page(body: "<div class=\"post\"><p>\(Self.paragraphs[0])<br>\(Self.paragraphs[1])<br><br>\(Self.paragraphs[2])</p></div>")
        #expect(try kept(html) == Array(Self.paragraphs.prefix(3)))
    }

    // MARK: - Headline

    @Test func headlineIsTheH1ThatMatchesTheTitle() throws {
        let html = Self.page(body: """
            <div class="logo"><h1>The Herald</h1></div>
            <article><h1>Old bridge deck lifted out</h1>\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</article>
            """)
        let document = HTMLArticle.parse(html).document
        #expect(document.headline == 0)
        #expect(document.units[0].text == "Old bridge deck lifted out")
        #expect(document.units.filter { $0.text == "Old bridge deck lifted out" }.count == 1, "the h1 moved, not copied")
        #expect(!(try body(html)).contains("Old bridge deck lifted out"))
    }

    @Test func headlineFallsBackToOpenGraphTitle() throws {
        let html = Self.page(
            title: "The Herald", head: "<meta property=\"og:title\" content=\"Bridge repairs begin\">",
            body: "<article>\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</article>")
        let document = HTMLArticle.parse(html).document
        #expect(document.headline == 0)
        #expect(document.units[0].text == "Bridge repairs begin")
    }

    @Test(arguments: [
        ("Old bridge deck lifted out | The Herald", "Old bridge deck lifted out"),
        ("Old bridge deck lifted out - The Herald", "Old bridge deck lifted out"),
        ("The Herald :: Old bridge deck lifted out", "Old bridge deck lifted out"),
        ("Old bridge deck lifted out", "Old bridge deck lifted out"),
    ])
    func headlineFallsBackToTheTitleWithoutItsSiteName(_ title: String, _ expected: String) throws {
        let html = Self.page(title: title, body: "<div>\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div>")
        let document = HTMLArticle.parse(html).document
        #expect(document.headline == 0)
        #expect(document.units[0].text == expected)
        #expect(try body(html) == Self.paragraphs.joined(separator: "\n\n") + "\n")
    }

    // MARK: - Robustness

    @Test func deepNestingIsWalkedWithoutRecursion() throws {
        let depth = 20_000
        let html = Self.page(body: String(repeating: "<div>", count: depth) + "<div class=\"article-body\">"
            + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div>" + String(repeating: "</div>", count: depth))
        #expect(try kept(html) == Self.paragraphs)
    }

    @Test func deeplyNestedFormsAndFiguresAreWalkedOnce() throws {
        let depth = 20_000
        let forms = String(repeating: "<form>", count: depth) + "<div class=\"article-body\">"
            + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div>" + String(repeating: "</form>", count: depth)
        #expect(try kept(Self.page(body: forms)) == Self.paragraphs)
        let figures = "<article>" + Self.paragraphs.map { "<p>\($0)</p>" }.joined()
            + String(repeating: "<figure><span>x</span>", count: depth) + String(repeating: "</figure>", count: depth) + "</article>"
        #expect(try kept(Self.page(body: figures)) == Self.paragraphs)
    }

    @Test func emptyAndTextlessPagesGiveEmptyDocuments() throws {
        #expect(HTMLArticle.parse([]).document.units.isEmpty)
        #expect(try body(Self.page(title: "", body: "<div><img src=\"a.png\"></div>")) == "")
    }

    @Test func unitsCarryMarkupFeatures() throws {
        let html = Self.page(body: "<article><h2>Plans</h2><p>Read <a href=\"/x\">the plan</a> here.</p><ul><li>One item</li></ul></article>")
        let units = HTMLArticle.parse(html).document.units
        let heading = try #require(units.first { $0.text == "Plans" }?.markup)
        #expect(heading.tag == .heading && heading.headingLevel == 2)
        #expect(heading.context.contains(.article))
        let paragraph = try #require(units.first { $0.text == "Read the plan here." }?.markup)
        #expect(paragraph.tag == .paragraph)
        #expect(paragraph.linkBytes == 7 && paragraph.textBytes == 16)
        let item = try #require(units.first { $0.text == "One item" }?.markup)
        #expect(item.tag == .listItem && item.context.contains(.list))
    }
}
