import Glibc

/// What a path is once symbolic links are followed, from stat(2) and lstat(2).
enum EntryKind: Equatable {
    case regularFile
    case directory
    /// FIFO, socket or device: reading one could block or never end.
    case special
    case danglingLink
    case linkLoop
    /// stat failed for another reason; carries errno.
    case unavailable(Int32)

    init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = Self.failure(path: path, errno: errno)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .directory
        default: self = .special
        }
    }

    /// A failing stat on a path that lstat can see is a link with a missing or looping target.
    private static func failure(path: String, errno code: Int32) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else {
            return .unavailable(code)
        }
        return code == ELOOP ? .linkLoop : .danglingLink
    }
}
