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

    /// `path` decides HTML by extension; other files are sniffed. Past `deadline` the file is
    /// given up (`CleanError.tookTooLong`) at the next stage boundary or filter check.
    public func clean(_ bytes: [UInt8], path: String = "", deadline: Deadline = .never) throws(CleanError) -> Cleaned {
        let (document, note) = try self.document(of: bytes, path: path, deadline: deadline)
        do {
            let result = try pipeline.run(document, lexicon: lexicon, deadline: deadline)
            return Cleaned(result: result, output: bodyOnly ? result.bodyTextBytes : result.textBytes, note: note)
        } catch {
            throw .tookTooLong(error)
        }
    }

    /// The document to run the pipeline on, and a note on how it was decoded.
    private func document(of bytes: [UInt8], path: String, deadline: Deadline) throws(CleanError) -> (Document, String?) {
        if Self.isHTML(bytes, path: path) {
            do { try TextDecoder.rejectBinary(bytes) } catch { throw .undecodable(error) }
            let parsed: HTMLArticle.Parsed
            do { parsed = try HTMLArticle.parse(bytes, deadline: deadline) } catch { throw .tookTooLong(error) }
            return (parsed.document, parsed.notes.isEmpty ? nil : parsed.notes.joined(separator: "; "))
        }
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(DecodeError) in
                // Clean UTF-8, nearly every file, becomes a document without a String copy.
                guard let decoded = try TextDecoder.decodeUnlessCleanUTF8(buffer) else {
                    return (Document(validUTF8: buffer), nil)
                }
                return (Document(text: decoded.text), Self.note(for: decoded))
            }
        } catch {
            throw .undecodable(error)
        }
    }

    static func isHTML(_ bytes: [UInt8], path: String) -> Bool {
        if hasHTMLExtension(path) { return true }
        return HTMLSniffer.looksLikeHTML(bytes)
    }

    /// Ends with .html, .htm or .xhtml in any case. Decided on the path's last bytes, unless a
    /// non-ASCII character comes right before the extension: then String rules decide.
    static func hasHTMLExtension(_ path: String) -> Bool {
        let bytes = Array(path.utf8.suffix(7))
        for ext in htmlExtensions {
            let suffix = Array(ext.utf8)
            guard bytes.count >= suffix.count else { continue }
            let start = bytes.count - suffix.count
            let matches = zip(bytes[start...], suffix).allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
            guard matches else { continue }
            let before = start > 0 ? bytes[start - 1] : (path.utf8.count > suffix.count ? 0x80 : 0)
            return before < 0x80 || path.lowercased().hasSuffix(ext)
        }
        return false
    }

    static let htmlExtensions = [".html", ".htm", ".xhtml"]

    static func note(for decoded: DecodedText) -> String? {
        if decoded.encoding == "utf-8" && decoded.replacedBytes == 0 { return nil }
        let replaced = decoded.replacedBytes == 0 ? "" : ", \(decoded.replacedBytes) undecodable bytes replaced by U+FFFD"
        return "decoded as \(decoded.encoding)\(replaced)"
    }
}
