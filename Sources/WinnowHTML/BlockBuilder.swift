import WinnowCore
import WinnowNative

/// One block of page text with its markup features, before it becomes a unit.
struct HTMLBlock: Sendable {
    var text: String
    var markup: MarkupFeatures
    /// Index of the block's own element in the tree.
    var element: Int
}

/// Cuts a parsed page into blocks of text: paragraphs, headings, list items, quotes, table
/// cells, text directly in a div, and lines split by <br>. The walk is iterative (the tree is
/// in pre-order, so a subtree is a range of indices) and collects text as UTF-8 bytes,
/// normalizing once per block.
///
/// Dropped on the way: what the tree keeps empty (script, style, svg...), hidden elements
/// (`hidden`, `aria-hidden="true"`, `display:none`), text hidden from sighted readers
/// ("sr-only"), <nav>, <aside>, <footer>, <menu>, a <header> outside an article, forms and
/// figures (unless they hold a whole article), captions, buttons and form controls.
struct BlockBuilder {
    typealias Hints = MarkupFeatures.Hints
    typealias Context = MarkupFeatures.Context

    private struct Frame {
        var end: Int
        var element: Int32
        var kind: ElementKind
        var flow: ElementKind.Flow
        /// Hints of this element and every open element around it.
        var hints: Hints
        var context: Context
        var pushedAncestor: Bool
    }

    private let tree: HTMLTree
    private let ends: [Int]
    /// `paragraphsBefore[i]`: <p> elements among the first `i` nodes (built on demand).
    private var paragraphsBefore: [Int32] = []
    private(set) var blocks: [HTMLBlock] = []
    private var buffer: [UInt8] = []
    private var bufferBytes = 0
    private var bufferLinkBytes = 0
    private var frames: [Frame] = []
    private var ancestors: [MarkupFeatures.Ancestor] = []

    /// The innermost containers a block records. Every block keeping its whole chain costs
    /// blocks × depth in memory and in region scoring: 10,000 paragraphs 10,000 divs deep took
    /// 1.6 GB and 13 s, and a 64 MB page of that shape would exhaust the machine. Real pages
    /// nest no deeper than about 50, so they keep their whole chain.
    static let maxAncestors = 256

    /// The blocks of the page's <body> (of the whole page when it has none). Once `deadline`
    /// has passed the walk stops early; the caller checks the deadline and drops the blocks.
    static func blocks(of tree: HTMLTree, deadline: Deadline = .never) -> [HTMLBlock] {
        guard !tree.isEmpty else { return [] }
        var builder = BlockBuilder(tree: tree)
        builder.walk(from: builder.bodyIndex(), deadline: deadline)
        return builder.blocks
    }

    /// Nodes walked between two looks at the clock.
    static let nodesPerDeadlineCheck = 65_536

    private init(tree: HTMLTree) {
        self.tree = tree
        self.ends = Self.subtreeEnds(tree)
        buffer.reserveCapacity(4096)
        blocks.reserveCapacity(tree.nodes.count / 16 + 8)
    }

    /// `ends[i]`: one past the last node of the subtree rooted at `i`.
    static func subtreeEnds(_ tree: HTMLTree) -> [Int] {
        let count = tree.nodes.count
        var ends = [Int](repeating: 0, count: count)
        tree.nodes.withUnsafeBufferPointer { nodes in
            ends.withUnsafeMutableBufferPointer { ends in
                for index in stride(from: count - 1, through: 0, by: -1) {
                    if ends[index] < index + 1 { ends[index] = index + 1 }
                    let parent = Int(nodes[index].parent)
                    if parent >= 0 && ends[parent] < ends[index] { ends[parent] = ends[index] }
                }
            }
        }
        return ends
    }

    private func bodyIndex() -> Int {
        for child in tree.children(of: 0) where tree.nodes[child].kind == .element && tree.nodes[child].name == "body" {
            return child
        }
        return 0
    }

    // MARK: - Walk

    private mutating func walk(from start: Int, deadline: Deadline) {
        let end = ends[start]
        var index = start
        var nextCheck = start + Self.nodesPerDeadlineCheck
        while index < end {
            if index >= nextCheck {
                if deadline.hasPassed { return }
                nextCheck = index + Self.nodesPerDeadlineCheck
            }
            while let top = frames.last, top.end <= index { close() }
            let kindOfNode = tree.nodes[index].kind
            if kindOfNode == .text {
                appendText(tree.nodes[index].text)
                index += 1
                continue
            }
            var kind = ElementKind.of(tree.nodes[index].name)
            let inherited = frames.last?.hints ?? []
            var context = frames.last?.context ?? []
            guard var own = attributeHints(index, context: &context) else {
                index = ends[index]  // hidden
                continue
            }
            switch kind.special {
            case .header where !context.contains(.article) && own.isDisjoint(with: .positive):
                kind.flow = .skip
            case .header:
                context.insert(.header)
            case .form:
                if !holdsArticle(index) { kind.flow = .skip }
            case .figure:
                if holdsArticle(index) { kind.flow = .block; kind.tag = .division; kind.ancestor = .division }
            case .article, .main:
                context.insert(.article)
            case .list: context.insert(.list)
            case .table: context.insert(.table)
            case .quote: context.insert(.quote)
            case .code: context.insert(.code)
            case .link: context.insert(.link)
            case .body: own = []
            case .none, .footer: break
            }
            switch kind.flow {
            case .skip:
                index = ends[index]
                continue
            case .lineBreak:
                flush(extra: .lineBreak)
                index = ends[index]
                continue
            case .block:
                flush()
            case .inline:
                break
            }
            let pushed = kind.flow == .block
            if pushed { ancestors.append(MarkupFeatures.Ancestor(id: Int32(index), kind: kind.ancestor, hints: own)) }
            frames.append(Frame(
                end: ends[index], element: Int32(index), kind: kind, flow: kind.flow,
                hints: inherited.union(own), context: context, pushedAncestor: pushed))
            index += 1
        }
        while !frames.isEmpty { close() }
    }

    private mutating func close() {
        guard let top = frames.last else { return }
        if top.flow == .block { flush() }
        frames.removeLast()
        if top.pushedAncestor { ancestors.removeLast() }
    }

    // MARK: - Text

    private mutating func appendText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var visible = 0
        tree.textBytes.withUnsafeBufferPointer { bytes in
            for offset in range {
                let byte = bytes[offset]
                if byte > 0x20 { visible += 1 }
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        }
        bufferBytes += visible
        if let top = frames.last, top.context.contains(.link) { bufferLinkBytes += visible }
    }

    /// Ends the current block: its text becomes one block owned by the innermost open block.
    private mutating func flush(extra: Context = []) {
        defer {
            buffer.removeAll(keepingCapacity: true)
            bufferBytes = 0
            bufferLinkBytes = 0
        }
        guard bufferBytes > 0 else { return }
        let text = buffer.withUnsafeBufferPointer { LineNormalizer.normalize($0) }
        guard !text.isEmpty else { return }
        var owner: Frame?
        for frame in frames.reversed() where frame.flow == .block {
            owner = frame
            break
        }
        let kind = owner?.kind ?? ElementKind(flow: .block, tag: .division)
        var context = owner?.context ?? []
        context.formUnion(extra)
        if bufferLinkBytes * 10 >= bufferBytes * 9 { context.insert(.link) }
        let markup = MarkupFeatures(
            tag: kind.tag, headingLevel: kind.headingLevel, textBytes: Int32(clamping: bufferBytes),
            linkBytes: Int32(clamping: bufferLinkBytes), hints: frames.last?.hints ?? [], context: context,
            ancestors: ancestors.count <= Self.maxAncestors ? ancestors : Array(ancestors.suffix(Self.maxAncestors)))
        blocks.append(HTMLBlock(text: text, markup: markup, element: Int(owner?.element ?? 0)))
    }

    // MARK: - Elements

    /// Hints from class, id, role and itemprop (an article's own markers also set `.article`
    /// context); nil when the element is hidden: `hidden`, `aria-hidden="true"`, a style that
    /// hides (the tree keeps `style` only then), or a class hiding it from sighted readers.
    private func attributeHints(_ index: Int, context: inout Context) -> Hints? {
        var hints: Hints = []
        for attribute in tree.nodes[index].attributes {
            switch attribute.name {
            case "class", "id":
                hints.formUnion(attribute.value.utf8.withContiguousStorageIfAvailable(ClassHints.hints(of:))
                    ?? ClassHints.hints(of: attribute.value))
            case "hidden", "style":
                return nil
            case "aria-hidden":
                if attribute.value.lowercased() == "true" { return nil }
            case "role":
                let role = ClassHints.roleHints(attribute.value)
                if !role.isDisjoint(with: .positive) { context.insert(.article) }
                hints.formUnion(role)
            case "itemprop":
                if attribute.value.lowercased().contains("articlebody") {
                    hints.insert(.articleBody)
                    context.insert(.article)
                }
            default:
                continue
            }
        }
        return hints.contains(.hiddenText) ? nil : hints
    }

    /// A form or figure that wraps paragraphs of text (some sites put the whole page in a form).
    /// Paragraphs are counted from prefix sums (a subtree is a range of indices), made once, on
    /// the first form or figure: nested forms cost no rescanning.
    private mutating func holdsArticle(_ index: Int) -> Bool {
        if paragraphsBefore.isEmpty {
            paragraphsBefore.reserveCapacity(tree.nodes.count + 1)
            var count: Int32 = 0
            paragraphsBefore.append(0)
            for node in tree.nodes {
                if node.kind == .element && node.name == "p" { count += 1 }
                paragraphsBefore.append(count)
            }
        }
        return Int(paragraphsBefore[ends[index]] - paragraphsBefore[index + 1]) >= Self.articleParagraphs
    }

    static let articleParagraphs = 3
}
