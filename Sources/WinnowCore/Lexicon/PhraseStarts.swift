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
