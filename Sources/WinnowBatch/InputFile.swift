import Foundation

/// A file found by `InputWalker`. Holds its path as a string, not a URL: a batch keeps one of
/// these per input file, and a URL costs several times the memory.
public struct InputFile: Sendable, Hashable {
    public let path: String
    /// Path below the input root with "/" separators; just the file name when the input
    /// was the file itself. `OutputPath.map` mirrors it under the output folder.
    public let relativePath: String

    public var url: URL { URL(fileURLWithPath: path, isDirectory: false) }

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }

    public init(url: URL, relativePath: String) {
        self.init(path: url.path, relativePath: relativePath)
    }
}
