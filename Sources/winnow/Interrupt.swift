import Foundation
import Synchronization

/// SIGINT asks the batch to stop taking new files; files being written finish atomically.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    static var requested: Bool { flag.load(ordering: .relaxed) }

    static func install() {
        // A parent may have started us with SIGINT blocked (Foundation's Process does): a
        // handler alone would then never run.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { _ in
            Interrupt.flag.store(true, ordering: .relaxed)
            // A second Ctrl-C ends the process at once.
            signal(SIGINT, SIG_DFL)
        }
    }
}
