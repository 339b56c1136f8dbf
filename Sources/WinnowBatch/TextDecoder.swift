import Glibc

/// Turns a file's bytes into text, guessing the encoding when nothing declares it.
///
/// Order matters: binary signatures first (a PNG must never come out as mojibake),
/// then byte-order marks, then UTF-16 by its NUL pattern, then the binary heuristics,
/// and only then UTF-8 with a legacy code page as the fallback.
public enum TextDecoder {
    /// A well-formed multi-byte sequence count at least this many times the bad-byte
    /// count means "UTF-8 with a few broken bytes" rather than a legacy code page.
    static let repairRatio = 4

    public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> DecodedText {
        try bytes.withUnsafeBufferPointer { buffer throws(DecodeError) in try decode(buffer: buffer) }
    }

    /// Whether the bytes may be read as they are, if the scan that reads them meets nothing
    /// a decoder must judge (`Document(plainUTF8:)`): not empty, and neither a binary
    /// signature nor a byte-order mark at the start.
    static func mayBePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && MagicNumbers.kind(of: bytes) == nil && ByteOrderMark(bytes) == nil
    }

    /// `decode`, except that clean UTF-8 without a byte-order mark (nearly every file) gives
    /// nil: it is only checked, and the caller reads the bytes as they are, with no String copy.
    static func decodeUnlessCleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> DecodedText? {
        try decode(buffer: bytes, keepingCleanUTF8: true)
    }

    private static func decode(buffer bytes: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> DecodedText {
        // Without `keepingCleanUTF8`, every path returns text.
        try decode(buffer: bytes, keepingCleanUTF8: false)!
    }

    private static func decode(
        buffer bytes: UnsafeBufferPointer<UInt8>, keepingCleanUTF8: Bool
    ) throws(DecodeError) -> DecodedText? {
        if bytes.isEmpty { return DecodedText(text: "", encoding: "utf-8", replacedBytes: 0) }
        if let kind = MagicNumbers.kind(of: bytes) { throw .binary(kind: kind) }
        if let mark = ByteOrderMark(bytes) {
            return try decodeDeclared(mark, UnsafeBufferPointer(rebasing: bytes.dropFirst(mark.length)))
        }
        if keepingCleanUTF8 && UTF8Scan.isPlainText(bytes) { return nil }
        let sample = ByteSample(bytes)
        if bytes.count % 2 == 0, let bigEndian = sample.utf16ByteOrder,
           UTF16Text.looksLikeText(UnsafeBufferPointer(rebasing: bytes.prefix(ByteSample.size)), bigEndian: bigEndian) {
            return decodeUTF16(bytes, bigEndian: bigEndian)
        }
        if sample.looksBinary { throw .binary(kind: "unknown binary data") }
        if keepingCleanUTF8 && UTF8Scan.isClean(bytes) { return nil }
        return decodeUTF8(bytes, declared: false)
    }

    /// A byte-order mark settles the encoding; UTF-8 still gets the binary check
    /// because a BOM in front of NUL-heavy data does not make it text.
    private static func decodeDeclared(_ mark: ByteOrderMark, _ body: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> DecodedText {
        switch mark {
        case .utf16LittleEndian:
            return decodeUTF16(body, bigEndian: false)
        case .utf16BigEndian:
            return decodeUTF16(body, bigEndian: true)
        case .utf8:
            if ByteSample(body).looksBinary { throw .binary(kind: "unknown binary data") }
            return decodeUTF8(body, declared: true)
        }
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> DecodedText {
        let (text, replaced) = UTF16Text.decode(bytes, bigEndian: bigEndian)
        return DecodedText(text: text, encoding: bigEndian ? "utf-16be" : "utf-16le", replacedBytes: replaced)
    }

    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, declared: Bool) -> DecodedText {
        if let text = cleanUTF8(bytes) {
            return DecodedText(text: text, encoding: "utf-8", replacedBytes: 0)
        }
        let scan = UTF8Scan(bytes)
        if scan.badBytes == 0 {
            // Valid UTF-8 that only had NULs to drop.
            return DecodedText(text: scan.repairedText(bytes), encoding: "utf-8", replacedBytes: scan.nulBytes)
        }
        if declared || scan.multiByteSequences >= repairRatio * scan.badBytes {
            return DecodedText(text: scan.repairedText(bytes), encoding: "utf-8 (repaired)",
                               replacedBytes: scan.badBytes + scan.nulBytes)
        }
        let page = CodePageGuess.choose(for: bytes)
        let (text, replaced) = page.decode(bytes)
        return DecodedText(text: text, encoding: page.name, replacedBytes: replaced)
    }

    /// The common path: memchr for NULs plus the standard library's vectorized validation,
    /// which also produces the string; anything else takes the slow scan.
    private static func cleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
