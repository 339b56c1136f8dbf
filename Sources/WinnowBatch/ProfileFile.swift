import Foundation
import WinnowCore

/// The site profile file: plain text, one row per line, tab-separated, sorted, so the same
/// counts always give the same bytes, `diff` and `sort` work on it, and two files merge by adding.
///
/// ```
/// winnow-site-profile	1	wordhash64-words-digits
/// example.org	*	6
/// example.org	03f1c0a9d25e7b44	6
/// example.org	9a0e5d21b7c4f310	4
/// ```
///
/// The header names the format version and the fingerprint scheme. Then, per site in byte order
/// of its name: a row `SITE * DOCUMENTS` (how many pages of the site were counted; "*" sorts
/// before every hex digit), then one row `SITE FINGERPRINT COUNT` per distinct line, fingerprint
/// as 16 lowercase hex digits (`LineFingerprint`), in the number of pages that contain the line.
/// In site names "%", tab, CR and LF are written %25, %09, %0D and %0A. The site "*" is a batch
/// whose pages name no site.
public enum ProfileFile {
    public static let header = "winnow-site-profile\t1\twordhash64-words-digits"

    public static func encode(_ profile: SiteProfile) -> [UInt8] {
        var out = Array((header + "\n").utf8)
        out.reserveCapacity(profile.lineCount * 40 + out.count)
        for name in profile.sites.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let site = profile.sites[name]!
            let escaped = Array(escape(name).utf8)
            appendRow(escaped, field: [0x2A], count: site.documents, to: &out)
            for (fingerprint, count) in site.lines.sorted(by: { $0.fingerprint < $1.fingerprint }) {
                appendRow(escaped, field: hex(fingerprint), count: count, to: &out)
            }
        }
        return out
    }

    public static func decode(_ bytes: [UInt8]) throws(ProfileFileError) -> SiteProfile {
        var profile = SiteProfile()
        var lineNumber = 0
        var start = 0
        // Line by line without splitting the whole file first: profiles run to millions of rows.
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            if line.last == 0x0D { line = line.dropLast() }
            if lineNumber == 1 {
                guard String(decoding: line, as: UTF8.self) == header else { throw .badHeader }
            } else if !line.isEmpty {
                try add(row: line, number: lineNumber, to: &profile)
            }
        }
        guard lineNumber > 0 else { throw .badHeader }
        return profile
    }

    /// Adds one `SITE FINGERPRINT-or-* COUNT` row.
    private static func add(row line: ArraySlice<UInt8>, number: Int, to profile: inout SiteProfile) throws(ProfileFileError) {
        let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard fields.count == 3, let count = Int(String(decoding: fields[2], as: UTF8.self)), count >= 0 else {
            throw .badRow(number)
        }
        let site = unescape(String(decoding: fields[0], as: UTF8.self))
        if fields[1].elementsEqual([0x2A]) {
            profile.sites[site, default: SiteProfile.Site()].documents += count
        } else if fields[1].count == 16, let fingerprint = UInt64(String(decoding: fields[1], as: UTF8.self), radix: 16) {
            profile.sites[site, default: SiteProfile.Site()].lines.add(fingerprint, count: count)
        } else {
            throw .badRow(number)
        }
    }

    private static func appendRow(_ site: [UInt8], field: [UInt8], count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: site)
        out.append(0x09)
        out.append(contentsOf: field)
        out.append(0x09)
        out.append(contentsOf: String(count).utf8)
        out.append(0x0A)
    }

    private static func hex(_ value: UInt64) -> [UInt8] {
        var digits = [UInt8](repeating: 0x30, count: 16)
        var rest = value
        for index in stride(from: 15, through: 0, by: -1) {
            let nibble = UInt8(rest & 0xF)
            digits[index] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            rest >>= 4
        }
        return digits
    }

    static func escape(_ site: String) -> String {
        guard site.utf8.contains(where: { $0 == 0x25 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return site }
        return site.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
            .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    static func unescape(_ site: String) -> String {
        guard site.utf8.contains(0x25) else { return site }
        return site.replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%25", with: "%")
    }
}

public enum ProfileFileError: Error, Equatable, CustomStringConvertible {
    case badHeader
    case badRow(Int)

    public var description: String {
        switch self {
        case .badHeader: "not a winnow site profile (the first line must be '\(ProfileFile.header.replacingOccurrences(of: "\t", with: "\\t"))')"
        case .badRow(let line): "line \(line): expected SITE<tab>FINGERPRINT-or-*<tab>COUNT"
        }
    }
}
