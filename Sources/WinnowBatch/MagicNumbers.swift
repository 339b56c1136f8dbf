/// Recognizes common binary formats by their leading signature, so that an image or
/// archive is reported by name instead of being decoded into garbage text.
enum MagicNumbers {
    private struct Signature {
        let bytes: [UInt8]
        let kind: String
    }

    private static let signatures: [Signature] = [
        Signature(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], kind: "PNG image"),
        Signature(bytes: Array("GIF87a".utf8), kind: "GIF image"),
        Signature(bytes: Array("GIF89a".utf8), kind: "GIF image"),
        Signature(bytes: [0xFF, 0xD8, 0xFF], kind: "JPEG image"),
        Signature(bytes: [0x1F, 0x8B], kind: "gzip archive"),
        Signature(bytes: [0x50, 0x4B, 0x03, 0x04], kind: "zip archive"),
        Signature(bytes: [0x50, 0x4B, 0x05, 0x06], kind: "zip archive"),
        Signature(bytes: [0x50, 0x4B, 0x07, 0x08], kind: "zip archive"),
        Signature(bytes: Array("%PDF-".utf8), kind: "PDF document"),
        Signature(bytes: [0x7F, 0x45, 0x4C, 0x46], kind: "ELF executable"),
        Signature(bytes: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], kind: "xz archive"),
        Signature(bytes: [0x28, 0xB5, 0x2F, 0xFD], kind: "zstd archive"),
        Signature(bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], kind: "7z archive"),
        Signature(bytes: Array("SQLite format 3\0".utf8), kind: "SQLite database"),
    ]

    /// The name of the binary format `bytes` starts with, or nil.
    static func kind(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let signature = signatures.first(where: { bytes.starts(with: $0.bytes) }) {
            return signature.kind
        }
        return bzip2Kind(bytes) ?? riffKind(bytes) ?? isoMediaKind(bytes)
    }

    /// "BZh" alone is plausible text, so also require the block-size digit and then the
    /// block magic (pi) or the end-of-stream magic (sqrt(pi)).
    private static func bzip2Kind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 10, bytes.starts(with: Array("BZh".utf8)),
              (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[3]) else { return nil }
        let magic = Array(bytes[4..<10])
        let known: [[UInt8]] = [[0x31, 0x41, 0x59, 0x26, 0x53, 0x59], [0x17, 0x72, 0x45, 0x38, 0x50, 0x90]]
        return known.contains(magic) ? "bzip2 archive" : nil
    }

    /// RIFF containers: WebP, WAV, AVI and others share one header.
    private static func riffKind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)) else { return nil }
        switch String(decoding: bytes[8..<12], as: UTF8.self) {
        case "WEBP": return "WebP image"
        case "WAVE": return "WAV audio"
        case "AVI ": return "AVI video"
        default: return "RIFF data"
        }
    }

    /// MP4/QuickTime: a big-endian box size, then "ftyp". Requiring a leading zero byte
    /// (box smaller than 16 MB) keeps text such as "abcdftyp" from matching.
    private static func isoMediaKind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 8, bytes[0] == 0, bytes[4...].starts(with: Array("ftyp".utf8)) else { return nil }
        return "MP4/QuickTime media"
    }
}
