import Foundation
import Glibc

/// A walk over the inputs that hands out one file at a time, so a batch never holds the list
/// of all its files: memory stays flat however many there are. Depth first, in the order
/// `InputWalker` documents; the directories on the current descent path are what make a
/// symlink loop detectable.
struct TreeWalk {
    private let excluded: [String]
    private let inputs: [String]
    private var nextInput = 0
    private(set) var issues: [WalkIssue] = []
    /// The directories being walked, outermost first, each with its listing and position.
    private var stack: [Frame] = []
    /// Real paths (as bytes, so that NFC and NFD names stay distinct) of the directories on
    /// the stack. Only ancestors count: two links to one directory are not a loop.
    private var descent: Set<[UInt8]> = []

    private struct Frame {
        let path: String
        let relativePath: String
        let key: [UInt8]
        let entries: [DirectoryEntry]
        var next = 0
    }

    init(_ inputs: [String], excluded: [URL]) {
        self.inputs = inputs
        self.excluded = excluded.map(RealPath.resolveOrStandardize)
    }

    /// The next file, or nil when every input has been walked.
    mutating func next() -> InputFile? {
        while true {
            if let top = stack.indices.last {
                let frame = stack[top]
                guard frame.next < frame.entries.count else {
                    descent.remove(frame.key)
                    stack.removeLast()
                    continue
                }
                stack[top].next += 1
                let entry = frame.entries[frame.next]
                let relativePath = frame.relativePath.isEmpty ? entry.name : frame.relativePath + "/" + entry.name
                if let file = visitEntry(entry, in: frame.path, relativePath: relativePath) { return file }
                continue
            }
            guard nextInput < inputs.count else { return nil }
            nextInput += 1
            if let file = visitInput(inputs[nextInput - 1]) { return file }
        }
    }

    private mutating func visitInput(_ input: String) -> InputFile? {
        let path = Self.trimmingTrailingSlashes(input)
        switch EntryKind(path: path) {
        case .regularFile:
            return InputFile(path: path, relativePath: Self.lastComponent(path))
        case .directory:
            if let real = RealPath.resolve(path), isExcluded(real) {
                report(path, "inside an excluded folder, skipped")
            } else {
                enterDirectory(path, relativePath: "")
            }
        case let kind:
            reportUnusable(path, kind, name: path)
        }
        return nil
    }

    private mutating func enterDirectory(_ path: String, relativePath: String) {
        guard let real = RealPath.resolve(path) else {
            return report(path, Self.errnoText(errno))
        }
        if isExcluded(real) { return }
        let key = Array(real.utf8)
        guard !descent.contains(key) else {
            return report(path, "symlink loop, skipped")
        }
        guard let entries = listVisible(path) else { return }
        descent.insert(key)
        stack.append(Frame(path: path, relativePath: relativePath, key: key, entries: entries))
    }

    private mutating func visitEntry(_ entry: DirectoryEntry, in directory: String, relativePath: String) -> InputFile? {
        let path = directory == "/" ? "/" + entry.name : directory + "/" + entry.name
        // The listing's type saves a stat for plain files and folders; links and the rest are
        // examined like before.
        switch entry.knownKind ?? EntryKind(path: path) {
        case .regularFile:
            return InputFile(path: path, relativePath: relativePath)
        case .directory:
            enterDirectory(path, relativePath: relativePath)
        case let kind:
            reportUnusable(path, kind, name: entry.name)
        }
        return nil
    }

    /// Sorted by bytes for a deterministic order independent of locale and normalization.
    private mutating func listVisible(_ path: String) -> [DirectoryEntry]? {
        switch DirectoryEntry.list(path) {
        case .success(let entries):
            return entries.filter { !$0.isHidden }.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        case .failure(let error):
            report(path, Self.errnoText(error.code))
            return nil
        }
    }

    private mutating func reportUnusable(_ path: String, _ kind: EntryKind, name: String) {
        switch kind {
        case .regularFile, .directory:
            break
        case .special:
            report(path, "not a regular file or directory, skipped")
        case .danglingLink:
            report(path, "dangling symbolic link, skipped")
        case .linkLoop:
            report(path, "symlink loop, skipped")
        case .unavailable(ENOENT) where name.unicodeScalars.contains("\u{FFFD}"):
            // Foundation lists undecodable bytes as U+FFFD, so the name no longer exists.
            report(path, "file name is not valid UTF-8, skipped")
        case .unavailable(let code):
            report(path, Self.errnoText(code))
        }
    }

    private mutating func report(_ path: String, _ reason: String) {
        issues.append(WalkIssue(path: path, reason: reason))
    }

    private func isExcluded(_ real: String) -> Bool {
        excluded.contains { RealPath.isSame(real, orInside: $0) }
    }

    private static func errnoText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return String(trimmed)
    }

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
