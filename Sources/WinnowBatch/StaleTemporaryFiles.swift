import Foundation
import Glibc

/// Temporary files of `AtomicFile` that a killed run (SIGKILL, a crash, a power cut) left in
/// an output tree. They are hidden and never taken for outputs or inputs, but they should not
/// pile up: a batch sweeps its output folders before it writes.
///
/// Only files of our own naming pattern whose writer is gone are removed: the process id in
/// the name no longer exists. A concurrent winnow run writing into the same tree keeps its files.
enum StaleTemporaryFiles {
    /// Removes the stale temporary files under `root` (not following links); returns how many.
    @discardableResult
    static func sweep(_ root: String) -> Int {
        var removed = 0
        var folders = [root]
        while let folder = folders.popLast() {
            guard case .success(let entries) = DirectoryEntry.list(folder) else { continue }
            for entry in entries {
                let path = folder + "/" + entry.name
                switch entry.knownKind ?? kind(of: path) {
                case .directory?:
                    folders.append(path)
                case .regularFile? where isStale(entry.name):
                    if unlink(path) == 0 { removed += 1 }
                default:
                    break
                }
            }
        }
        return removed
    }

    /// A name `AtomicFile.temporaryName` made, whose process is no longer running.
    static func isStale(_ name: String) -> Bool {
        guard let processID = writer(of: name), processID != getpid() else { return false }
        return kill(processID, 0) != 0 && errno == ESRCH
    }

    /// The process id in ".NAME.winnow-tmp-PID-HEX", or nil for any other name.
    static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: AtomicFile.temporaryMarker, options: .backwards) else {
            return nil
        }
        let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let processID = pid_t(parts[0]), processID > 0, UInt64(parts[1], radix: 16) != nil else {
            return nil
        }
        return processID
    }

    /// Folders and files by lstat: a link is neither, so the sweep never leaves the tree.
    private static func kind(of path: String) -> EntryKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        default: return nil
        }
    }
}
