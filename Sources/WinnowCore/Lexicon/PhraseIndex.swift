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
    private var edges: [[(byte: UInt8, node: Int32)]] = [[]]
    private var terminal: [Int32] = [-1]
    private var stemTerminal: [Bool] = [false]

    public init(_ phrases: [String] = []) {
        for phrase in phrases { insert(phrase) }
    }

    public var isEmpty: Bool { phrases.isEmpty }

    public mutating func insert(_ phrase: String) {
        let folded = Folding.fold(phrase)
        let isStem = folded.hasSuffix("*")
        let key = Folding.key(folded)
        guard !key.isEmpty, !phrases.contains(phrase) else { return }
        phrases.append(phrase)
        rawPrefixes.append(Array(folded.utf8))
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
        var key = key
        var found: [Int32] = []
        key.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                if let match = longestMatch(in: bytes, from: start), !found.contains(match) { found.append(match) }
                while start < bytes.count && bytes[start] != 0x20 { start += 1 }
                start += 1
            }
        }
        return found.map { phrases[Int($0)] }
    }

    /// The phrase that the folded text starts with, punctuation included ("photo:").
    public func rawPrefix(of folded: String) -> String? {
        for (index, raw) in rawPrefixes.enumerated() where folded.utf8.starts(with: raw) {
            return phrases[index]
        }
        return nil
    }

    /// Whether `word` (folded) is one of the phrases, for single-word lists.
    public func containsWord<S: StringProtocol>(_ word: S) -> Bool {
        wholeLines.contains(String(word))
    }

    private func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int32? {
        var node = 0
        var best: Int32?
        var index = start
        while index < bytes.count {
            guard let next = edges[node].first(where: { $0.byte == bytes[index] })?.node else { break }
            node = Int(next)
            index += 1
            if terminal[node] >= 0 && (stemTerminal[node] || index == bytes.count || bytes[index] == 0x20) {
                best = terminal[node]
            }
        }
        return best
    }
}
