import Testing
import WinnowCore

/// Article text that looks like boilerplate to a careless rule must come through whole.
struct ContentSurvivalTests {
    static let articles: [(name: String, text: String)] = [
        ("a quote that says read more", """
        Library cuts anger readers

        "If you want to read more, you need a library that is open," said Jane Porter, who has used the branch for forty years.

        Read more about the council's plans, she added, and you will see what is being lost.
        """),
        ("latest figures", """
        Unemployment falls to a ten-year low

        Latest figures show unemployment fell to 4.1 percent in March, the lowest rate in a decade.

        Latest figures from the statistics office are due in June, officials said.
        """),
        ("a charity's donations", """
        Food bank donations fall as demand rises

        Donations to the city's largest food bank fell by a third last year while the number of families asking for help doubled, its director said.

        "We need your help," director Anna Kowalski told reporters. "Your support matters more than ever this winter."

        The charity, which relies on public donations and support from local businesses, said it would become a member of a national network.
        """),
        ("a headline that is also the first sentence", """
        Kerry and Lavrov connect after only five days

        Kerry and Lavrov connect after only five days of missed calls, the State Department said on Tuesday.

        The two men spoke for nearly half an hour.
        """),
        ("an article in Cyrillic", """
        Суд в Москве отложил рассмотрение дела

        Московский городской суд в понедельник отложил рассмотрение апелляции до 15 марта, сообщил адвокат.

        По словам защиты, суд удовлетворил ходатайство о вызове новых свидетелей, в том числе журналистов.

        «Мы благодарны за поддержку», — сказал адвокат после заседания.
        """),
        ("an ellipsis inside prose", """
        Mayor promises rebuild

        The mayor paused... then said the city would rebuild within a year.

        "We will see what happens next...," she said, before leaving the podium.
        """),
    ]

    @Test(arguments: articles.map(\.name))
    func everyLineSurvives(_ name: String) throws {
        let text = try #require(Self.articles.first { $0.name == name }).text
        let result = try Pipeline().run(Document(text: text))
        #expect(result.decisions.isEmpty, "removed: \(result.decisions.map { "\($0.reason): \($0.text)" })")
        #expect(result.kept.count == Document(text: text).units.count)
    }
}
