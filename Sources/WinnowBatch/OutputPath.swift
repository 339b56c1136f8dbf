import Foundation

/// Where the text extracted from an input goes.
public enum OutputPath {
    /// `relativePath` under `outputRoot` with its last extension replaced by "txt"
    /// ("a.b.html" becomes "a.b.txt", "notes" becomes "notes.txt").
    public static func map(_ relativePath: String, into outputRoot: URL) -> URL {
        outputRoot.appending(path: relative(relativePath), directoryHint: .notDirectory)
    }

    /// The same mapping on plain paths: `map(relativePath, into: URL(fileURLWithPath: root)).path`
    /// for an absolute, standardized `root` (what `URL.path` gives), without building URLs.
    public static func path(for relativePath: String, under root: String) -> String {
        let mapped = relative(relativePath)
        return root.utf8.last == UInt8(ascii: "/") ? root + mapped : root + "/" + mapped
    }

    /// The output path relative to the output folder ("news/a.txt" for "news/a.html").
    static func relative(_ relativePath: String) -> String {
        if let mapped = relativeOnBytes(relativePath) { return mapped }
        var components = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // Only a caller bug gives an empty path; a fixed name beats writing over the root.
        guard let name = components.popLast() else { return "index.txt" }
        components.append(replacingExtension(of: name))
        return components.joined(separator: "/")
    }

    /// `relative` decided on bytes, which agree with Characters unless a "/" or "." touches a
    /// non-ASCII byte (a combining mark could join it): then nil.
    private static func relativeOnBytes(_ path: String) -> String? {
        var path = path
        return path.withUTF8 { bytes -> String? in
            // One pass: where the name starts, and whether any component is empty ("a//b").
            var nameStart = 0
            var emptyComponent = bytes.isEmpty
            for (index, byte) in bytes.enumerated() where byte == 0x2F || byte == 0x2E {
                if index > 0 && bytes[index - 1] >= 0x80 { return nil }
                if index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return nil }
                guard byte == 0x2F else { continue }
                emptyComponent = emptyComponent || index == nameStart
                nameStart = index + 1
            }
            guard !emptyComponent && nameStart < bytes.count else { return nil }
            // A leading dot marks a hidden name, not an extension.
            var end = bytes.count
            var dot = bytes.count - 1
            while dot > nameStart && bytes[dot] != 0x2E { dot -= 1 }
            if dot > nameStart { end = dot }
            var out = Array(UnsafeBufferPointer(rebasing: bytes[..<end]))
            out.append(contentsOf: ".txt".utf8)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A leading dot marks a hidden name, not an extension.
    private static func replacingExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return name + ".txt"
        }
        return name[..<dot] + ".txt"
    }
}
