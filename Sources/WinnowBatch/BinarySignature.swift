extension TextDecoder {
    /// Throws for a known binary signature (PNG, gzip, ...) whatever the file's name says: a
    /// page named .html may still be an image.
    public static func rejectBinary(_ bytes: [UInt8]) throws(DecodeError) {
        if let kind = bytes.withUnsafeBufferPointer({ MagicNumbers.kind(of: $0) }) { throw .binary(kind: kind) }
    }
}
