import Foundation
import Testing
@testable import WinnowCore

/// `Counters` adds removals up as short lists (`RemovalTally`); what it reports must be what
/// the decisions say, whatever the order files are added or merged in.
struct CountersTests {
    private func results() throws -> [CleanResult] {
        let pipeline = try Pipeline()
        return try SharedData.seedNames().map { name in
            pipeline.run(Document(text: try SharedData.text(SharedData.seedInput.appendingPathComponent(name))))
        }
    }

    /// The per-rule and per-filter counts, straight from the decisions.
    private func expected(_ results: [CleanResult]) -> (filters: [String: Int], rules: [String: Int]) {
        var filters: [String: Int] = [:]
        var rules: [String: Int] = [:]
        for result in results {
            for id in result.filterIDs { filters[id, default: 0] += 0 }
            for decision in result.decisions {
                filters[decision.filter, default: 0] += 1
                rules["\(decision.filter)/\(decision.rule)", default: 0] += 1
            }
        }
        return (filters, rules)
    }

    @Test func countsEveryDecisionAndEveryFilterThatRan() throws {
        let results = try results()
        #expect(results.contains { !$0.decisions.isEmpty })
        var counters = Counters()
        for result in results { counters.add(result, inputBytes: 1, outputBytes: 1) }
        let (filters, rules) = expected(results)
        #expect(counters.removedPerFilter == filters)
        #expect(counters.removedPerRule == rules)
        #expect(counters.unitsRemoved == results.reduce(0) { $0 + $1.decisions.count })
        #expect(results.allSatisfy { $0.removedPerRule == expected([$0]).rules })
    }

    @Test func mergingInAnyOrderGivesTheSameCounters() throws {
        let results = try results()
        let single = results.map { result in
            var counters = Counters()
            counters.add(result, inputBytes: 10, outputBytes: 5)
            return counters
        }
        var forward = Counters()
        for counters in single { forward.merge(counters) }
        var backward = Counters()
        for counters in single.reversed() { backward.merge(counters) }
        #expect(forward == backward)
        #expect(forward.removedPerRule == expected(results).rules)
        #expect(forward.inputBytes == 10 * results.count)
    }

    @Test func setAndDecodedCountsReadBackTheSame() throws {
        var counters = Counters()
        counters.removedPerFilter = ["navigation": 3, "main_content": 0]
        counters.removedPerRule = ["navigation/chrome_line": 2, "navigation/cookie": 1]
        #expect(counters.removedPerFilter == ["navigation": 3, "main_content": 0])
        #expect(counters.removedPerRule == ["navigation/chrome_line": 2, "navigation/cookie": 1])
        let decoded = try JSONDecoder().decode(Counters.self, from: JSONEncoder().encode(counters))
        #expect(decoded == counters)
    }
}
