import Foundation
import WinnowHTML
import WinnowNative

/// Fixture helpers: building pages in legacy encodings (through the system `iconv` tool, so the
/// fixtures do not depend on the code under test), reading benchmark pages, and extracting text.
enum Fixture {
    static let benchmarkDirectory = "/work/shared/benchmarks/scrapinghub/html"

    struct ToolError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `tool` with `arguments` and returns its standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolError(description: "\(tool) \(arguments) exited with \(process.terminationStatus)")
        }
        return [UInt8](data)
    }

    /// `text` encoded in `charset` by /usr/bin/iconv (fails if a character is not representable).
    static func encode(_ text: String, as charset: String) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("winnow-fixture-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run("/usr/bin/iconv", ["-f", "UTF-8", "-t", charset, file.path])
    }

    /// A decompressed benchmark page.
    static func benchmarkPage(_ id: String) throws -> [UInt8] {
        try run("/bin/gzip", ["-dc", "\(benchmarkDirectory)/\(id).html.gz"])
    }

    static func benchmarkIDs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: benchmarkDirectory)
            .filter { $0.hasSuffix(".html.gz") }
            .map { String($0.dropLast(".html.gz".count)) }
            .sorted()
    }

    /// A small HTML page around `body`, with `head` inside <head>.
    static func page(head: String = "", body: String) -> String {
        "<!DOCTYPE html>\n<html><head>\(head)<title>Test</title></head><body>\(body)</body></html>\n"
    }

    /// Decodes and parses raw page bytes.
    static func decodeAndParse(_ bytes: [UInt8], declaredCharset: String? = nil)
        -> (tree: HTMLTree, encoding: String, notes: [String])
    {
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: declaredCharset)
        return (LibXML2.parse(utf8: decoded.utf8), decoded.encoding, decoded.notes)
    }
}

extension HTMLTree {
    /// All text of the tree, in document order.
    var allText: String { String(decoding: textBytes, as: UTF8.self) }

    /// Index of the first element named `name`.
    func firstElement(_ name: String) -> Int? {
        nodes.firstIndex { $0.kind == .element && $0.name == name }
    }

    /// Concatenated text of the descendants of node `index`.
    func textContent(of index: Int) -> String {
        var bytes: [UInt8] = []
        let depth = nodes[index].depth
        var cursor = index + 1
        while cursor < nodes.count && nodes[cursor].depth > depth {
            if nodes[cursor].kind == .text { bytes += textBytes[nodes[cursor].text] }
            cursor += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
