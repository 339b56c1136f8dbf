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

    /// Where a node's edges and terminals start; node N's end where node N+1's start. One
    /// array, so that a step of a walk touches one place, not four.
    private struct Node {
        var firstEdge: Int32
        var firstTerminal: Int32
    }

    private struct Edge {
        let byte: UInt8
        let target: Int32
    }

    private var nodes: [Node] = [Node(firstEdge: 0, firstTerminal: 0), Node(firstEdge: 0, firstTerminal: 0)]
    private var edgeList: [Edge] = []
    private var terminals: [Terminal] = []
    private var root = [Int32](repeating: -1, count: 256)
    /// Which word starts can begin a phrase found anywhere: most begin none, and this says
    /// so without walking the trie.
    private var anywhereStarts = PhraseStarts()
    /// The same for every phrase, asked at the key's first word (where the phrases matched
    /// only at the start count too): most first words begin no phrase either.
    private var keyStarts = PhraseStarts()

    init() {}

    init(phrases: (Lexicon.Category) -> PhraseIndex) {
        var edges: [[(byte: UInt8, node: Int32)]] = [[]]
        var nodeTerminals: [[Terminal]] = [[]]
        for (categories, anywhere) in [(Self.anywhere, true), (Self.atStart, false)] {
            for category in categories {
                phrases(category).forEachTrieEntry { key, phrase, isStem in
                    if anywhere { anywhereStarts.insert(key) }
                    keyStarts.insert(key)
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
        nodes = []
        for (node, list) in zip(edges, nodeTerminals) {
            nodes.append(Node(firstEdge: Int32(edgeList.count), firstTerminal: Int32(terminals.count)))
            // Sorted, for the binary search of nodes with many children.
            for edge in node.sorted(by: { $0.byte < $1.byte }) { edgeList.append(Edge(byte: edge.byte, target: edge.node)) }
            terminals.append(contentsOf: list)
        }
        nodes.append(Node(firstEdge: Int32(edgeList.count), firstTerminal: Int32(terminals.count)))
        for edge in edges[0] { root[Int(edge.byte)] = edge.node }
    }

    /// Appends the cues of `key` to `hits`, word start by word start.
    func scan(_ key: UnsafeBufferPointer<UInt8>, into hits: inout [CueHit]) {
        guard !key.isEmpty else { return }
        if keyStarts.mayStart(key, at: 0) { walk(key, from: 0, into: &hits) }
        anywhereStarts.withTables { starts in
            var wordStart = UTF8Bytes.index(of: 0x20, in: key, from: 0) + 1
            while wordStart < key.count {
                if starts.mayStart(key, at: wordStart) { walk(key, from: wordStart, into: &hits) }
                wordStart = UTF8Bytes.index(of: 0x20, in: key, from: wordStart) + 1
            }
        }
    }

    /// Records, for each category, the longest phrase starting at `from`. Out of line: only
    /// about one word start in eight gets here, and a walk's steps miss the cache.
    @inline(never)
    private func walk(_ key: UnsafeBufferPointer<UInt8>, from: Int, into hits: inout [CueHit]) {
        var node = Int(root[Int(key[from])])
        guard node >= 0 else { return }
        let firstHit = hits.count
        var index = from + 1
        // The arrays' buffers once per walk: a step then reads them without a bounds check.
        nodes.withUnsafeBufferPointer { nodes in
            edgeList.withUnsafeBufferPointer { edges in
                while true {
                    if nodes[node].firstTerminal != nodes[node + 1].firstTerminal {
                        recordTerminals(of: node, key, from: from, to: index, into: &hits, firstHit: firstHit)
                    }
                    guard index < key.count else { return }
                    node = Self.child(of: node, byte: key[index], nodes: nodes, edges: edges)
                    guard node >= 0 else { return }
                    index += 1
                }
            }
        }
    }

    /// The phrases ending at `node`, when the key's bytes `from..<end` reach it.
    private func recordTerminals(
        of node: Int, _ key: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, into hits: inout [CueHit], firstHit: Int
    ) {
        let atBoundary = end == key.count || key[end] == 0x20
        for slot in Int(nodes[node].firstTerminal)..<Int(nodes[node + 1].firstTerminal) {
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

    /// The child of `node` by `byte`, or -1. Edges are sorted: a node near the root has dozens.
    @inline(__always)
    private static func child(
        of node: Int, byte: UInt8, nodes: UnsafeBufferPointer<Node>, edges: UnsafeBufferPointer<Edge>
    ) -> Int {
        var low = Int(nodes[node].firstEdge)
        var high = Int(nodes[node + 1].firstEdge)
        while high - low > 4 {
            let middle = (low + high) / 2
            if edges[middle].byte <= byte { low = middle } else { high = middle }
        }
        while low < high {
            if edges[low].byte == byte { return Int(edges[low].target) }
            low += 1
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

/// Bits per hash of the first four key bytes of some phrases (or the first three, for
/// three-byte phrases), 8 KB so they stay in cache, and the first bytes of those shorter than
/// three bytes, which the bits cannot vouch for. Says whether a phrase may start at a place in
/// a key; collisions only cost a walk of the trie.
struct PhraseStarts: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var short = [Bool](repeating: false, count: 256)

    mutating func insert(_ key: [UInt8]) {
        guard key.count >= 3 else {
            short[Int(key[0])] = true
            return
        }
        let word = key.prefix(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
        let hash = key.count == 3 ? Self.hash(three: word) : Self.hash(four: word)
        bits[hash >> 6] |= 1 << (hash & 63)
    }

    /// Whether a phrase may start at `from`.
    func mayStart(_ key: UnsafeBufferPointer<UInt8>, at from: Int) -> Bool {
        withTables { $0.mayStart(key, at: from) }
    }

    /// Calls `body` with the tables as buffers, for loops that ask at many places.
    func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        bits.withUnsafeBufferPointer { bits in
            short.withUnsafeBufferPointer { short in body(Tables(bits: bits, short: short)) }
        }
    }

    struct Tables {
        let bits: UnsafeBufferPointer<UInt64>
        let short: UnsafeBufferPointer<Bool>

        @inline(__always)
        func mayStart(_ key: UnsafeBufferPointer<UInt8>, at from: Int) -> Bool {
            let remaining = key.count - from
            guard remaining >= 3, !short[Int(key[from])] else { return true }
            guard remaining >= 4 else {
                let word = UInt32(key[from]) | UInt32(key[from + 1]) << 8 | UInt32(key[from + 2]) << 16
                return isSet(PhraseStarts.hash(three: word))
            }
            let word = UInt32(littleEndian: UnsafeRawPointer(key.baseAddress! + from).loadUnaligned(as: UInt32.self))
            return isSet(PhraseStarts.hash(three: word)) || isSet(PhraseStarts.hash(four: word))
        }

        @inline(__always)
        private func isSet(_ hash: Int) -> Bool {
            bits[hash >> 6] & (1 << (hash & 63)) != 0
        }
    }

    /// 16 bits from a key's first three or four bytes (little-endian in `word`); the top bit
    /// keeps the two forms apart.
    @inline(__always)
    static func hash(three word: UInt32) -> Int {
        Int(((word & 0x00FF_FFFF | 0x8000_0000) &* 2_654_435_761) >> 16)
    }

    @inline(__always)
    static func hash(four word: UInt32) -> Int {
        Int(((word & 0x7FFF_FFFF) &* 2_654_435_761) >> 16)
    }
}
