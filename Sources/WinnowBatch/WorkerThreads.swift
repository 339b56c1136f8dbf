import Glibc

/// Runs one closure on several threads and joins them all before returning, which is
/// what lets `ParallelMap` hand non-escaping closures to other threads.
enum WorkerThreads {
    /// Big enough for deeply nested documents in recursive code.
    static let stackSize = 8 << 20

    /// Runs `work` on `count` threads: the caller plus `count - 1` new ones. A thread that
    /// cannot be created is not fatal; the others (at least the caller) drain the queue.
    static func run(_ count: Int, _ work: @escaping @Sendable () -> Void) {
        var threads: [pthread_t] = []
        for _ in 1..<max(count, 1) {
            if let thread = start(work) { threads.append(thread) }
        }
        work()
        for thread in threads {
            pthread_join(thread, nil)
        }
    }

    private final class Context {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    /// Starts `work` on a new thread, which the caller must join; nil if none could be made.
    static func start(_ work: @escaping @Sendable () -> Void) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(Context(work)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { raw in
            // Released here, before the thread ends, so that nothing outlives the join.
            let context = Unmanaged<Context>.fromOpaque(raw!).takeRetainedValue()
            context.work()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Context>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}
