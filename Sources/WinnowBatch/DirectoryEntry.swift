import Glibc

/// One name in a folder, with the type the listing gives (d_type), so that walking a tree
/// needs no stat call for plain files and folders.
struct DirectoryEntry {
    let name: String
    /// Known from the listing for regular files and folders whose name decoded exactly; nil
    /// means "stat it" (links, other types, file systems without d_type, undecodable names).
    let knownKind: EntryKind?

    /// A leading "." hides an entry (as `name.hasPrefix(".")`: a dot that a combining mark
    /// joins is not a dot).
    var isHidden: Bool {
        let bytes = name.utf8
        guard bytes.first == UInt8(ascii: ".") else { return false }
        guard let second = bytes.dropFirst().first, second >= 0x80 else { return true }
        return name.hasPrefix(".")
    }

    /// The folder's entries except "." and "..", in the order the file system gives them.
    static func list(_ path: String) -> Result<[DirectoryEntry], FileBytesError> {
        guard let directory = opendir(path) else { return .failure(FileBytesError(code: errno)) }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return .failure(FileBytesError(code: errno)) }
                return .success(entries)
            }
            let type = entry.pointee.d_type
            let (name, exact) = withUnsafePointer(to: &entry.pointee.d_name) { raw in
                raw.withMemoryRebound(to: CChar.self, capacity: 256) { cName in
                    // Undecodable bytes become U+FFFD, as Foundation lists them.
                    let name = String(cString: cName)
                    return (name, name.utf8.count == strlen(cName))
                }
            }
            if name == "." || name == ".." { continue }
            let kind: EntryKind? = !exact ? nil : type == UInt8(DT_REG) ? .regularFile : type == UInt8(DT_DIR) ? .directory : nil
            entries.append(DirectoryEntry(name: name, knownKind: kind))
        }
    }
}
