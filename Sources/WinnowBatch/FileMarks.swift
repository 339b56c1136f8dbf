import WinnowCore

/// Two bits per file of a batch, by batch index, for a run that walks its inputs twice:
/// whether the file is done, and whether an earlier input already claimed its output name.
/// A tag of the file's relative path checks that the second walk finds the same file at the
/// same index; where it does not (the tree changed between the walks), the file is done again
/// rather than skipped. Two bytes a file: a million files cost 2 MB.
struct FileMarks {
    private var marks: [UInt16] = []
    /// Files marked but not done.
    private(set) var pending = 0

    private static let done: UInt16 = 0x8000
    private static let nameTaken: UInt16 = 0x4000
    private static let tagBits: UInt16 = 0x3FFF

    /// Marks the next file (batch index `count`) as not done.
    mutating func append(_ file: InputFile, nameTaken: Bool) {
        append(tag: Self.tag(file), nameTaken: nameTaken)
    }

    /// The same with the file's `tag(_:)`, which workers can take in parallel.
    mutating func append(tag: UInt16, nameTaken: Bool) {
        marks.append(tag | (nameTaken ? Self.nameTaken : 0))
        pending += 1
    }

    mutating func setDone(_ index: Int) {
        guard marks[index] & Self.done == 0 else { return }
        marks[index] |= Self.done
        pending -= 1
    }

    /// Whether `file`, found at `index` by another walk, still has to be done.
    func isPending(_ index: Int, _ file: InputFile) -> Bool {
        !matches(index, file) || marks[index] & Self.done == 0
    }

    /// Whether the output name of `file` at `index` was claimed by an earlier input.
    func isNameTaken(_ index: Int, _ file: InputFile) -> Bool {
        matches(index, file) && marks[index] & Self.nameTaken != 0
    }

    private func matches(_ index: Int, _ file: InputFile) -> Bool {
        index < marks.count && marks[index] & Self.tagBits == Self.tag(file)
    }

    static func tag(_ file: InputFile) -> UInt16 {
        UInt16(truncatingIfNeeded: ByteHash.of(file.path)) & tagBits
    }
}
