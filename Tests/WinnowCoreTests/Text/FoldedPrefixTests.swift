import Foundation
import Testing
@testable import WinnowCore

/// `Folding.writeFoldedPrefix` (eight ASCII bytes a step, then byte by byte) must write what
/// `Folding.fold` gives, cut at the first scalar boundary at or after `minimum` bytes.
struct FoldedPrefixTests {
    private func expectPrefixOfFold(_ text: String, minimum: Int) {
        let bytes = Array(text.utf8)
        let written: [UInt8]? = bytes.withUnsafeBufferPointer { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: minimum + 4) { out in
                Folding.writeFoldedPrefix(of: buffer, minimum: minimum, to: out.baseAddress!)
                    .map { Array(out[..<$0]) }
            }
        }
        guard let written else { return }  // a scalar that needs Unicode's tables: callers fold it whole
        let folded = Array(Folding.fold(text).utf8)
        #expect(folded.starts(with: written), "\(text) minimum \(minimum)")
        #expect(written.count >= min(minimum, folded.count), "\(text) minimum \(minimum)")
    }

    @Test func matchesFoldOnEveryCutOfMixedText() {
        let texts = [
            "PHOTO: Reuters/ALEXANDER ZEMLIANICHENKO", "Copyright © 2024 The Daily HERALD", "(C) 2019 ABC@XYZ[]^_`{}",
            "Über DIE Straße", "МОСКВА, 18 ФЕВРАЛЯ", "By JANE DOE | 18 February 2013", "", "A", "@[`{ AZaz",
        ]
        for text in texts {
            for minimum in 1...24 { expectPrefixOfFold(text, minimum: minimum) }
        }
    }

    @Test func matchesFoldOnRealLines() throws {
        var lines = 0
        for name in try SharedData.seedNames() {
            for line in try SharedData.text(SharedData.seedInput.appendingPathComponent(name)).split(separator: "\n") {
                for minimum in [8, 13, 16, 20] { expectPrefixOfFold(String(line), minimum: minimum) }
                lines += 1
            }
        }
        #expect(lines > 50)
    }
}
