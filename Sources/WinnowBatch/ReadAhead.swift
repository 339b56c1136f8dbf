import Glibc

/// Asks the kernel to start reading files the workers will soon take, so that a worker's
/// read finds the bytes in memory instead of waiting for the disk. On files not in the page
/// cache, two workers reading synchronously spent a quarter of a run's time in I/O wait
/// (vmstat); with the hint, 50 MB folders read cold took 0.61-1.27 s instead of 1.55-2.93 s
/// (`-j 2 --no-learn`, outputs on tmpfs). A warm cache pays three system calls a file.
enum ReadAhead {
    /// How many files ahead of the one being taken get their hint: enough to cover a read's
    /// latency at the workers' pace (24 did about as well), few enough that the pages are
    /// still there when wanted.
    static let distance = 64

    /// Bytes of a file the hint covers: whole articles and pages, but not the whole of a huge
    /// file that the size limit may refuse (its reader reads it anyway).
    static let span = 4 << 20

    /// Starts reading `path` in the background (open, posix_fadvise WILLNEED, close).
    /// Failures are ignored: the worker's own read reports them.
    static func hint(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, off_t(span), POSIX_FADV_WILLNEED)
        close(fd)
    }
}
