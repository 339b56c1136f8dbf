import Foundation
import Testing
@testable import WinnowBatch

/// Checks every upper-half entry against an independent implementation (Foundation's
/// converters, which the decoder itself must not use).
@Suite struct CodePageTests {
    private func foundationScalar(_ byte: UInt8, _ encoding: String.Encoding) -> UInt32? {
        String(data: Data([byte]), encoding: encoding)?.unicodeScalars.first?.value
    }

    @Test(arguments: [
        (CodePage.windows1252, String.Encoding.windowsCP1252),
        (CodePage.windows1251, String.Encoding.windowsCP1251),
    ])
    func tableMatchesFoundation(page: CodePage, encoding: String.Encoding) {
        for byte in UInt8(0x80)...0xFF {
            let ours = UInt32(page.table[Int(byte)])
            switch foundationScalar(byte, encoding) {
            case nil:
                #expect(ours == 0xFFFD, "\(page.name) byte \(byte)")
            case 0x98 where page.name == "windows-1251":
                // Unicode's mapping leaves 0x98 undefined; Foundation passes it through as C1.
                #expect(ours == 0xFFFD)
            case let theirs?:
                #expect(ours == theirs, "\(page.name) byte \(byte)")
            }
        }
    }

    @Test func lowerHalfIsASCII() {
        for page in [CodePage.windows1252, .windows1251] {
            #expect(page.table.count == 256)
            #expect(page.table[..<0x80].elementsEqual(0..<0x80))
        }
    }

    @Test func decodesEveryByteOfTheUpperHalf() {
        let bytes = Array(UInt8(0x80)...0xFF)
        let (text, replaced) = bytes.withUnsafeBufferPointer { CodePage.windows1251.decode($0) }
        #expect(text.unicodeScalars.map(\.value) == CodePage.windows1251.table[0x80...].map(UInt32.init))
        #expect(replaced == 1)
    }
}
