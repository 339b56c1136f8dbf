/// JSON string literals to and from UTF-8 bytes, for JSONL records: only the fields Winnow reads
/// or writes are decoded; every other byte of a record is passed through as it was.
enum JSONString {
    /// The value of the string literal whose bytes (quotes included) are `literal`; nil when an
    /// escape is invalid. Unpaired surrogates become U+FFFD.
    static func decode(_ literal: ArraySlice<UInt8>) -> [UInt8]? {
        guard literal.count >= 2, literal.first == 0x22, literal.last == 0x22 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(literal.count)
        var index = literal.startIndex + 1
        let end = literal.endIndex - 1
        while index < end {
            let byte = literal[index]
            guard byte == 0x5C else {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < end else { return nil }
            let escape = literal[index + 1]
            index += 2
            switch escape {
            case 0x22, 0x5C, 0x2F: out.append(escape)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard let unit = hex4(literal, at: index, end: end) else { return nil }
                index += 4
                var scalar = UInt32(unit)
                if (0xD800..<0xDC00).contains(unit), index + 6 <= end, literal[index] == 0x5C, literal[index + 1] == 0x75,
                   let low = hex4(literal, at: index + 2, end: end), (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    index += 6
                }
                appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &out)
            default:
                return nil
            }
        }
        return out
    }

    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (non-ASCII included) as UTF-8.
    static func encode(_ text: some Collection<UInt8>, into out: inout [UInt8]) {
        out.append(0x22)
        for byte in text {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    static func encode(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        encode(text.utf8, into: &out)
        return out
    }

    private static func hex4(_ bytes: ArraySlice<UInt8>, at index: Int, end: Int) -> UInt16? {
        guard index + 4 <= end else { return nil }
        var value: UInt16 = 0
        for byte in bytes[index..<(index + 4)] {
            guard let digit = hexValue(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x37
        case 0x61...0x66: byte - 0x57
        default: nil
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
