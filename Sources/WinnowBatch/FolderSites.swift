import Foundation
import WinnowCore

/// Which sites a learning batch may clean before its walk is over. A site named after a
/// first-level folder has all its pages once the walk (depth first, names in byte order) has
/// left that folder, provided nothing else can name the same site later:
/// - no other input folder has a first-level entry of that name, and
/// - no page's URL host can be that name. Hosts name sites only in `auto` mode, and real hosts
///   have a dot, so in that mode folders with a dot in their name ("example.org") wait for the
///   end of the walk. A dotless host naming a dotless folder ("http://intranet/") would be
///   counted with the site's pages that are still to be cleaned, not those cleaned already.
/// With `--site` or a site key other than folders, every site waits for the end of the walk.
struct FolderSites: Sendable {
    private let enabled: Bool
    private let allowsDots: Bool
    /// First-level names found in more than one input folder.
    private let shared: Set<String>

    init(inputs: [String], cleaner: FileCleaner) {
        enabled = cleaner.site == nil && (cleaner.siteKey == .auto || cleaner.siteKey == .folder)
        allowsDots = cleaner.siteKey == .folder
        var seen: Set<String> = []
        var shared: Set<String> = []
        for input in inputs {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            for name in Set(names) where !seen.insert(name).inserted { shared.insert(name) }
        }
        self.shared = shared
    }

    /// Whether `folder`, a file's first folder (`SiteKey.firstFolder`), names a site that
    /// completes with that folder.
    func mayClose(folder: String?) -> Bool {
        folder.map(isClosable) ?? false
    }

    /// `site` when it is the file's folder site (`folder` its first folder) and completes with
    /// that folder; else nil.
    func closable(_ site: String, folder: String?) -> String? {
        guard site == folder, isClosable(site) else { return nil }
        return site
    }

    private func isClosable(_ name: String) -> Bool {
        enabled && (allowsDots || !name.utf8.contains(0x2E)) && !shared.contains(name)
    }
}
