import WinnowCore
import WinnowNative

/// An HTML page as a Winnow document: decoded, parsed, cut into blocks with markup features,
/// the headline first. The pipeline's filters (main-content extraction first) then decide.
public enum HTMLArticle {
    public struct Parsed: Sendable {
        public let document: Document
        /// How the page was decoded, and parser trouble (an early stop), for messages.
        public let notes: [String]
    }

    /// Placeholder until block extraction lands: the page's text nodes, one unit each.
    public static func parse(_ bytes: [UInt8]) -> Parsed {
        let decoded = HTMLDecoder.decode(bytes)
        let tree = LibXML2.parse(utf8: decoded.utf8)
        var units: [Unit] = []
        for index in tree.nodes.indices where tree.nodes[index].kind == .text {
            let text = LineNormalizer.normalize(tree.text(of: index))
            if !text.isEmpty { units.append(Unit(text: text, paragraph: units.count, lines: 1...1)) }
        }
        return Parsed(document: Document(units: units, lineCount: 1), notes: decoded.notes + tree.notes)
    }
}
