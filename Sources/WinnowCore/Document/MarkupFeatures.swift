/// What an HTML page says about a unit beyond its text: the element that holds it, how much of
/// it is link text, the hints in class and id names around it, and the chain of containers it
/// sits in. Units built from plain text have none.
public struct MarkupFeatures: Sendable, Equatable {
    /// The kind of element a unit's text came from.
    public enum Tag: UInt8, Sendable {
        case paragraph, heading, listItem, definition, quote, preformatted, cell, division, other
    }

    /// One containing block element, outermost first in `ancestors`.
    public struct Ancestor: Sendable, Equatable {
        public enum Kind: UInt8, Sendable {
            case body, article, main, section, division, list, table, cell, quote, other
        }

        /// The element's index in the page (unique within a document).
        public let id: Int32
        public let kind: Kind
        /// Hints of the element's own class, id, role and itemprop.
        public let hints: Hints

        public init(id: Int32, kind: Kind, hints: Hints = []) {
            self.id = id
            self.kind = kind
            self.hints = hints
        }
    }

    /// Hints read from class and id names (whole tokens or segments: "social-share" gives
    /// `share`), `role` and `itemprop`.
    public struct Hints: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let navigation = Hints(rawValue: 1 << 0)
        public static let footer = Hints(rawValue: 1 << 1)
        public static let header = Hints(rawValue: 1 << 2)
        public static let share = Hints(rawValue: 1 << 3)
        public static let related = Hints(rawValue: 1 << 4)
        public static let comment = Hints(rawValue: 1 << 5)
        public static let promo = Hints(rawValue: 1 << 6)
        public static let newsletter = Hints(rawValue: 1 << 7)
        public static let advert = Hints(rawValue: 1 << 8)
        public static let caption = Hints(rawValue: 1 << 9)
        public static let byline = Hints(rawValue: 1 << 10)
        public static let sidebar = Hints(rawValue: 1 << 11)
        public static let cookie = Hints(rawValue: 1 << 12)
        public static let popup = Hints(rawValue: 1 << 13)
        public static let tags = Hints(rawValue: 1 << 14)
        public static let meta = Hints(rawValue: 1 << 15)
        public static let utility = Hints(rawValue: 1 << 16)
        public static let hiddenText = Hints(rawValue: 1 << 17)
        /// Positive: article, story, post, entry.
        public static let article = Hints(rawValue: 1 << 24)
        /// Positive: content, body, text, main.
        public static let content = Hints(rawValue: 1 << 25)
        /// `itemprop="articleBody"` or a class naming the article body ("article-body").
        public static let articleBody = Hints(rawValue: 1 << 26)

        /// Every hint of boilerplate.
        public static let boilerplate: Hints = [
            .navigation, .footer, .header, .share, .related, .comment, .promo, .newsletter, .advert,
            .caption, .byline, .sidebar, .cookie, .popup, .tags, .meta, .utility, .hiddenText,
        ]
        /// Every hint of article content.
        public static let positive: Hints = [.article, .content, .articleBody]
    }

    /// Where a unit sits, from its enclosing elements.
    public struct Context: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        public static let list = Context(rawValue: 1 << 0)
        public static let table = Context(rawValue: 1 << 1)
        public static let figure = Context(rawValue: 1 << 2)
        public static let quote = Context(rawValue: 1 << 3)
        /// Inside <article>, <main>, role=main/article or itemprop=articleBody.
        public static let article = Context(rawValue: 1 << 4)
        /// Inside a <header> kept because it is part of an article.
        public static let header = Context(rawValue: 1 << 5)
        /// Inside a link (the whole unit, or the link holds block elements).
        public static let link = Context(rawValue: 1 << 6)
        /// The unit is the page's headline.
        public static let headline = Context(rawValue: 1 << 7)
        /// Inside <pre> or <code>.
        public static let code = Context(rawValue: 1 << 8)
        /// Ends at a <br> (one line of a block split by line breaks).
        public static let lineBreak = Context(rawValue: 1 << 9)
    }

    public var tag: Tag
    /// 1 to 6 for headings, 0 otherwise.
    public var headingLevel: UInt8
    /// UTF-8 bytes of the unit's source text, and of the part inside links.
    public var textBytes: Int32
    public var linkBytes: Int32
    /// Hints of the unit's own element and every element around it, merged.
    public var hints: Hints
    public var context: Context
    /// Containing block elements from <body> down to the unit's own element (included).
    public var ancestors: [Ancestor]

    public init(
        tag: Tag, headingLevel: UInt8 = 0, textBytes: Int32 = 0, linkBytes: Int32 = 0, hints: Hints = [],
        context: Context = [], ancestors: [Ancestor] = []
    ) {
        self.tag = tag
        self.headingLevel = headingLevel
        self.textBytes = textBytes
        self.linkBytes = linkBytes
        self.hints = hints
        self.context = context
        self.ancestors = ancestors
    }

    /// Share of the text inside links, 0...1.
    public var linkDensity: Double {
        textBytes > 0 ? min(1, Double(linkBytes) / Double(textBytes)) : 0
    }

    /// Depth of the unit's element below <body>.
    public var depth: Int { ancestors.count }
}
