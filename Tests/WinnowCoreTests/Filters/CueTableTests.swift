import Testing
@testable import WinnowCore

/// `CueTable` finds in one scan what each category's `PhraseIndex` finds on its own; the scan
/// skips word starts (and first words) that its `PhraseStarts` tables say begin no phrase, so
/// every phrase is tried at the start, in the middle and at the end of a key, and in keys
/// made of phrase words shuffled together.
@Suite struct CueTableTests {
    let lexicon = Lexicon.builtIn

    @Test func everyPhraseIsFoundWhereverItStands() {
        var keys: [String] = []
        for category in CueTrie.anywhere + CueTrie.atStart {
            for phrase in lexicon.phrases(category).phrases {
                keys += [phrase, "\(phrase) zq", "zq \(phrase)", "zq \(phrase) zq", "x \(phrase)"]
            }
        }
        expectAgreement(on: keys)
    }

    @Test func shuffledPhraseWordsGiveTheSameCues() {
        var words: Set<String> = ["a", "of", "the", "zq", "said", "2024"]
        for category in CueTrie.anywhere + CueTrie.atStart {
            for phrase in lexicon.phrases(category).phrases { words.formUnion(phrase.split(separator: " ").map(String.init)) }
        }
        let pool = words.sorted()
        var random = SplitMix64(seed: 7)
        let keys = (0..<3_000).map { _ in
            (0..<Int.random(in: 1...12, using: &random)).map { _ in pool.randomElement(using: &random)! }.joined(separator: " ")
        }
        expectAgreement(on: keys)
    }

    private func expectAgreement(on keys: [String]) {
        let units = keys.map { Unit(text: $0, key: $0, wordCount: 1, paragraph: 0, lines: 1...1) }
        let table = CueTable(document: Document(units: units, lineCount: units.count), lexicon: lexicon)
        var disagreements = 0
        for (index, key) in keys.enumerated() {
            for category in CueTrie.anywhere {
                let found = table.all(category, in: index).map { lexicon.phrase(category, $0) }
                if found != lexicon.phrases(category).matches(in: key) { disagreements += 1 }
            }
            for category in CueTrie.atStart + CueTrie.anywhere {
                let found = table.prefix(category, in: index).map { lexicon.phrase(category, $0) }
                if found != lexicon.phrases(category).prefix(of: key) { disagreements += 1 }
            }
            if disagreements > 0 {
                Issue.record("cues of \"\(key)\" differ from the phrase indexes")
                return
            }
        }
    }
}
