import Glibc
import Synchronization

/// Asks the kernel to start reading files the workers will soon take, so that a worker's
/// read finds the bytes in memory instead of waiting for the disk. On files not in the page
/// cache, two workers reading synchronously spent a quarter of a run's time in I/O wait
/// (vmstat); with the hint, 50 MB folders read cold took 0.61-1.27 s instead of 1.55-2.93 s
/// (`-j 2 --no-learn`, outputs on tmpfs).
///
/// On files the page cache holds, a hint is three system calls for nothing: 5% of a run's
/// CPU on the 200 MB corpus (perf). So hints are sent only while reads miss the cache: a run
/// starts hinting (its files may be cold), and `misses` reads in a stretch of `stretch` that
/// had to wait for the disk turn the hints on for `window` more files. A few misses here and
/// there (this machine's host trims the page cache; a run over a warm 200 MB corpus still
/// missed on 100-500 of its 34,000 files) cost less than hinting every file would.
/// One run shares one of these across its workers; races only shift when hints start.
final class ReadAhead: Sendable {
    /// How many files ahead of the one being taken get their hint: enough to cover a read's
    /// latency at the workers' pace (24 did about as well), few enough that the pages are
    /// still there when wanted.
    static let distance = 64
    /// Bytes of a file the hint covers: whole articles and pages, but not the whole of a huge
    /// file that the size limit may refuse (its reader reads it anyway).
    static let span = 4 << 20
    /// Hints sent once misses come thick. While hints work, reads do not miss; when they
    /// lapse, the `distance` files already hinted pass before reads miss again, so a cold
    /// batch goes unhinted for about `distance` files in `window`.
    static let window = 8192
    /// Hints sent at the start, before any read has said whether the files are cached.
    static let start = 1024
    /// Misses in a stretch of reads that turn the hints on.
    static let misses = 8
    static let stretch = 256

    private let hintsLeft = Atomic<Int>(ReadAhead.start)
    private let reads = Atomic<Int>(0)
    private let recentMisses = Atomic<Int>(0)
    /// Room for the hints of both sides of a folder interleave and then some, but never more
    /// than a quarter of the process's descriptors, so that reads and writes do not run short.
    private let opened = Mutex(HintedFiles(capacity: ReadAhead.keptDescriptors))

    static var keptDescriptors: Int { min(4 * distance, descriptorLimit / 4) }

    /// The soft limit on open descriptors (1024, the usual one, if it cannot be read).
    private static var descriptorLimit: Int {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return Int(clamping: limit.rlim_cur)
    }

    init() {}

    deinit {
        for fd in opened.withLock({ $0.takeAll() }) { close(fd) }
    }

    /// Starts reading `path` in the background (open, posix_fadvise WILLNEED), if reads have
    /// been waiting, and keeps the descriptor for the read. Failures are ignored: the worker's
    /// own read reports them.
    func hint(_ path: String) {
        guard hintsLeft.load(ordering: .relaxed) > 0 else { return }
        hintsLeft.subtract(1, ordering: .relaxed)
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, off_t(Self.span), POSIX_FADV_WILLNEED)
        for displaced in opened.withLock({ $0.keep(fd, path: path) }) { close(displaced) }
    }

    /// `FileBytes.read`, from the descriptor a hint left if there is one, noting whether the
    /// read missed the page cache.
    func read(_ path: String, limit: Int? = nil) -> Result<[UInt8], FileReadError> {
        var waited = false
        let hinted = opened.withLock { $0.take(path) }
        let result = FileBytes.read(path, opened: hinted, limit: limit, waited: &waited)
        note(missed: waited)
        return result
    }

    func note(missed: Bool) {
        if reads.add(1, ordering: .relaxed).newValue % Self.stretch == 0 { recentMisses.store(0, ordering: .relaxed) }
        guard missed, recentMisses.add(1, ordering: .relaxed).newValue >= Self.misses else { return }
        hintsLeft.store(Self.window, ordering: .relaxed)
        recentMisses.store(0, ordering: .relaxed)
    }

    /// Whether the next `hint` will be sent.
    var isHinting: Bool { hintsLeft.load(ordering: .relaxed) > 0 }
}
