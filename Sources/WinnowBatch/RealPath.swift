import Foundation
import Glibc

/// Canonical absolute paths, for comparing directories reached through different links.
enum RealPath {
    /// realpath(3), or nil (with errno set) when the path cannot be resolved.
    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// For excluded folders that may not exist yet: the lexically cleaned absolute path.
    static func resolveOrStandardize(_ url: URL) -> String {
        resolve(url.path) ?? url.standardizedFileURL.path
    }

    /// Whether `path` is `ancestor` or lies below it; both must be canonical. Compares
    /// bytes: String equality would treat NFC and NFD spellings as the same directory.
    static func isSame(_ path: String, orInside ancestor: String) -> Bool {
        if ancestor == "/" { return true }
        let inside = path.utf8.starts(with: ancestor.utf8)
        return inside && (path.utf8.count == ancestor.utf8.count || path.utf8.dropFirst(ancestor.utf8.count).first == UInt8(ascii: "/"))
    }
}
