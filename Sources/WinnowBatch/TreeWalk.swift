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
        guard let names = listVisible(path) else { return }
        descent.insert(key)
        for name in names {
            visitEntry(name, in: path, relativePath: relativePath.isEmpty ? name : relativePath + "/" + name)
        }
        descent.remove(key)
    }

    private mutating func visitEntry(_ name: String, in directory: String, relativePath: String) {
        let path = directory == "/" ? "/" + name : directory + "/" + name
        switch EntryKind(path: path) {
        case .regularFile:
            files.append(InputFile(path: path, relativePath: relativePath))
        case .directory:
            visitDirectory(path, relativePath: relativePath)
        case let kind:
            reportUnusable(path, kind, name: name)
        }
    }

    /// Sorted by bytes for a deterministic order independent of locale and normalization.
    private mutating func listVisible(_ path: String) -> [String]? {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix(".") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        } catch {
            report(path, Self.reason(for: error))
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

    /// Foundation wraps the errno of a failed listing (as a POSIXError on Linux, an
    /// NSError elsewhere); its own text is vaguer ("You don't have permission").
    private static func reason(for error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return errnoText(Int32(posix.code)) }
        }
        return error.localizedDescription
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
