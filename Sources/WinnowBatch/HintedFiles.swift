/// Descriptors that `ReadAhead`'s hints opened, kept for the reads that follow: the open is the
/// dearest of a hint's three system calls (path lookup), and a read that finds its file's
/// descriptor here skips both its own open and the hint's close.
///
/// Bounded: at most `capacity` descriptors wait; the oldest is handed back for closing when a
/// newer one comes (its read never came: the run stopped, or the file was held in memory).
struct HintedFiles {
    private var slots: [(path: String, fd: Int32)?]
    private var next = 0
    private var byPath: [String: Int32] = [:]

    init(capacity: Int) {
        slots = Array(repeating: nil, count: max(capacity, 1))
    }

    /// Keeps `fd`, open on `path`; returns the descriptors to close (the one it displaced, and
    /// an older one of the same path).
    mutating func keep(_ fd: Int32, path: String) -> [Int32] {
        var toClose: [Int32] = []
        if let old = slots[next], byPath[old.path] == old.fd {
            byPath[old.path] = nil
            toClose.append(old.fd)
        }
        if let same = byPath.updateValue(fd, forKey: path) { toClose.append(same) }
        slots[next] = (path, fd)
        next = (next + 1) % slots.count
        return toClose
    }

    /// The descriptor kept for `path`, which is no longer kept (the caller closes it).
    mutating func take(_ path: String) -> Int32? {
        byPath.removeValue(forKey: path)
    }

    /// Every descriptor still kept, none kept any more.
    mutating func takeAll() -> [Int32] {
        defer {
            byPath = [:]
            slots = Array(repeating: nil, count: slots.count)
        }
        return Array(byPath.values)
    }
}
