/// One site's line counts: line fingerprint → number of the site's pages that contain the line.
///
/// The bulk of a site profile, so it is compact: an open-addressing table (linear probing) of
/// 8-byte fingerprints and 1-byte counts, 9 bytes a slot; the few counts from 255 up (a site's
/// boilerplate on a big site) are kept aside. The table grows by half when 3/4 of its slots are
/// full, so 1/2 to 3/4 are: **12 to 18 MB per million lines**, and 2/3 more for the one table
/// that is growing (a `[UInt64: Int]` takes 21 to 43 MB, and 1.5 times that while it doubles).
/// Most lines of a big batch are on one page, which is why a count byte pays.
public struct LineCounts: Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    public typealias Element = (fingerprint: UInt64, count: Int)

    /// Fingerprint per slot; 0 marks a free slot (fingerprint 0 is kept in `zeroCount`).
    private var keys: [UInt64] = []
    /// Count per slot, up to 254; `Self.aside` means the count is in `large`.
    private var counts: [UInt8] = []
    private var large: [UInt64: Int] = [:]
    private var zeroCount = 0
    /// Slots in use.
    private var used = 0

    private static let aside: UInt8 = 255

    public init() {}

    public init(_ counts: [UInt64: Int]) {
        reserveCapacity(counts.count)
        for (fingerprint, count) in counts { add(fingerprint, count: count) }
    }

    public init(dictionaryLiteral elements: (UInt64, Int)...) {
        reserveCapacity(elements.count)
        for (fingerprint, count) in elements { add(fingerprint, count: count) }
    }

    /// Distinct fingerprints.
    public var count: Int { used + (zeroCount > 0 ? 1 : 0) }

    public var isEmpty: Bool { count == 0 }

    public var underestimatedCount: Int { count }

    /// Slots allocated (for tests of the memory bound).
    var slotCount: Int { keys.count }

    /// The fingerprint's count; nil when no page has the line.
    public subscript(fingerprint: UInt64) -> Int? {
        if fingerprint == 0 { return zeroCount > 0 ? zeroCount : nil }
        guard let slot = find(fingerprint).found else { return nil }
        return count(at: slot, fingerprint)
    }

    /// Adds `count` pages to the fingerprint's count (nothing when `count` is not positive: a
    /// line on no page is not kept).
    public mutating func add(_ fingerprint: UInt64, count added: Int = 1) {
        guard added > 0 else { return }
        if fingerprint == 0 {
            zeroCount += added
            return
        }
        var (found, free) = find(fingerprint)
        if found == nil && (used + 1) * 4 > keys.count * 3 {
            grow(toHold: used + 1)
            free = find(fingerprint).free
        }
        let total: Int
        let slot: Int
        if let found {
            slot = found
            total = count(at: slot, fingerprint) + added
        } else {
            slot = free
            keys[slot] = fingerprint
            used += 1
            total = added
        }
        if total < Int(Self.aside) {
            counts[slot] = UInt8(total)
        } else {
            counts[slot] = Self.aside
            large[fingerprint] = total
        }
    }

    /// Makes room for `count` fingerprints without growing again.
    public mutating func reserveCapacity(_ count: Int) {
        if count * 4 > keys.count * 3 { grow(toHold: count) }
    }

    /// Removes the entries `shouldBeRemoved` picks. The table then shrinks to fit what is left:
    /// a batch's sites come one after another, and a table kept at its largest for a site
    /// whose pages are over would hold memory for nothing.
    public mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows {
        if zeroCount > 0, try shouldBeRemoved((0, zeroCount)) { zeroCount = 0 }
        var kept = 0
        for slot in keys.indices where keys[slot] != 0 {
            if try shouldBeRemoved((keys[slot], count(at: slot, keys[slot]))) {
                if counts[slot] == Self.aside { large[keys[slot]] = nil }
                keys[slot] = 0
            } else {
                kept += 1
            }
        }
        guard kept < used else { return }
        used = kept
        rebuild(slots: kept == 0 ? 0 : Self.slots(toHold: kept, from: 0))
    }

    /// Adds every count of `other`.
    public mutating func merge(_ other: LineCounts) {
        if isEmpty {
            self = other
            return
        }
        // The larger of the two is all the merge is sure to hold (the lines may be the same).
        reserveCapacity(Swift.max(count, other.count))
        for (fingerprint, count) in other { add(fingerprint, count: count) }
    }

    public func makeIterator() -> Iterator {
        Iterator(counts: self)
    }

    public struct Iterator: IteratorProtocol {
        let counts: LineCounts
        /// -1: fingerprint 0, then the slots.
        var slot = -1

        init(counts: LineCounts) {
            self.counts = counts
        }

        public mutating func next() -> Element? {
            if slot < 0 {
                slot = 0
                if counts.zeroCount > 0 { return (0, counts.zeroCount) }
            }
            while slot < counts.keys.count {
                defer { slot += 1 }
                let key = counts.keys[slot]
                if key != 0 { return (key, counts.count(at: slot, key)) }
            }
            return nil
        }
    }

    public var description: String {
        "[" + sorted { $0.fingerprint < $1.fingerprint }.map { "\($0.fingerprint): \($0.count)" }
            .joined(separator: ", ") + "]"
    }

    private func count(at slot: Int, _ fingerprint: UInt64) -> Int {
        let count = counts[slot]
        return count == Self.aside ? large[fingerprint]! : Int(count)
    }

    /// The fingerprint's slot if it has one, else the free slot where it would go (meaningless
    /// when the table has no slots).
    private func find(_ fingerprint: UInt64) -> (found: Int?, free: Int) {
        guard !keys.isEmpty else { return (nil, 0) }
        return keys.withUnsafeBufferPointer { keys in
            var slot = Self.home(fingerprint, slots: keys.count)
            while true {
                let key = keys[slot]
                if key == fingerprint { return (slot, slot) }
                if key == 0 { return (nil, slot) }
                slot = slot + 1 == keys.count ? 0 : slot + 1
            }
        }
    }

    private mutating func grow(toHold count: Int) {
        rebuild(slots: Self.slots(toHold: count, from: keys.count))
    }

    /// Slots for `count` fingerprints, growing by half from `slots`.
    private static func slots(toHold count: Int, from slots: Int) -> Int {
        var slots = Swift.max(16, slots + slots / 2)
        while count * 4 > slots * 3 { slots += slots / 2 }
        return slots
    }

    /// The same entries in a table of `slots` slots (enough for them).
    private mutating func rebuild(slots: Int) {
        let old = (keys: keys, counts: counts)
        keys = [UInt64](repeating: 0, count: slots)
        counts = [UInt8](repeating: 0, count: slots)
        keys.withUnsafeMutableBufferPointer { keys in
            for slot in old.keys.indices where old.keys[slot] != 0 {
                let key = old.keys[slot]
                var target = Self.home(key, slots: keys.count)
                while keys[target] != 0 { target = target + 1 == keys.count ? 0 : target + 1 }
                keys[target] = key
                counts[target] = old.counts[slot]
            }
        }
    }

    /// The slot a fingerprint's probe starts at: the fingerprint mixed (fingerprints of tests and
    /// of files are not all well spread) and scaled to the slot count, which need not be a power of two.
    private static func home(_ fingerprint: UInt64, slots: Int) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15).multipliedFullWidth(by: UInt64(slots)).high)
    }
}

extension LineCounts: Equatable {
    /// The same fingerprints with the same counts, however the slots are laid out.
    public static func == (lhs: LineCounts, rhs: LineCounts) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.fingerprint] == $0.count }
    }
}
