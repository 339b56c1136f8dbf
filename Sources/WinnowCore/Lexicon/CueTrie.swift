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

    /// The trie's nodes in one array of cells, each node's edges right after it, so that a
    /// step of a walk reads one place (a node's header and its edges share a cache line or
    /// two) rather than a node table and then an edge table, a cache miss each (perf).
    /// A node at cell N: N holds its first terminal, N+1 its terminal count (high 16 bits)
    /// and edge count (low 16); then one cell an edge, byte in the top 8 bits and the child's
    /// cell below, sorted by byte.
    private var cells: [UInt32] = [0, 0]
    private var terminals: [Terminal] = []
    /// The cell of the child of the root by each first byte, or -1.
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
        let start = Self.nodeCells(edges)
        cells = Self.layOut(edges: edges, at: start, terminals: nodeTerminals, into: &terminals)
        for edge in edges[0] { root[Int(edge.byte)] = Int32(start[Int(edge.node)]) }
    }

    /// The cell where each node starts: two header cells and one per edge, in node order.
    private static func nodeCells(_ edges: [[(byte: UInt8, node: Int32)]]) -> [Int] {
        var start: [Int] = []
        var next = 0
        for node in edges {
            start.append(next)
            next += 2 + node.count
        }
        precondition(next < 1 << 24, "phrase trie too large for 24-bit cell numbers")
        return start
    }

    private static func layOut(
        edges: [[(byte: UInt8, node: Int32)]], at start: [Int], terminals nodeTerminals: [[Terminal]],
        into terminals: inout [Terminal]
    ) -> [UInt32] {
        var cells: [UInt32] = []
        for (node, list) in zip(edges, nodeTerminals) {
            precondition(list.count < 1 << 16 && node.count < 1 << 16)
            cells.append(UInt32(terminals.count))
            cells.append(UInt32(list.count) << 16 | UInt32(node.count))
            // Sorted, for the binary search of nodes with many children.
            for edge in node.sorted(by: { $0.byte < $1.byte }) {
                cells.append(UInt32(edge.byte) << 24 | UInt32(start[Int(edge.node)]))
            }
            terminals.append(contentsOf: list)
        }
        return cells
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
        // The array's buffer once per walk: a step then reads it without a bounds check.
        cells.withUnsafeBufferPointer { cells in
            while true {
                let counts = cells[node + 1]
                if counts >> 16 != 0 {
                    recordTerminals(Int(cells[node])..<Int(cells[node]) + Int(counts >> 16), key, from: from,
                                    to: index, into: &hits, firstHit: firstHit)
                }
                guard index < key.count else { return }
                node = Self.child(of: node, edges: Int(counts & 0xFFFF), byte: key[index], cells: cells)
                guard node >= 0 else { return }
                index += 1
            }
        }
    }

    /// The phrases `slots` of a node, when the key's bytes `from..<end` reach it.
    private func recordTerminals(
        _ slots: Range<Int>, _ key: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, into hits: inout [CueHit],
        firstHit: Int
    ) {
        let atBoundary = end == key.count || key[end] == 0x20
        for slot in slots {
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

    /// The cell of the child of the node at `node` by `byte`, or -1. Edges are sorted: a node
    /// near the root has dozens.
    @inline(__always)
    private static func child(of node: Int, edges: Int, byte: UInt8, cells: UnsafeBufferPointer<UInt32>) -> Int {
        var low = node + 2
        var high = low + edges
        while high - low > 4 {
            let middle = (low + high) / 2
            if UInt8(cells[middle] >> 24) <= byte { low = middle } else { high = middle }
        }
        while low < high {
            if UInt8(cells[low] >> 24) == byte { return Int(cells[low] & 0xFF_FFFF) }
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
