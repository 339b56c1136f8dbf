/// A set of phrases matched against a unit's key (its folded words, single spaces), at word
/// boundaries: as the whole line, at the start, or anywhere. A phrase ending in `*` matches any
/// word that starts with it ("donat*" matches "donate", "donations"). A phrase ending in other
/// punctuation ("tags:") matches only as written, at the start of the folded line (`rawPrefix`).
///
/// Matching walks a byte trie from each word start, so a line costs one pass whatever the
/// number of phrases. Filters mostly read the matches of all categories at once, from the
/// document's `CueTable`; the methods here serve the rest.
public struct PhraseIndex: Sendable {
    /// Everything an index holds, behind one reference: filters take indexes out of the
    /// lexicon per document, and a copy should cost one retain, not one per array.
    private final class Storage: @unchecked Sendable {
        // Written only while uniquely referenced (copy on write), read-only once shared.
        var contents: Contents

        init(_ contents: Contents = Contents()) {
            self.contents = contents
        }

        /// The index's data as a value: phrases are added to a local copy, so that building
        /// (which every run's start-up pays) is not a class property access per trie step.
        struct Contents {
            var phrases: [String] = []
            /// The same phrases, to skip duplicates without comparing with each.
            var phraseSet: Set<String> = []
            var wholeLines: Set<String> = []
            /// Every whole-line key is NFC, so for an NFC key comparing bytes is comparing Strings.
            var wholeLinesAreNFC = true
            var rawPrefixes: [[UInt8]] = []
            /// Raw prefixes by first byte, so a line is compared only with those that can match.
            var rawByFirstByte = [[Int]](repeating: [], count: 256)
            /// The longest raw prefix in bytes: how much of a folded line `rawPrefix` reads.
            var longestRawPrefix = 0
            var edges: [[(byte: UInt8, node: Int32)]] = [[]]
            var terminal: [Int32] = [-1]
            var stemTerminal: [Bool] = [false]
            var wholeTerminal: [Bool] = [false]
            /// The trie frozen into flat arrays for matching (rebuilt after each insert).
            var trie = FlatTrie()

            mutating func add(_ phrase: String) {
                let folded = Folding.fold(phrase)
                let isStem = folded.hasSuffix("*")
                let key = Folding.key(folded)
                guard !key.isEmpty, phraseSet.insert(phrase).inserted else { return }
                phrases.append(phrase)
                rawPrefixes.append(Array(folded.utf8))
                longestRawPrefix = max(longestRawPrefix, folded.utf8.count)
                if let first = folded.utf8.first { rawByFirstByte[Int(first)].append(phrases.count - 1) }
                let endsInWord = folded.unicodeScalars.last.map(Folding.isWordScalar) ?? false
                guard isStem || endsInWord else { return }
                if !isStem {
                    wholeLines.insert(key)
                    wholeLinesAreNFC = wholeLinesAreNFC
                        && (key.withUTF8Bytes(UTF8Bytes.isKnownNFC) || NFC.compose(key).utf8.elementsEqual(key.utf8))
                }
                var node = 0
                for byte in key.utf8 {
                    if let next = edges[node].first(where: { $0.byte == byte })?.node {
                        node = Int(next)
                    } else {
                        edges.append([]); terminal.append(-1); stemTerminal.append(false); wholeTerminal.append(false)
                        let created = Int32(edges.count - 1)
                        edges[node].append((byte, created))
                        node = Int(created)
                    }
                }
                terminal[node] = Int32(phrases.count - 1)
                stemTerminal[node] = stemTerminal[node] || isStem
                wholeTerminal[node] = wholeTerminal[node] || !isStem
            }
        }
    }

    private var storage = Storage()

    public var phrases: [String] { storage.contents.phrases }
    /// The longest raw prefix in bytes: how much of a folded line `rawPrefix` reads.
    var longestRawPrefix: Int { storage.contents.longestRawPrefix }

    public init(_ phrases: [String] = []) {
        insert(contentsOf: phrases)
    }

    /// Adds phrases and freezes the trie once for all of them.
    public mutating func insert(contentsOf phrases: [String]) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.contents) }
        var contents = storage.contents
        storage.contents = Storage.Contents()  // `contents` alone holds the arrays while they grow
        for phrase in phrases { contents.add(phrase) }
        contents.trie = FlatTrie(edges: contents.edges, terminal: contents.terminal, stem: contents.stemTerminal,
                                 whole: contents.wholeTerminal)
        storage.contents = contents
    }

    public var isEmpty: Bool { phrases.isEmpty }

    public mutating func insert(_ phrase: String) {
        insert(contentsOf: [phrase])
    }

    /// True when the whole key is one of the phrases.
    public func matchesWhole(_ key: String) -> Bool {
        storage.contents.wholeLines.contains(key)
    }

    /// The phrase the key starts with (longest), if any.
    public func prefix(of key: String) -> String? {
        key.withUTF8Bytes { bytes in
            storage.contents.trie.longestMatch(in: bytes, from: 0).map { phrases[Int($0)] }
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

    /// How many distinct phrases occur in the key (see `MatchCounter`).
    public func matchCount(in key: String) -> Int {
        var counter = MatchCounter()
        forEachMatch(in: key) { match in
            counter.add(match)
            return true
        }
        return counter.count
    }

    /// Calls `body` with each match at a word start until it returns false.
    private func forEachMatch(in key: String, _ body: (Int32) -> Bool) {
        guard !phrases.isEmpty else { return }
        key.withUTF8Bytes { bytes in
            var start = 0
            while start < bytes.count {
                if let match = storage.contents.trie.longestMatch(in: bytes, from: start), !body(match) { return }
                while start < bytes.count && bytes[start] != 0x20 { start += 1 }
                start += 1
            }
        }
    }

    /// The phrase that the folded text starts with, punctuation included ("photo:").
    public func rawPrefix(of folded: String) -> String? {
        folded.withUTF8Bytes { rawPrefix(ofFolded: $0) }.map { phrases[$0] }
    }

    /// Whether `word` (folded) is one of the phrases, for single-word lists.
    public func containsWord<S: StringProtocol>(_ word: S) -> Bool {
        storage.contents.wholeLines.contains(String(word))
    }

    // MARK: - On bytes

    /// `matchesWhole` on a key's bytes: the trie decides, and Strings only when canonical
    /// equivalence could make different bytes equal (a key or phrase that is not NFC).
    func matchesWhole(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        if storage.contents.trie.matchesWhole(key) { return true }
        if storage.contents.wholeLinesAreNFC && UTF8Bytes.isKnownNFC(key) { return false }
        return storage.contents.wholeLines.contains(String(decoding: key, as: UTF8.self))
    }

    /// The index of the phrase that the folded text starts with, punctuation included. Reads
    /// at most `longestRawPrefix` bytes, so a folded prefix that long is as good as the text.
    func rawPrefix(ofFolded folded: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = folded.first else { return nil }
        for index in storage.contents.rawByFirstByte[Int(first)] {
            let matches = storage.contents.rawPrefixes[index].withUnsafeBufferPointer { raw in
                raw.count <= folded.count && raw.elementsEqual(UnsafeBufferPointer(rebasing: folded.prefix(raw.count)))
            }
            if matches { return index }
        }
        return nil
    }

    /// Calls `body` with the key bytes, phrase and stem flag of every phrase in the trie, for
    /// building the combined `CueTrie`.
    func forEachTrieEntry(_ body: (_ key: [UInt8], _ phrase: Int32, _ isStem: Bool) -> Void) {
        let edges = storage.contents.edges, terminal = storage.contents.terminal, stem = storage.contents.stemTerminal
        // Depth first, with the path to the current node kept in one array.
        var path: [UInt8] = []
        var pending: [(node: Int32, depth: Int, byte: UInt8)] = edges[0].map { ($0.node, 0, $0.byte) }
        while let (node, depth, byte) = pending.popLast() {
            path.removeLast(path.count - depth)
            path.append(byte)
            if terminal[Int(node)] >= 0 { body(path, terminal[Int(node)], stem[Int(node)]) }
            for edge in edges[Int(node)] { pending.append((edge.node, depth + 1, edge.byte)) }
        }
    }
}

/// How phrase matches are counted: distinct among the first eight distinct phrases; past
/// eight, a match not among those eight counts every time (never reached in practice, and
/// kept so that scores do not change).
struct MatchCounter {
    private var seen: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1, -1, -1, -1)
    private(set) var count = 0

    mutating func add(_ match: Int32) {
        let known = count
        let isNew = withUnsafeMutableBytes(of: &seen) { raw in
            let slots = raw.bindMemory(to: Int32.self)
            guard !slots.prefix(min(known, 8)).contains(match) else { return false }
            if known < 8 { slots[known] = match }
            return true
        }
        if isNew { count += 1 }
    }
}
