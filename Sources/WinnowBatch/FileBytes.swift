import Glibc
import WinnowNative

/// Reads a whole file with open, fstat and read: no Foundation objects and no copies between
/// them, which on a batch of small files is most of what reading costs.
enum FileBytes {
    /// The file's bytes, or the errno of what failed. A file over `limit` bytes is refused
    /// before anything is read (by its size), so a huge input costs no memory and no time.
    static func read(_ path: String, limit: Int? = nil) -> Result<[UInt8], FileReadError> {
        var waited = false
        return read(path, limit: limit, waited: &waited)
    }

    /// The same, and whether part of a regular file was not in the page cache: the read then
    /// waited for the disk (`ReadAhead` hints files while that happens).
    /// `opened`: a descriptor already open on `path` (read-only, maybe non-blocking), which
    /// this read closes.
    static func read(
        _ path: String, opened: Int32? = nil, limit: Int?, waited: inout Bool
    ) -> Result<[UInt8], FileReadError> {
        let fd = opened ?? open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.system(errno)) }
        // A regular file is read up to the size fstat gave; what else is read to its end.
        let size = max(Int(info.st_size), 0)
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        if let limit, size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        if isRegular { return readRegular(fd, size: size, waited: &waited) }
        // A hint opens without blocking (a file swapped for a FIFO must not hang it); what is
        // not a regular file is read from a descriptor of its own.
        if opened != nil { return read(path, limit: limit, waited: &waited) }
        var bytes = [UInt8](repeating: 0, count: size + 4096)
        var count = 0
        while true {
            if let limit, count > limit { return .failure(.tooLarge(size: count, limit: limit)) }
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// Up to `size` bytes (fewer if the file shrank), read into an array that is not zeroed
    /// first: most of a batch's reads are small files, where zeroing was a read's second cost.
    /// The first read asks for the page cache only: a short or refused answer says the rest
    /// must come from the disk, at no cost when the file is cached.
    private static func readRegular(_ fd: Int32, size: Int, waited: inout Bool) -> Result<[UInt8], FileReadError> {
        var failure: Int32?
        var missed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            if size > 0 {
                let cached = PageCache.read(fd, into: buffer.baseAddress!, count: size, offset: 0)
                if cached > 0 { initialized = cached }
                missed = cached < size
            }
            while initialized < size {
                let read = pread(fd, buffer.baseAddress! + initialized, size - initialized, off_t(initialized))
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if read == 0 { break }
                initialized += read
            }
        }
        waited = missed
        if let failure { return .failure(.system(failure)) }
        return .success(bytes)
    }
}

struct FileBytesError: Error {
    let code: Int32

    var reason: String { String(cString: strerror(code)) }
}
