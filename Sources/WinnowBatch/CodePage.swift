/// A single-byte legacy encoding, decoded through a 256-entry table of our own
/// (no iconv: results must not depend on the host's locale data).
struct CodePage: Sendable {
    let name: String
    /// Unicode scalar value for each byte; 0xFFFD marks bytes the code page leaves undefined.
    let table: [UInt16]

    static let windows1252 = CodePage(name: "windows-1252", high: [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ] + Array(0x00A0...0x00FF))

    static let windows1251 = CodePage(name: "windows-1251", high: [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
        0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
        0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
        0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ] + Array(0x0410...0x044F))

    /// UTF-8 for each byte, worked out once so decoding is a lookup and a copy;
    /// NUL maps to nothing (dropped).
    private let encoded: [EncodedScalar]

    private struct EncodedScalar {
        var bytes: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var count = 0
    }

    /// Builds the full table: ASCII is shared, `high` covers 0x80–0xFF.
    private init(name: String, high: [UInt16]) {
        precondition(high.count == 128, "\(name): the upper half needs 128 entries")
        self.name = name
        self.table = Array(0...0x7F) + high
        self.encoded = table.map(Self.encode)
    }

    /// Decodes every byte; NULs are dropped and, like undefined bytes, counted as replaced.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, replaced: Int) {
        encoded.withUnsafeBufferPointer { encoded in
            // Sizing first keeps a big file from holding a 3x worst-case allocation.
            var length = 0
            var replaced = 0
            for byte in bytes {
                length += encoded[Int(byte)].count
                if byte == 0 || table[Int(byte)] == 0xFFFD { replaced += 1 }
            }
            let text = String(unsafeUninitializedCapacity: length) { output in
                var written = 0
                for byte in bytes where byte != 0 {
                    let scalar = encoded[Int(byte)]
                    output[written] = scalar.bytes.0
                    if scalar.count > 1 { output[written + 1] = scalar.bytes.1 }
                    if scalar.count > 2 { output[written + 2] = scalar.bytes.2 }
                    written += scalar.count
                }
                return written
            }
            return (text, replaced)
        }
    }

    /// Every table entry is in the BMP, so at most three bytes.
    private static func encode(_ scalar: UInt16) -> EncodedScalar {
        switch scalar {
        case 0:
            EncodedScalar()
        case 1..<0x80:
            EncodedScalar(bytes: (UInt8(scalar), 0, 0), count: 1)
        case 0x80..<0x800:
            EncodedScalar(bytes: (0xC0 | UInt8(scalar >> 6), 0x80 | UInt8(scalar & 0x3F), 0), count: 2)
        default:
            EncodedScalar(bytes: (0xE0 | UInt8(scalar >> 12), 0x80 | UInt8((scalar >> 6) & 0x3F),
                                  0x80 | UInt8(scalar & 0x3F)), count: 3)
        }
    }
}
