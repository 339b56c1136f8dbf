import Glibc
import Synchronization

/// Writes a new file as an inode without a name (`O_TMPFILE`) and names it only once it is
/// complete (`linkat`): as atomic as a temporary file renamed over the target, with one change
/// to the folder instead of two, and a crash leaves nothing behind. Measured on ext4 with 6 KB
/// files: 40-46 µs a file instead of 52-56 µs on one core, 57-75 µs instead of 89-127 µs with
/// two writers. Linux on x86-64 and ARM64 (where the flag's value is known); elsewhere, or on a
/// file system that lacks it, callers write a named temporary file as before.
enum UnnamedFile {
    enum Outcome {
        case written
        /// The target appeared meanwhile: nothing was written, the caller replaces it.
        case exists
        /// The folder is gone (the caller makes it again).
        case folderGone
        /// Not available here: the caller writes a named temporary file.
        case unsupported
    }

    /// Writes `bytes` to `target`, a file that should not exist yet, in `directory`.
    static func write(_ bytes: [UInt8], in directory: String, to target: String) throws -> Outcome {
        guard let flag = openFlag, available.load(ordering: .relaxed) else { return .unsupported }
        let fd = open(directory, O_WRONLY | O_CLOEXEC | flag, 0o666)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT: return .folderGone
            case EOPNOTSUPP, EISDIR, EINVAL: return unsupported()
            default: throw AtomicFileError(path: target, reason: "cannot create temporary file: \(AtomicFile.errnoText(code))")
            }
        }
        defer { close(fd) }
        if let failure = AtomicFile.writeAll(fd, bytes) {
            throw AtomicFileError(path: target, reason: AtomicFile.errnoText(failure))
        }
        guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, target, AT_SYMLINK_FOLLOW) != 0 else { return .written }
        let code = errno
        switch code {
        case EEXIST: return .exists
        case ENOENT: return access("/proc/self/fd", F_OK) == 0 ? .folderGone : unsupported()
        default: throw AtomicFileError(path: target, reason: AtomicFile.errnoText(code))
        }
    }

    /// Remembers that this process cannot use unnamed files, so later writes do not try.
    private static func unsupported() -> Outcome {
        available.store(false, ordering: .relaxed)
        return .unsupported
    }

    private static let available = Atomic<Bool>(true)

    /// `O_TMPFILE`, a macro Swift does not import: `__O_TMPFILE | O_DIRECTORY`, whose first
    /// part is 0o20000000 on these two architectures (other ones use other values).
    private static let openFlag: Int32? = {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        return 0o20000000 | O_DIRECTORY
        #else
        return nil
        #endif
    }()
}
