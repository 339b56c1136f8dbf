import Foundation

/// The huge inputs of issue 6, written in 1 MB chunks so that making them costs no memory:
/// a 1 GB text file without a single line break, and a 200 MB HTML page.
enum HugeInputs {
    static let gigabyte = 1_000_000_000
    static let htmlSize = 200_000_000

    static func linelessText(at url: URL, size: Int = gigabyte) throws {
        let words = Array("lorem ipsum dolor sit amet consectetur ".utf8)
        try stream(to: url, size: size, head: [], chunk: words, tail: [])
    }

    static func html(at url: URL, size: Int = htmlSize) throws {
        let paragraph = Array("<div class=\"story\"><p>\(AdversarialCorpus.sentence), officials said on Monday.</p></div>\n".utf8)
        try stream(to: url, size: size, head: Array("<!DOCTYPE html><html><head><title>Huge</title></head><body><h1>Huge</h1>\n".utf8),
                   chunk: paragraph, tail: Array("</body></html>\n".utf8))
    }

    /// `head`, then `chunk` repeated, then `tail`: `size` bytes in all.
    private static func stream(to url: URL, size: Int, head: [UInt8], chunk: [UInt8], tail: [UInt8]) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var block: [UInt8] = []
        block.reserveCapacity(1_000_000 + chunk.count)
        while block.count < 1_000_000 { block += chunk }
        block.removeLast(block.count - 1_000_000)
        try handle.write(contentsOf: head)
        var written = head.count
        let body = size - head.count - tail.count
        while written - head.count < body {
            let count = min(block.count, body - (written - head.count))
            try handle.write(contentsOf: block[..<count])
            written += count
        }
        try handle.write(contentsOf: tail)
    }
}
