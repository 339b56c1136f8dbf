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
        guard !overgrown.contains(site) else { return }
        files[site, default: []].append((index, file))
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
