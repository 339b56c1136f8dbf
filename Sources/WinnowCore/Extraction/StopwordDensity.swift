/// The share of a unit's words that are function words ("the", "und", "и", "de"...), from the
/// lexicon's `stopword` lists (English, Russian, German, French, Spanish, Polish, merged).
/// Running prose has many; menus, headlines, tag lists and names have few. Languages without a
/// list score near zero, so a low density proves something only on a page whose prose shows
/// the lexicon knows its language.
///
/// Words are matched by a 64-bit FNV-1a hash of their folded bytes: one pass, no allocation.
struct StopwordDensity: Sendable {
    private let hashes: Set<UInt64>

    init(lexicon: Lexicon) {
        hashes = Set(lexicon.phrases(.stopword).phrases.map { Self.hash(Folding.key(Folding.fold($0)).utf8) })
    }

    func of(_ unit: Unit) -> Double {
        unit.withKeyBytes { bytes in
            var words = 0
            var hits = 0
            var hash = Self.offset
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    if inWord {
                        words += 1
                        if hashes.contains(hash) { hits += 1 }
                    }
                    hash = Self.offset
                    inWord = false
                } else {
                    hash = (hash ^ UInt64(byte)) &* Self.prime
                    inWord = true
                }
            }
            if inWord {
                words += 1
                if hashes.contains(hash) { hits += 1 }
            }
            return words > 0 ? Double(hits) / Double(words) : 0
        }
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

    private static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    private static func hash(_ bytes: String.UTF8View) -> UInt64 {
        var hash = offset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// Function words in running prose: about 40% in English, rarely under 20%.
    static let knownLanguage = 0.2
    static let sample = 10
}
