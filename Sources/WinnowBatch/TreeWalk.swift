import Foundation
import Glibc

/// The state of one `InputWalker.walk` call: results so far and the directories on the
/// current descent path, which is what makes a symlink loop detectable.
struct TreeWalk {
    private let excluded: [String]
    private(set) var files: [InputFile] = []
    private(set) var issues: [WalkIssue] = []
    /// Real paths (as bytes, so that NFC and NFD names stay distinct) of the directories
    /// being walked. Only ancestors count: two links to one directory are not a loop.
    private var descent: Set<[UInt8]> = []

    init(excluded: [URL]) {
        self.excluded = excluded.map(RealPath.resolveOrStandardize)
    }

    mutating func visitInput(_ input: String) {
        let path = Self.trimmingTrailingSlashes(input)
        switch EntryKind(path: path) {
        case .regularFile:
            files.append(InputFile(path: path, relativePath: Self.lastComponent(path)))
        case .directory:
            if let real = RealPath.resolve(path), isExcluded(real) {
                report(path, "inside an excluded folder, skipped")
            } else {
                visitDirectory(path, relativePath: "")
            }
        case let kind:
            reportUnusable(path, kind, name: path)
        }
    }

    private mutating func visitDirectory(_ path: String, relativePath: String) {
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
        for entry in entries {
            visitEntry(entry, in: path, relativePath: relativePath.isEmpty ? entry.name : relativePath + "/" + entry.name)
        }
        descent.remove(key)
    }

    private mutating func visitEntry(_ entry: DirectoryEntry, in directory: String, relativePath: String) {
        let path = directory == "/" ? "/" + entry.name : directory + "/" + entry.name
        // The listing's type saves a stat for plain files and folders; links and the rest are
        // examined like before.
        switch entry.knownKind ?? EntryKind(path: path) {
        case .regularFile:
            files.append(InputFile(path: path, relativePath: relativePath))
        case .directory:
            visitDirectory(path, relativePath: relativePath)
        case let kind:
            reportUnusable(path, kind, name: entry.name)
        }
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
