// The only Swift file that imports libxml2. Everything unsafe stays in this file: a document
// is parsed into a plain `HTMLTree` value inside one synchronous call.
import CLibXML2

/// A parsed HTML document as plain Swift values: a flat pre-order node array plus one byte
/// buffer holding every text node's UTF-8 content.
public struct HTMLTree: Sendable {
    public enum Kind: UInt8, Sendable { case element, text }

    public struct Node: Sendable {
        public var kind: Kind
        /// Lowercase tag name for elements, "" for text.
        public var name: String
        /// Index of the parent node, -1 for the root.
        public var parent: Int32
        public var depth: Int32
        /// -1 if none.
        public var firstChild: Int32
        /// -1 if none.
        public var nextSibling: Int32
        /// Whitelisted attributes only (see `LibXML2`); empty for text.
        public var attributes: [Attribute]
        /// For text nodes: range into `textBytes`; empty for elements.
        public var text: Range<Int>

        public init(
            kind: Kind, name: String, parent: Int32, depth: Int32, firstChild: Int32 = -1,
            nextSibling: Int32 = -1, attributes: [Attribute] = [], text: Range<Int> = 0..<0
        ) {
            self.kind = kind
            self.name = name
            self.parent = parent
            self.depth = depth
            self.firstChild = firstChild
            self.nextSibling = nextSibling
            self.attributes = attributes
            self.text = text
        }

        /// Value of the whitelisted attribute `name`, if present.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Document order (pre-order); `nodes[0]` is the root element (html).
    public var nodes: [Node]
    /// All text node contents, UTF-8, concatenated.
    public var textBytes: [UInt8]
    /// The parser stopped before the end of its input.
    public var stoppedEarly: Bool
    /// Human-readable warnings (input repairs, early stop).
    public var notes: [String]

    public init(nodes: [Node] = [], textBytes: [UInt8] = [], stoppedEarly: Bool = false, notes: [String] = []) {
        self.nodes = nodes
        self.textBytes = textBytes
        self.stoppedEarly = stoppedEarly
        self.notes = notes
    }

    public var isEmpty: Bool { nodes.isEmpty }

    /// The UTF-8 bytes of text node `index` (empty for elements).
    public func textSlice(_ index: Int) -> ArraySlice<UInt8> {
        textBytes[nodes[index].text]
    }

    /// The text of text node `index` as a String (empty for elements).
    public func text(of index: Int) -> String {
        String(decoding: textBytes[nodes[index].text], as: UTF8.self)
    }

    /// Indices of the children of node `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(Int(child))
            child = nodes[Int(child)].nextSibling
        }
        return result
    }
}

/// Parsing HTML with libxml2 2.9 into an `HTMLTree`.
///
/// Traps handled (see the team's libxml2 notes):
/// - input must be UTF-8: it is parsed with encoding "UTF-8" and `HTML_PARSE_IGNORE_ENC`, so
///   libxml2 never converts through iconv (which truncates silently) and ignores `<meta charset>`;
///   decode legacy encodings first (WinnowHTML's `HTMLDecoder`).
/// - invalid UTF-8 bytes are replaced by U+FFFD first (libxml2 would switch the rest of the
///   page to Latin-1), NUL bytes by spaces (libxml2 stops silently at a NUL).
/// - tags with more than `AttributeBombGuard.defaultLimit` attributes are trimmed first
///   (libxml2 is quadratic in the number of attributes of one tag).
/// - `XML_PARSE_HUGE` lifts the 256-level depth cap and the 10 MB text cap.
/// - an early stop is detected (`disableSAX`, or input not consumed to its end) and reported.
/// - errors go to a silent per-thread handler, never to stderr; `xmlInitParser()` runs once.
/// - the tree is built from SAX events with an explicit stack (no recursion, any depth); text
///   is collected as bytes.
public enum LibXML2 {
    /// Options passed to `htmlCtxtReadMemory`. libxml2 2.9 has no HTML_PARSE_HUGE; its
    /// `htmlCtxtUseOptions` honours `XML_PARSE_HUGE` (same purpose, other bit).
    public static let parseOptions: Int32 =
        Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
        | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
        | Int32(HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        | Int32(HTML_PARSE_IGNORE_ENC.rawValue)

    /// Elements kept as nodes whose contents are skipped.
    public static let opaqueElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe",
    ]

    /// libxml2's version number as a string, e.g. "20914".
    public static var version: String { String(cString: winnow_xml_parser_version()) }

    /// Parses UTF-8 HTML. Empty input gives an empty tree. Never prints, never crashes on
    /// malformed input; losses are reported in `notes` / `stoppedEarly`.
    public static func parse(utf8 bytes: [UInt8]) -> HTMLTree {
        if bytes.isEmpty { return HTMLTree() }
        var notes: [String] = []
        let input = prepare(bytes, notes: &notes)
        guard input.count <= Int(Int32.max) else {
            notes.append("input of \(input.count) bytes is too large for libxml2 (2 GB limit); not parsed")
            return HTMLTree(notes: notes)
        }
        return input.withUnsafeBufferPointer { buffer in
            parseAndWalk(buffer, notes: notes)
        }
    }

    /// Makes a buffer safe for libxml2: valid UTF-8, no NUL, no attribute bomb.
    static func prepare(_ bytes: [UInt8], notes: inout [String]) -> [UInt8] {
        var input = bytes
        let repair = UTF8Validation.repaired(input, nulReplacement: 0x20)
        if repair.invalidReplaced > 0 || repair.nulsReplaced > 0 {
            input = repair.bytes
            if repair.invalidReplaced > 0 {
                notes.append("replaced \(repair.invalidReplaced) invalid UTF-8 byte(s) with U+FFFD")
            }
            if repair.nulsReplaced > 0 {
                notes.append("replaced \(repair.nulsReplaced) NUL byte(s) with spaces")
            }
        }
        let trimmed = AttributeBombGuard.trimmed(input)
        if trimmed.trimmedTags > 0 {
            input = trimmed.bytes
            notes.append(
                "dropped attributes beyond \(AttributeBombGuard.defaultLimit) in \(trimmed.trimmedTags) tag(s)")
        }
        return input
    }

    // MARK: - libxml2

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private static func parseAndWalk(_ buffer: UnsafeBufferPointer<UInt8>, notes: [String]) -> HTMLTree {
        var notes = notes
        _ = initialized
        winnow_xml_silence_errors_on_this_thread()
        guard let context = htmlNewParserCtxt() else {
            notes.append("libxml2 could not allocate a parser context")
            return HTMLTree(notes: notes)
        }
        defer { htmlFreeParserCtxt(context) }
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return HTMLTree(notes: notes) }
        // SAX events build the flat tree directly: libxml2 never allocates a DOM that would
        // only be walked once and freed (a fifth of the parse's time went to malloc and free).
        // A pointer rather than a class instance: no exclusivity checks in the callbacks.
        let builder = UnsafeMutablePointer<TreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: TreeBuilder(estimatedBytes: buffer.count))
        defer { builder.deinitialize(count: 1).deallocate() }
        TreeBuilder.install(on: context)
        context.pointee._private = UnsafeMutableRawPointer(builder)
        let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            htmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", parseOptions)
        }
        if let document { xmlFreeDoc(document) }  // none without a startDocument handler

        var stoppedEarly = false
        let consumed = bytesConsumed(context)
        if context.pointee.disableSAX != 0 || consumed < buffer.count {
            stoppedEarly = true
            notes.append(
                "parser stopped early at byte \(consumed) of \(buffer.count) (libxml2 error \(context.pointee.errNo))")
        }
        guard !builder.pointee.nodes.isEmpty else {
            notes.append("libxml2 produced no document")
            return HTMLTree(stoppedEarly: stoppedEarly, notes: notes)
        }
        return HTMLTree(
            nodes: builder.pointee.nodes, textBytes: builder.pointee.textBytes, stoppedEarly: stoppedEarly, notes: notes)
    }

    private static func bytesConsumed(_ context: htmlParserCtxtPtr) -> Int {
        guard let input = context.pointee.input else { return 0 }
        var consumed = Int(input.pointee.consumed)
        if let current = input.pointee.cur, let base = input.pointee.base {
            consumed += current - base
        }
        return consumed
    }
}

// MARK: - Building the tree from SAX events

/// Turns libxml2's SAX events into `HTMLTree.Node`s: the same tree libxml2's own DOM builder
/// would give (adjacent text merged into one node), minus comments and processing
/// instructions, with the contents of opaque elements (script, style...) skipped.
private struct TreeBuilder {
    private struct Frame {
        var index: Int32
        var lastChild: Int32
    }

    var nodes: [HTMLTree.Node] = []
    var textBytes: [UInt8] = []
    private var names = NameCache()
    /// stack[0] stands for the document; a frame is pushed for each open element.
    private var stack: [Frame] = [Frame(index: -1, lastChild: -1)]
    /// Elements open inside an opaque element, itself included; 0 outside.
    private var opaqueDepth = 0

    init(estimatedBytes: Int) {
        nodes.reserveCapacity(estimatedBytes / 40 + 16)
        textBytes.reserveCapacity(estimatedBytes / 3 + 16)
    }

    /// Replaces the context's SAX handler with this builder's callbacks (found through the
    /// context's `_private`, which libxml2 never touches).
    static func install(on context: htmlParserCtxtPtr) {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let name else { return }
            TreeBuilder.builder(context).pointee.startElement(name, attributes)
        }
        handler.endElement = { context, _ in TreeBuilder.builder(context).pointee.endElement() }
        handler.characters = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            TreeBuilder.builder(context).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        handler.cdataBlock = handler.characters
        // Blanks libxml2 calls ignorable are dropped, as its DOM builder drops them.
        handler.ignorableWhitespace = { _, _, _ in }
        context.pointee.sax.pointee = handler
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder> {
        let parser = context!.assumingMemoryBound(to: htmlParserCtxt.self)
        return parser.pointee._private!.assumingMemoryBound(to: TreeBuilder.self)
    }

    private mutating func startElement(_ rawName: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if opaqueDepth > 0 {
            opaqueDepth += 1
            return
        }
        let nameBytes = UnsafeBufferPointer(start: rawName, count: Int(xmlStrlen(rawName)))
        let kept = attributes.map { Self.whitelistedAttributes($0, elementName: nameBytes) } ?? []
        let index = append(HTMLTree.Node(kind: .element, name: names.string(for: nameBytes), parent: 0, depth: 0, attributes: kept))
        stack.append(Frame(index: index, lastChild: -1))
        if isOpaque(nameBytes) { opaqueDepth = 1 }
    }

    private mutating func endElement() {
        if opaqueDepth > 1 {
            opaqueDepth -= 1
            return
        }
        opaqueDepth = 0
        if stack.count > 1 { stack.removeLast() }
    }

    private mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard opaqueDepth == 0 else { return }
        let top = stack.count - 1
        let last = stack[top].lastChild
        if last >= 0 && nodes[Int(last)].kind == .text {
            // The open element's last child is the last node appended: its text ends here.
            textBytes.append(contentsOf: bytes)
            nodes[Int(last)].text = nodes[Int(last)].text.lowerBound..<textBytes.count
            return
        }
        let start = textBytes.count
        textBytes.append(contentsOf: bytes)
        append(HTMLTree.Node(kind: .text, name: "", parent: 0, depth: 0, text: start..<textBytes.count))
    }

    /// Links `node` in as the last child of the open element and appends it.
    @discardableResult
    private mutating func append(_ node: HTMLTree.Node) -> Int32 {
        var node = node
        let index = Int32(nodes.count)
        let top = stack.count - 1
        let parent = stack[top].index
        if stack[top].lastChild >= 0 {
            nodes[Int(stack[top].lastChild)].nextSibling = index
        } else if parent >= 0 {
            nodes[Int(parent)].firstChild = index
        }
        stack[top].lastChild = index
        node.parent = parent
        node.depth = Int32(top)
        nodes.append(node)
        return index
    }

    /// script, style, noscript, template, svg, math, iframe (libxml2 names are lowercase).
    @inline(__always)
    private func isOpaque(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 3: return equals(name, "svg")
        case 4: return equals(name, "math")
        case 5: return equals(name, "style")
        case 6: return equals(name, "script") || equals(name, "iframe")
        case 8: return equals(name, "noscript") || equals(name, "template")
        default: return false
        }
    }

    // MARK: Attributes

    /// `pairs`: name, value, name, value..., nil (a boolean attribute has a nil value).
    private static func whitelistedAttributes(
        _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, elementName: UnsafeBufferPointer<UInt8>
    ) -> [HTMLTree.Attribute] {
        var result: [HTMLTree.Attribute] = []
        var pair = pairs
        while let rawName = pair[0] {
            let rawValue = pair[1]
            pair += 2
            let name = UnsafeBufferPointer(start: rawName, count: Int(xmlStrlen(rawName)))
            guard let canonical = whitelistName(name) else { continue }
            if canonical == .href && !(equals(elementName, "a") || equals(elementName, "link")) {
                continue
            }
            let bytes = UnsafeBufferPointer(start: rawValue, count: rawValue.map { Int(xmlStrlen($0)) } ?? 0)
            if canonical == .style && !hidesElement(bytes) { continue }
            if result.isEmpty { result.reserveCapacity(4) }
            result.append(HTMLTree.Attribute(name: canonical.string, value: String(decoding: bytes, as: UTF8.self)))
        }
        return result
    }

    private enum Special { case href, style, other }

    private struct Canonical {
        var string: String
        var special: Special
        static func == (lhs: Canonical, rhs: Special) -> Bool { lhs.special == rhs }
    }

    /// The whitelisted attribute name (a static string: no allocation), or nil.
    @inline(__always)
    private static func whitelistName(_ name: UnsafeBufferPointer<UInt8>) -> Canonical? {
        switch name.count {
        case 2:
            if equalsIgnoringCase(name, "id") { return Canonical(string: "id", special: .other) }
        case 3:
            if equalsIgnoringCase(name, "rel") { return Canonical(string: "rel", special: .other) }
        case 4:
            if equalsIgnoringCase(name, "role") { return Canonical(string: "role", special: .other) }
            if equalsIgnoringCase(name, "name") { return Canonical(string: "name", special: .other) }
            if equalsIgnoringCase(name, "href") { return Canonical(string: "href", special: .href) }
            if equalsIgnoringCase(name, "type") { return Canonical(string: "type", special: .other) }
            if equalsIgnoringCase(name, "lang") { return Canonical(string: "lang", special: .other) }
        case 5:
            if equalsIgnoringCase(name, "class") { return Canonical(string: "class", special: .other) }
            if equalsIgnoringCase(name, "style") { return Canonical(string: "style", special: .style) }
        case 6:
            if equalsIgnoringCase(name, "hidden") { return Canonical(string: "hidden", special: .other) }
        case 7:
            if equalsIgnoringCase(name, "content") { return Canonical(string: "content", special: .other) }
            if equalsIgnoringCase(name, "charset") { return Canonical(string: "charset", special: .other) }
        case 8:
            if equalsIgnoringCase(name, "itemprop") { return Canonical(string: "itemprop", special: .other) }
            if equalsIgnoringCase(name, "itemtype") { return Canonical(string: "itemtype", special: .other) }
            if equalsIgnoringCase(name, "property") { return Canonical(string: "property", special: .other) }
            if equalsIgnoringCase(name, "datetime") { return Canonical(string: "datetime", special: .other) }
        case 9:
            if equalsIgnoringCase(name, "itemscope") { return Canonical(string: "itemscope", special: .other) }
        case 10:
            if equalsIgnoringCase(name, "aria-label") { return Canonical(string: "aria-label", special: .other) }
            if equalsIgnoringCase(name, "http-equiv") { return Canonical(string: "http-equiv", special: .other) }
        case 11:
            if equalsIgnoringCase(name, "aria-hidden") { return Canonical(string: "aria-hidden", special: .other) }
        default:
            break
        }
        return nil
    }

    /// `display:none` or `visibility:hidden`, any case, blanks anywhere ignored.
    static func hidesElement(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
        let display: StaticString = "display:none"
        let visibility: StaticString = "visibility:hidden"
        var displayMatched = 0
        var visibilityMatched = 0
        for byte in style {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { continue }
            let lower = ByteScan.lowercased(byte)
            displayMatched = step(displayMatched, lower, display)
            if displayMatched == display.utf8CodeUnitCount { return true }
            visibilityMatched = step(visibilityMatched, lower, visibility)
            if visibilityMatched == visibility.utf8CodeUnitCount { return true }
        }
        return false
    }

    /// Streaming match of a pattern whose first letter does not occur again in it.
    @inline(__always)
    private static func step(_ matched: Int, _ byte: UInt8, _ pattern: StaticString) -> Int {
        let bytes = pattern.utf8Start
        if bytes[matched] == byte { return matched + 1 }
        return bytes[0] == byte ? 1 : 0
    }
}

// MARK: - Helpers

@inline(__always)
private func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
    guard bytes.count == literal.utf8CodeUnitCount else { return false }
    let other = literal.utf8Start
    for i in 0..<bytes.count where bytes[i] != other[i] { return false }
    return true
}

@inline(__always)
private func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
    guard bytes.count == literal.utf8CodeUnitCount else { return false }
    let other = literal.utf8Start
    for i in 0..<bytes.count where ByteScan.lowercased(bytes[i]) != other[i] { return false }
    return true
}

/// Per-parse cache of element names: names of up to 8 bytes are packed into a UInt64 key, so
/// the common tags cost one multiply and one compare instead of a String validation each.
private struct NameCache {
    private var keys = [UInt64](repeating: 0, count: 256)
    private var values = [String](repeating: "", count: 256)

    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        guard count > 0 && count <= 8 else { return String(decoding: bytes, as: UTF8.self) }
        var key: UInt64 = 0
        for i in 0..<count { key |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
        if keys[slot] == key { return values[slot] }
        let string = String(decoding: bytes, as: UTF8.self)
        keys[slot] = key
        values[slot] = string
        return string
    }
}
