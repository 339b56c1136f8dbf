import Foundation
import Glibc

/// Writes files so that readers see either the old content or the new, never a prefix:
/// the bytes go to a temporary file in the same directory, which rename(2) then moves
/// over the target. Same directory because rename is only atomic within a file system.
///
/// No fsync: outputs can be regenerated from their inputs, and a sync per file would
/// dominate a batch of thousands of small files.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let target = url.path
        let directory = url.deletingLastPathComponent().path
        try makeDirectories(directory, for: target)
        let temporary = directory + "/" + temporaryName(for: url.lastPathComponent)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw AtomicFileError(path: target, reason: "cannot create temporary file: \(errnoText())")
        }
        do {
            try fill(fd, with: bytes, target: target)
            guard rename(temporary, target) == 0 else {
                throw AtomicFileError(path: target, reason: errnoText())
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes everything, keeps an existing target's permissions, and closes `fd`.
    private static func fill(_ fd: Int32, with bytes: [UInt8], target: String) throws {
        var failure = writeAll(fd, bytes)
        copyMode(from: target, to: fd)
        if close(fd) != 0 && failure == nil { failure = errno }
        if let failure {
            throw AtomicFileError(path: target, reason: errnoText(failure))
        }
    }

    /// Returns the errno of a failed write(2), retrying short writes and EINTR.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Replacing a file should not silently change who may read it.
    private static func copyMode(from target: String, to fd: Int32) {
        var info = stat()
        if stat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
            _ = fchmod(fd, info.st_mode & 0o7777)
        }
    }

    /// mkdir -p, reporting the first component that cannot be created.
    private static func makeDirectories(_ directory: String, for target: String) throws {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw AtomicFileError(path: target, reason: "\(directory): \(errnoText(ENOTDIR))")
            }
            return
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != directory {
            try makeDirectories(parent, for: target)
        }
        if mkdir(directory, 0o777) != 0 && errno != EEXIST {
            throw AtomicFileError(path: target, reason: "cannot create directory \(directory): \(errnoText())")
        }
    }

    /// Hidden, recognizable and unique per process and call, so concurrent writers and
    /// a later cleanup can tell these apart. The name part is capped to stay under NAME_MAX.
    static func temporaryName(for name: String) -> String {
        let stem = String(name.unicodeScalars.prefix(40))
        let unique = String(UInt64.random(in: .min ... .max), radix: 16)
        return ".\(stem).winnow-tmp-\(getpid())-\(unique)"
    }

    private static func errnoText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
