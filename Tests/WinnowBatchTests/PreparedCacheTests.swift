import Testing
import WinnowCore
@testable import WinnowBatch

/// The learning pass hands HTML documents to the cleaning pass, within a budget.
struct PreparedCacheTests {
    let cleaner = FileCleaner(pipeline: try! Pipeline(), lexicon: .builtIn)

    func prepared(_ text: String, path: String) throws -> PreparedCache.Prepared {
        try cleaner.prepare(Array(text.utf8), path: path)
    }

    @Test func keepsHTMLDocumentsWithinItsBudgetAndGivesEachUpOnce() throws {
        let page = "<html><body><h1>Ferry timetable</h1><p>The ferry company will run two extra boats.</p></body></html>"
        let cache = PreparedCache(budget: 1_000)
        cache.offer(0, try prepared(page, path: "a.html"))
        cache.offer(1, try prepared(page, path: "b.html"))
        cache.offer(2, try prepared(page, path: "c.html"))
        let kept = (0..<3).filter { cache.take($0) != nil }
        #expect(!kept.isEmpty && kept.count < 3, "the budget holds some pages, not all: \(kept)")
        #expect(cache.take(kept[0]) == nil, "a document is taken once")
        cache.offer(5, try prepared(page, path: "d.html"))
        #expect(cache.take(5) != nil, "taking frees room")
    }

    @Test func textDocumentsAreNotKept() throws {
        let cache = PreparedCache(budget: 1_000_000)
        cache.offer(0, try prepared("Ferry timetable\n\nThe ferry company will run two extra boats.\n", path: "a.txt"))
        #expect(cache.take(0) == nil)
    }

    @Test func textDocumentsAreKeptWhenAskedWithTheirFileSize() throws {
        let cache = PreparedCache(budget: 1_000_000)
        let text = "Ferry timetable\n\nThe ferry company will run two extra boats.\n"
        #expect(cache.offer(0, try prepared(text, path: "a.txt"), inputBytes: 61, keepingText: true))
        #expect(cache.holds(0))
        #expect(cache.take(0)?.inputBytes == 61)
        #expect(!cache.holds(0))
    }
}
