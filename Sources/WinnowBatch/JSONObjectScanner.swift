/// Checks that a line is one JSON object and finds where each top-level member's key and value
/// lie, without building any value: records are passed through byte for byte except for the
/// fields Winnow replaces or adds.
struct JSONObjectScanner {
    /// A top-level member: its decoded key and the bytes of its raw value.
    struct Member {
        let key: [UInt8]
        let value: Range<Int>
        let isString: Bool
    }

    struct Scanned {
        let members: [Member]
        /// Index of the object's closing brace (where new members go).
        let closingBrace: Int

        func member(_ key: String) -> Member? {
            let bytes = Array(key.utf8)
            return members.last { $0.key == bytes }
        }
    }

    private let bytes: [UInt8]
    private var index = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The members of the object on `line`, or what is wrong with it and at which byte column.
    static func scan(_ line: [UInt8]) -> Result<Scanned, JSONLineError> {
        var scanner = JSONObjectScanner(line)
        do {
            return .success(try scanner.object())
        } catch {
            return .failure(error)
        }
    }

    private mutating func object() throws(JSONLineError) -> Scanned {
        skipSpace()
        guard peek == 0x7B else { throw fail("a JSON object must start with {") }
        index += 1
        var members: [Member] = []
        skipSpace()
        if peek == 0x7D {
            index += 1
            return try finish(members, closingBrace: index - 1)
        }
        while true {
            skipSpace()
            guard peek == 0x22 else { throw fail("expected a member name in double quotes") }
            let keyRange = try string()
            guard let key = JSONString.decode(bytes[keyRange]) else { throw fail("bad escape in a member name") }
            skipSpace()
            guard peek == 0x3A else { throw fail("expected : after a member name") }
            index += 1
            skipSpace()
            let isString = peek == 0x22
            let start = index
            try value(depth: 1)
            members.append(Member(key: key, value: start..<index, isString: isString))
            skipSpace()
            if peek == 0x2C {
                index += 1
                continue
            }
            guard peek == 0x7D else { throw fail("expected , or } after a member") }
            index += 1
            return try finish(members, closingBrace: index - 1)
        }
    }

    private mutating func finish(_ members: [Member], closingBrace: Int) throws(JSONLineError) -> Scanned {
        skipSpace()
        guard index == bytes.count else { throw fail("text after the object") }
        return Scanned(members: members, closingBrace: closingBrace)
    }

    private mutating func value(depth: Int) throws(JSONLineError) {
        guard depth <= Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth) levels") }
        guard let next = peek else { throw fail("a value is missing") }
        switch next {
        case 0x22: _ = try string()
        case 0x7B: try container(close: 0x7D, depth: depth, members: true)
        case 0x5B: try container(close: 0x5D, depth: depth, members: false)
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        case 0x2D, 0x30...0x39: try number()
        default: throw fail("unexpected character")
        }
    }

    /// A nested object (members: true) or array.
    private mutating func container(close: UInt8, depth: Int, members: Bool) throws(JSONLineError) {
        index += 1
        skipSpace()
        if peek == close {
            index += 1
            return
        }
        while true {
            skipSpace()
            if members {
                guard peek == 0x22 else { throw fail("expected a member name in double quotes") }
                _ = try string()
                skipSpace()
                guard peek == 0x3A else { throw fail("expected : after a member name") }
                index += 1
                skipSpace()
            }
            try value(depth: depth + 1)
            skipSpace()
            if peek == 0x2C {
                index += 1
                continue
            }
            guard peek == close else { throw fail(members ? "expected , or }" : "expected , or ]") }
            index += 1
            return
        }
    }

    /// A string literal's byte range, quotes included; escapes are checked for shape here
    /// and decoded only for the fields Winnow reads.
    private mutating func string() throws(JSONLineError) -> Range<Int> {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                index += 1
                return start..<index
            }
            if byte < 0x20 { throw fail("a control character inside a string must be escaped") }
            if byte == 0x5C {
                guard index + 1 < bytes.count else { break }
                let escape = bytes[index + 1]
                if escape == 0x75 {
                    guard index + 6 <= bytes.count,
                          bytes[(index + 2)..<(index + 6)].allSatisfy({ JSONString.hexValue($0) != nil })
                    else { throw fail("\\u must be followed by four hex digits") }
                    index += 6
                    continue
                }
                guard Self.simpleEscapes.contains(escape) else { throw fail("unknown escape") }
                index += 2
                continue
            }
            index += 1
        }
        throw fail("unterminated string")
    }

    private mutating func number() throws(JSONLineError) {
        if peek == 0x2D { index += 1 }
        guard let first = peek, first &- 0x30 < 10 else { throw fail("bad number") }
        index += 1
        if first != 0x30 { skipDigits() }
        if peek == 0x2E {
            index += 1
            guard skipDigits() > 0 else { throw fail("bad number") }
        }
        if peek == 0x65 || peek == 0x45 {
            index += 1
            if peek == 0x2B || peek == 0x2D { index += 1 }
            guard skipDigits() > 0 else { throw fail("bad number") }
        }
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = index
        while let byte = peek, byte &- 0x30 < 10 { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: StaticString) throws(JSONLineError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
              word.withUTF8Buffer({ bytes[index..<(index + count)].elementsEqual($0) })
        else { throw fail("unexpected character") }
        index += count
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { index += 1 }
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func fail(_ reason: String) -> JSONLineError {
        JSONLineError(reason: reason, column: index + 1)
    }

    /// Deep enough for any real record, shallow enough that a hostile line cannot overflow the stack.
    static let maximumDepth = 256
    private static let simpleEscapes: Set<UInt8> = [0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74]
}

/// What is wrong with a JSONL line, and at which byte (1-based) when one byte is to blame.
public struct JSONLineError: Error, Equatable, CustomStringConvertible {
    public let reason: String
    public let column: Int?

    public init(reason: String, column: Int? = nil) {
        self.reason = reason
        self.column = column
    }

    public var description: String { column.map { "\(reason) (column \($0))" } ?? reason }
}
