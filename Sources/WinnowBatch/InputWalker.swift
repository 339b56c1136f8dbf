import Foundation

/// Expands the files and folders given on the command line into the files to process.
public enum InputWalker {
    /// Inputs are walked in the given order, folder entries in byte order of their names.
    /// Hidden entries and folders inside `excluded` (the output folder) are skipped;
    /// links are followed but loops are not. Problems become issues and the walk goes on.
    public static func walk(_ inputs: [String], excluding excluded: [URL]) -> (files: [InputFile], issues: [WalkIssue]) {
        var stream = Stream(inputs, excluding: excluded)
        var files: [InputFile] = []
        while let file = stream.next() { files.append(file) }
        return (files, stream.issues)
    }

    /// The same walk, a file at a time: what a batch uses, so that it never holds the whole list.
    public struct Stream {
        private var walk: TreeWalk

        public init(_ inputs: [String], excluding excluded: [URL]) {
            walk = TreeWalk(inputs, excluded: excluded)
        }

        /// Problems met so far.
        public var issues: [WalkIssue] { walk.issues }

        public mutating func next() -> InputFile? { walk.next() }

        /// Up to `limit` next files; empty when the walk is over.
        public mutating func next(upTo limit: Int) -> [InputFile] {
            var files: [InputFile] = []
            files.reserveCapacity(min(limit, 1024))
            while files.count < limit, let file = walk.next() { files.append(file) }
            return files
        }
    }
}
