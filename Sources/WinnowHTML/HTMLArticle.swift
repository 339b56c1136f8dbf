import WinnowCore
import WinnowNative

/// An HTML page as a Winnow document: decoded, parsed, cut into blocks with markup features,
/// the headline first. The pipeline's filters (main-content extraction first) then decide.
public enum HTMLArticle {
    public struct Parsed: Sendable {
        public let document: Document
        /// How the page was decoded, and parser trouble (an early stop), for messages.
        public let notes: [String]
        /// The page's canonical address (`<link rel=canonical>` or `og:url`), if it gives one.
        public let url: String?
    }

    /// Decodes the page (`HTMLDecoder`), parses it with libxml2 (NULs, invalid UTF-8 and
    /// attribute bombs are repaired first), cuts the body into blocks and puts the headline
    /// first. Each block is one unit, on its own "line" (its position) for reports.
    public static func parse(_ bytes: [UInt8]) -> Parsed {
        // Without a time limit nothing throws.
        try! parse(bytes, deadline: .never)
    }

    /// `parse`, giving up with `DeadlineExceeded` between its stages once `deadline` has passed
    /// (libxml2's own parse cannot be stopped; the attribute-bomb guard keeps it linear).
    public static func parse(_ bytes: [UInt8], deadline: Deadline) throws(DeadlineExceeded) -> Parsed {
        let decoded = HTMLDecoder.decode(bytes)
        try deadline.check()
        let tree = LibXML2.parse(utf8: decoded.utf8)
        try deadline.check()
        var blocks = BlockBuilder.blocks(of: tree, deadline: deadline)
        try deadline.check()
        var headline: HTMLBlock?
        switch HeadlineFinder.find(in: tree, blocks: blocks) {
        case .block(let index)?:
            headline = blocks.remove(at: index)
        case .metadata(let text)?:
            headline = HTMLBlock(text: text, markup: MarkupFeatures(tag: .heading, headingLevel: 1), element: -1)
        case nil:
            break
        }
        var units: [Unit] = []
        units.reserveCapacity(blocks.count + 1)
        if var headline {
            headline.markup.context.insert(.headline)
            units.append(unit(headline, position: 0))
        }
        for block in blocks {
            units.append(unit(block, position: units.count))
        }
        let document = Document(units: units, lineCount: units.count, headline: headline == nil ? nil : 0,
                                firstUnitIsHeadline: false)
        return Parsed(document: document, notes: decoded.notes + tree.notes, url: CanonicalURL.find(in: tree))
    }

    private static func unit(_ block: HTMLBlock, position: Int) -> Unit {
        Unit(text: block.text, paragraph: position, lines: (position + 1)...(position + 1), markup: block.markup)
    }
}
