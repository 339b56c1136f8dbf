import WinnowCore
import WinnowHTML

/// Turns one input's bytes into a clean article: decode (text) or parse (HTML), build the
/// document, run the pipeline, render the output.
public struct FileCleaner: Sendable {
    public let pipeline: Pipeline
    public let lexicon: Lexicon
    /// Write the body without the headline (what article-extraction benchmarks score).
    public let bodyOnly: Bool
    /// How each document's site is named, for site profiles.
    public var siteKey: SiteKey = .auto
    /// One site for every document (`--site`), overriding `siteKey`.
    public var site: String?

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

    /// `path` decides HTML by extension; other files are sniffed. `url` is the page's address
    /// when the input gives one (a JSONL record's `url`); `isHTML` overrides the sniffing. Past
    /// `deadline` the file is given up (`CleanError.tookTooLong`) at the next stage boundary or
    /// filter check.
    public func clean(
        _ bytes: [UInt8], path: String = "", url: String? = nil, isHTML: Bool? = nil, deadline: Deadline = .never
    ) throws(CleanError) -> Cleaned {
        try clean(bytes, path: path, url: url, isHTML: isHTML, deadline: deadline, prepared: nil)
    }

    /// The same, starting from `prepared` (what `prepare` made of these bytes before) if given.
    func clean(
        _ bytes: [UInt8], path: String, url: String? = nil, isHTML: Bool? = nil, deadline: Deadline,
        prepared: (document: Document, note: String?)?
    ) throws(CleanError) -> Cleaned {
        let (document, note): (Document, String?)
        if let prepared {
            (document, note) = prepared
        } else {
            (document, note) = try prepare(bytes, path: path, url: url, isHTML: isHTML, deadline: deadline)
        }
        do {
            let result = try pipeline.run(document, lexicon: lexicon, deadline: deadline)
            return Cleaned(result: result, output: bodyOnly ? result.bodyTextBytes : result.textBytes, note: note)
        } catch {
            throw .tookTooLong(error)
        }
    }

    /// The document of one input, its site set, before any filter runs: what cleaning starts
    /// from, and what a site-profile pass counts. Also a note on how it was decoded.
    public func prepare(
        _ bytes: [UInt8], path: String = "", url: String? = nil, isHTML: Bool? = nil, deadline: Deadline = .never
    ) throws(CleanError) -> (document: Document, note: String?) {
        var (document, note, pageURL) = try parse(bytes, path: path, isHTML: isHTML, deadline: deadline)
        document.site = siteName(url: url ?? pageURL, path: path)
        return (document, note)
    }

    /// The document, a note on how it was decoded, and the page's own URL (HTML canonical).
    private func parse(
        _ bytes: [UInt8], path: String, isHTML: Bool?, deadline: Deadline
    ) throws(CleanError) -> (Document, String?, String?) {
        if isHTML ?? Self.isHTML(bytes, path: path) {
            do { try TextDecoder.rejectBinary(bytes) } catch { throw .undecodable(error) }
            let parsed: HTMLArticle.Parsed
            do { parsed = try HTMLArticle.parse(bytes, deadline: deadline) } catch { throw .tookTooLong(error) }
            return (parsed.document, parsed.notes.isEmpty ? nil : parsed.notes.joined(separator: "; "), parsed.url)
        }
        do {
            let (document, note) = try Self.decodeText(bytes)
            return (document, note, nil)
        } catch {
            throw .undecodable(error)
        }
    }

    private static func decodeText(_ bytes: [UInt8]) throws(DecodeError) -> (Document, String?) {
        try bytes.withUnsafeBufferPointer { buffer throws(DecodeError) -> (Document, String?) in
            // Plain UTF-8, nearly every file, becomes a document in one pass, checked as it is
            // read; the rest are decoded first (clean UTF-8 still without a String copy).
            if TextDecoder.mayBePlain(buffer), let document = Document(plainUTF8: buffer) { return (document, nil) }
            guard let decoded = try TextDecoder.decodeUnlessCleanUTF8(buffer) else {
                return (Document(validUTF8: buffer), nil)
            }
            return (Document(text: decoded.text), note(for: decoded))
        }
    }

    /// What a site-profile pass counts of one input: its site and the distinct fingerprints of
    /// its units' lines, plus the prepared document when one was made (HTML, and text that was
    /// not clean UTF-8) for the cleaning pass to reuse. Clean UTF-8 text, nearly every text
    /// file, is fingerprinted without making its document.
    public struct Learned: Sendable {
        public let site: String
        /// Distinct.
        public let fingerprints: [UInt64]
        public let prepared: (document: Document, note: String?)?
    }

    /// `keepingDocument` makes the document of clean UTF-8 text too, for a caller that cleans
    /// it soon after.
    public func learn(
        _ bytes: [UInt8], path: String = "", url: String? = nil, isHTML: Bool? = nil, deadline: Deadline = .never,
        keepingDocument: Bool = false
    ) throws(CleanError) -> Learned {
        if !keepingDocument && !(isHTML ?? Self.isHTML(bytes, path: path)) {
            let fingerprints = bytes.withUnsafeBufferPointer { buffer in
                TextDecoder.mayBePlain(buffer) ? LineFingerprint.ofUnits(plainUTF8: buffer) : nil
            }
            if let fingerprints {
                return Learned(site: siteName(url: url, path: path), fingerprints: Array(fingerprints), prepared: nil)
            }
        }
        var (document, note) = try prepare(bytes, path: path, url: url, isHTML: isHTML, deadline: deadline)
        let fingerprints = document.countLines()
        return Learned(site: document.site ?? SiteProfile.wholeBatch, fingerprints: fingerprints,
                       prepared: (document, note))
    }

    /// The site a page counts for: `--site` if given, else as `siteKey` names it.
    private func siteName(url: String?, path: String) -> String {
        site ?? siteKey.site(url: url, relativePath: path)
    }

    /// The same cleaner with its batch-learning filters judging by `profile`.
    public func learning(_ profile: SiteProfile) -> FileCleaner {
        var copy = FileCleaner(pipeline: pipeline.learning(profile), lexicon: lexicon, bodyOnly: bodyOnly)
        copy.siteKey = siteKey
        copy.site = site
        return copy
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
