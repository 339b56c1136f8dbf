import WinnowCore

/// Reads hints from class and id values, by generic words only: each token is cut into
/// segments at '-', '_', ':', '.', digits and lowercase-to-uppercase steps ("socialShare-bar"
/// gives "social", "share", "bar"), and each segment is looked up whole. A few long stems also
/// match at the start of a segment ("advertisement", "newsletters").
enum ClassHints {
    typealias Hints = MarkupFeatures.Hints

    /// Hints of one class or id value (several space-separated tokens).
    static func hints(of value: String) -> Hints {
        var result: Hints = []
        var segment: [UInt8] = []
        var previous: [UInt8] = []
        var previousWasLower = false
        var pendingTags: Hints?
        segment.reserveCapacity(24)
        var token: [UInt8] = []
        token.reserveCapacity(32)

        func endSegment() {
            guard !segment.isEmpty else { return }
            // Taxonomy words name boilerplate only at a token's end ("post-tags", not "tag-news").
            pendingTags = nil
            var found = lookup(segment)
            if found.contains(.tags) {
                found.remove(.tags)
                pendingTags = .tags
            }
            result.formUnion(found)
            if !previous.isEmpty { result.formUnion(pair(previous, segment)) }
            previous = segment
            segment.removeAll(keepingCapacity: true)
        }
        func endToken() {
            endSegment()
            if let pending = pendingTags { result.formUnion(pending) }
            pendingTags = nil
            if !token.isEmpty { result.formUnion(wholeToken(token)) }
            token.removeAll(keepingCapacity: true)
            previous.removeAll(keepingCapacity: true)
        }

        for byte in value.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                endToken()
                previousWasLower = false
                continue
            case 0x41...0x5A:  // uppercase: a camelCase step starts a segment
                if previousWasLower { endSegment() }
                segment.append(byte | 0x20)
                token.append(byte | 0x20)
                previousWasLower = false
            case 0x61...0x7A:
                segment.append(byte)
                token.append(byte)
                previousWasLower = true
            default:
                endSegment()
                token.append(byte)
                previousWasLower = false
            }
        }
        endToken()
        return result
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

    private static func lookup(_ segment: [UInt8]) -> Hints {
        if let hints = words[segment] { return hints }
        guard segment.count >= 6 else { return [] }
        for (stem, hints) in stems where segment.starts(with: stem) { return hints }
        return []
    }

    /// Two adjacent segments naming the article body: "article-body", "entry-content".
    private static func pair(_ first: [UInt8], _ second: [UInt8]) -> Hints {
        guard bodyOwners.contains(first), bodyParts.contains(second) else { return [] }
        return .articleBody
    }

    /// Whole tokens that hide text from sighted readers ("sr-only", "visually-hidden").
    private static func wholeToken(_ token: [UInt8]) -> Hints {
        hiddenTokens.contains(token) ? .hiddenText : []
    }

    private static let bodyOwners: Set<[UInt8]> = Set(["article", "story", "post", "entry", "news", "blog"].map { Array($0.utf8) })
    private static let bodyParts: Set<[UInt8]> = Set(["body", "content", "text", "copy"].map { Array($0.utf8) })

    private static let hiddenTokens: Set<[UInt8]> = Set([
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screen-reader-only", "offscreen", "off-screen", "element-invisible", "invisible", "u-hidden",
    ].map { Array($0.utf8) })

    private static let stems: [([UInt8], Hints)] = ([
        ("advert", .advert), ("sponsor", .advert), ("newsletter", .newsletter), ("subscri", .newsletter),
        ("comment", .comment), ("related", .related), ("social", .share), ("sharing", .share),
        ("breadcrumb", .navigation), ("navigation", .navigation), ("cookie", .cookie), ("sidebar", .sidebar),
        ("widget", .sidebar), ("footer", .footer), ("caption", .caption), ("byline", .byline),
        ("recommend", .related), ("promo", .promo), ("popup", .popup),
    ] as [(String, Hints)]).map { (Array($0.0.utf8), $0.1) }

    private static let words: [[UInt8]: Hints] = {
        var table: [[UInt8]: Hints] = [:]
        func add(_ hints: Hints, _ names: [String]) {
            for name in names { table[Array(name.utf8), default: []].formUnion(hints) }
        }
        add(.navigation, [
            "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "breadcrumb",
            "breadcrumbs", "crumbs", "crumb", "skip", "pagination", "pager", "paging", "pagenav", "toc",
        ])
        add(.footer, ["footer", "foot", "copyright", "colophon", "bottom"])
        add(.header, ["header", "masthead", "topbar"])
        add(.share, [
            "share", "shares", "sharing", "sharebar", "social", "socials", "follow", "sns", "addthis",
            "sharethis", "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "reddit",
        ])
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
        return table
    }()
}
