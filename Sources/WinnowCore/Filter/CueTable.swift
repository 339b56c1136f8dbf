/// The phrase cues of every unit of a document, found in one scan of each unit's key over the
/// lexicon's `CueTrie` and shared by all filters: each question ("the first cookie phrase",
/// "how many strong appeal phrases") is then a look at a few hits, not another scan.
struct CueTable: Sendable {
    /// Unit N's hits are `hits[firstHit[N]..<firstHit[N+1]]`, in word order.
    private let firstHit: [Int32]
    private let hits: [CueHit]

    init(document: Document, lexicon: Lexicon) {
        var firstHit: [Int32] = []
        firstHit.reserveCapacity(document.units.count + 1)
        var hits: [CueHit] = []
        hits.reserveCapacity(2 * document.units.count)
        let trie = lexicon.cueTrie
        for unit in document.units {
            firstHit.append(Int32(hits.count))
            unit.withKeyBytes { trie.scan($0, into: &hits) }
        }
        firstHit.append(Int32(hits.count))
        self.firstHit = firstHit
        self.hits = hits
    }

    /// The first phrase of `category` anywhere in the unit's key (`PhraseIndex.firstMatch`).
    func first(_ category: Lexicon.Category, in unit: Int) -> Int32? {
        let code = UInt8(category.position)
        for slot in range(of: unit) where hits[slot].category == code { return hits[slot].phrase }
        return nil
    }

    /// The longest phrase of `category` the unit's key starts with (`PhraseIndex.prefix`).
    func prefix(_ category: Lexicon.Category, in unit: Int) -> Int32? {
        let code = UInt8(category.position)
        for slot in range(of: unit) {
            guard hits[slot].atStart else { return nil }
            if hits[slot].category == code { return hits[slot].phrase }
        }
        return nil
    }

    /// How many distinct phrases of `category` occur (`PhraseIndex.matchCount`).
    func count(_ category: Lexicon.Category, in unit: Int) -> Int {
        let code = UInt8(category.position)
        var counter = MatchCounter()
        for slot in range(of: unit) where hits[slot].category == code { counter.add(hits[slot].phrase) }
        return counter.count
    }

    /// The distinct phrases of `category`, in order of first occurrence (`PhraseIndex.matches`).
    func all(_ category: Lexicon.Category, in unit: Int) -> [Int32] {
        let code = UInt8(category.position)
        var found: [Int32] = []
        for slot in range(of: unit) where hits[slot].category == code && !found.contains(hits[slot].phrase) {
            found.append(hits[slot].phrase)
        }
        return found
    }

    private func range(of unit: Int) -> Range<Int> {
        Int(firstHit[unit])..<Int(firstHit[unit + 1])
    }
}
