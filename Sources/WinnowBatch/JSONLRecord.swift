/// One JSONL record as Winnow reads it: the article in `text` (or `html`), the optional `id`
/// and `url`, and where each lies on the line, so the clean text can be spliced back in and
/// every other byte of the line stays as it was.
public struct JSONLRecord: Sendable {
    public let line: [UInt8]
    /// The decoded article: `text` when the record has it, else `html`.
    public let content: [UInt8]
    public let isHTML: Bool
    public let id: String?
    public let url: String?
    private let scanned: JSONObjectScanner.Scanned

    /// The record on `line`, or what makes it unusable.
    public static func parse(_ line: [UInt8]) -> Result<JSONLRecord, JSONLineError> {
        let scanned: JSONObjectScanner.Scanned
        switch JSONObjectScanner.scan(line) {
        case .success(let value): scanned = value
        case .failure(let error): return .failure(error)
        }
        let field = scanned.member("text") ?? scanned.member("html")
        guard let field, field.isString, let content = JSONString.decode(line[field.value]) else {
            return .failure(JSONLineError(reason: "no \"text\" or \"html\" string"))
        }
        return .success(JSONLRecord(
            line: line, content: content, isHTML: scanned.member("text") == nil,
            id: string(scanned.member("id"), in: line), url: string(scanned.member("url"), in: line), scanned: scanned))
    }

    /// The line with `text` replaced by `clean` (or, for an `html` record, a `text` member added
    /// after the others), and `winnow` set to `annotation` when one is given. Nothing else changes.
    public func replacing(text clean: [UInt8], annotation: [UInt8]? = nil) -> [UInt8] {
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        var added: [UInt8] = []
        var encoded: [UInt8] = []
        JSONString.encode(clean, into: &encoded)
        if !isHTML, let text = scanned.member("text") {
            edits.append((text.value, encoded))
        } else {
            added += Array(",\"text\":".utf8) + encoded
        }
        if let annotation {
            if let existing = scanned.member("winnow") {
                edits.append((existing.value, annotation))
            } else {
                added += Array(",\"winnow\":".utf8) + annotation
            }
        }
        if !added.isEmpty { edits.append((scanned.closingBrace..<scanned.closingBrace, added)) }
        var out = line
        out.reserveCapacity(line.count + encoded.count + added.count)
        // From the end, so earlier ranges stay where they were.
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.replaceSubrange(edit.range, with: edit.bytes)
        }
        return out
    }

    /// A string member's value, or a number's text (ids are often numbers); nil otherwise.
    private static func string(_ member: JSONObjectScanner.Member?, in line: [UInt8]) -> String? {
        guard let member else { return nil }
        if member.isString { return JSONString.decode(line[member.value]).map { String(decoding: $0, as: UTF8.self) } }
        let raw = line[member.value]
        return raw.first.map { $0 == 0x2D || $0 &- 0x30 < 10 } == true ? String(decoding: raw, as: UTF8.self) : nil
    }
}
