import Testing
import WinnowHTML
import WinnowNative

@Suite("Decoding pages in their encodings")
struct EncodingTests {
    @Test("windows-1251 Russian declared by <meta charset>")
    func windows1251() throws {
        let russian = "Съешь же ещё этих мягких французских булок, да выпей чаю."
        let bytes = try Fixture.encode(
            Fixture.page(head: "<meta charset=\"windows-1251\">", body: "<p>\(russian)</p>"), as: "WINDOWS-1251")
        #expect(!bytes.contains(0xD0))  // really single-byte Cyrillic, not UTF-8
        let result = Fixture.decodeAndParse(bytes)
        #expect(result.encoding == "windows-1251")
        #expect(result.tree.allText.contains(russian))
    }

    @Test("windows-1252 French declared as iso-8859-1 in http-equiv content")
    func windows1252DeclaredLatin1() throws {
        // The curly apostrophe and the euro sign exist in windows-1252 only, not in ISO-8859-1.
        let french = "L’été à Noël coûte 5 € : « ça déçoit », dit Françoise."
        let head = "<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=ISO-8859-1'>"
        let bytes = try Fixture.encode(Fixture.page(head: head, body: "<p>\(french)</p>"), as: "WINDOWS-1252")
        #expect(bytes.contains(0x80) && bytes.contains(0x92))
        let result = Fixture.decodeAndParse(bytes)
        #expect(result.encoding == "windows-1252")
        #expect(result.tree.allText.contains(french))
    }

    @Test("Shift_JIS, including CP932-only characters")
    func shiftJIS() throws {
        // ① and ～ are Microsoft (CP932) extensions of Shift_JIS, as browsers decode it.
        let japanese = "日本語のテキストです。①番目の記事～ニュース"
        let bytes = try Fixture.encode(
            Fixture.page(head: "<meta http-equiv=\"content-type\" content=\"text/html;charset=Shift_JIS\">",
                         body: "<p>\(japanese)</p><p>終わり</p>"),
            as: "CP932")
        let result = Fixture.decodeAndParse(bytes)
        #expect(result.encoding == "CP932")
        #expect(result.tree.allText.contains(japanese))
        #expect(result.tree.allText.contains("終わり"))
    }

    @Test("GBK characters in a page declared gb2312 are decoded, nothing is truncated")
    func gbkDeclaredGB2312() throws {
        // 們 and 镕 are in GBK but not in GB2312: libxml2 through iconv would stop at the first one.
        let chinese = "我們的总理朱镕基说"
        #expect(throws: (any Error).self) { try Fixture.encode(chinese, as: "GB2312") }
        let bytes = try Fixture.encode(
            Fixture.page(head: "<meta charset=gb2312>", body: "<p>\(chinese)</p><p>后面的文字还在</p>"), as: "GBK")
        let result = Fixture.decodeAndParse(bytes)
        #expect(result.encoding == "GB18030")
        #expect(result.tree.allText.contains(chinese))
        #expect(result.tree.allText.contains("后面的文字还在"))
    }

    @Test("a byte the codec rejects becomes U+FFFD and the rest of the page survives")
    func rejectedByteDoesNotTruncate() throws {
        let bytes = try Fixture.encode("<meta charset=gbk><p>前面</p>", as: "GBK") + [0xFF]  // never valid in GB18030
            + (try Fixture.encode("<p>后面</p></body></html>\n", as: "GBK"))
        let decoded = HTMLDecoder.decode(bytes)
        let text = String(decoding: decoded.utf8, as: UTF8.self)
        #expect(text.contains("前面"))
        #expect(text.contains("\u{FFFD}<p>后面</p>"))
        #expect(text.hasSuffix("</html>\n"))
        #expect(decoded.notes.contains { $0.contains("U+FFFD") })
    }

    @Test("UTF-16LE with a byte-order mark")
    func utf16LittleEndianBOM() throws {
        let text = "Grüße aus Zürich — 𝄞 and 中文"
        let bytes = try Fixture.encode(Fixture.page(body: "<p>\(text)</p>"), as: "UTF-16LE")
        let result = Fixture.decodeAndParse([0xFF, 0xFE] + bytes)
        #expect(result.encoding == "UTF-16LE")
        #expect(result.tree.allText.contains(text))
        #expect(result.tree.nodes.first?.name == "html")
    }

    @Test("UTF-16BE with a byte-order mark, unpaired surrogate replaced")
    func utf16BigEndianBOM() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        bytes += try Fixture.encode("<p>a", as: "UTF-16BE")
        bytes += [0xD8, 0x00]  // lone high surrogate
        bytes += try Fixture.encode("b</p>", as: "UTF-16BE")
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "UTF-16BE")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<p>a\u{FFFD}b</p>")
    }

    @Test("UTF-8 page mislabelled windows-1252: the bytes win, decoded as UTF-8")
    func mislabelledUTF8() {
        let text = "Café crème, naïve façade — “quoted” 東京"
        let html = Fixture.page(head: "<meta charset=\"windows-1252\">", body: "<p>\(text)</p>")
        let result = Fixture.decodeAndParse(Array(html.utf8))
        #expect(result.encoding == "UTF-8")
        #expect(result.tree.allText.contains(text))
        #expect(result.notes.contains { $0.contains("labelled windows-1252 but valid UTF-8") })
    }

    @Test("a real windows-1252 page keeps its label")
    func realWindows1252KeepsLabel() throws {
        let bytes = try Fixture.encode(
            Fixture.page(head: "<meta charset=latin1>", body: "<p>Café crème</p>"), as: "WINDOWS-1252")
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("Café crème"))
    }

    @Test("declared UTF-8 with invalid bytes: one U+FFFD per bad byte")
    func declaredUTF8WithInvalidBytes() {
        let bytes = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9, 0xFF] + Array(" ok</p>".utf8)
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "UTF-8")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<meta charset=utf-8><p>caf\u{FFFD}\u{FFFD} ok</p>")
    }

    @Test("no label: mostly valid UTF-8 stays UTF-8, Latin-1 bytes fall back to windows-1252")
    func noLabelSniffing() throws {
        let mostlyUTF8 = Array("<p>naïve café résumé Zürich ".utf8) + [0x93] + Array("x</p>".utf8)
        let first = HTMLDecoder.decode(mostlyUTF8)
        #expect(first.encoding == "UTF-8")
        #expect(String(decoding: first.utf8, as: UTF8.self) == "<p>naïve café résumé Zürich \u{FFFD}x</p>")

        let latin = try Fixture.encode("<p>naïve café – “résumé”</p>", as: "WINDOWS-1252")
        let second = HTMLDecoder.decode(latin)
        #expect(second.encoding == "windows-1252")
        #expect(String(decoding: second.utf8, as: UTF8.self) == "<p>naïve café – “résumé”</p>")

        let ascii = HTMLDecoder.decode(Array("<p>plain</p>".utf8))
        #expect(ascii.encoding == "UTF-8")
    }

    @Test("no label: Russian bytes are windows-1251, not windows-1252 mojibake")
    func noLabelRussian() throws {
        let text = "<p>Городской совет во вторник проголосовал за расширение библиотеки.</p>"
        let decoded = HTMLDecoder.decode(try Fixture.encode(text, as: "WINDOWS-1251"))
        #expect(decoded.encoding == "windows-1251")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == text)
        #expect(decoded.notes.contains { $0.hasSuffix("decoded as windows-1251") })
    }

    @Test("UTF-8 byte-order mark is stripped and wins over a contrary label")
    func utf8BOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1251><p>Ж</p>".utf8)
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: "windows-1251")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.utf8 == Array("<meta charset=windows-1251><p>Ж</p>".utf8))
    }

    @Test("an explicit charset wins over <meta>")
    func declaredWinsOverMeta() throws {
        let bytes = try Fixture.encode("<meta charset=windows-1252><p>Привет</p>", as: "KOI8-R")
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: " KOI8-R ")
        #expect(decoded.encoding == "KOI8-R")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("Привет"))
    }

    @Test("label mapping follows browsers", arguments: [
        ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("us-ascii", "windows-1252"),
        ("ascii", "windows-1252"), ("gb2312", "GB18030"), ("GBK", "GB18030"), ("shift_jis", "CP932"),
        ("sjis", "CP932"), ("x-sjis", "CP932"), ("euc-kr", "CP949"), ("utf8", "UTF-8"),
        ("iso-8859-9", "windows-1254"), ("\"UTF-8\"", "UTF-8"), ("big5", "Big5-HKSCS"),
    ])
    func labelMapping(label: String, expected: String) {
        #expect(HTMLDecoder.encodingName(forLabel: label) == expected)
    }

    @Test("iconv knows every codec the label table maps to")
    func everyCodecIsAvailable() {
        let encodings = HTMLDecoder.knownEncodings
        #expect(encodings.count > 30)
        for encoding in encodings {
            #expect(Iconv.knows(encoding.iconvName), "\(encoding.name) → \(encoding.iconvName)")
        }
    }

    @Test("unknown labels are ignored")
    func unknownLabel() {
        #expect(HTMLDecoder.encodingName(forLabel: "klingon-1") == nil)
        let decoded = HTMLDecoder.decode(Array("<meta charset=klingon-1><p>é</p>".utf8))
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.notes.contains { $0.contains("klingon-1") })
    }

    @Test("<meta> prescan forms", arguments: [
        ("<meta charset=utf-8>", "utf-8"),
        ("<META CHARSET='Windows-1251'/>", "Windows-1251"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">", "euc-kr"),
        ("<meta content='text/html;charset=\"koi8-r\"' http-equiv='content-type'>", "koi8-r"),
        ("<!-- <meta charset=big5> --><meta charset=gbk>", "gbk"),
        ("<div title='<meta charset=big5>'></div><meta charset=sjis>", "sjis"),
        ("<meta charset=bogus><meta charset=latin1>", "latin1"),
    ])
    func metaForms(html: String, expected: String) {
        #expect(HTMLDecoder.metaCharset(in: Array(html.utf8)).label == expected)
    }

    @Test("<meta> content without http-equiv does not count; the prescan stops at 64 KB")
    func metaNegatives() {
        let description = "<meta name=description content='set charset=big5 in your page'>"
        #expect(HTMLDecoder.metaCharset(in: Array(description.utf8)).label == nil)
        let padding = String(repeating: " ", count: 40_000)
        #expect(HTMLDecoder.metaCharset(in: Array((padding + "<meta charset=koi8-r>").utf8)).label == "koi8-r")
        let far = String(repeating: " ", count: 70_000)
        #expect(HTMLDecoder.metaCharset(in: Array((far + "<meta charset=koi8-r>").utf8)).label == nil)
    }
}

@Suite("Iconv")
struct IconvTests {
    @Test("unknown charset gives nil")
    func unknownCharset() {
        #expect(Iconv.toUTF8(Array("abc".utf8), from: "NO-SUCH-CHARSET-42") == nil)
    }

    @Test("every rejected byte becomes U+FFFD, conversion goes on")
    func replacement() throws {
        // 0x81 is undefined in windows-1252 (glibc rejects it).
        let bytes = Array("a".utf8) + [0x81] + Array("b".utf8) + [0x80, 0x81, 0x81] + Array("c".utf8)
        let result = try #require(Iconv.toUTF8(bytes, from: "WINDOWS-1252"))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "a\u{FFFD}b€\u{FFFD}\u{FFFD}c")
        #expect(result.replaced == 3)
    }

    @Test("an incomplete sequence at the end becomes U+FFFD")
    func incompleteAtEnd() throws {
        let bytes = try Fixture.encode("日本", as: "CP932") + [0x93]
        let result = try #require(Iconv.toUTF8(bytes, from: "CP932"))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "日本\u{FFFD}")
        #expect(result.replaced == 1)
    }

    @Test("large input that grows a lot converts whole")
    func growth() throws {
        let text = String(repeating: "Ж", count: 300_000)
        let bytes = try Fixture.encode(text, as: "WINDOWS-1251")
        let result = try #require(Iconv.toUTF8(bytes, from: "WINDOWS-1251"))
        #expect(result.bytes.count == 600_000)
        #expect(result.replaced == 0)
        #expect(Iconv.toUTF8([], from: "WINDOWS-1251")?.bytes == [])
    }
}
