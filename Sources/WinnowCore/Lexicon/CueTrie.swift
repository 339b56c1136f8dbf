/// One trie over every phrase category that filters look for inside a unit's key or at its
/// start, so that a document is scanned once for all of them (`CueTable`) instead of once per
/// category and filter. Matching follows `PhraseIndex` exactly: at each word start, the longest
/// phrase of each category that ends at a word boundary (or is a stem).
struct CueTrie: Sendable {
    /// Categories found anywhere in a key.
    static let anywhere: [Lexicon.Category] = [
        .reportingVerb, .appealStrong, .appealWeak, .cookie, .newsletter, .copyright, .creditCue,
    ]
    /// Categories only asked for at the start of a key.
    static let atStart: [Lexicon.Category] = [.chromePrefix, .appealStart]

    struct Terminal: Sendable {
        let category: UInt8
        let phrase: Int32
        let isStem: Bool
        let anywhere: Bool
    }

    private var start: [Int32] = [0, 0]
    private var bytes: [UInt8] = []
    private var targets: [Int32] = []
    /// Node N's terminals are `terminals[terminalStart[N]..<terminalStart[N+1]]`.
    private var terminalStart: [Int32] = [0, 0]
    private var terminals: [Terminal] = []
    private var root = [Int32](repeating: -1, count: 256)
    /// The first two levels as a table, `second[rootSlot[b0] * 256 + b1]`: nearly every word
    /// start ends there, and a root node has too many children to search one by one.
    private var rootSlot = [Int32](repeating: -1, count: 256)
    private var second: [Int32] = []

    init() {}

    init(phrases: (Lexicon.Category) -> PhraseIndex) {
        var edges: [[(byte: UInt8, node: Int32)]] = [[]]
        var nodeTerminals: [[Terminal]] = [[]]
        for (categories, anywhere) in [(Self.anywhere, true), (Self.atStart, false)] {
            for category in categories {
                phrases(category).forEachTrieEntry { key, phrase, isStem in
                    var node = 0
                    for byte in key {
                        if let next = edges[node].first(where: { $0.byte == byte })?.node {
                            node = Int(next)
                        } else {
                            edges.append([])
                            nodeTerminals.append([])
                            edges[node].append((byte, Int32(edges.count - 1)))
                            node = edges.count - 1
                        }
                    }
                    nodeTerminals[node].append(Terminal(category: UInt8(category.position), phrase: phrase,
                                                        isStem: isStem, anywhere: anywhere))
                }
            }
        }
        start = [0]
        terminalStart = [0]
        for (node, list) in zip(edges, nodeTerminals) {
            for edge in node {
                bytes.append(edge.byte)
                targets.append(edge.node)
            }
            start.append(Int32(bytes.count))
            terminals.append(contentsOf: list)
            terminalStart.append(Int32(terminals.count))
        }
        for edge in edges[0] {
            root[Int(edge.byte)] = edge.node
            rootSlot[Int(edge.byte)] = Int32(second.count / 256)
            second.append(contentsOf: repeatElement(-1, count: 256))
            for child in edges[Int(edge.node)] { second[second.count - 256 + Int(child.byte)] = child.node }
        }
    }

    /// Appends the cues of `key` to `hits`, word start by word start.
    func scan(_ key: UnsafeBufferPointer<UInt8>, into hits: inout [CueHit]) {
        var wordStart = 0
        while wordStart < key.count {
            walk(key, from: wordStart, into: &hits)
            wordStart = UTF8Bytes.index(of: 0x20, in: key, from: wordStart) + 1
        }
    }

    /// Records, for each category, the longest phrase starting at `from`.
    @inline(__always)
    private func walk(_ key: UnsafeBufferPointer<UInt8>, from: Int, into hits: inout [CueHit]) {
        let first = Int(key[from])
        let slot = Int(rootSlot[first])
        guard slot >= 0 else { return }
        let firstHit = hits.count
        var node = Int(root[first])
        var index = from + 1
        while true {
            if terminalStart[node] != terminalStart[node + 1] {
                recordTerminals(of: node, key, from: from, to: index, into: &hits, firstHit: firstHit)
            }
            guard index < key.count else { return }
            let next = index == from + 1 ? Int(second[slot &* 256 &+ Int(key[index])]) : child(of: node, byte: key[index])
            guard next >= 0 else { return }
            node = next
            index += 1
        }
    }

    /// The phrases ending at `node`, when the key's bytes `from..<end` reach it.
    private func recordTerminals(
        of node: Int, _ key: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, into hits: inout [CueHit], firstHit: Int
    ) {
        let atBoundary = end == key.count || key[end] == 0x20
        for slot in Int(terminalStart[node])..<Int(terminalStart[node + 1]) {
            let terminal = terminals[slot]
            guard terminal.anywhere || from == 0, terminal.isStem || atBoundary else { continue }
            record(terminal, atStart: from == 0, in: &hits, from: firstHit)
        }
    }

    /// A longer phrase of a category replaces the shorter one found at the same word start.
    @inline(__always)
    private func record(_ terminal: Terminal, atStart: Bool, in hits: inout [CueHit], from firstHit: Int) {
        for slot in firstHit..<hits.count where hits[slot].category == terminal.category {
            hits[slot].phrase = terminal.phrase
            return
        }
        hits.append(CueHit(category: terminal.category, phrase: terminal.phrase, atStart: atStart))
    }

    /// The child of `node` by `byte`, or -1.
    @inline(__always)
    private func child(of node: Int, byte: UInt8) -> Int {
        var edge = Int(start[node])
        let end = Int(start[node + 1])
        while edge < end {
            if bytes[edge] == byte { return Int(targets[edge]) }
            edge += 1
        }
        return -1
    }
}

/// A phrase of one category found at a word start of a unit's key.
struct CueHit: Sendable {
    var category: UInt8
    var phrase: Int32
    /// Found at the key's first word.
    var atStart: Bool
}
