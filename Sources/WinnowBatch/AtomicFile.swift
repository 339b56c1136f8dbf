import Foundation
import Glibc
import Synchronization

/// Writes files so that readers see either the old content or the new, never a prefix:
/// the bytes go to a temporary file in the same directory, which rename(2) then moves
/// over the target. Same directory because rename is only atomic within a file system.
/// A new file in a folder the batch created is written without a name and linked in once
/// complete (`UnnamedFile`), which is cheaper.
///
/// No fsync: outputs can be regenerated from their inputs, and a sync per file would
/// dominate a batch of thousands of small files.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try write(bytes, toPath: url.path)
    }

    /// Writes to an absolute path. `folders`, shared by the writes of a batch, remembers which
    /// folders exist and which this batch created, so most writes make no stat calls.
    public static func write(_ bytes: [UInt8], toPath target: String, folders: FolderCache? = nil) throws {
        if try writeOnce(bytes, toPath: target, folders: folders) { return }
        // The folder vanished after this batch saw it (the output tree was removed mid-run,
        // perhaps under this very write): make it again and write once more, rather than fail
        // this file and every one still to come.
        folders?.forget(split(target).directory)
        guard try writeOnce(bytes, toPath: target, folders: folders) else {
            throw AtomicFileError(path: target, reason: errnoText(ENOENT))
        }
    }

    /// One attempt. False when a batch's folder turned out to be gone (ENOENT creating the
    /// temporary file or renaming it), so that `write` can make it again; nothing is left behind.
    private static func writeOnce(_ bytes: [UInt8], toPath target: String, folders: FolderCache?) throws -> Bool {
        let (directory, name) = split(target)
        let createdHere = try prepare(directory, for: target, folders: folders)
        // In a folder this batch made, the target does not exist yet: no name until complete.
        if createdHere && folders != nil {
            switch try UnnamedFile.write(bytes, in: directory, to: target) {
            case .written: return true
            case .folderGone: return false
            case .exists, .unsupported: break
            }
        }
        let temporary = directory + "/" + temporaryName(for: name)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 && errno == ENOENT && folders != nil { return false }
        guard fd >= 0 else {
            throw AtomicFileError(path: target, reason: "cannot create temporary file: \(errnoText())")
        }
        do {
            // A folder this batch created held no target to take the permissions of.
            try fill(fd, with: bytes, target: target, copyingMode: !createdHere)
            guard rename(temporary, target) == 0 else {
                let code = errno
                unlink(temporary)
                if code == ENOENT && folders != nil { return false }
                throw AtomicFileError(path: target, reason: errnoText(code))
            }
        } catch {
            unlink(temporary)
            throw error
        }
        return true
    }

    /// The folder and the name of an absolute path ("/" for a file at the root).
    static func split(_ path: String) -> (directory: String, name: String) {
        var path = path
        return path.withUTF8 { bytes in
            // Backwards over bytes: String.UTF8View.lastIndex steps through indices one by one.
            var slash = bytes.count - 1
            while slash >= 0 && bytes[slash] != UInt8(ascii: "/") { slash -= 1 }
            guard slash >= 0 else { return (".", String(decoding: bytes, as: UTF8.self)) }
            let directory = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
            return (directory.isEmpty ? "/" : directory,
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[(slash + 1)...]), as: UTF8.self))
        }
    }

    /// Makes sure `directory` exists; true when this batch created it (per `folders`).
    private static func prepare(_ directory: String, for target: String, folders: FolderCache?) throws -> Bool {
        if let known = folders?.state(of: directory) { return known == .created }
        let created = try makeDirectories(directory, for: target)
        folders?.record(directory, created: created)
        return created
    }

    /// Writes everything, keeps an existing target's permissions, and closes `fd`.
    private static func fill(_ fd: Int32, with bytes: [UInt8], target: String, copyingMode: Bool) throws {
        var failure = writeAll(fd, bytes)
        if copyingMode { copyMode(from: target, to: fd) }
        if close(fd) != 0 && failure == nil { failure = errno }
        if let failure {
            throw AtomicFileError(path: target, reason: errnoText(failure))
        }
    }

    /// Returns the errno of a failed write(2), retrying short writes and EINTR.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
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

    /// mkdir -p, reporting the first component that cannot be created; true when it made
    /// `directory` itself.
    @discardableResult
    private static func makeDirectories(_ directory: String, for target: String) throws -> Bool {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw AtomicFileError(path: target, reason: "\(directory): \(errnoText(ENOTDIR))")
            }
            return false
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != directory {
            try makeDirectories(parent, for: target)
        }
        if mkdir(directory, 0o777) != 0 {
            guard errno == EEXIST else {
                throw AtomicFileError(path: target, reason: "cannot create directory \(directory): \(errnoText())")
            }
            return false
        }
        return true
    }

    /// Hidden, recognizable and unique per process and call, so concurrent writers and
    /// a later cleanup can tell these apart. The name part is capped to stay under NAME_MAX.
    static func temporaryName(for name: String) -> String {
        let stem = String(name.unicodeScalars.prefix(40))
        let unique = String(TemporaryNames.next(), radix: 16)
        return ".\(stem)\(temporaryMarker)\(TemporaryNames.processID)-\(unique)"
    }

    /// What marks a temporary name; `StaleTemporaryFiles` looks for it.
    static let temporaryMarker = ".winnow-tmp-"

    static func errnoText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

/// Unique parts of temporary names without a system call per file: a random start drawn once
/// per process, then a counter.
private enum TemporaryNames {
    static let processID = getpid()
    private static let counter = Atomic<UInt64>(UInt64.random(in: .min ... .max))

    static func next() -> UInt64 {
        counter.wrappingAdd(1, ordering: .relaxed).newValue
    }
}

/// The folders a batch has written into: those that already existed and those it created.
/// Shared by the worker threads of one batch.
public final class FolderCache: Sendable {
    enum State { case existed, created }

    private let folders = Mutex<[String: State]>([:])

    public init() {}

    func state(of folder: String) -> State? {
        folders.withLock { $0[folder] }
    }

    /// Whether the folder `path` is in is one this batch created: no file there is older
    /// than the batch, so an output there need not be looked for.
    func isCreated(folderOf path: String) -> Bool {
        state(of: AtomicFile.split(path).directory) == .created
    }

    /// Drops what is known of a folder that turned out to be gone.
    func forget(_ folder: String) {
        _ = folders.withLock { $0.removeValue(forKey: folder) }
    }

    /// A folder another worker created stays created: that is what lets writes skip a stat.
    func record(_ folder: String, created: Bool) {
        folders.withLock { folders in
            if folders[folder] != .created { folders[folder] = created ? .created : .existed }
        }
    }
}
