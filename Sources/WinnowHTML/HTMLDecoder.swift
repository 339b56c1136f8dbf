import WinnowCore
import WinnowNative

/// Turns the raw bytes of an HTML page into UTF-8, never truncating.
///
/// libxml2 must not decode pages itself: through iconv it silently truncates at the first byte
/// the codec rejects, and on its own it switches to Latin-1 at the first invalid UTF-8 byte.
/// So pages are decoded here and handed to `LibXML2.parse(utf8:)` as UTF-8.
///
/// Order of evidence:
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything;
/// 2. `declaredCharset` (HTTP header or caller), if it is a known label;
/// 3. `charset` in a `<meta>` tag within the first 64 KB (`<meta charset=...>` or
///    `<meta http-equiv="Content-Type" content="...; charset=...">`, any case, quoted or not,
///    comments skipped), as in the WHATWG prescan; a meta declaring UTF-16 means UTF-8;
/// 4. no usable label: UTF-8 if the bytes are valid or mostly valid UTF-8 (more well-formed
///    multi-byte sequences than invalid bytes), otherwise windows-1251 when the bytes look like
///    Russian (`CyrillicGuess`), else windows-1252.
///
/// Labels are mapped the way browsers map them (WHATWG Encoding Standard): latin1, iso-8859-1,
/// ascii and us-ascii mean windows-1252; gb2312 and gbk mean GB18030; shift_jis and sjis mean
/// CP932; euc-kr means CP949; iso-8859-9 means windows-1254; and so on. Unknown labels are
/// ignored (noted), like browsers do.
///
/// **Mislabelled pages.** Browsers trust the label. We don't when the label names a legacy
/// (non-UTF) encoding but the whole page is valid UTF-8 containing at least one multi-byte
/// sequence: legacy-encoded text essentially never forms valid multi-byte UTF-8 throughout a
/// page (in windows-1252, an accented letter followed by ASCII is already invalid), whereas
/// templates saying `iso-8859-1` around UTF-8 content are common. Such a page is decoded as
/// UTF-8, with a note. A page that contains any invalid UTF-8 byte keeps its label.
///
/// Declared UTF-8 with invalid bytes stays UTF-8: each invalid byte becomes U+FFFD.
/// Legacy encodings go through iconv, one U+FFFD per rejected byte (see `Iconv`).
public enum HTMLDecoder {
    /// How far the `<meta charset>` prescan looks. A 1 KB window misses 18% of the benchmark pages.
    public static let metaScanLimit = 65_536

    public static func decode(
        _ bytes: [UInt8], declaredCharset: String? = nil
    ) -> (utf8: [UInt8], encoding: String, notes: [String]) {
        var notes: [String] = []

        // 1. Byte-order mark.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            let repaired = UTF8Validation.repaired(Array(bytes[3...]))
            if repaired.invalidReplaced > 0 {
                notes.append("replaced \(repaired.invalidReplaced) invalid UTF-8 byte(s) with U+FFFD")
            }
            return (repaired.bytes, "UTF-8", notes)
        }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let bigEndian = bytes[0] == 0xFE
            let decoded = decodeUTF16(bytes[2...], bigEndian: bigEndian)
            if decoded.replaced > 0 {
                notes.append("replaced \(decoded.replaced) invalid UTF-16 unit(s) with U+FFFD")
            }
            return (decoded.bytes, bigEndian ? "UTF-16BE" : "UTF-16LE", notes)
        }

        // 2. and 3. Labels.
        var codec: Codec?
        if let declaredCharset {
            if let known = Self.codec(forLabel: declaredCharset) {
                codec = known
            } else {
                notes.append("unknown declared charset \"\(declaredCharset)\" ignored")
            }
        }
        if codec == nil {
            let meta = metaCharset(in: bytes)
            for label in meta.unknown {
                notes.append("unknown <meta> charset \"\(label)\" ignored")
            }
            if let label = meta.label, var known = Self.codec(forLabel: label) {
                if known == .utf16LE || known == .utf16BE {
                    // The prescan read ASCII, so the page is not UTF-16 (WHATWG: use UTF-8).
                    notes.append("<meta> declares \(label) in an ASCII-compatible page: using UTF-8")
                    known = .utf8
                }
                codec = known
            }
        }

        // 4. Sniffing, and checking the label against the bytes.
        let summary = UTF8Validation.summarize(bytes)
        guard let codec else {
            if summary.invalidBytes == 0 || summary.multibyteSequences > summary.invalidBytes {
                return utf8(bytes, summary: summary, notes: notes)
            }
            // Undeclared legacy pages are mostly Latin (windows-1252) or Russian (windows-1251).
            let guess = bytes.withUnsafeBufferPointer(CyrillicGuess.isLikely) ? Self.windows1251 : .windows1252
            notes.append(
                "no charset declared and not UTF-8 (\(summary.invalidBytes) invalid byte(s)): decoded as \(guess.name)")
            return legacy(bytes, codec: guess, notes: notes)
        }
        switch codec {
        case .utf8:
            return utf8(bytes, summary: summary, notes: notes)
        case .utf16LE, .utf16BE:
            let decoded = decodeUTF16(bytes[...], bigEndian: codec == .utf16BE)
            if decoded.replaced > 0 {
                notes.append("replaced \(decoded.replaced) invalid UTF-16 unit(s) with U+FFFD")
            }
            return (decoded.bytes, codec.name, notes)
        default:
            if summary.invalidBytes == 0 && summary.multibyteSequences > 0 {
                notes.append(
                    "labelled \(codec.name) but valid UTF-8 with \(summary.multibyteSequences) multi-byte sequence(s): decoded as UTF-8")
                return (bytes, "UTF-8", notes)
            }
            if summary.invalidBytes == 0 && summary.multibyteSequences == 0 && codec.isASCIICompatible {
                return (bytes, codec.name, notes)  // pure ASCII: identical in every such codec
            }
            return legacy(bytes, codec: codec, notes: notes)
        }
    }

    private static func utf8(
        _ bytes: [UInt8], summary: UTF8Validation.Summary, notes: [String]
    ) -> (utf8: [UInt8], encoding: String, notes: [String]) {
        guard summary.invalidBytes > 0 else { return (bytes, "UTF-8", notes) }
        var notes = notes
        notes.append("replaced \(summary.invalidBytes) invalid UTF-8 byte(s) with U+FFFD")
        return (UTF8Validation.repaired(bytes).bytes, "UTF-8", notes)
    }

    private static func legacy(
        _ bytes: [UInt8], codec: Codec, notes: [String]
    ) -> (utf8: [UInt8], encoding: String, notes: [String]) {
        var notes = notes
        if let converted = Iconv.toUTF8(bytes, from: codec.iconvName) {
            if converted.replaced > 0 {
                notes.append("replaced \(converted.replaced) byte(s) invalid in \(codec.name) with U+FFFD")
            }
            return (converted.bytes, codec.name, notes)
        }
        // iconv lacks the codec (unusual C library): keep the text readable as UTF-8.
        notes.append("iconv cannot decode \(codec.name): decoded as UTF-8 with U+FFFD")
        let repaired = UTF8Validation.repaired(bytes)
        return (repaired.bytes, "UTF-8", notes)
    }

    // MARK: - Labels

    /// An encoding: the name reported in `decode`'s result and the name iconv knows it by.
    struct Codec: Equatable, Sendable {
        var name: String
        var iconvName: String
        var isASCIICompatible = true

        static let utf8 = Codec(name: "UTF-8", iconvName: "UTF-8")
        static let utf16LE = Codec(name: "UTF-16LE", iconvName: "UTF-16LE", isASCIICompatible: false)
        static let utf16BE = Codec(name: "UTF-16BE", iconvName: "UTF-16BE", isASCIICompatible: false)
        static let windows1252 = Codec(name: "windows-1252", iconvName: "WINDOWS-1252")
    }

    static let windows1251 = codec(forLabel: "windows-1251")!

    /// The name of the encoding a label stands for (as reported by `decode`), or nil if the
    /// label is unknown. `encodingName(forLabel: "latin1") == "windows-1252"`.
    public static func encodingName(forLabel label: String) -> String? {
        codec(forLabel: label)?.name
    }

    /// Every encoding a label can map to: the name `decode` reports and the iconv codec used.
    public static var knownEncodings: [(name: String, iconvName: String)] {
        var seen = Set<String>()
        return labels.values.sorted { $0.name < $1.name }.compactMap { codec in
            seen.insert(codec.name).inserted ? (codec.name, codec.iconvName) : nil
        }
    }

    static func codec(forLabel label: String) -> Codec? {
        let key = normalize(label)
        return labels[key]
    }

    private static func normalize(_ label: String) -> String {
        var scalars = Substring(label).unicodeScalars[...]
        let trim: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\"" || $0 == "'"
        }
        while let first = scalars.first, trim(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, trim(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars)).lowercased()
    }

    /// WHATWG Encoding Standard labels (plus a few common non-standard ones) → codec.
    private static let labels: [String: Codec] = {
        var table: [String: Codec] = [:]
        func add(_ name: String, _ iconvName: String, ascii: Bool = true, _ names: [String]) {
            let codec = Codec(name: name, iconvName: iconvName, isASCIICompatible: ascii)
            for label in names { table[label] = codec }
        }
        add("UTF-8", "UTF-8", [
            "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8",
        ])
        add("UTF-16LE", "UTF-16LE", ascii: false, [
            "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le",
        ])
        add("UTF-16BE", "UTF-16BE", ascii: false, ["unicodefffe", "utf-16be"])
        add("IBM866", "IBM866", ["866", "cp866", "csibm866", "ibm866"])
        add("ISO-8859-2", "ISO-8859-2", [
            "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
            "iso_8859-2:1987", "l2", "latin2",
        ])
        add("ISO-8859-3", "ISO-8859-3", [
            "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3",
            "iso_8859-3:1988", "l3", "latin3",
        ])
        add("ISO-8859-4", "ISO-8859-4", [
            "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4",
            "iso_8859-4:1988", "l4", "latin4",
        ])
        add("ISO-8859-5", "ISO-8859-5", [
            "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595",
            "iso_8859-5", "iso_8859-5:1988",
        ])
        add("ISO-8859-6", "ISO-8859-6", [
            "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
            "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
            "iso_8859-6", "iso_8859-6:1987",
        ])
        add("ISO-8859-7", "ISO-8859-7", [
            "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126",
            "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek",
        ])
        add("ISO-8859-8", "ISO-8859-8", [
            "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138",
            "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i",
            "iso-8859-8-i", "logical",
        ])
        add("ISO-8859-10", "ISO-8859-10", [
            "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6",
        ])
        add("ISO-8859-13", "ISO-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"])
        add("ISO-8859-14", "ISO-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"])
        add("ISO-8859-15", "ISO-8859-15", [
            "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9",
        ])
        add("ISO-8859-16", "ISO-8859-16", ["iso-8859-16"])
        add("KOI8-R", "KOI8-R", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"])
        add("KOI8-U", "KOI8-U", ["koi8-ru", "koi8-u"])
        add("macintosh", "MACINTOSH", ["csmacintosh", "mac", "macintosh", "x-mac-roman"])
        add("windows-874", "WINDOWS-874", [
            "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874",
        ])
        add("windows-1250", "WINDOWS-1250", ["cp1250", "windows-1250", "x-cp1250"])
        add("windows-1251", "WINDOWS-1251", ["cp1251", "windows-1251", "x-cp1251"])
        add("windows-1252", "WINDOWS-1252", [
            "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
            "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
            "us-ascii", "windows-1252", "x-cp1252", "latin-1", "x-user-defined",
        ])
        add("windows-1253", "WINDOWS-1253", ["cp1253", "windows-1253", "x-cp1253"])
        add("windows-1254", "WINDOWS-1254", [
            "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
            "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254",
        ])
        add("windows-1255", "WINDOWS-1255", ["cp1255", "windows-1255", "x-cp1255"])
        add("windows-1256", "WINDOWS-1256", ["cp1256", "windows-1256", "x-cp1256"])
        add("windows-1257", "WINDOWS-1257", ["cp1257", "windows-1257", "x-cp1257"])
        add("windows-1258", "WINDOWS-1258", ["cp1258", "windows-1258", "x-cp1258"])
        add("x-mac-cyrillic", "MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian"])
        add("GB18030", "GB18030", [
            "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
            "iso-ir-58", "x-gbk", "gb18030", "cp936", "ms936", "windows-936", "euc-cn",
        ])
        add("Big5-HKSCS", "BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add("EUC-JP", "EUC-JP", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"])
        add("ISO-2022-JP", "ISO-2022-JP", ascii: false, ["csiso2022jp", "iso-2022-jp"])
        add("CP932", "CP932", [
            "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis",
            "cp932",
        ])
        add("CP949", "CP949", [
            "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
            "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cp949",
        ])
        return table
    }()

    // MARK: - <meta> prescan

    /// The charset label declared by a `<meta>` tag within the first `limit` bytes, following
    /// the WHATWG prescan: comments are skipped, other tags are skipped with their attributes,
    /// `<meta charset=...>` counts, and `content="...charset=..."` counts when the same tag
    /// has `http-equiv="content-type"`. The first *known* label wins; unknown labels met
    /// before it are returned in `unknown`.
    public static func metaCharset(
        in bytes: [UInt8], limit: Int = metaScanLimit
    ) -> (label: String?, unknown: [String]) {
        bytes.withUnsafeBufferPointer { whole in
            let end = min(whole.count, limit)
            let buffer = UnsafeBufferPointer(rebasing: whole[0..<end])
            var unknown: [String] = []
            var index = 0
            while index < end {
                guard buffer[index] == 0x3C else {  // <
                    index += 1
                    continue
                }
                if startsWith(buffer, at: index, "<!--") {
                    guard let close = find(buffer, "-->", from: index + 2) else { break }
                    index = close + 3
                } else if startsWith(buffer, at: index, "<meta"), index + 5 < end,
                    isSpaceOrSlash(buffer[index + 5])
                {
                    index += 5
                    var gotPragma = false
                    var needPragma: Bool?
                    var charset: String?
                    while let attribute = nextAttribute(buffer, &index) {
                        switch attribute.name {
                        case "http-equiv":
                            if attribute.value.lowercased() == "content-type" { gotPragma = true }
                        case "content":
                            if charset == nil, let found = charsetFromContent(attribute.value) {
                                charset = found
                                needPragma = true
                            }
                        case "charset":
                            if needPragma != false {  // the first charset attribute wins
                                charset = attribute.value
                                needPragma = false
                            }
                        default:
                            break
                        }
                    }
                    if let charset, needPragma == false || gotPragma {
                        if codec(forLabel: charset) != nil { return (charset, unknown) }
                        unknown.append(charset)
                    }
                } else if index + 1 < end && isLetter(buffer[index + 1])
                    || index + 2 < end && buffer[index + 1] == 0x2F && isLetter(buffer[index + 2])
                {
                    // Another tag: skip its name and attributes (values may contain '>').
                    index += 1
                    while index < end && !isSpaceOrSlash(buffer[index]) && buffer[index] != 0x3E {
                        index += 1
                    }
                    while nextAttributeSpan(buffer, &index) != nil {}
                } else if index + 1 < end
                    && (buffer[index + 1] == 0x21 || buffer[index + 1] == 0x2F || buffer[index + 1] == 0x3F)
                {
                    guard let close = find(buffer, ">", from: index + 1) else { break }
                    index = close + 1
                } else {
                    index += 1
                }
            }
            return (nil, unknown)
        }
    }

    /// WHATWG "get an attribute": reads one attribute at `index` as byte ranges (no
    /// allocation: most tags are only skipped); nil at the tag's end (the index is then past
    /// the '>'), or at the end of the buffer.
    private static func nextAttributeSpan(
        _ buffer: UnsafeBufferPointer<UInt8>, _ index: inout Int
    ) -> (name: Range<Int>, value: Range<Int>)? {
        let end = buffer.count
        while index < end && isSpaceOrSlash(buffer[index]) { index += 1 }
        guard index < end else { return nil }
        if buffer[index] == 0x3E {
            index += 1
            return nil
        }
        let nameStart = index
        while index < end {
            let byte = buffer[index]
            if byte == 0x3D && index > nameStart { break }  // =
            if isSpace(byte) || byte == 0x2F || byte == 0x3E { break }
            index += 1
        }
        let name = nameStart..<index
        while index < end && isSpace(buffer[index]) { index += 1 }
        guard index < end, buffer[index] == 0x3D else { return (name, index..<index) }
        index += 1
        while index < end && isSpace(buffer[index]) { index += 1 }
        guard index < end else { return (name, index..<index) }
        let quote = buffer[index]
        if quote == 0x22 || quote == 0x27 {
            index += 1
            let valueStart = index
            while index < end && buffer[index] != quote { index += 1 }
            let value = valueStart..<index
            if index < end { index += 1 }
            return (name, value)
        }
        let valueStart = index
        while index < end && !isSpace(buffer[index]) && buffer[index] != 0x3E { index += 1 }
        return (name, valueStart..<index)
    }

    /// The next attribute with its name lowercased, as strings (for `<meta>` tags).
    private static func nextAttribute(
        _ buffer: UnsafeBufferPointer<UInt8>, _ index: inout Int
    ) -> (name: String, value: String)? {
        guard let span = nextAttributeSpan(buffer, &index) else { return nil }
        let name = String(decoding: buffer[span.name].map(lowercase), as: UTF8.self)
        return (name, String(decoding: UnsafeBufferPointer(rebasing: buffer[span.value]), as: UTF8.self))
    }

    /// WHATWG "extracting a character encoding from a meta element": the value after
    /// `charset` `=` in a content attribute, quoted or up to whitespace or ';'.
    static func charsetFromContent(_ content: String) -> String? {
        let bytes = Array(content.utf8)
        var position = 0
        let word = Array("charset".utf8)
        while position + word.count <= bytes.count {
            var matched = true
            for (offset, expected) in word.enumerated() where lowercase(bytes[position + offset]) != expected {
                matched = false
                break
            }
            if !matched {
                position += 1
                continue
            }
            var index = position + word.count
            while index < bytes.count && isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == 0x3D else {
                position += word.count
                continue
            }
            index += 1
            while index < bytes.count && isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            let first = bytes[index]
            if first == 0x22 || first == 0x27 {
                guard let close = bytes[(index + 1)...].firstIndex(of: first) else { return nil }
                return String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            }
            var stop = index
            while stop < bytes.count && !isSpace(bytes[stop]) && bytes[stop] != 0x3B { stop += 1 }
            return stop > index ? String(decoding: bytes[index..<stop], as: UTF8.self) : nil
        }
        return nil
    }

    // MARK: - UTF-16

    /// UTF-16 → UTF-8; unpaired surrogates and a trailing odd byte become U+FFFD.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (bytes: [UInt8], replaced: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var replaced = 0
        var index = bytes.startIndex
        let end = bytes.endIndex
        @inline(__always) func unit(at position: Int) -> UInt32 {
            let first = UInt32(bytes[position]), second = UInt32(bytes[position + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        func append(_ scalar: UInt32) {
            switch scalar {
            case 0..<0x80:
                output.append(UInt8(scalar))
            case 0x80..<0x800:
                output.append(UInt8(0xC0 | scalar >> 6))
                output.append(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                output.append(UInt8(0xE0 | scalar >> 12))
                output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            default:
                output.append(UInt8(0xF0 | scalar >> 18))
                output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
        while index + 1 < end {
            let first = unit(at: index)
            index += 2
            if first < 0xD800 || first > 0xDFFF {
                append(first)
            } else if first <= 0xDBFF, index + 1 < end, case let second = unit(at: index),
                second >= 0xDC00 && second <= 0xDFFF
            {
                index += 2
                append(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            } else {
                append(0xFFFD)
                replaced += 1
            }
        }
        if index < end {
            append(0xFFFD)
            replaced += 1
        }
        return (output, replaced)
    }

    // MARK: - Bytes

    private static func startsWith(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= buffer.count else { return false }
        let expected = literal.utf8Start
        for offset in 0..<count where lowercase(buffer[index + offset]) != expected[offset] { return false }
        return true
    }

    private static func find(_ buffer: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from start: Int) -> Int? {
        var index = start
        while index < buffer.count {
            if startsWith(buffer, at: index, literal) { return index }
            index += 1
        }
        return nil
    }

    @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    @inline(__always) static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == 0x2F
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
}
