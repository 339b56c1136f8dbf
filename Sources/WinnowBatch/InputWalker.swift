import Foundation

/// Expands the files and folders given on the command line into the files to process.
public enum InputWalker {
    /// Inputs are walked in the given order, folder entries in byte order of their names.
    /// Hidden entries and folders inside `excluded` (the output folder) are skipped;
    /// links are followed but loops are not. Problems become issues and the walk goes on.
    public static func walk(_ inputs: [String], excluding excluded: [URL]) -> (files: [InputFile], issues: [WalkIssue]) {
        var walk = TreeWalk(excluded: excluded)
        for input in inputs {
            walk.visitInput(input)
        }
        return (walk.files, walk.issues)
    }
}
