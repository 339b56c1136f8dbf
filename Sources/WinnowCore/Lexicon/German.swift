extension LexiconSource {
    static let german = LexiconSource(language: "de", phrases: [
        .appealLine: [
            "Jetzt spenden", "Jetzt unterstützen", "Unterstützen Sie uns", "Später erinnern", "Mitglied werden",
            "Zahlungsmethoden", "Nicht jetzt", "Jetzt abonnieren",
        ],
        .appealStart: ["unterstützen sie", "spenden sie", "jetzt unterstützen"],
        .appealStrong: [
            "unterstützen sie uns", "ihre unterstützung", "unabhängigen journalismus", "unabhängiger journalismus",
            "jetzt spenden", "mitglied werden", "eine spende", "freiwilligen beitrag", "wir brauchen ihre hilfe",
        ],
        .appealWeak: ["unterstütz*", "journalismus", "journalist*", "spende*", "unabhängig*", "beitrag", "abo*"],
        .chromeLine: [
            "Mehr lesen", "Weiterlesen", "Mehr", "Teilen", "Drucken", "Kommentare", "Anzeige", "Werbung",
            "Startseite", "Suche", "Menü", "Neueste", "Neueste Artikel", "Zum Artikel", "Nach oben",
            "Artikel teilen", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Meistgelesen",
            "Anmelden", "Abmelden", "Registrieren", "Abonnieren", "Schließen", "Themen",
        ],
        .chromePrefix: [
            "lesen sie auch", "mehr zum thema", "teilen auf", "folgen sie uns", "auch interessant:",
            "zum thema:", "quelle:", "aktualisiert:", "veröffentlicht:", "kommentar schreiben",
            "melden sie sich an",
        ],
        .sectionHeader: [
            "Mehr zum Thema", "Das könnte Sie auch interessieren", "Meistgelesen", "Neueste Artikel",
            "Lesen Sie auch", "Auch interessant", "Weitere Artikel", "Empfohlene Artikel", "Top-Themen",
        ],
        .cookie: ["wir verwenden cookies", "verwendet cookies", "nutzt cookies", "cookie-einstellungen", "einsatz von cookies"],
        .newsletter: ["newsletter abonnieren", "zum newsletter", "unseren newsletter", "ihre e-mail-adresse"],
        .copyright: ["alle rechte vorbehalten", "impressum", "datenschutz"],
        .captionPrefix: ["foto:", "bild:", "fotos:", "bildquelle:", "grafik:", "video:"],
        .creditCue: ["foto dpa", "imago images", "picture alliance", "picture-alliance"],
        .bylinePrefix: ["von ", "autor:", "text:"],
        .month: [
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
            "oktober", "november", "dezember", "uhr", "mez", "mesz",
        ],
        .auxiliary: ["ist", "sind", "war", "waren", "wird", "werden", "hat", "haben", "wurde", "wurden"],
        .reportingVerb: ["sagte", "sagt", "erklärte", "teilte mit", "laut", "berichtete", "betonte"],
        .stopword: [
            "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "ist",
            "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat",
            "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem",
            "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis",
        ],
    ])
}
