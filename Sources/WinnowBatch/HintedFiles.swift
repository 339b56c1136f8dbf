import WinnowCore

/// Descriptors that `ReadAhead`'s hints opened, kept for the reads that follow: the open is the
/// dearest of a hint's three system calls (path lookup), and a read that finds its file's
/// descriptor here skips both its own open and the hint's close.
///
/// Bounded: at most `capacity` descriptors wait; the oldest is handed back for closing when a
/// newer one comes (its read never came: the run stopped, or the file was held in memory).
/// Paths are found by a hash of their bytes: a String key would hash through Unicode
/// normalization, which cost more than the system call saved on paths with accents.
struct HintedFiles {
    private struct Kept {
        let path: String
        let fd: Int32
    }

    private var slots: [(key: UInt64, fd: Int32)?]
    private var next = 0
    private var byPath: [UInt64: Kept] = [:]

    init(capacity: Int) {
        slots = Array(repeating: nil, count: max(capacity, 1))
    }

    /// Keeps `fd`, open on `path`; returns the descriptors to close (the one it displaced, and
    /// an older one of the same path).
    mutating func keep(_ fd: Int32, path: String) -> [Int32] {
        var toClose: [Int32] = []
        if let old = slots[next], byPath[old.key]?.fd == old.fd {
            byPath[old.key] = nil
            toClose.append(old.fd)
        }
        let key = ByteHash.of(path)
        // Another path of the same hash (or the same path hinted again) gives way.
        if let same = byPath.updateValue(Kept(path: path, fd: fd), forKey: key) { toClose.append(same.fd) }
        slots[next] = (key, fd)
        next = (next + 1) % slots.count
        return toClose
    }

    /// The descriptor kept for `path`, which is no longer kept (the caller closes it).
    mutating func take(_ path: String) -> Int32? {
        let key = ByteHash.of(path)
        guard let kept = byPath[key], Self.sameBytes(kept.path, path) else { return nil }
        byPath[key] = nil
        return kept.fd
    }

    /// Byte for byte (a String's == would compare canonical equivalence, and a UTF8View's
    /// elements one index at a time).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.isEmpty || ByteHash.same(x.baseAddress!, y.baseAddress!, count: x.count))
            }
        }
    }

    /// Every descriptor still kept, none kept any more.
    mutating func takeAll() -> [Int32] {
        defer {
            byPath = [:]
            slots = Array(repeating: nil, count: slots.count)
        }
        return byPath.values.map(\.fd)
    }
}
