import CLinux

/// Reads that must not wait for the disk.
public enum PageCache {
    /// Reads up to `count` bytes at `offset` of `fd` that the page cache holds: the bytes read
    /// (fewer than `count` when some are not cached, or at the end of the file), or -1 with
    /// errno (EAGAIN: none cached; EOPNOTSUPP: the file system cannot tell).
    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, offset: Int) -> Int {
        winnow_read_cached(fd, buffer, count, off_t(offset))
    }
}
