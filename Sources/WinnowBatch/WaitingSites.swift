/// The files of folder sites (`FolderSites`) learned but not yet cleaned, in walk order, until
/// the walk leaves their folder. A site that grows past `limit` files stops waiting: its files
/// are cleaned at the end of the walk instead, so this list never holds more than `limit`
/// files a site.
struct WaitingSites {
    typealias Entry = (index: Int, file: InputFile)

    private var files: [String: [Entry]] = [:]
    private var overgrown: Set<String> = []
    let limit: Int

    init(limit: Int = 50_000) {
        self.limit = limit
    }

    /// The sites waiting, in byte order of their names.
    var sites: [String] { files.keys.sorted() }

    mutating func add(_ index: Int, _ file: InputFile, site: String) {
        add([(index, file)], site: site)
    }

    /// Adds a chunk's files in walk order, `sites[i]` the site of `files[i]` (nil: not a
    /// waiting site). Consecutive files of one site are added together: one lookup a run of
    /// them, not one a file.
    mutating func add(_ files: [InputFile], sites: [String?], firstIndex: Int) {
        var start = 0
        while start < files.count {
            guard let site = sites[start] else {
                start += 1
                continue
            }
            var end = start + 1
            while end < files.count && sites[end] == site { end += 1 }
            add((start..<end).map { (firstIndex + $0, files[$0]) }, site: site)
            start = end
        }
    }

    private mutating func add(_ entries: [Entry], site: String) {
        guard !overgrown.contains(site) else { return }
        files[site, default: []].append(contentsOf: entries)
        if files[site, default: []].count > limit {
            files[site] = nil
            overgrown.insert(site)
        }
    }

    /// The files of `site`, no longer waiting.
    mutating func remove(_ site: String) -> [Entry] {
        files.removeValue(forKey: site) ?? []
    }
}
