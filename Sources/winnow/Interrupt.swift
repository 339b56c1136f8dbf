import Foundation
import Synchronization

/// SIGINT asks the batch to stop taking new files; files being written finish atomically.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    static var requested: Bool { flag.load(ordering: .relaxed) }

    static func install() {
        signal(SIGINT) { _ in
            Interrupt.flag.store(true, ordering: .relaxed)
            // A second Ctrl-C ends the process at once.
            signal(SIGINT, SIG_DFL)
        }
    }
}
