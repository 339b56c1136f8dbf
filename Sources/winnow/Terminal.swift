import Foundation
import Synchronization

/// Output helpers: bytes to stdout, messages to stderr, whether stderr is a terminal.
enum Terminal {
    static func writeOut(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func writeOut(_ text: String) {
        writeOut(Array(text.utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A one-line progress display on stderr, redrawn at most ten times a second.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let state = Mutex((lastDraw: 0.0, drawn: false))

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(done: Int, total: Int, bytes: Int) {
        guard enabled else { return }
        let now = Date().timeIntervalSince1970
        let shouldDraw = state.withLock { state in
            guard now - state.lastDraw >= 0.1 || done == total else { return false }
            state.lastDraw = now
            state.drawn = true
            return true
        }
        if shouldDraw {
            FileHandle.standardError.write(Data("\rwinnow: \(done)/\(total) files, \(Summary.bytes(bytes))\u{1B}[K".utf8))
        }
    }

    func finish() {
        if state.withLock({ $0.drawn }) { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
