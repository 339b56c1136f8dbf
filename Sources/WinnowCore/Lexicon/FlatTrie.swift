/// A byte trie in flat arrays: node N's edges are `bytes[start[N]..<start[N+1]]`, so matching
/// touches no nested arrays (no reference counting in the loop).
struct FlatTrie: Sendable {
    private var start: [Int32] = [0, 0]
    private var bytes: [UInt8] = []
    private var targets: [Int32] = []
    private var terminal: [Int32] = [-1]
    private var stem: [Bool] = [false]
    /// The root's children by byte: most word starts fail here.
    private var root = [Int32](repeating: -1, count: 256)

    init() {}

    init(edges: [[(byte: UInt8, node: Int32)]], terminal: [Int32], stem: [Bool]) {
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
