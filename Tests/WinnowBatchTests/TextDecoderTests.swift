import Testing
@testable import WinnowBatch

/// Legacy bytes are built from known strings with mappings written out here, not from
/// the decoder's own tables, so a wrong table entry makes these tests fail.
private func windows1252(_ text: String) -> [UInt8] {
    let specials: [Unicode.Scalar: UInt8] = [
        "€": 0x80, "„": 0x84, "…": 0x85, "Œ": 0x8C, "‘": 0x91, "’": 0x92,
        "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "œ": 0x9C, "Ÿ": 0x9F,
    ]
    return text.unicodeScalars.map { scalar in
        if let byte = specials[scalar] { return byte }
        precondition(scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value), "not in windows-1252: \(scalar)")
        return UInt8(scalar.value)
    }
}

private func windows1251(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
        switch scalar.value {
        case 0..<0x80: UInt8(scalar.value)
        case 0x410...0x44F: UInt8(0xC0 + scalar.value - 0x410)
        case 0x451: 0xB8  // ё
        case 0x401: 0xA8  // Ё
        case 0x2014: 0x97  // —
        case 0xAB: 0xAB  // «
        case 0xBB: 0xBB  // »
        default: preconditionFailure("not in this test's windows-1251 subset: \(scalar)")
        }
    }
}

private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
    let units = (bom ? [0xFEFF] : []) + Array(text.utf16)
    return units.flatMap { unit -> [UInt8] in
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        return bigEndian ? [high, low] : [low, high]
    }
}

private let french = """
    Où est la gare ? L’été dernier, à Noël, nous avons mangé une crème brûlée \
    près du château ; ça coûtait 5 € — « très cher », dit-elle. Les idées créées \
    par l’œuvre naïve de Zoë sont déjà célèbres.
    """

private let german = """
    Grüße aus Köln – die Straße ist überfüllt, Äpfel und Öl kosten mehr. \
    „Übermut tut selten gut“, sagte der Bürgermeister während der Sitzung.
    """

private let russian = """
    Съешь же ещё этих мягких французских булок, да выпей чаю. В чащах юга жил бы \
    цитрус — да, но фальшивый экземпляр! «Ёлка» стоит в центре Москвы.
    """

@Suite struct TextDecoderTests {
    @Test func validUTF8IsReturnedAsIs() throws {
        let text = "Plain ASCII, Grüße, Привет, 你好, emoji 🎉.\r\n\tTabbed line\u{C}"
        #expect(try TextDecoder.decode(Array(text.utf8)) == DecodedText(text: text, encoding: "utf-8", replacedBytes: 0))
    }

    @Test func emptyInputIsEmptyUTF8Text() throws {
        #expect(try TextDecoder.decode([]) == DecodedText(text: "", encoding: "utf-8", replacedBytes: 0))
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Grüße".utf8))
        #expect(decoded == DecodedText(text: "Grüße", encoding: "utf-8", replacedBytes: 0))
    }

    @Test func utf8WithTwoStrayBytesIsRepaired() throws {
        var bytes = Array("Ça coûte très cher à Zürich, ".utf8)
        bytes.append(0xFF)
        bytes += Array("déjà vu, naïve façade, ".utf8)
        bytes.append(0xC3)  // a lead byte cut off by ASCII
        bytes += Array(" crème brûlée.".utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == "Ça coûte très cher à Zürich, \u{FFFD}déjà vu, naïve façade, \u{FFFD} crème brûlée.")
        #expect(decoded.encoding == "utf-8 (repaired)")
        #expect(decoded.replacedBytes == 2)
    }

    @Test func mostlyASCIIWithLatin1BytesIsWindows1252NotRepairedUTF8() throws {
        // One accented letter: no multi-byte sequences at all, so no reason to believe UTF-8.
        let decoded = try TextDecoder.decode(Array("Meet me at the ".utf8) + [0x63, 0x61, 0x66, 0xE9] + Array(" at noon.".utf8))
        #expect(decoded == DecodedText(text: "Meet me at the café at noon.", encoding: "windows-1252", replacedBytes: 0))
    }

    @Test func utf16NULCodeUnitsAreDroppedAndCounted() throws {
        let bytes: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x00, 0x00, 0x00, 0x42]
        #expect(try TextDecoder.decode(bytes) == DecodedText(text: "AB", encoding: "utf-16be", replacedBytes: 1))
    }

    @Test(arguments: [french, german])
    func windows1252WithoutDeclarationDecodes(text: String) throws {
        let decoded = try TextDecoder.decode(windows1252(text))
        #expect(decoded == DecodedText(text: text, encoding: "windows-1252", replacedBytes: 0))
    }

    @Test func windows1251RussianDecodes() throws {
        let decoded = try TextDecoder.decode(windows1251(russian))
        #expect(decoded == DecodedText(text: russian, encoding: "windows-1251", replacedBytes: 0))
    }

    @Test func windows1251LiteralBytes() throws {
        // "Мир и ёж" spelled out byte by byte.
        let decoded = try TextDecoder.decode([0xCC, 0xE8, 0xF0, 0x20, 0xE8, 0x20, 0xB8, 0xE6])
        #expect(decoded == DecodedText(text: "Мир и ёж", encoding: "windows-1251", replacedBytes: 0))
    }

    @Test func windows1252UndefinedBytesAreReplacedAndCounted() throws {
        let decoded = try TextDecoder.decode([0x41, 0x81, 0x42, 0x8D, 0x8F, 0x90, 0x9D, 0x80])
        #expect(decoded == DecodedText(text: "A\u{FFFD}B\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}€", encoding: "windows-1252", replacedBytes: 5))
    }

    @Test func utf16WithByteOrderMarks() throws {
        let text = "Grüße — 🎉 done"
        #expect(try TextDecoder.decode(utf16(text, bigEndian: false, bom: true))
            == DecodedText(text: text, encoding: "utf-16le", replacedBytes: 0))
        #expect(try TextDecoder.decode(utf16(text, bigEndian: true, bom: true))
            == DecodedText(text: text, encoding: "utf-16be", replacedBytes: 0))
    }

    @Test func utf16WithoutByteOrderMark() throws {
        let text = "Hello, world — ça va? A plain note saved by an old Windows tool.\r\n"
        #expect(try TextDecoder.decode(utf16(text, bigEndian: false, bom: false))
            == DecodedText(text: text, encoding: "utf-16le", replacedBytes: 0))
        #expect(try TextDecoder.decode(utf16(text, bigEndian: true, bom: false))
            == DecodedText(text: text, encoding: "utf-16be", replacedBytes: 0))
    }

    @Test func utf16LoneSurrogateAndOddByteAreReplaced() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43]
        #expect(try TextDecoder.decode(bytes) == DecodedText(text: "A\u{FFFD}B\u{FFFD}", encoding: "utf-16le", replacedBytes: 2))
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "PNG image"),
        ([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00], "gzip archive"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "JPEG image"),
        (Array("GIF89a".utf8) + [0x01, 0x00], "GIF image"),
        (Array("%PDF-1.7\n".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "zip archive"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "ELF executable"),
        (Array("BZh9".utf8) + [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD, 0x24], "zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00], "7z archive"),
        (Array("RIFF".utf8) + [0x24, 0x00, 0x00, 0x00] + Array("WEBPVP8 ".utf8), "WebP image"),
        ([0x00, 0x00, 0x00, 0x18] + Array("ftypmp42".utf8), "MP4/QuickTime media"),
        (Array("SQLite format 3\0".utf8) + [0x10, 0x00], "SQLite database"),
    ] as [([UInt8], String)])
    func magicNumbersAreBinary(bytes: [UInt8], kind: String) {
        #expect(throws: DecodeError.binary(kind: kind)) { try TextDecoder.decode(bytes + Array("trailing text".utf8)) }
    }

    @Test func binaryErrorDescribesTheKind() {
        #expect(DecodeError.binary(kind: "PNG image").description == "binary file (PNG image), not text")
    }

    @Test func textThatMerelyStartsLikeASignatureIsText() throws {
        for text in ["BZh9 is what a bzip2 header starts with", "abcdftyp is not a video", "RIFF raff"] {
            #expect(try TextDecoder.decode(Array(text.utf8)).text == text)
        }
    }

    @Test func nulHeavyDataIsBinary() {
        // Little-endian 32-bit integers: NULs at both parities, so not UTF-16 either.
        let bytes = (1...200).flatMap { n -> [UInt8] in [UInt8(n), 0, 0, 0] }
        #expect(throws: DecodeError.binary(kind: "unknown binary data")) { try TextDecoder.decode(bytes) }
    }

    @Test func smallIntegersLookingLikeUTF16AreBinary() {
        // NULs at every odd position, but the "characters" would all be control codes.
        let bytes = (0..<200).flatMap { n -> [UInt8] in [UInt8(n % 20 + 1), 0] }
        #expect(throws: DecodeError.binary(kind: "unknown binary data")) { try TextDecoder.decode(bytes) }
    }

    @Test func controlHeavyDataIsBinary() {
        let bytes = (0..<400).map { n -> UInt8 in n % 4 == 0 ? 0x1B : UInt8(ascii: "a") }
        #expect(throws: DecodeError.binary(kind: "unknown binary data")) { try TextDecoder.decode(bytes) }
    }

    @Test func isolatedNULsAreDroppedAndCounted() throws {
        let bytes = [0] + Array("Some text".utf8) + [0] + Array(" with two stray NULs.".utf8)
        #expect(try TextDecoder.decode(bytes) == DecodedText(text: "Some text with two stray NULs.", encoding: "utf-8", replacedBytes: 2))
    }

    @Test func isolatedNULInLegacyTextIsDroppedAndCounted() throws {
        // A NUL last: nothing may be written past the end of the sized output.
        let bytes = windows1252("Déjà") + [0] + windows1252(" vu") + [0]
        #expect(try TextDecoder.decode(bytes) == DecodedText(text: "Déjà vu", encoding: "windows-1252", replacedBytes: 2))
        // Even length with both NULs at even offsets: still no UTF-16 pattern.
        #expect(try TextDecoder.decode(bytes + [0x21]) == DecodedText(text: "Déjà vu!", encoding: "windows-1252", replacedBytes: 2))
    }

    @Test func longValidUTF8TakesTheFastPathIntact() throws {
        let line = "Grüße, Привет, 你好 — a line of mixed text.\n"
        let text = String(repeating: line, count: 20_000)
        let decoded = try TextDecoder.decode(Array(text.utf8))
        #expect(decoded.text == text)
        #expect(decoded.encoding == "utf-8")
    }
}
