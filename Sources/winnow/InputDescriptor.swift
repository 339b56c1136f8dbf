import Foundation
import WinnowBatch

/// Opens a stream input ("-" is standard input) for the duration of `body`, and says what went
/// wrong on stderr when it cannot be opened or read.
enum InputDescriptor {
    /// False when the input could not be opened or read (the message is already printed).
    static func with(_ input: String, _ body: (Int32) throws(StreamError) -> Void) -> Bool {
        let descriptor = input == "-" ? STDIN_FILENO : open(input, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            Terminal.error("\(input): cannot open: \(String(cString: strerror(errno)))")
            return false
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        do {
            try body(descriptor)
            return true
        } catch {
            Terminal.error(error.description)
            return false
        }
    }
}
