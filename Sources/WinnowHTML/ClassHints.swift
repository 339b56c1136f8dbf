import WinnowCore

/// Reads hints from class and id values, by generic words only: each token is cut into
/// segments at '-', '_', ':', '.', digits and lowercase-to-uppercase steps ("socialShare-bar"
/// gives "social", "share", "bar"), and each segment is looked up whole. A few long stems also
/// match at the start of a segment ("advertisement", "newsletters"); taxonomy words count only
/// at a token's end ("post-tags", not WordPress's "tag-news"); two segments naming the article
/// body ("article-body", "entry-content") give `.articleBody`.
///
/// One pass over the bytes, no allocation: segments are matched by a 64-bit FNV-1a hash.
enum ClassHints {
    typealias Hints = MarkupFeatures.Hints

    /// Hints of one class or id value (several space-separated tokens).
    static func hints(of value: String) -> Hints {
        var value = value
        return value.withUTF8 { hints(of: $0) }
    }

    static func hints(of bytes: UnsafeBufferPointer<UInt8>) -> Hints {
        var scanner = Scanner(tables: tables)
        for byte in bytes { scanner.feed(byte) }
        scanner.endToken()
        return scanner.result
    }

    /// Hints of a `role` value.
    static func roleHints(_ value: String) -> Hints {
        switch value.lowercased() {
        case "navigation", "menu", "menubar", "tablist": .navigation
        case "banner": .header
        case "contentinfo": .footer
        case "complementary": .sidebar
        case "search", "toolbar": .utility
        case "dialog", "alertdialog": .popup
        case "main": .content
        case "article": .article
        default: []
        }
    }

    // MARK: - Scanner

    private static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func hash<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        var hash = offset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    private struct Scanner {
        let tables: Tables
        var result: Hints = []
        var segmentHash = ClassHints.offset
        var segmentLength = 0
        var tokenHash = ClassHints.offset
        var tokenLength = 0
        var previousOwnsBody = false
        var pendingTags = false
        var previousWasLower = false
        /// Hashes of the segment's first 5...10 bytes, for stems.
        var prefixes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)

        @inline(__always)
        mutating func feed(_ byte: UInt8) {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                endToken()
                previousWasLower = false
            case 0x41...0x5A:  // uppercase: a camelCase step starts a segment
                if previousWasLower { endSegment() }
                add(byte | 0x20)
                previousWasLower = false
            case 0x61...0x7A:
                add(byte)
                previousWasLower = true
            default:
                endSegment()
                tokenHash = (tokenHash ^ UInt64(byte)) &* ClassHints.prime
                tokenLength += 1
                previousWasLower = false
            }
        }

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            segmentHash = (segmentHash ^ UInt64(byte)) &* ClassHints.prime
            segmentLength += 1
            switch segmentLength {
            case 5: prefixes.0 = segmentHash
            case 6: prefixes.1 = segmentHash
            case 7: prefixes.2 = segmentHash
            case 8: prefixes.3 = segmentHash
            case 9: prefixes.4 = segmentHash
            case 10: prefixes.5 = segmentHash
            default: break
            }
            tokenHash = (tokenHash ^ UInt64(byte)) &* ClassHints.prime
            tokenLength += 1
        }

        mutating func endSegment() {
            guard segmentLength > 0 else { return }
            pendingTags = false
            let entry = tables.words.value(segmentHash)
            var found = Hints(rawValue: UInt32(truncatingIfNeeded: entry))
            if found.isEmpty && segmentLength > 5 { found = stemHints() }
            if found.contains(.tags) {
                found.remove(.tags)
                pendingTags = true
            }
            if previousOwnsBody && entry & Tables.bodyPart != 0 { found.insert(.articleBody) }
            previousOwnsBody = entry & Tables.bodyOwner != 0
            result.formUnion(found)
            segmentHash = ClassHints.offset
            segmentLength = 0
        }

        mutating func endToken() {
            endSegment()
            if pendingTags { result.insert(.tags) }
            if tokenLength > 0 && tables.words.value(tokenHash) & Tables.hiddenToken != 0 { result.insert(.hiddenText) }
            pendingTags = false
            previousOwnsBody = false
            tokenHash = ClassHints.offset
            tokenLength = 0
        }

        private func stemHints() -> Hints {
            for length in stride(from: min(segmentLength, 10), through: 5, by: -1) {
                let hints = tables.stems.value(prefix(length))
                if hints != 0 { return Hints(rawValue: UInt32(truncatingIfNeeded: hints)) }
            }
            return []
        }

        private func prefix(_ length: Int) -> UInt64 {
            switch length {
            case 5: prefixes.0
            case 6: prefixes.1
            case 7: prefixes.2
            case 8: prefixes.3
            case 9: prefixes.4
            default: prefixes.5
            }
        }
    }

    // MARK: - Words

    /// Whole segments (their hints in the low 32 bits, flags above) and stems, by hash.
    struct Tables: Sendable {
        let words: HashTable
        let stems: HashTable

        static let bodyOwner: UInt64 = 1 << 32
        static let bodyPart: UInt64 = 1 << 33
        static let hiddenToken: UInt64 = 1 << 34
    }

    private static let tables: Tables = {
        var words: [(key: UInt64, value: UInt64)] = []
        func add(_ hints: Hints, _ names: [String]) {
            for name in names { words.append((hash(name.utf8), UInt64(hints.rawValue))) }
        }
        func flag(_ flag: UInt64, _ names: [String]) {
            for name in names { words.append((hash(name.utf8), flag)) }
        }
        flag(Tables.bodyOwner, ["article", "story", "post", "entry", "news", "blog"])
        flag(Tables.bodyPart, ["body", "content", "text", "copy"])
        flag(Tables.hiddenToken, [
            "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
            "screen-reader-only", "offscreen", "off-screen", "element-invisible", "invisible", "u-hidden",
        ])
        add(.navigation, [
            "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "breadcrumb",
            "breadcrumbs", "crumbs", "crumb", "skip", "pagination", "pager", "paging", "pagenav", "toc",
        ])
        add(.footer, ["footer", "foot", "copyright", "colophon", "bottom"])
        add(.header, ["header", "masthead", "topbar"])
        add(.share, ["share", "shares", "sharing", "sharebar", "follow", "sns", "addthis", "sharethis"])
        add(.related, [
            "related", "recommended", "recommendation", "recommendations", "recirc", "recirculation",
            "popular", "trending", "mostread", "teaser", "teasers", "outbrain", "taboola", "readmore",
        ])
        add(.comment, ["comment", "comments", "disqus", "discussion", "respond", "replies", "reply", "reactions"])
        add(.promo, ["promo", "promotion", "promotions", "banner", "cta", "login", "signin", "register", "paywall", "regwall", "offer"])
        add(.newsletter, ["newsletter", "newsletters", "subscribe", "subscription", "signup", "optin"])
        add(.advert, [
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot", "adunit",
            "adcontainer", "adwrapper", "dfp", "gpt", "sponsor", "sponsored", "commercial", "banner",
        ])
        add(.caption, ["caption", "captions", "figcaption", "credit", "credits", "gallery"])
        add(.byline, [
            "byline", "author", "authors", "dateline", "timestamp", "published", "bio", "avatar", "contributor",
            "date", "time", "posted", "pubdate",
        ])
        add(.sidebar, ["sidebar", "aside", "rail", "widget", "widgets", "sidebox", "complementary"])
        add(.cookie, ["cookie", "cookies", "consent", "gdpr"])
        add(.popup, ["popup", "modal", "overlay", "lightbox", "dialog", "drawer", "flyout"])
        add(.tags, ["tags", "tag", "tagged", "keywords", "topics", "categories", "category", "labels"])
        add(.meta, ["meta", "metadata"])
        add(.utility, ["print", "tools", "toolbar", "actions", "btn", "button", "search"])
        add(.article, ["article", "story", "post", "entry", "blogpost"])
        add(.content, ["content", "body", "text", "main", "prose", "richtext"])
        /// Stems of 5 to 10 letters matching at the start of a longer segment.
        let stems: [(String, Hints)] = [
            ("advert", .advert), ("sponsor", .advert), ("newsletter", .newsletter), ("subscri", .newsletter),
            ("comment", .comment), ("related", .related), ("sharing", .share), ("breadcrumb", .navigation),
            ("navigation", .navigation), ("cookie", .cookie), ("sidebar", .sidebar), ("widget", .sidebar),
            ("footer", .footer), ("caption", .caption), ("byline", .byline), ("recommend", .related),
            ("promo", .promo), ("popup", .popup),
        ]
        return Tables(
            words: HashTable(words),
            stems: HashTable(stems.map { (hash($0.0.utf8), UInt64($0.1.rawValue)) }))
    }()
}
