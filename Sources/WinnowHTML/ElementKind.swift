import WinnowCore

/// How the block builder treats an element, by tag name.
struct ElementKind: Sendable {
    enum Flow: UInt8, Sendable {
        /// Text flows through (a, span, em, unknown custom elements).
        case inline
        /// Starts and ends a block.
        case block
        /// A line break inside a block (<br>).
        case lineBreak
        /// Never article text: the element and everything in it are skipped.
        case skip
    }

    /// Elements skipped only in some places, or unless they hold an article.
    enum Special: UInt8, Sendable {
        case none, link, header, footer, form, figure, article, main, list, table, quote, code, body
    }

    var flow: Flow
    /// The unit tag for text whose nearest block is this element.
    var tag: MarkupFeatures.Tag = .other
    var headingLevel: UInt8 = 0
    /// How the element shows in a unit's ancestor chain.
    var ancestor: MarkupFeatures.Ancestor.Kind = .other
    var special: Special = .none

    static let inline = ElementKind(flow: .inline)

    /// The kind of a lowercase tag name; unknown names are inline.
    static func of(_ name: String) -> ElementKind {
        guard let key = packed(name) else { return longNames[name] ?? .inline }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57)
        while true {
            let entry = slots[slot]
            if entry.key == key { return entry.kind }
            if entry.key == 0 { return .inline }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Names of up to 8 bytes packed into a UInt64 (never 0 for a non-empty name).
    @inline(__always)
    private static func packed(_ name: String) -> UInt64? {
        let utf8 = name.utf8
        guard !utf8.isEmpty, utf8.count <= 8 else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for byte in utf8 {
            key |= UInt64(byte) << shift
            shift += 8
        }
        return key
    }

    /// Open addressing over the packed names: one multiply and a compare or two per element,
    /// where a dictionary would hash the whole string.
    private static let slots: [(key: UInt64, kind: ElementKind)] = {
        var slots = [(key: UInt64, kind: ElementKind)](repeating: (0, .inline), count: 128)
        for (name, kind) in table {
            guard let key = packed(name) else { continue }
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57)
            while slots[slot].key != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (key, kind)
        }
        return slots
    }()

    private static let longNames: [String: ElementKind] = table.filter { $0.key.utf8.count > 8 }

    private static let table: [String: ElementKind] = {
        var table: [String: ElementKind] = [:]
        for name in [
            "address", "center", "details", "dir", "div", "dl", "fieldset", "hgroup", "hr", "legend",
            "summary", "caption", "tbody", "thead", "tfoot", "tr", "html", "noframes", "frameset",
        ] {
            table[name] = ElementKind(flow: .block, tag: .division, ancestor: .division)
        }
        table["section"] = ElementKind(flow: .block, tag: .division, ancestor: .section)
        table["p"] = ElementKind(flow: .block, tag: .paragraph, ancestor: .other)
        for level in 1...6 {
            table["h\(level)"] = ElementKind(flow: .block, tag: .heading, headingLevel: UInt8(level), ancestor: .other)
        }
        table["li"] = ElementKind(flow: .block, tag: .listItem, ancestor: .other)
        table["dt"] = ElementKind(flow: .block, tag: .definition, ancestor: .other)
        table["dd"] = ElementKind(flow: .block, tag: .definition, ancestor: .other)
        table["ul"] = ElementKind(flow: .block, tag: .division, ancestor: .list, special: .list)
        table["ol"] = ElementKind(flow: .block, tag: .division, ancestor: .list, special: .list)
        table["menu"] = ElementKind(flow: .skip)
        table["blockquote"] = ElementKind(flow: .block, tag: .quote, ancestor: .quote, special: .quote)
        table["pre"] = ElementKind(flow: .block, tag: .preformatted, ancestor: .other, special: .code)
        table["table"] = ElementKind(flow: .block, tag: .division, ancestor: .table, special: .table)
        table["td"] = ElementKind(flow: .block, tag: .cell, ancestor: .cell)
        table["th"] = ElementKind(flow: .block, tag: .cell, ancestor: .cell)
        table["body"] = ElementKind(flow: .block, tag: .division, ancestor: .body, special: .body)
        table["article"] = ElementKind(flow: .block, tag: .division, ancestor: .article, special: .article)
        table["main"] = ElementKind(flow: .block, tag: .division, ancestor: .main, special: .main)
        table["header"] = ElementKind(flow: .block, tag: .division, ancestor: .section, special: .header)
        table["footer"] = ElementKind(flow: .skip, special: .footer)
        table["form"] = ElementKind(flow: .block, tag: .division, ancestor: .division, special: .form)
        table["figure"] = ElementKind(flow: .skip, special: .figure)
        table["br"] = ElementKind(flow: .lineBreak)
        table["a"] = ElementKind(flow: .inline, special: .link)
        table["code"] = ElementKind(flow: .inline, special: .code)
        for name in [
            "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "nav",
            "aside", "figcaption", "button", "select", "option", "optgroup", "textarea", "input", "label",
            "picture", "video", "audio", "canvas", "object", "embed", "map", "dialog", "img", "source",
            "track", "meta", "link", "base", "frame", "datalist", "output", "progress", "meter",
        ] {
            table[name] = ElementKind(flow: .skip)
        }
        return table
    }()
}
