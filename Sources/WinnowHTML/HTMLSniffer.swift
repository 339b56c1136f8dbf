import WinnowCore

/// Recognises HTML by content, not by file name.
///
/// True when, after an optional byte-order mark, blanks, comments and an `<?xml ...?>`
/// declaration, the bytes start with `<!doctype html`, `<html`, `<head`, `<body` or `<meta`
/// (any case); or when the first 1 KB holds several common HTML tags (three, or two of which
/// one is an end tag, e.g. `<p>...</p>`). A stray `<` in prose is not enough.
/// UTF-16 input with a byte-order mark is sniffed on its ASCII characters.
public enum HTMLSniffer {
    public static let window = 1024

    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let view = asciiView(bytes)
        return startsLikeHTML(view) || hasSeveralTags(view)
    }

    /// The first `window` bytes after any BOM; UTF-16 is narrowed to one byte per unit
    /// (non-ASCII units become 0x80).
    private static func asciiView(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return Array(bytes[3..<min(bytes.count, 3 + window)])
        }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let bigEndian = bytes[0] == 0xFE
            var view: [UInt8] = []
            var index = 2
            while index + 1 < bytes.count && view.count < window {
                let high = bigEndian ? bytes[index] : bytes[index + 1]
                let low = bigEndian ? bytes[index + 1] : bytes[index]
                view.append(high == 0 && low < 0x80 ? low : 0x80)
                index += 2
            }
            return view
        }
        return Array(bytes[0..<min(bytes.count, window)])
    }

    private static func startsLikeHTML(_ view: [UInt8]) -> Bool {
        var index = 0
        while true {
            while index < view.count && HTMLDecoder.isSpace(view[index]) { index += 1 }
            if matches(view, at: index, "<!--") {
                guard let close = find(view, "-->", from: index + 4) else { return false }
                index = close + 3
                continue
            }
            if matches(view, at: index, "<?xml") {
                guard let close = find(view, "?>", from: index + 5) else { return false }
                index = close + 2
                continue
            }
            break
        }
        if matches(view, at: index, "<!doctype") {
            var after = index + 9
            while after < view.count && HTMLDecoder.isSpace(view[after]) { after += 1 }
            return matches(view, at: after, "html") && isTagNameEnd(view, at: after + 4)
        }
        for opener: StaticString in ["<html", "<head", "<body", "<meta"]
        where matches(view, at: index, opener) && isTagNameEnd(view, at: index + opener.utf8CodeUnitCount) {
            return true
        }
        return false
    }

    private static let commonTags: Set<String> = [
        "a", "article", "b", "blockquote", "body", "br", "div", "em", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "li",
        "link", "main", "meta", "nav", "ol", "p", "pre", "script", "section", "span", "strong",
        "style", "table", "td", "th", "title", "tr", "ul",
    ]

    private static func hasSeveralTags(_ view: [UInt8]) -> Bool {
        var tags = 0
        var endTags = 0
        var index = 0
        while true {
            // Straight to the next '<', eight bytes a step: most text files have none.
            index = view.withUnsafeBufferPointer { UTF8Bytes.index(of: 0x3C, in: $0, from: index) }
            guard index < view.count else { return false }
            var cursor = index + 1
            let isEnd = cursor < view.count && view[cursor] == 0x2F
            if isEnd { cursor += 1 }
            let start = cursor
            while cursor < view.count && (HTMLDecoder.isLetter(view[cursor]) || (view[cursor] >= 0x31 && view[cursor] <= 0x36)) {
                cursor += 1
            }
            if cursor > start && cursor - start <= 10 && isTagNameEnd(view, at: cursor) {
                let name = String(decoding: view[start..<cursor].map(HTMLDecoder.lowercase), as: UTF8.self)
                if commonTags.contains(name) && (!isEnd || cursor < view.count && view[cursor] == 0x3E) {
                    tags += 1
                    if isEnd { endTags += 1 }
                    if tags >= 3 || tags >= 2 && endTags >= 1 { return true }
                }
            }
            index += 1
        }
    }

    /// A tag name ends at a blank, '>' or '/'; the end of the window counts too.
    private static func isTagNameEnd(_ view: [UInt8], at index: Int) -> Bool {
        guard index < view.count else { return true }
        let byte = view[index]
        return HTMLDecoder.isSpace(byte) || byte == 0x3E || byte == 0x2F
    }

    private static func matches(_ view: [UInt8], at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= view.count else { return false }
        let expected = literal.utf8Start
        for offset in 0..<count where HTMLDecoder.lowercase(view[index + offset]) != expected[offset] {
            return false
        }
        return true
    }

    private static func find(_ view: [UInt8], _ literal: StaticString, from start: Int) -> Int? {
        var index = start
        while index < view.count {
            if matches(view, at: index, literal) { return index }
            index += 1
        }
        return nil
    }
}
