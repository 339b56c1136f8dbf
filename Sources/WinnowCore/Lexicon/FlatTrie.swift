/// A byte trie in flat arrays: node N's edges are `bytes[start[N]..<start[N+1]]`, so matching
/// touches no nested arrays (no reference counting in the loop).
struct FlatTrie: Sendable {
    private var start: [Int32] = [0, 0]
    private var bytes: [UInt8] = []
    private var targets: [Int32] = []
    private var terminal: [Int32] = [-1]
    private var stem: [Bool] = [false]
    /// Nodes where a phrase that is not a stem ends: whole-line matches.
    private var whole: [Bool] = [false]
    /// The root's children by byte: most word starts fail here.
    private var root = [Int32](repeating: -1, count: 256)

    init() {}

    init(edges: [[(byte: UInt8, node: Int32)]], terminal: [Int32], stem: [Bool], whole: [Bool]) {
        start = [0]
        for node in edges {
            for edge in node {
                bytes.append(edge.byte)
                targets.append(edge.node)
            }
            start.append(Int32(bytes.count))
        }
        self.terminal = terminal
        self.stem = stem
        self.whole = whole
        for edge in edges[0] { root[Int(edge.byte)] = edge.node }
    }

    /// The longest phrase starting at `from` and ending at a word boundary (or a stem).
    func longestMatch(in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int32? {
        guard from < text.count else { return nil }
        var node = Int(root[Int(text[from])])
        guard node >= 0 else { return nil }
        var best: Int32?
        var index = from + 1
        while true {
            if terminal[node] >= 0 && (stem[node] || index == text.count || text[index] == 0x20) {
                best = terminal[node]
            }
            guard index < text.count, let next = child(of: node, byte: text[index]) else { return best }
            node = next
            index += 1
        }
    }

    /// Whether the whole text is a phrase that is not a stem (same bytes).
    func matchesWhole(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first else { return false }
        var node = Int(root[Int(first)])
        var index = 1
        while node >= 0 && index < text.count {
            node = child(of: node, byte: text[index]) ?? -1
            index += 1
        }
        return node >= 0 && whole[node]
    }

    @inline(__always)
    private func child(of node: Int, byte: UInt8) -> Int? {
        var edge = Int(start[node])
        let end = Int(start[node + 1])
        while edge < end {
            if bytes[edge] == byte { return Int(targets[edge]) }
            edge += 1
        }
        return nil
    }
}
