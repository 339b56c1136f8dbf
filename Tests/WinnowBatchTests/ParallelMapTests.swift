import Foundation
import Glibc
import Synchronization
import Testing
import WinnowBatch

@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 4])
    func returnsResultsInIndexOrder(jobs: Int) {
        let results = ParallelMap.run(count: 500, jobs: jobs) { index in
            // Uneven work so that workers finish out of order.
            if index % 7 == 0 { usleep(100) }
            return "item \(index)"
        }
        #expect(results == (0..<500).map { "item \($0)" })
    }

    @Test(arguments: [1, 2, 3])
    func runsEachIndexExactlyOnce(jobs: Int) {
        let counts = Mutex([Int](repeating: 0, count: 1000))
        ParallelMap.forEach(count: 1000, jobs: jobs) { index in
            counts.withLock { $0[index] += 1 }
        }
        #expect(counts.withLock { $0 } == [Int](repeating: 1, count: 1000))
    }

    @Test func oneJobRunsInlineOnTheCaller() {
        let caller = pthread_self()
        let threads = ParallelMap.run(count: 20, jobs: 1) { _ in pthread_self() }
        #expect(threads.allSatisfy { pthread_equal($0, caller) != 0 })
    }

    @Test func twoJobsRunAtTheSameTime() {
        // Items 0 and 1 wait for each other; run one after the other they would time out.
        let arrived = Atomic<Int>(0)
        let met = ParallelMap.run(count: 2, jobs: 2) { _ in
            arrived.add(1, ordering: .relaxed)
            let deadline = Date().addingTimeInterval(10)
            while arrived.load(ordering: .relaxed) < 2 && Date() < deadline { usleep(1000) }
            return arrived.load(ordering: .relaxed) == 2
        }
        #expect(met == [true, true])
    }

    @Test func handlesEmptyAndSmallCounts() {
        #expect(ParallelMap.run(count: 0, jobs: 4) { $0 }.isEmpty)
        #expect(ParallelMap.run(count: 1, jobs: 8) { $0 * 10 } == [0])
        #expect(ParallelMap.run(count: 3, jobs: 0) { $0 } == [0, 1, 2])
    }

    @Test func keepsOptionalResults() {
        #expect(ParallelMap.run(count: 4, jobs: 2) { $0 % 2 == 0 ? $0 : nil } == [0, nil, 2, nil])
    }

    @Test(arguments: [1, 2])
    func shouldStopTakesNoNewItems(jobs: Int) {
        let started = Atomic<Int>(0)
        let results = ParallelMap.run(count: 1000, jobs: jobs, shouldStop: { started.load(ordering: .relaxed) >= 10 }) { index in
            started.add(1, ordering: .relaxed)
            return index
        }
        // Only items already taken when the stop was seen may finish: at most one per worker.
        #expect(results.count >= 10 && results.count < 10 + jobs)
        #expect(results == Array(0..<results.count))
        #expect(started.load(ordering: .relaxed) == results.count)
    }

    @Test func forEachReportsHowManyItemsRan() {
        let ran = ParallelMap.forEach(count: 50, jobs: 2, shouldStop: { true }) { _ in }
        #expect(ran == 0)
        #expect(ParallelMap.forEach(count: 50, jobs: 2) { _ in } == 50)
    }
}
