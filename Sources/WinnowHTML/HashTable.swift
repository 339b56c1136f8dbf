/// A fixed map from 64-bit hashes (already well mixed, e.g. FNV-1a) to 64-bit values, by open
/// addressing: one mask, one compare or two per lookup, no hashing of its own. Built once.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private let mask: Int

    init(_ entries: [(key: UInt64, value: UInt64)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in entries where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] |= value
        }
    }

    /// The value stored for `key`, or 0.
    @inline(__always)
    func value(_ key: UInt64) -> UInt64 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
