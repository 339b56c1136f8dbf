import Testing
@testable import WinnowBatch

@Suite struct FolderInterleaveTests {
    @Test func takesOneFileOfEachFolderInTurn() {
        let paths = ["a/1.txt", "a/2.txt", "a/3.txt", "b/1.txt", "c/d/1.txt", "c/d/2.txt", "top.txt"]
        let order = FolderInterleave.order(of: paths)
        #expect(order.map { paths[$0] } == ["a/1.txt", "b/1.txt", "c/d/1.txt", "top.txt", "a/2.txt", "c/d/2.txt", "a/3.txt"])
    }

    @Test func aFlatFolderKeepsItsOrder() {
        let paths = (0..<50).map { "folder/\($0).txt" }
        #expect(FolderInterleave.order(of: paths) == Array(0..<50))
        #expect(FolderInterleave.order(of: ["x.txt", "y.txt"]) == [0, 1])
        #expect(FolderInterleave.order(of: []) == [])
    }

    @Test(arguments: [2, 7, 40])
    func isAPermutationWhoseNeighboursLieInDifferentFolders(folders: Int) {
        let sizes = (0..<folders).map { $0 * 7_919 % 30 + 1 }
        let paths = sizes.enumerated().flatMap { folder, size in (0..<size).map { "site/\(folder)/\($0).txt" } }
        let order = FolderInterleave.order(of: paths)
        #expect(order.sorted() == Array(paths.indices))
        // Neighbours share a folder only once every other folder has run out of files.
        let largest = sizes.max()!, secondLargest = sizes.sorted().dropLast().last ?? 0
        let sameFolderNeighbours = zip(order, order.dropFirst()).filter {
            FolderInterleave.sameFolder(paths[$0], paths[$1])
        }.count
        #expect(sameFolderNeighbours <= largest - secondLargest)
    }
}
