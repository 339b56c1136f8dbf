import Testing
import WinnowCore

/// `--body-only` leaves out the headline, and only the headline.
struct BodyTextTests {
    @Test func plainTextDropsTheFirstKeptUnit() throws {
        let result = try Pipeline().run(Document(text: "Storm hits coast\n\nThe storm reached the coast on Monday night.\n"))
        #expect(result.bodyText == "The storm reached the coast on Monday night.\n")
    }

    @Test func aDocumentWithoutHeadlineLosesNothing() throws {
        let units = [Unit(text: "The storm reached the coast on Monday night.", paragraph: 0, lines: 1...1),
                     Unit(text: "Power was cut to thousands of homes across the region.", paragraph: 1, lines: 2...2)]
        let document = Document(units: units, lineCount: 2, headline: nil, firstUnitIsHeadline: false)
        let result = Pipeline(filters: []).run(document)
        #expect(result.bodyText == result.text)
    }
}
