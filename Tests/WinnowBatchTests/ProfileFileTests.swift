import Testing
import WinnowBatch
import WinnowCore

struct ProfileFileTests {
    static let profile = SiteProfile(sites: [
        "example.org": .init(documents: 6, lines: [0x03f1_c0a9_d25e_7b44: 6, 0x9a0e: 4]),
        "tab\tand%": .init(documents: 2, lines: [0xffff_ffff_ffff_ffff: 2]),
        SiteProfile.wholeBatch: .init(documents: 1, lines: [:]),
    ])

    @Test func theFormatIsSortedTextWithAHeader() {
        let text = String(decoding: ProfileFile.encode(Self.profile), as: UTF8.self)
        #expect(text == """
        winnow-site-profile\t1\twordhash64-words-digits
        *\t*\t1
        example.org\t*\t6
        example.org\t0000000000009a0e\t4
        example.org\t03f1c0a9d25e7b44\t6
        tab%09and%25\t*\t2
        tab%09and%25\tffffffffffffffff\t2

        """)
    }

    @Test func decodingGivesBackTheSameProfile() throws {
        #expect(try ProfileFile.decode(ProfileFile.encode(Self.profile)) == Self.profile)
    }

    @Test func mergedFilesAreTheFileOfTheMergedProfile() throws {
        let other = SiteProfile(sites: ["example.org": .init(documents: 1, lines: [0x9a0e: 1, 0x1: 1])])
        let merged = try ProfileFile.decode(ProfileFile.encode(Self.profile))
            .merging(ProfileFile.decode(ProfileFile.encode(other)))
        #expect(ProfileFile.encode(merged) == ProfileFile.encode(other.merging(Self.profile)))
        #expect(merged.evidence(0x9a0e, site: "example.org") == (5, 7))
    }

    @Test func badFilesAreRejectedWithTheLine() {
        #expect(throws: ProfileFileError.badHeader) { try ProfileFile.decode(Array("site\t*\t1\n".utf8)) }
        #expect(throws: ProfileFileError.badRow(3)) {
            try ProfileFile.decode(Array("\(ProfileFile.header)\nexample.org\t*\t2\nexample.org\txyz\t1\n".utf8))
        }
    }
}

struct SiteKeyTests {
    @Test(arguments: [
        ("https://www.Example.org/2024/a.html", "example.org"),
        ("http://user:pw@news.example.com:8080/x?y#z", "news.example.com"),
        ("//cdn.example.net/a", "cdn.example.net"),
    ])
    func hostsAreFoldedWithoutWWW(_ url: String, _ host: String) {
        #expect(SiteKey.host(url) == host)
    }

    @Test func aSiteIsTheHostElseTheFirstFolderElseTheBatch() {
        #expect(SiteKey.auto.site(url: "https://a.example/x", relativePath: "b/c.txt") == "a.example")
        #expect(SiteKey.auto.site(url: nil, relativePath: "b/c/d.txt") == "b")
        #expect(SiteKey.auto.site(url: "/relative", relativePath: "d.txt") == SiteProfile.wholeBatch)
        #expect(SiteKey.folder.site(url: "https://a.example/x", relativePath: "b/c.txt") == "b")
        #expect(SiteKey.host.site(url: nil, relativePath: "b/c.txt") == SiteProfile.wholeBatch)
        #expect(SiteKey.batch.site(url: "https://a.example/x", relativePath: "b/c.txt") == SiteProfile.wholeBatch)
    }
}

struct ShardTests {
    @Test func shardsSplitTheInputsOnceEach() {
        let paths = (0..<500).map { "site\($0 % 7)/page\($0).html" }
        let shards = (0..<4).map { Shard(index: $0, count: 4) }
        for path in paths { #expect(shards.filter { $0.contains(path) }.count == 1) }
        for shard in shards { #expect(paths.filter(shard.contains).count > 80, "shards are roughly even") }
    }

    @Test func shardsParseAsKOverN() {
        #expect(Shard("0/4") == Shard(index: 0, count: 4))
        #expect(Shard("4/4") == nil)
        #expect(Shard("-1/4") == nil)
        #expect(Shard("1") == nil)
    }
}
