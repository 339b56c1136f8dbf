import WinnowCore

/// How a batch names the site of each document, for site profiles.
public enum SiteKey: String, Sendable, CaseIterable {
    /// The URL host where the input gives one (JSONL `url`, HTML canonical or og:url), else the
    /// first folder under the input root, else the whole batch.
    case auto
    /// The URL host, else the whole batch.
    case host
    /// The first folder under the input root, else the whole batch.
    case folder
    /// One site for everything.
    case batch

    /// The site of a document with the page address `url` (if any) found at `relativePath`.
    public func site(url: String?, relativePath: String) -> String {
        switch self {
        case .auto: url.flatMap(Self.host) ?? Self.firstFolder(relativePath) ?? SiteProfile.wholeBatch
        case .host: url.flatMap(Self.host) ?? SiteProfile.wholeBatch
        case .folder: Self.firstFolder(relativePath) ?? SiteProfile.wholeBatch
        case .batch: SiteProfile.wholeBatch
        }
    }

    /// The host of an absolute address, lowercased and without "www.": "https://WWW.Example.org:8080/a"
    /// gives "example.org". Nil when there is no "//" or the host is empty.
    public static func host(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        guard let slashes = find([0x2F, 0x2F], in: bytes) else { return nil }
        var start = slashes + 2
        var end = start
        while end < bytes.count, !hostEnds.contains(bytes[end]) { end += 1 }
        // "user:password@host:port": the host comes after the last "@", before a ":".
        if let at = bytes[start..<end].lastIndex(of: 0x40) { start = at + 1 }
        if let colon = bytes[start..<end].firstIndex(of: 0x3A) { end = colon }
        var host = bytes[start..<end].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        if host.starts(with: Array("www.".utf8)) { host.removeFirst(4) }
        while host.last == 0x2E { host.removeLast() }
        return host.isEmpty ? nil : String(decoding: host, as: UTF8.self)
    }

    /// "site-a/2024/story.html" gives "site-a"; a file right under the root gives nil.
    public static func firstFolder(_ relativePath: String) -> String? {
        guard let slash = relativePath.utf8.firstIndex(of: 0x2F) else { return nil }
        let folder = String(relativePath[..<slash])
        return folder.isEmpty ? nil : folder
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// "/", "?", "#" end the authority (user, host, port).
    private static let hostEnds: Set<UInt8> = [0x2F, 0x3F, 0x23]
}
