/// Linear pre-scan against "attribute bombs", pure Swift.
///
/// libxml2 2.9.14 checks every new attribute of a start tag against all earlier ones, so one
/// tag with k attributes costs O(k²): 20k attributes take 1.4 s, 200k take 240 s.
///
/// Policy: **rewrite, don't reject.** `trimmed` keeps the first `limit` attributes of an
/// offending tag and drops the rest up to the tag's end, so the page still parses and its text
/// survives (libxml2 would keep those attributes anyway, and no real page has a thousand
/// attributes on one tag, so nothing of value is lost). Rejecting the page would throw away a
/// whole article because of one broken or hostile tag. `firstOffendingTag` is there for
/// callers who prefer to reject.
///
/// The scanner mirrors libxml2's own tokenizer where it matters for counting: comments
/// (`<!-- ... -->`), declarations, processing instructions and end tags are skipped to their
/// end; in a start tag, attribute names start with a letter, `_`, `:` or `.`, values may be
/// double-quoted, single-quoted (both may contain `>`) or bare; bogus tokens are skipped to
/// the next blank like libxml2 does; `script` and `style` contents are raw text up to
/// `</script` / `</style` (case-insensitive, as in libxml2's recovery mode).
public enum AttributeBombGuard {
    public static let defaultLimit = 1_000

    /// A start tag with more than `limit` attributes.
    public struct Finding: Sendable, Equatable {
        /// Offset of the tag's `<`.
        public var tagStart: Int
        /// Offset of the first attribute beyond the limit.
        public var cutStart: Int
        /// Offset of the tag's closing `>` (or `/>`), or the end of the buffer.
        public var tagEnd: Int
    }

    /// Offset of the `<` of the first start tag with more than `limit` attributes, or nil.
    public static func firstOffendingTag(in bytes: [UInt8], limit: Int = defaultLimit) -> Int? {
        bytes.withUnsafeBufferPointer { scan($0, limit: limit, stopAtFirst: true) }.first?.tagStart
    }

    /// All start tags with more than `limit` attributes.
    public static func findings(in bytes: [UInt8], limit: Int = defaultLimit) -> [Finding] {
        bytes.withUnsafeBufferPointer { scan($0, limit: limit, stopAtFirst: false) }
    }

    /// `bytes` with every attribute beyond the first `limit` of a start tag removed (the tag
    /// itself is kept and still closed). Returns the input unchanged (no copy) if no tag
    /// exceeds the limit.
    public static func trimmed(
        _ bytes: [UInt8], limit: Int = defaultLimit
    ) -> (bytes: [UInt8], trimmedTags: Int) {
        let found = findings(in: bytes, limit: limit)
        if found.isEmpty { return (bytes, 0) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var position = 0
        for finding in found {
            output.append(contentsOf: bytes[position..<finding.cutStart])
            position = finding.tagEnd
        }
        output.append(contentsOf: bytes[position...])
        return (output, found.count)
    }

    // MARK: - Scanner

    private static let commentEnd: [UInt8] = Array("-->".utf8)

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    /// First byte of a name for libxml2's htmlParseHTMLName.
    @inline(__always)
    private static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E  // _ : .
    }

    @inline(__always)
    private static func isNameChar(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D  // digits, -
    }

    private static func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, limit: Int, stopAtFirst: Bool
    ) -> [Finding] {
        var result: [Finding] = []
        let count = buffer.count
        var index = 0
        while let open = ByteScan.find(0x3C, in: buffer, from: index) {  // <
            index = open + 1
            guard index < count else { break }
            let first = buffer[index]
            if first == 0x21 {  // <!
                if index + 2 < count && buffer[index + 1] == 0x2D && buffer[index + 2] == 0x2D {
                    guard let end = ByteScan.find(commentEnd, in: buffer, from: index + 3) else { break }
                    index = end + 3
                } else {
                    guard let end = ByteScan.find(0x3E, in: buffer, from: index) else { break }
                    index = end + 1
                }
                continue
            }
            if first == 0x2F || first == 0x3F {  // </ or <?
                guard let end = ByteScan.find(0x3E, in: buffer, from: index) else { break }
                index = end + 1
                continue
            }
            guard isLetter(first) else {
                continue  // libxml2 starts a tag only at "<" + ASCII letter; the rest is text
            }
            // Start tag name.
            let nameStart = index
            while index < count && isNameChar(buffer[index]) { index += 1 }
            let nameEnd = index
            // Attributes.
            var attributes = 0
            var cutStart = -1
            var selfClosing = false
            tag: while index < count {
                let byte = buffer[index]
                if isBlank(byte) { index += 1; continue }
                if byte == 0x3E { break tag }  // >
                if byte == 0x2F && index + 1 < count && buffer[index + 1] == 0x3E {  // />
                    selfClosing = true
                    break tag
                }
                if !isNameStart(byte) {
                    // Bogus attribute: libxml2 skips to the next blank, '>' or '/>'.
                    while index < count {
                        let b = buffer[index]
                        if isBlank(b) || b == 0x3E { break }
                        if b == 0x2F && index + 1 < count && buffer[index + 1] == 0x3E { break }
                        index += 1
                    }
                    continue
                }
                attributes += 1
                if attributes == limit + 1 { cutStart = index }
                while index < count && isNameChar(buffer[index]) { index += 1 }
                while index < count && isBlank(buffer[index]) { index += 1 }
                guard index < count, buffer[index] == 0x3D else { continue }  // =
                index += 1
                while index < count && isBlank(buffer[index]) { index += 1 }
                guard index < count else { break }
                let quote = buffer[index]
                if quote == 0x22 || quote == 0x27 {  // " or '
                    guard let close = ByteScan.find(quote, in: buffer, from: index + 1) else {
                        index = count
                        break tag
                    }
                    index = close + 1
                } else {
                    while index < count && !isBlank(buffer[index]) && buffer[index] != 0x3E {
                        index += 1
                    }
                }
            }
            if cutStart >= 0 {
                result.append(Finding(tagStart: open, cutStart: cutStart, tagEnd: index))
                if stopAtFirst { return result }
            }
            guard index < count else { break }
            index += selfClosing ? 2 : 1
            if !selfClosing, let rawEnd = rawTextEnd(buffer, name: nameStart..<nameEnd, from: index) {
                index = rawEnd
            }
        }
        return result
    }

    private static let script: [UInt8] = Array("script".utf8)
    private static let style: [UInt8] = Array("style".utf8)

    /// For `script` and `style`, the offset of the closing `</name` (or the buffer end);
    /// nil for other elements.
    private static func rawTextEnd(
        _ buffer: UnsafeBufferPointer<UInt8>, name: Range<Int>, from start: Int
    ) -> Int? {
        let target: [UInt8]
        if matches(buffer, at: name.lowerBound, script) && name.count == script.count {
            target = script
        } else if matches(buffer, at: name.lowerBound, style) && name.count == style.count {
            target = style
        } else {
            return nil
        }
        var index = start
        while let open = ByteScan.find(0x3C, in: buffer, from: index) {
            if open + 1 < buffer.count && buffer[open + 1] == 0x2F
                && matches(buffer, at: open + 2, target) {
                return open
            }
            index = open + 1
        }
        return buffer.count
    }

    /// Case-insensitive match of a lowercase ASCII `word` at `offset`.
    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, _ word: [UInt8]) -> Bool {
        guard offset + word.count <= buffer.count else { return false }
        for (i, expected) in word.enumerated() where ByteScan.lowercased(buffer[offset + i]) != expected {
            return false
        }
        return true
    }
}
