import WinnowCore
import WinnowHTML

/// Turns one input's bytes into a clean article: decode (text) or parse (HTML), build the
/// document, run the pipeline, render the output.
public struct FileCleaner: Sendable {
    public let pipeline: Pipeline
    public let lexicon: Lexicon
    /// Write the body without the headline (what article-extraction benchmarks score).
    public let bodyOnly: Bool

    public init(pipeline: Pipeline, lexicon: Lexicon, bodyOnly: Bool = false) {
        self.pipeline = pipeline
        self.lexicon = lexicon
        self.bodyOnly = bodyOnly
    }

    public struct Cleaned: Sendable {
        public let result: CleanResult
        public let output: [UInt8]
        /// Set when decoding was not plain UTF-8, or the HTML parser had trouble.
        public let note: String?
    }

    /// `path` decides HTML by extension; other files are sniffed.
    public func clean(_ bytes: [UInt8], path: String = "") throws(DecodeError) -> Cleaned {
        let document: Document
        let note: String?
        if Self.isHTML(bytes, path: path) {
            try TextDecoder.rejectBinary(bytes)
            let parsed = HTMLArticle.parse(bytes)
            document = parsed.document
            note = parsed.notes.isEmpty ? nil : parsed.notes.joined(separator: "; ")
        } else {
            let decoded = try TextDecoder.decode(bytes)
            document = Document(text: decoded.text)
            note = Self.note(for: decoded)
        }
        let result = pipeline.run(document, lexicon: lexicon)
        let text = bodyOnly ? result.bodyText : result.text
        return Cleaned(result: result, output: Array(text.utf8), note: note)
    }

    static func isHTML(_ bytes: [UInt8], path: String) -> Bool {
        let lowered = path.lowercased()
        if htmlExtensions.contains(where: { lowered.hasSuffix($0) }) { return true }
        return HTMLSniffer.looksLikeHTML(bytes)
    }

    static let htmlExtensions = [".html", ".htm", ".xhtml"]

    static func note(for decoded: DecodedText) -> String? {
        if decoded.encoding == "utf-8" && decoded.replacedBytes == 0 { return nil }
        let replaced = decoded.replacedBytes == 0 ? "" : ", \(decoded.replacedBytes) undecodable bytes replaced by U+FFFD"
        return "decoded as \(decoded.encoding)\(replaced)"
    }
}
