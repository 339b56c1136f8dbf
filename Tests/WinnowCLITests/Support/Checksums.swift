import Foundation

/// Checksums of every regular file under a folder (names as raw bytes, so names with newlines
/// or invalid UTF-8 count too), to show that a run changed no input.
enum Checksums {
    /// "md5  path" entries, sorted; files under `excluding` (a subfolder) are left out.
    static func of(_ root: URL, excluding: URL? = nil) throws -> [Data] {
        let prune = excluding.map { ["-path", $0.path, "-prune", "-o"] } ?? []
        let script = "find \"$@\" -type f -print0 | sort -z | xargs -0 -r md5sum -z"
        let result = try CLI.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh", root.path] + prune)
        let entries = result.stdout.split(separator: 0).map { Data($0) }
        guard !entries.isEmpty else { throw ChecksumError(message: "no files under \(root.path): \(result.stderr)") }
        return entries
    }

    struct ChecksumError: Error {
        let message: String
    }
}
