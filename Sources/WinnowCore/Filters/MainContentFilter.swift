/// Removes everything outside the article's main content. It runs first, on both kinds of
/// input; the other filters then clean what it keeps.
///
/// HTML units carry markup features: `RegionScorer` picks the element holding the article
/// (the container with the most prose and the least link text, named-like-boilerplate
/// containers believed only where they are a minor part of their surroundings, teaser cards
/// and teaser lists not counted as prose), then `MarkupClassifier` drops what lies outside it,
/// and inside it boilerplate containers, link-dense blocks and stray fragments at its edges.
/// Plain text has no markup: `TextClassifier` finds the run of lines that scores best as prose
/// and removes the menus, teaser lists and footers around it, but only when there are enough
/// of them to be a whole page's chrome.
///
/// Removes: menus, teaser lists, related boxes, share bars, comments, footers, bylines and
/// datelines at the article's edges; in text, a whole page's chrome around the article.
/// Keeps: the headline, the article's headings, lists, quotes and tables, and every line of a
/// text that is already a clean article.
public struct MainContentFilter: Filter {
    public static let description = FilterDescription(
        id: "main_content",
        name: "Main-content extraction",
        summary: "Removes menus, teaser lists, footers and other page chrome outside the article.",
        rules: [
            (Rule.outsideRegion, "HTML: outside the element that holds the article"),
            (Rule.boilerplateHint, "HTML: inside a container named like boilerplate (\"related\", \"share\", \"comments\")"),
            (Rule.linkDense, "HTML: a block made mostly of link text"),
            (Rule.shortOutside, "HTML: a short fragment, not a sentence, before or after the article's prose"),
            (Rule.outsideMainText, "text: a whole-page scrape's menus, teasers and footers around the article's prose"),
        ],
        parameters: [
            Parameters.proseBytes, Parameters.sentenceWeight, Parameters.linePenalty, Parameters.metadataPenalty,
Parameters.minimumOutside, Parameters.chromeShare,
        ],
        removes: [
            Example("""
            Council approves new tram line - The Daily Herald

            ↓Home
            ↓News
            ↓Local
            ↓Politics
            ↓Sport
            ↓Football
            ↓Cricket
            ↓Business
            ↓Opinion
            ↓Culture
            ↓Music
            ↓Weather
            ↓Subscribe
            ↓Sign in

            ↓Council approves new tram line

            The city council voted 31 to 12 on Tuesday to build a tram line from the station to the university, ending a debate that has lasted almost a decade.

            Construction is due to start next spring and will take three years, the council's transport chief said, adding that buses will replace part of the route while the work goes on.

            Opponents said the £240 million cost was too high for a city of this size and promised to keep campaigning against the plan.

            ↓Most read
            ↓Mayor defends budget after protests
            ↓Five things to know about the tram plan
            ↓Police name victim of weekend crash
            ↓Local team wins cup final

            ↓About us
            ↓Contact
            ↓Advertise with us
            ↓Careers
            ↓Terms of use
            ↓Privacy policy
            ↓© 2024 The Daily Herald
            """),
            Example("""
            Суд отложил рассмотрение дела | Новости

            ↓Главная
            ↓Новости
            ↓Политика
            ↓Экономика
            ↓Общество
            ↓Происшествия
            ↓Спорт
            ↓Культура
            ↓Наука
            ↓Здоровье
            ↓Авто
            ↓Видео
            ↓Фото
            ↓Подписка
            ↓Войти

            Московский городской суд в понедельник отложил рассмотрение апелляции до 15 марта, сообщил адвокат.

            По словам защиты, суд удовлетворил ходатайство о вызове новых свидетелей, в том числе журналистов.

            ↓Читайте также
            ↓Суд продлил арест бывшему чиновнику
            ↓В Москве задержали участников акции
            ↓Мэрия объявила о ремонте дорог
            ↓Синоптики обещают снег к выходным

            ↓О проекте
            ↓Реклама
            ↓Контакты
            ↓Вакансии
            ↓Правила
            ↓© 2024 Новости
            """),
        ],
        keeps: [
            Example("""
            Storm closes schools across the region

            Schools in three counties stayed closed on Monday after a storm brought down power lines and flooded roads, officials said.

            Roads reopened

            Most main roads had reopened by the afternoon, though some villages remained cut off.

            "We are doing everything we can," the council leader said.

            Others were less patient.

            (Reuters)
            """),
            Example("""
            Latest

            Tech firm opens research lab in Leeds

            The company said on Tuesday that the new laboratory would employ about 200 researchers by the end of next year.

            Read more

            Share on Facebook
            Share on Twitter
            Email
            """),
        ]
    )

    enum Parameters {
        static let proseBytes = Parameter("text_prose_bytes", 80, "text: bytes from which a line with sentence punctuation is prose")
        static let sentenceWeight = Parameter("text_sentence_weight", 0.5, "text: score per byte of a shorter sentence")
        static let linePenalty = Parameter("text_line_penalty", 30, "text: least penalty of a line that is not a sentence")
        static let metadataPenalty = Parameter("text_metadata_penalty", 300, "text: penalty of a line of dates and times")
        static let minimumOutside = Parameter("text_min_outside", 25, "text: lines outside the article needed before any is removed")
        static let chromeShare = Parameter("text_chrome_share", 0.1, "text: their penalty as a share of the article's score, needed too")
    }

    private let text: TextClassifier
    private let stopwords: StopwordDensity

    public init(settings: Settings) {
        let id = Self.description.id
        stopwords = StopwordDensity(lexicon: settings.lexicon)
        text = TextClassifier(
            proseBytes: settings.value(Parameters.proseBytes, of: id),
            sentenceWeight: settings.value(Parameters.sentenceWeight, of: id),
            linePenalty: settings.value(Parameters.linePenalty, of: id),
            metadataPenalty: settings.value(Parameters.metadataPenalty, of: id),
            minimumOutside: settings.value(Parameters.minimumOutside, of: id),
            minimumChromeShare: settings.value(Parameters.chromeShare, of: id))
    }

    public func removals(in view: DocumentView) -> [Removal] {
        let isPlainText = !view.alive.contains { view.document.units[$0].markup != nil }
        // Most texts are too short to hold a whole page's chrome: nothing to measure then.
        if isPlainText && !text.mayRemove(amongUnits: view.alive.count) { return [] }
        let entries = view.alive.map {
            ExtractionEntry(index: $0, unit: view[$0],
                            features: BlockFeatures(view[$0], counts: view.document.featureCounts(of: $0)))
        }
        // Measuring and classifying are the two long halves on a huge page; past the file's
        // time limit the pipeline discards this filter's answer anyway.
        if view.deadline.hasPassed { return [] }
        // The headline always stays: HTML names it, plain text starts with it.
        let headline = view.headlinePosition.map { view.alive[$0] }
        let verdicts = isPlainText
            ? text.classify(entries, headline: headline, lexicon: view.lexicon)
            : MarkupClassifier.classify(entries, headline: headline, stopwords: stopwords)
        return zip(entries, verdicts).compactMap { entry, verdict in
            verdict.map { Removal(unit: entry.index, rule: $0.rule, detail: $0.detail) }
        }
    }

    enum Rule {
        static let outsideRegion = "outside_main_region"
        static let boilerplateHint = "boilerplate_hint"
        static let linkDense = "link_dense"
        static let shortOutside = "short_outside_content"
        static let outsideMainText = "outside_main_text"
    }
}
