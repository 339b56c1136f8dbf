/// Splits text into lines at LF, CRLF or a lone CR, handing each line's UTF-8 bytes to `body`.
public enum LineSplitter {
    public static func forEachLine(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return }
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    body(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < count { body(UnsafeBufferPointer(rebasing: bytes[start..<count])) }
        }
    }

    /// Lines of `text` as strings, for callers off the hot path.
    public static func lines(_ text: String) -> [String] {
        var result: [String] = []
        forEachLine(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }
}
