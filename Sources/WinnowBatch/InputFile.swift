import Foundation

/// A file found by `InputWalker`.
public struct InputFile: Sendable, Hashable {
    public let url: URL
    /// Path below the input root with "/" separators; just the file name when the input
    /// was the file itself. `OutputPath.map` mirrors it under the output folder.
    public let relativePath: String

    public init(url: URL, relativePath: String) {
        self.url = url
        self.relativePath = relativePath
    }
}
