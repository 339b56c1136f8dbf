/// Text decoded from a file's bytes, with how it was read.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, without any byte-order mark.
    public let text: String
    /// The encoding that was used: "utf-8", "utf-8 (repaired)", "utf-16le",
    /// "utf-16be", "windows-1251" or "windows-1252".
    public let encoding: String
    /// Bytes that could not be decoded (now U+FFFD) plus dropped NUL bytes.
    public let replacedBytes: Int

    public init(text: String, encoding: String, replacedBytes: Int) {
        self.text = text
        self.encoding = encoding
        self.replacedBytes = replacedBytes
    }
}
