extension LexiconSource {
    static let polish = LexiconSource(language: "pl", phrases: [
        .appealLine: [
            "Wesprzyj nas", "Wspieram", "Przekaż darowiznę", "Przypomnij mi później", "Metody płatności",
            "Nie teraz", "Zostań patronem", "Zamów prenumeratę",
        ],
        .appealStart: ["wesprzyj", "wspieraj", "przekaż"],
        .appealStrong: [
            "wesprzyj nas", "twoje wsparcie", "wasze wsparcie", "niezależne dziennikarstwo",
            "niezależnego dziennikarstwa", "przekaż darowiznę", "zostań patronem", "potrzebujemy twojej pomocy",
        ],
        .appealWeak: ["wspar*", "wspier*", "dziennikar*", "darowizn*", "niezależn*", "prenumerat*"],
        .chromeLine: [
            "Czytaj więcej", "Czytaj dalej", "Więcej", "Udostępnij", "Drukuj", "Komentarze", "Reklama",
            "Strona główna", "Szukaj", "Menu", "Najnowsze", "Najczęściej czytane", "Zaloguj się",
            "Zarejestruj się", "Zamknij", "Tagi",
        ],
        .chromePrefix: [
            "czytaj także", "czytaj też", "zobacz także", "zobacz też", "udostępnij na", "obserwuj nas",
            "źródło:", "aktualizacja:", "tagi:", "dodaj komentarz",
        ],
        .sectionHeader: [
            "Czytaj także", "Zobacz także", "Najczęściej czytane", "Najnowsze", "Polecamy", "Podobne artykuły",
            "Więcej z kategorii",
        ],
        .cookie: ["używamy plików cookie", "wykorzystuje pliki cookie", "pliki cookies", "plików cookies"],
        .newsletter: ["zapisz się do newslettera", "nasz newsletter", "twój adres e-mail"],
        .copyright: ["wszelkie prawa zastrzeżone"],
        .captionPrefix: ["fot.", "fot:", "zdjęcie:", "foto:", "ilustracja:", "wideo:"],
        .creditCue: ["fot. pap", "east news", "getty images", "shutterstock"],
        .bylinePrefix: ["autor:", "autorka:", "tekst:"],
        .month: [
            "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia", "styczeń", "luty", "marzec", "kwiecień", "maj",
            "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
        ],
        .auxiliary: ["jest", "są", "był", "była", "było", "byli", "będzie", "został", "została"],
        .reportingVerb: ["powiedział", "powiedziała", "mówi", "według", "stwierdził", "dodał", "dodała", "poinformował"],
        .stopword: [
            "i", "w", "na", "z", "że", "do", "nie", "się", "to", "jest", "o", "jak", "a", "po", "ale", "za",
            "od", "co", "tak", "jego", "jej", "ich", "dla", "przez", "czy", "już", "tylko", "był", "może",
            "oraz", "który", "która", "które", "także", "tym", "ten", "ta", "są", "przy",
        ],
    ])
}
