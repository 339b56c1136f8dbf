import Foundation
import Testing
import WinnowHTML
import WinnowNative

@Suite("Malformed and hostile input")
struct MalformedInputTests {
    @Test("an empty buffer gives an empty tree")
    func emptyBuffer() {
        let tree = LibXML2.parse(utf8: [])
        #expect(tree.nodes.isEmpty)
        #expect(tree.textBytes.isEmpty)
        #expect(!tree.stoppedEarly)
        let decoded = HTMLDecoder.decode([])
        #expect(decoded.utf8.isEmpty)
    }

    @Test("NUL bytes between elements: the text after them survives")
    func nulBytes() {
        let bytes = Array("<html><body><p>before</p>".utf8) + [0, 0] + Array("<p>after</p>\u{0}<p>end</p></body></html>".utf8)
        let tree = LibXML2.parse(utf8: bytes)
        #expect(tree.allText.contains("before"))
        #expect(tree.allText.contains("after"))
        #expect(tree.allText.contains("end"))
        let stoppedEarly = tree.stoppedEarly
        #expect(!stoppedEarly)
        #expect(tree.notes.contains { $0.contains("NUL") })
    }

    @Test("invalid UTF-8 handed to the parser does not turn the rest into Latin-1")
    func invalidUTF8ToParser() {
        let bytes = Array("<p>a".utf8) + [0xFF] + Array("b</p><p>café</p>".utf8)
        let tree = LibXML2.parse(utf8: bytes)
        #expect(tree.allText == "a\u{FFFD}bcafé")
    }

    @Test("100,000-deep nesting: no crash, the text at the bottom survives")
    func deepNesting() {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "bottom text"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        let tree = LibXML2.parse(utf8: Array(html.utf8))
        // Plain values in the expectations: a failure must not print a 100,000-node tree.
        let stoppedEarly = tree.stoppedEarly, nodeCount = tree.nodes.count
        let endsRight = tree.allText.hasSuffix("bottom textafter")
        #expect(!stoppedEarly)
        let textIndex = tree.nodes.indices.first { tree.nodes[$0].kind == .text && tree.text(of: $0) == "bottom text" }
        #expect(textIndex != nil)
        if let textIndex {
            let textDepth = tree.nodes[textIndex].depth
            #expect(textDepth > Int32(depth))
        }
        #expect(endsRight)
        #expect(nodeCount >= depth + 3)
    }

    @Test("many paragraphs deep inside deep nesting: each block keeps a bounded chain, every paragraph survives")
    func manyBlocksDeepInside() {
        let depth = 3_000, paragraphs = 3_000
        var html = "<html><body><h1>Title</h1>" + String(repeating: "<div>", count: depth)
        for index in 0..<paragraphs { html += "<p>Paragraph \(index) of the story.</p>" }
        html += String(repeating: "</div>", count: depth) + "</body></html>"
        let units = HTMLArticle.parse(Array(html.utf8)).document.units
        // Plain values in the expectations: a failure must not print 3,000 units.
        let unitCount = units.count
        let longestChain = units.map { $0.markup?.ancestors.count ?? 0 }.max() ?? 0
        let lastText = units.last?.text ?? ""
        #expect(unitCount == paragraphs + 1)
        #expect(longestChain <= 256, "blocks × depth would grow without bound")
        #expect(lastText == "Paragraph 2999 of the story.")
    }

    @Test("a page cut mid-tag keeps the text before the cut")
    func truncatedMidTag() {
        let html = "<html><head><title>T</title></head><body><p>First paragraph.</p><p>Second one</p><div class=\"x"
        let tree = LibXML2.parse(utf8: Array(html.utf8))
        #expect(tree.allText.contains("First paragraph."))
        #expect(tree.allText.contains("Second one"))
        #expect(!tree.stoppedEarly)
    }

    @Test("a tag with 200,000 attributes is cut by the guard, text survives")
    func attributeBomb() {
        var html = "<html><body><p>before</p><div"
        html.reserveCapacity(2_000_000)
        for i in 0..<200_000 { html += " a\(i)=\"1\"" }
        html += ">inside</div><p>after</p></body></html>"
        // Unguarded, libxml2 needs about 240 s for this. The note says the guard cut the
        // attributes (how long the parse took is `make bench`'s business, not a test's: on a
        // loaded machine a clock proves nothing).
        let tree = LibXML2.parse(utf8: Array(html.utf8))
        let text = tree.allText, notes = tree.notes
        #expect(text == "beforeinsideafter")
        #expect(notes.contains { $0.contains("dropped attributes beyond 1000") })
        let div = tree.firstElement("div").map { tree.nodes[$0].attributes.count }
        #expect(div == 0)  // a0... are not whitelisted; the element itself is there
    }

    @Test("a 12 MB text node survives whole (XML_PARSE_HUGE)")
    func hugeTextNode() throws {
        let size = 12 * 1024 * 1024
        var html = Array("<html><body><p>".utf8)
        html.reserveCapacity(size + 100)
        let word = Array("lorem ".utf8)
        while html.count < size { html += word }
        html += Array("THE END</p><p>next</p></body></html>".utf8)
        let tree = LibXML2.parse(utf8: html)
        // Plain values in the expectations: a failure must not print 12 MB.
        let stoppedEarly = tree.stoppedEarly
        #expect(!stoppedEarly)
        let longest = try #require(tree.nodes.indices.filter { tree.nodes[$0].kind == .text }
            .max { tree.nodes[$0].text.count < tree.nodes[$1].text.count })
        let longestCount = tree.nodes[longest].text.count
        let endsWithMarker = tree.textSlice(longest).suffix(7).elementsEqual("THE END".utf8)
        let nextSurvives = tree.allText.hasSuffix("next")
        #expect(longestCount > size - 100)
        #expect(endsWithMarker)
        #expect(nextSurvives)
    }

    @Test("random bytes produce a tree or nothing, never a crash")
    func randomBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let decoded = HTMLDecoder.decode(bytes)
            let tree = LibXML2.parse(utf8: decoded.utf8)
            #expect(tree.nodes.allSatisfy { $0.parent < Int32(tree.nodes.count) })
        }
    }
}

@Suite("Parsing on several threads")
struct ConcurrencyTests {
    @Test("parallel parses give the same trees as a serial one")
    func parallel() async throws {
        let bytes = try Fixture.benchmarkPage("042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856")
        let reference = LibXML2.parse(utf8: bytes)
        let results = await withTaskGroup(of: (Int, [UInt8]).self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let tree = LibXML2.parse(utf8: bytes)
                    return (tree.nodes.count, tree.textBytes)
                }
            }
            var all: [(Int, [UInt8])] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        let allEqual = results.allSatisfy { $0.0 == reference.nodes.count && $0.1 == reference.textBytes }
        #expect(allEqual)
    }
}

@Suite("Attribute bomb guard")
struct AttributeBombGuardTests {
    @Test("finds the offending tag and trims it to the limit")
    func trimsToLimit() throws {
        let tag = "<div" + (0..<10).map { " a\($0)='v>\($0)'" }.joined() + ">"
        let bytes = Array(("<p>x</p>" + tag + "text</div>").utf8)
        #expect(AttributeBombGuard.firstOffendingTag(in: bytes, limit: 10) == nil)
        #expect(AttributeBombGuard.firstOffendingTag(in: bytes, limit: 4) == 8)
        let trimmed = AttributeBombGuard.trimmed(bytes, limit: 4)
        #expect(trimmed.trimmedTags == 1)
        #expect(String(decoding: trimmed.bytes, as: UTF8.self)
            == "<p>x</p><div a0='v>0' a1='v>1' a2='v>2' a3='v>3' >text</div>")
    }

    @Test("attributes without blanks, bare values and boolean attributes all count")
    func countingForms() {
        let packed = "<b" + String(repeating: " x", count: 6) + ">" + "<i" + String(repeating: " y=1", count: 6) + ">"
            + "<u a=\"1\"b=\"2\"c=\"3\"d=\"4\"e=\"5\"f=\"6\">"
        let findings = AttributeBombGuard.findings(in: Array(packed.utf8), limit: 5)
        #expect(findings.count == 3)
    }

    @Test("comments, script contents and end tags are not tags")
    func notTags() {
        let many = String(repeating: " a", count: 50)
        let html = "<!-- <div\(many)> --><script>var s = '<div\(many)>';</script><style>p{}</style></div\(many)><p>ok</p>"
        #expect(AttributeBombGuard.firstOffendingTag(in: Array(html.utf8), limit: 10) == nil)
        let after = html + "<div\(many)>"
        #expect(AttributeBombGuard.firstOffendingTag(in: Array(after.utf8), limit: 10) == html.utf8.count)
    }

    @Test("clean pages come back untouched")
    func untouched() {
        let bytes = Array("<html><body class=a id=b><p>hi</p></body></html>".utf8)
        let trimmed = AttributeBombGuard.trimmed(bytes)
        #expect(trimmed.trimmedTags == 0)
        #expect(trimmed.bytes == bytes)
    }
}
