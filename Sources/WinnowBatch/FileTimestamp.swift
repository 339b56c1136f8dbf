import Glibc

/// A modification time with nanoseconds: whole seconds would call an output written in
/// the same second as its edited source up to date.
struct FileTimestamp: Comparable {
    let seconds: Int
    let nanoseconds: Int

    enum Lookup {
        case found(FileTimestamp)
        case missing
        /// Exists (or may) but cannot be examined, such as a permission problem.
        case unknown
    }

    /// stat(2) follows links, as make does: a link is as new as what it points to.
    static func modification(of path: String) -> Lookup {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unknown
        }
        return .found(FileTimestamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec))
    }

    static func < (lhs: FileTimestamp, rhs: FileTimestamp) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }
}
