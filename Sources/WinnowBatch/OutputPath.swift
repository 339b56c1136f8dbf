import Foundation

/// Where the text extracted from an input goes.
public enum OutputPath {
    /// `relativePath` under `outputRoot` with its last extension replaced by "txt"
    /// ("a.b.html" becomes "a.b.txt", "notes" becomes "notes.txt").
    public static func map(_ relativePath: String, into outputRoot: URL) -> URL {
        var components = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let name = components.popLast() else {
            // Only a caller bug gives an empty path; a fixed name beats writing over the root.
            return outputRoot.appending(path: "index.txt", directoryHint: .notDirectory)
        }
        components.append(replacingExtension(of: name))
        return outputRoot.appending(path: components.joined(separator: "/"), directoryHint: .notDirectory)
    }

    /// A leading dot marks a hidden name, not an extension.
    private static func replacingExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return name + ".txt"
        }
        return name[..<dot] + ".txt"
    }
}
