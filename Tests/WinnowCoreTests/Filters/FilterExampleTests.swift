import Testing
import WinnowCore

/// Every filter's own examples, run generically: "removes" examples must lose exactly their
/// marked lines, "keeps" examples nothing. A failure points at the example in the filter's file.
struct FilterExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let filterID: String
        let kind: String
        let number: Int
        var testDescription: String { "\(filterID) \(kind) #\(number + 1)" }

        var filterType: any Filter.Type { FilterRegistry.filter(id: filterID)! }
        var example: Example {
            let description = filterType.description
            return kind == "removes" ? description.removes[number] : description.keeps[number]
        }
    }

    static let cases: [Case] = FilterRegistry.all.flatMap { type in
        let description = type.description
        return description.removes.indices.map { Case(filterID: description.id, kind: "removes", number: $0) }
            + description.keeps.indices.map { Case(filterID: description.id, kind: "keeps", number: $0) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) {
        let example = testCase.example
        let (result, lineOffset) = Self.run(testCase.filterType, on: example)
        var removedLines = Set<Int>()
        for decision in result.decisions {
            removedLines.formUnion((decision.firstLine + lineOffset)...(decision.lastLine + lineOffset))
        }
        let location = SourceLocation(
            fileID: "\(example.file)", filePath: "\(example.file)", line: Int(example.line), column: 1)
        if testCase.kind == "keeps" {
            #expect(example.markedLines.isEmpty, "a keeps example must not mark lines", sourceLocation: location)
        } else {
            #expect(!example.markedLines.isEmpty, "a removes example must mark lines", sourceLocation: location)
        }
        let reasons = result.decisions.map { "line \($0.firstLine) \($0.rule): \($0.text)" }
        #expect(removedLines == example.markedLines, "removed: \(reasons)", sourceLocation: location)
    }

    /// The filter's result on the example, and how many source lines come before the judged
    /// text: a filter that learns from a batch learns from all the example's pages and judges
    /// the last one.
    static func run(_ type: any Filter.Type, on example: Example) -> (CleanResult, Int) {
        guard let learning = type as? any BatchLearningFilter.Type else {
            return (Pipeline(filters: [type.init(settings: .standard)]).run(Document(text: example.document)), 0)
        }
        let (pages, lastPageStart) = learning.pages(of: example)
        var profile = SiteProfile()
        for page in pages { profile.add(Document(text: page), site: SiteProfile.wholeBatch) }
        let filter = type.init(settings: Settings(siteProfile: profile))
        return (Pipeline(filters: [filter]).run(Document(text: pages[pages.count - 1])), lastPageStart)
    }

    @Test func everyFilterHasExamplesOfBothKinds() {
        for type in FilterRegistry.all {
            #expect(!type.description.removes.isEmpty, "\(type.description.id) has no removes examples")
            #expect(!type.description.keeps.isEmpty, "\(type.description.id) has no keeps examples")
        }
    }

    @Test func filterIDsAreUniqueSnakeCase() {
        let ids = FilterRegistry.ids
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "_" }, "\(id) is not snake_case")
        }
    }
}
