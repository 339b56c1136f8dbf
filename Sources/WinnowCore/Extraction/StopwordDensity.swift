/// The share of a unit's words that are function words ("the", "und", "и", "de"...), from the
/// lexicon's `stopword` lists (English, Russian, German, French, Spanish, Polish, merged).
/// Running prose has many; menus, headlines, tag lists and names have few. Languages without a
/// list score near zero, so a low density proves something only on a page whose prose shows
/// the lexicon knows its language.
struct StopwordDensity: Sendable {
    private let words: Set<Substring>

    init(lexicon: Lexicon) {
        words = Set(lexicon.phrases(.stopword).phrases.map { Substring(Folding.key(Folding.fold($0))) })
    }

    func of(_ unit: Unit) -> Double {
        var count = 0
        var hits = 0
        for word in unit.key.split(separator: " ", omittingEmptySubsequences: true) {
            count += 1
            if words.contains(word) { hits += 1 }
        }
        return count > 0 ? Double(hits) / Double(count) : 0
    }

    /// Whether the page's sentences read like a language with a list: their mean density.
    func knowsLanguage(of units: some Sequence<Unit>) -> Bool {
        var total = 0.0
        var count = 0
        for unit in units.prefix(Self.sample) {
            total += of(unit)
            count += 1
        }
        return count > 0 && total / Double(count) >= Self.knownLanguage
    }

    /// Function words in running prose: about 40% in English, rarely under 20%.
    static let knownLanguage = 0.2
    static let sample = 30
}
