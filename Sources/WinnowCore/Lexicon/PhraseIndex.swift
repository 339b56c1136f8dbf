/// A set of phrases matched against a unit's key (its folded words, single spaces), at word
/// boundaries: as the whole line, at the start, or anywhere. A phrase ending in `*` matches any
/// word that starts with it ("donat*" matches "donate", "donations"). A phrase ending in other
/// punctuation ("tags:") matches only as written, at the start of the folded line (`rawPrefix`).
///
/// Matching walks a byte trie from each word start, so a line costs one pass whatever the
/// number of phrases.
public struct PhraseIndex: Sendable {
    public private(set) var phrases: [String] = []
    private var wholeLines: Set<String> = []
    private var rawPrefixes: [[UInt8]] = []
    /// Raw prefixes by first byte, so a line is compared only with those that can match.
    private var rawByFirstByte = [[Int]](repeating: [], count: 256)
    private var edges: [[(byte: UInt8, node: Int32)]] = [[]]
    private var terminal: [Int32] = [-1]
    private var stemTerminal: [Bool] = [false]
    /// The trie frozen into flat arrays for matching (rebuilt after each insert).
    private var trie = FlatTrie()

    public init(_ phrases: [String] = []) {
        insert(contentsOf: phrases)
    }

    /// Adds phrases and freezes the trie once for all of them.
    public mutating func insert(contentsOf phrases: [String]) {
        for phrase in phrases { add(phrase) }
        trie = FlatTrie(edges: edges, terminal: terminal, stem: stemTerminal)
    }

    public var isEmpty: Bool { phrases.isEmpty }

    public mutating func insert(_ phrase: String) {
        insert(contentsOf: [phrase])
    }

    private mutating func add(_ phrase: String) {
        let folded = Folding.fold(phrase)
        let isStem = folded.hasSuffix("*")
        let key = Folding.key(folded)
        guard !key.isEmpty, !phrases.contains(phrase) else { return }
        phrases.append(phrase)
        rawPrefixes.append(Array(folded.utf8))
        if let first = folded.utf8.first { rawByFirstByte[Int(first)].append(phrases.count - 1) }
        let endsInWord = folded.unicodeScalars.last.map(Folding.isWordScalar) ?? false
        guard isStem || endsInWord else { return }
        if !isStem { wholeLines.insert(key) }
        var node = 0
        for byte in key.utf8 {
            if let next = edges[node].first(where: { $0.byte == byte })?.node {
                node = Int(next)
            } else {
                edges.append([]); terminal.append(-1); stemTerminal.append(false)
                let created = Int32(edges.count - 1)
                edges[node].append((byte, created))
                node = Int(created)
            }
        }
        terminal[node] = Int32(phrases.count - 1)
        stemTerminal[node] = stemTerminal[node] || isStem
    }

    /// True when the whole key is one of the phrases.
    public func matchesWhole(_ key: String) -> Bool {
        wholeLines.contains(key)
    }

    /// The phrase the key starts with (longest), if any.
    public func prefix(of key: String) -> String? {
        var key = key
        return key.withUTF8 { bytes in
            longestMatch(in: bytes, from: 0).map { phrases[Int($0)] }
        }
    }

    /// The distinct phrases found anywhere in the key, in order of first occurrence.
    public func matches(in key: String) -> [String] {
        var found: [Int32] = []
        forEachMatch(in: key) { match in
            if !found.contains(match) { found.append(match) }
            return true
        }
        return found.map { phrases[Int($0)] }
    }

    /// The first phrase found anywhere in the key.
    public func firstMatch(in key: String) -> String? {
        var first: Int32?
        forEachMatch(in: key) { match in
            first = match
            return false
        }
        return first.map { phrases[Int($0)] }
    }

    /// How many distinct phrases occur in the key (no allocation for up to 8).
    public func matchCount(in key: String) -> Int {
        var seen: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1, -1, -1, -1)
        var count = 0
        forEachMatch(in: key) { match in
            let isNew = withUnsafeMutableBytes(of: &seen) { raw in
                let slots = raw.bindMemory(to: Int32.self)
                guard !slots.prefix(min(count, 8)).contains(match) else { return false }
                if count < 8 { slots[count] = match }
                return true
            }
            if isNew { count += 1 }
            return true
        }
        return count
    }

    /// Calls `body` with each match at a word start until it returns false.
    private func forEachMatch(in key: String, _ body: (Int32) -> Bool) {
        guard !phrases.isEmpty else { return }
        var key = key
        key.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                if let match = longestMatch(in: bytes, from: start), !body(match) { return }
                while start < bytes.count && bytes[start] != 0x20 { start += 1 }
                start += 1
            }
        }
    }

    /// The phrase that the folded text starts with, punctuation included ("photo:").
    public func rawPrefix(of folded: String) -> String? {
        guard let first = folded.utf8.first else { return nil }
        let candidates = rawByFirstByte[Int(first)]
        guard !candidates.isEmpty else { return nil }
        var folded = folded
        return folded.withUTF8 { bytes in
            for index in candidates {
                let raw = rawPrefixes[index]
                if raw.count <= bytes.count && raw.withUnsafeBufferPointer({ $0.elementsEqual(bytes.prefix(raw.count)) }) {
                    return phrases[index]
                }
            }
            return nil
        }
    }

    /// Whether `word` (folded) is one of the phrases, for single-word lists.
    public func containsWord<S: StringProtocol>(_ word: S) -> Bool {
        wholeLines.contains(String(word))
    }

    private func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int32? {
        trie.longestMatch(in: bytes, from: start)
    }
}
