import Testing
@testable import WinnowCore

/// The compact fingerprint table behind site profiles, checked against a dictionary.
struct LineCountsTests {
    static func expectSame(_ table: LineCounts, _ model: [UInt64: Int]) {
        #expect(table.count == model.count)
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.fingerprint, $0.count) }) == model)
        for (fingerprint, count) in model { #expect(table[fingerprint] == count) }
    }

    @Test func countsLikeADictionaryThroughAddsAndRemovals() {
        var random = SplitMix64(seed: 1)
        var table = LineCounts()
        var model: [UInt64: Int] = [:]
        for round in 0..<6 {
            // Small keys (and 0) as well as spread ones, some repeated.
            for _ in 0..<3000 {
                let r = random.next()
                let fingerprint = r % 3 == 0 ? r % 500 : r % 7 == 0 ? r % 40_000 : r
                // Now and then many pages at once, so counts pass the byte.
                let pages = r % 11 == 0 ? Int(r >> 56) + 1 : 1
                table.add(fingerprint, count: pages)
                model[fingerprint, default: 0] += pages
            }
            Self.expectSame(table, model)
            let limit = [1, 3, 260][round % 3]
            table.removeAll { $0.count <= limit }
            model = model.filter { $0.value > limit }
            Self.expectSame(table, model)
            #expect(table[0xDEAD_BEEF_0000_0001] == nil)
        }
    }

    @Test func theTableHoldsOneAndAHalfToTwoSlotsALineAndShrinksWhenLinesGo() {
        var random = SplitMix64(seed: 7)
        var table = LineCounts()
        for round in 1...3 {
            for _ in 0..<10_000 { table.add(random.next()) }
            #expect(table.count >= 10_000)
            #expect(table.slotCount * 3 / 4 >= table.count && table.slotCount <= table.count * 2 + 16)
            table.removeAll { $0.count == 1 }
            #expect(table.isEmpty && table.slotCount == 0, "round \(round)")
        }
        for fingerprint in UInt64(1)...1000 { table.add(fingerprint, count: fingerprint % 10 == 0 ? 2 : 1) }
        table.removeAll { $0.count == 1 }
        #expect(table.count == 100 && table.slotCount <= 200 + 16)
    }

    @Test func fingerprintZeroAndLargeCountsAreKept() {
        var table: LineCounts = [0: 2, 5: 1, 6: 300]
        table.add(0)
        table.add(5, count: 253)
        table.add(7, count: 254)
        table.add(8, count: 255)
        table.add(6, count: Int(UInt32.max))
        table.add(9, count: 0)
        #expect(table[0] == 3)
        #expect(table[5] == 254)
        #expect(table[6] == 300 + Int(UInt32.max))
        #expect(table[7] == 254)
        #expect(table[8] == 255)
        #expect(table[9] == nil)
        #expect(table.count == 5)
        table.add(7)
        #expect(table[7] == 255)
        table.removeAll { $0.fingerprint == 0 || $0.count == 255 }
        #expect(table == [5: 254, 6: 300 + Int(UInt32.max)])
    }

    @Test func equalityIgnoresTheLayout() {
        var grown = LineCounts()
        for fingerprint in UInt64(1)...1000 { grown.add(fingerprint) }
        grown.removeAll { $0.fingerprint > 3 }
        let small: LineCounts = [3: 1, 2: 1, 1: 1]
        #expect(grown == small)
        #expect(grown != [1: 1, 2: 1, 3: 2])
        #expect(grown != [1: 1, 2: 1])
        var merged = small
        merged.merge([1: 2, 4: 1])
        #expect(merged == [1: 3, 2: 1, 3: 1, 4: 1])
        #expect(merged.description == "[1: 3, 2: 1, 3: 1, 4: 1]")
    }
}
