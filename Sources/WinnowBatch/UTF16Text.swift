/// UTF-16 decoding with our own surrogate handling, so that bad code units and dropped
/// NULs can be counted (the standard library repairs silently).
enum UTF16Text {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> (text: String, replaced: Int) {
        let unitCount = bytes.count / 2
        var units: [UInt16] = []
        units.reserveCapacity(unitCount)
        var replaced = 0
        var index = 0
        while index < unitCount {
            let unit = codeUnit(bytes, index, bigEndian)
            switch unit {
            case 0:
                replaced += 1
            case 0xD800...0xDBFF where index + 1 < unitCount && isLowSurrogate(codeUnit(bytes, index + 1, bigEndian)):
                units.append(unit)
                units.append(codeUnit(bytes, index + 1, bigEndian))
                index += 1
            case 0xD800...0xDFFF:
                units.append(0xFFFD)
                replaced += 1
            default:
                units.append(unit)
            }
            index += 1
        }
        if bytes.count % 2 == 1 {
            units.append(0xFFFD)
            replaced += 1
        }
        return (String(decoding: units, as: UTF16.self), replaced)
    }

    /// Whether the code units of a guessed sample are mostly printable; rules out binary
    /// data that merely happens to have NULs at one parity (arrays of small integers).
    static func looksLikeText(_ sample: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Bool {
        let unitCount = sample.count / 2
        var controls = 0
        for index in 0..<unitCount {
            let unit = codeUnit(sample, index, bigEndian)
            if unit < 0x20 && !ByteSample.isTextControl(unit) { controls += 1 }
        }
        return controls * 10 <= unitCount
    }

    private static func codeUnit(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ bigEndian: Bool) -> UInt16 {
        let first = UInt16(bytes[2 * index])
        let second = UInt16(bytes[2 * index + 1])
        return bigEndian ? first << 8 | second : second << 8 | first
    }

    private static func isLowSurrogate(_ unit: UInt16) -> Bool {
        (0xDC00...0xDFFF).contains(unit)
    }
}
