import Glibc

/// Why an input's bytes were not read; `message` is what the batch reports for the file.
enum FileReadError: Error, Equatable {
    /// open, fstat or read failed with this errno.
    case system(Int32)
    /// The file has more bytes than the per-file size limit (for a pipe: more than were read).
    case tooLarge(size: Int, limit: Int)

    var message: String {
        switch self {
        case .system(let code):
            "cannot read: \(String(cString: strerror(code)))"
        case .tooLarge(let size, let limit):
            "\(ByteSize.describe(size)) is over the size limit of \(ByteSize.describe(limit)) (--max-file-size), skipped"
        }
    }
}
