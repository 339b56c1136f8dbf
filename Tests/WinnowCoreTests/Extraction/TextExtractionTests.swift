import Testing
import WinnowCore

/// Main-content extraction on plain text: a whole-page scrape loses its chrome, a clean
/// article loses nothing.
struct TextExtractionTests {
    static let menu = ["Home", "World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture", "Travel", "Video", "Podcasts", "Sign in", "Subscribe"]
    static let teasers = [
        "Mayor defends budget after protests", "Five things to know about the tram plan",
        "Police name victim of weekend crash", "Local team wins cup final", "Rail strike called off at last minute",
    ]
    static let article = [
        "Engineers began lifting the old bridge deck on Saturday, the first step in a repair that the city says will take most of next year and cost about £18 million.",
        "The bridge, which carries about 40,000 vehicles a day, was closed in March after inspectors found cracks in two of its steel supports.",
        "Traffic has since been diverted through the town centre, and shop owners say trade has fallen by a third.",
        "\"We knew it would be hard, but not this hard,\" said Priya Patel, who runs a café near the bridge. \"People simply stopped coming.\"",
        "The council said it would publish a timetable for the reopening next month.",
    ]

    func run(_ text: String) -> CleanResult {
        Pipeline(filters: [MainContentFilter(settings: .standard)]).run(Document(text: text))
    }

    func page(headline: String, article: [String]) -> String {
        var parts = [headline + " | The Herald", Self.menu.joined(separator: "\n"), headline]
        parts += article
        parts += ["Most read\n" + Self.teasers.joined(separator: "\n"), "About us\nContact\nAdvertise\nPrivacy policy\n© 2024 The Herald"]
        return parts.joined(separator: "\n\n")
    }

    @Test func aWholePageScrapeLosesItsMenusTeasersAndFooter() {
        let result = run(page(headline: "Old bridge deck lifted out", article: Self.article))
        let kept = result.kept.map { result.document.units[$0].text }
        #expect(kept == ["Old bridge deck lifted out | The Herald"] + Self.article)
        #expect(result.decisions.allSatisfy { $0.filter == "main_content" })
    }

    @Test func theArticleKeepsItsSubheadingsAndShortParagraphs() {
        var article = Self.article
        article.insert("What happens next", at: 3)
        article.insert("Nobody was hurt.", at: 1)
        let result = run(page(headline: "Old bridge deck lifted out", article: article))
        let kept = result.kept.map { result.document.units[$0].text }
        #expect(Array(kept.dropFirst()) == article)
    }

    @Test func aCleanArticleLosesNothing() {
        let text = (["Old bridge deck lifted out"] + Self.article + ["(Reuters)"]).joined(separator: "\n\n")
        let result = run(text)
        #expect(result.decisions.isEmpty, "removed: \(result.decisions.map(\.text))")
    }

    @Test func aCleanArticleWithAFewChromeLinesIsLeftToTheOtherFilters() {
        let text = (["Latest", "Old bridge deck lifted out"] + Self.article + ["Read more", "Share on Facebook\nShare on Twitter\nEmail"])
            .joined(separator: "\n\n")
        #expect(run(text).decisions.isEmpty)
    }

    /// A scraped article with its usual chrome (byline, share lines, caption, related list,
    /// sign-up and copyright lines) but no site menus is not a whole page: the other filters
    /// clean it, and the standfirst above the byline stays.
    @Test func aScrapedArticleWithoutSiteMenusIsLeftToTheOtherFilters() {
        let head = [
            "Home › News › Local", "Old bridge deck lifted out",
            "Repairs to the town's main bridge began at the weekend and will last most of next year.",
            "By Maria Lindqvist | March 3, 2024", "Share on Facebook\nShare on Twitter\nEmail\nPrint",
            "Photo: Cranes lift the old deck on Saturday.",
        ]
        let foot = [
            "Share on Facebook\nShare on Twitter\nWhatsApp", "Related articles\n" + Self.teasers.joined(separator: "\n"),
            "Sign up for our daily newsletter\nGet the top stories delivered to your inbox every morning.\nEnter your email address\nSign up",
            "We use cookies to improve your experience on our site.", "© 2024 The Herald. All rights reserved.",
        ]
        let result = run((head + Self.article + foot).joined(separator: "\n\n"))
        #expect(result.decisions.isEmpty, "removed: \(result.decisions.map(\.text))")
    }

    @Test func cyrillicPage() {
        let article = [
            "Московский городской суд в понедельник отложил рассмотрение апелляции журналиста до 15 марта, сообщил его адвокат.",
            "По словам защиты, суд удовлетворил ходатайство о вызове новых свидетелей, в том числе двух журналистов.",
            "«Мы благодарны всем, кто нас поддерживает», — сказал адвокат после заседания.",
        ]
        let menu = [
            "Главная", "Новости", "Политика", "Экономика", "Общество", "Происшествия", "Спорт", "Культура", "Наука",
            "Здоровье", "Авто", "Видео", "Фото", "Войти", "Подписка",
        ]
        let text = ["Суд отложил дело журналиста — Новости", menu.joined(separator: "\n")] + article
            + ["Читайте также\nСуд продлил арест бывшему чиновнику\nВ Москве задержали участников акции\nМэрия объявила о ремонте дорог",
               "О проекте\nРеклама\nКонтакты\nВакансии\nПравила\n© 2024 Новости"]
        let result = run(text.joined(separator: "\n\n"))
        let kept = result.kept.map { result.document.units[$0].text }
        #expect(kept == ["Суд отложил дело журналиста — Новости"] + article)
    }

    @Test func theFullPipelineStillRunsTheOtherFiltersAfterExtraction() throws {
        let text = page(headline: "Old bridge deck lifted out", article: Self.article + ["Read more"])
        let result = try Pipeline().run(Document(text: text))
        #expect(result.bodyText == Self.article.joined(separator: "\n\n") + "\n")
    }
}
