import Foundation
import Glibc

/// The messy scrape Winnow must survive, generated into a folder by code (nothing large is
/// committed): every case of issue 6 that fits in a batch of ordinary size, each with the
/// behaviour the batch must show for it.
enum AdversarialCorpus {
    /// What the batch must do with one case.
    enum Expected: Sendable {
        /// An output exists, holds each of `contains` and none of `excludes`; `note` (if given)
        /// is said on stderr next to the file's name.
        case cleaned(contains: [String], excludes: [String] = [], note: String? = nil)
        /// An output exists and is empty.
        case empty
        /// No output; stderr names the file with this reason.
        case failed(String)
        /// Not treated as an input; stderr names the path with this reason.
        case skipped(String)
    }

    struct Case: Sendable, CustomStringConvertible {
        /// Path of the input under the corpus root, as raw bytes (some names are not UTF-8).
        let path: [UInt8]
        let expected: Expected
        /// What goes into the file (nil for cases that `make` sets up itself).
        let contents: @Sendable () -> [UInt8]

        var name: String { String(decoding: path, as: UTF8.self) }
        var description: String { name.debugDescription }
    }

    /// An article the filters keep whole.
    static let article = """
        Council votes to expand the city library

        The city council voted on Tuesday to expand the central library by a third, after a \
        two-year campaign by residents who said the building had become too small for the \
        number of children using it after school.

        The new wing will hold a reading room, four classrooms and a workshop, and is expected \
        to open in the spring of next year, the mayor told reporters outside the town hall.

        """
    static let sentence = "The city council voted on Tuesday to expand the central library"

    static let cases: [Case] = [
        Case(path: bytes("good.txt"), expected: .cleaned(contains: [sentence]), contents: { bytes(article) }),
        Case(path: bytes("empty.txt"), expected: .empty, contents: { [] }),
        Case(path: bytes("empty-page.html"), expected: .empty, contents: { [] }),
        Case(path: bytes("whitespace.txt"), expected: .empty,
             contents: { bytes(" \t \n\n \r\n\u{00A0}\u{2003}  \n\t\n") }),
        Case(path: bytes("invalid-utf8.txt"), expected: .cleaned(contains: ["café", "Noël"], note: "utf-8 (repaired), 1 undecodable"),
             contents: { var text = bytes(french); text.insert(0xFF, at: text.firstIndex(of: 0x2C)! + 1); return text }),
        Case(path: bytes("invalid-utf8-mostly-ascii.txt"), expected: .cleaned(contains: ["Council ÿvotes ÿto ÿexpand"], note: "decoded as windows-1252"),
             contents: { bytes(article).flatMap { $0 == 0x20 ? [0x20, 0xFF] : [$0] } }),
        Case(path: bytes("utf16le-bom.txt"), expected: .cleaned(contains: [sentence], note: "utf-16le"),
             contents: { [0xFF, 0xFE] + utf16(article, bigEndian: false) }),
        Case(path: bytes("utf16be-bom.txt"), expected: .cleaned(contains: [sentence], note: "utf-16be"),
             contents: { [0xFE, 0xFF] + utf16(article, bigEndian: true) }),
        Case(path: bytes("utf16le-no-bom.txt"), expected: .cleaned(contains: [sentence], note: "utf-16le"),
             contents: { utf16(article, bigEndian: false) }),
        Case(path: bytes("utf16be-no-bom.txt"), expected: .cleaned(contains: [sentence], note: "utf-16be"),
             contents: { utf16(article, bigEndian: true) }),
        Case(path: bytes("windows-1251-page.html"), expected: .cleaned(contains: ["Городской совет"], note: "decoded as windows-1251"),
             contents: { encoded("<html><body><h1>Совет</h1><p>\(russian)</p></body></html>", .windowsCP1251) }),
        Case(path: bytes("windows-1252-page.html"), expected: .cleaned(contains: ["café", "Noël"], note: "decoded as windows-1252"),
             contents: { encoded("<html><body><h1>Café</h1><p>\(french)</p></body></html>", .windowsCP1252) }),
        Case(path: bytes("windows-1251.txt"), expected: .cleaned(contains: ["Городской совет"], note: "windows-1251"),
             contents: { encoded(russian, .windowsCP1251) }),
        Case(path: bytes("windows-1252.txt"), expected: .cleaned(contains: ["café", "Noël"], note: "windows-1252"),
             contents: { encoded(french, .windowsCP1252) }),
        Case(path: bytes("nul-bytes.txt"), expected: .cleaned(contains: ["city council", "library"], excludes: ["\0"]),
             contents: { bytes(article).flatMap { $0 == 0x2E ? [0x2E, 0x00] : [$0] } }),
        Case(path: bytes("nul-page.html"), expected: .cleaned(contains: [sentence], excludes: ["\0"]),
             contents: { bytes("<html><body><h1>Title</h1><p>Before the NUL.</p>") + [0] + bytes("<p>\(sentence).</p></body></html>") }),
        Case(path: bytes("image.txt"), expected: .failed("binary file (PNG image), not text"),
             contents: { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + bytes("IHDR") + noise(4096) }),
        Case(path: bytes("archive.html"), expected: .failed("binary file (gzip archive), not text"),
             contents: { [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 3] + noise(4096) }),
        Case(path: bytes("deep-nesting.html"), expected: .cleaned(contains: [sentence]),
             contents: { deepNesting(100_000) }),
        Case(path: bytes("attribute-bomb.html"), expected: .cleaned(contains: [sentence]),
             contents: { attributeBomb(200_000) }),
        Case(path: bytes("big-script.html"), expected: .cleaned(contains: [sentence], excludes: ["scriptVariable"]),
             contents: { bigScript(10_000_000) }),
        Case(path: bytes("name with spaces.txt"), expected: .cleaned(contains: [sentence]), contents: { bytes(article) }),
        Case(path: bytes("new\nline.txt"), expected: .cleaned(contains: [sentence]), contents: { bytes(article) }),
        Case(path: bytes("bad-") + [0xFF, 0xFE] + bytes(".txt"), expected: .skipped("file name is not valid UTF-8, skipped"),
             contents: { bytes(article) }),
        Case(path: bytes("loops/self"), expected: .skipped("symlink loop, skipped"), contents: { [] }),
        Case(path: bytes("loops/ping.txt"), expected: .skipped("symlink loop, skipped"), contents: { [] }),
        Case(path: bytes("unreadable.txt"), expected: .failed("cannot read: Permission denied"), contents: { [] }),
    ]

    /// Writes every case under `root`.
    static func make(in root: URL) throws {
        for item in cases {
            let path = root.path + "/" + item.name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            switch item.name {
            case "loops/self":
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: ".")
            case "loops/ping.txt":
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "pong.txt")
                try FileManager.default.createSymbolicLink(atPath: root.path + "/loops/pong.txt", withDestinationPath: "ping.txt")
            case "unreadable.txt":
                try makeUnreadable(at: path)
            default:
                try write(item.contents(), toRaw: Array(root.path.utf8) + [0x2F] + item.path)
            }
        }
    }

    /// A file open(2) refuses. Root reads any file whatever its mode, so for root the file is a
    /// link to a kernel file that is write-only even for root.
    static func makeUnreadable(at path: String) throws {
        if geteuid() == 0 {
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/proc/sys/vm/compact_memory")
        } else {
            try Data(article.utf8).write(to: URL(fileURLWithPath: path))
            chmod(path, 0)
        }
    }

    /// Writes through the raw bytes of a path (a String cannot spell a non-UTF-8 name).
    static func write(_ contents: [UInt8], toRaw path: [UInt8]) throws {
        let fd = (path + [0]).withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        }
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var offset = 0
        while offset < contents.count {
            let written = contents.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            offset += written
        }
    }

    // MARK: - Contents

    static let russian = """
        Городской совет проголосовал за расширение библиотеки

        Городской совет во вторник проголосовал за расширение центральной библиотеки на треть \
        после двухлетней кампании жителей, которые говорили, что здание стало слишком тесным.

        """
    static let french = """
        Le café de la place rouvre avant Noël

        Le café de la place, fermé depuis l'été, rouvrira ses portes avant Noël, a annoncé \
        mardi le maire, après des travaux qui ont duré plus longtemps que prévu à cause de la pluie.

        """

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    }

    static func encoded(_ text: String, _ encoding: String.Encoding) -> [UInt8] {
        Array(text.data(using: encoding)!)
    }

    /// Deterministic bytes that look like compressed data.
    static func noise(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    static func page(_ body: [UInt8]) -> [UInt8] {
        bytes("<!DOCTYPE html><html><head><title>Council votes</title></head><body><h1>Council votes</h1>") + body
            + bytes("</body></html>")
    }

    static func deepNesting(_ depth: Int) -> [UInt8] {
        page(Array(repeating: bytes("<div>"), count: depth).flatMap { $0 } + bytes("<p>\(sentence) at the bottom.</p>")
             + Array(repeating: bytes("</div>"), count: depth).flatMap { $0 })
    }

    static func attributeBomb(_ attributes: Int) -> [UInt8] {
        var tag = bytes("<div")
        tag.reserveCapacity(attributes * 9)
        for index in 0..<attributes { tag += bytes(" a\(index)=1") }
        return page(tag + bytes("><p>\(sentence) after the bomb.</p></div>"))
    }

    static func bigScript(_ size: Int) -> [UInt8] {
        let line = bytes("var scriptVariable = 'filler filler filler filler';\n")
        var script = bytes("<script>")
        script.reserveCapacity(size + 200)
        while script.count < size { script += line }
        return page(script + bytes("</script><p>\(sentence) after the script.</p>"))
    }
}
