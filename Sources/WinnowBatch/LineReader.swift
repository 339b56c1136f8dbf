import Glibc

/// Reads a file descriptor as lines, a batch at a time, so a stream of any length is processed
/// in constant memory (bounded by the batch and the longest line).
struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes from `start` up to here hold no newline: a long line is not searched again after
    /// every read.
    private var searched = 0
    private var atEnd = false
    /// Line number (1-based) of the next line handed out.
    private(set) var nextLineNumber = 1

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Up to `maxLines` lines (fewer when `maxBytes` is reached), without their "\n"; empty at
    /// the end of the stream. A last line without a newline is still a line.
    mutating func nextBatch(maxLines: Int = 512, maxBytes: Int = 8 << 20) throws(FileBytesError) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var bytes = 0
        while lines.count < maxLines && bytes < maxBytes {
            guard let line = try nextLine() else { break }
            bytes += line.count
            lines.append(line)
        }
        nextLineNumber += lines.count
        return lines
    }

    private mutating func nextLine() throws(FileBytesError) -> [UInt8]? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            try fill()
        }
    }

    private mutating func fill() throws(FileBytesError) {
        // Keep only the unfinished line before reading more.
        buffer.removeSubrange(0..<start)
        searched -= start
        start = 0
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        while true {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
            if count >= 0 || errno != EINTR { break }
        }
        guard count >= 0 else { throw FileBytesError(code: errno) }
        buffer.removeSubrange((old + count)...)
        if count == 0 { atEnd = true }
    }
}
