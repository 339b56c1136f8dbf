import Foundation
import Testing
import WinnowCore

/// The product's first promise: the real scrapes in ../shared/seeds come out exactly as expected.
struct SeedTests {
    @Test(arguments: try SharedData.seedNames())
    func seedIsCleanedExactly(_ name: String) throws {
        let input = try SharedData.text(SharedData.seedInput.appendingPathComponent(name))
        let expected = try SharedData.text(SharedData.seedExpected.appendingPathComponent(name))
        let result = try Pipeline().run(Document(text: input))
        #expect(result.text == expected, "decisions: \(result.decisions.map { "\($0.firstLine) \($0.reason)" })")
    }
}
