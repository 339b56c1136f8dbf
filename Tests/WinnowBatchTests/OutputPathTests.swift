import Foundation
import Testing
import WinnowBatch

@Suite struct OutputPathTests {
    @Test(arguments: [
        ("a.html", "a.txt"),
        ("a.htm", "a.txt"),
        ("a.xhtml", "a.txt"),
        ("a.txt", "a.txt"),
        ("a.text", "a.txt"),
        ("a.md", "a.txt"),
        ("a", "a.txt"),
        ("a.b.html", "a.b.txt"),
        ("dir.v2/page", "dir.v2/page.txt"),
        ("news/2024/05/story one.html", "news/2024/05/story one.txt"),
        ("archive.tar.gz", "archive.tar.txt"),
        (".hidden", ".hidden.txt"),
        ("news/.hidden", "news/.hidden.txt"),
        ("a.", "a.txt"),
        ("a//b.html", "a/b.txt"),
        ("/a.html", "a.txt"),
        ("a/", "a.txt"),
        ("", "index.txt"),
        ("é.html", "é.txt"),
        ("x/e\u{301}.b", "x/e\u{301}.txt"),
    ])
    func replacesTheLastExtension(relativePath: String, expected: String) {
        let root = URL(fileURLWithPath: "/tmp/out", isDirectory: true)
        #expect(OutputPath.map(relativePath, into: root).path == "/tmp/out/" + expected)
    }

    @Test func keepsTheRootOfARelativeOutputFolder() {
        let root = URL(fileURLWithPath: "/srv/winnow/results")
        #expect(OutputPath.map("x/y.html", into: root) == URL(fileURLWithPath: "/srv/winnow/results/x/y.txt"))
    }
}
