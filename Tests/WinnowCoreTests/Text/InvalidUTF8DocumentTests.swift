import Testing
@testable import WinnowCore

/// `Document(validUTF8:)` promises no crash on bytes that are not UTF-8: the line scanner sends
/// a line with an ill-formed byte to the general route, which repairs it to U+FFFD.
@Suite struct InvalidUTF8DocumentTests {
    private func units(_ bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { Document(validUTF8: $0) }.units.map(\.text)
    }

    @Test(arguments: [
        [0x80],  // lone continuation
        [0xC0, 0x80],  // overlong
        [0xE2, 0x80],  // cut off
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF5, 0x41],  // never a lead byte, then ASCII
        [0xFF, 0xFE, 0x20, 0xC3],
    ] as [[UInt8]])
    func illFormedBytesComeOutAsReplacementCharacters(_ bad: [UInt8]) {
        let bytes = Array("Before the break".utf8) + bad + Array(" and after it.\n\nNext paragraph.".utf8)
        let repaired = String(decoding: bytes, as: UTF8.self)
        #expect(units(bytes) == Document(text: repaired).units.map(\.text))
        #expect(units(bytes).first?.contains("\u{FFFD}") == true)
    }
}
