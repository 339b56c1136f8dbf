import Synchronization
import WinnowCore

/// Documents of HTML pages the learning pass prepared, kept for the cleaning pass so that a
/// page is not parsed twice (libxml2's parse is most of an HTML page's cost, and its document
/// is a small part of the page). Text documents are not kept: they are about as large as
/// their files and cheap to make again. Bounded: once the documents held reach `budget` bytes
/// (their text, estimated), later pages are parsed again in the cleaning pass, so memory stays
/// flat on any batch.
final class PreparedCache: Sendable {
    typealias Prepared = (document: Document, note: String?)

    private let budget: Int
    private let state = Mutex<(entries: [Int: Prepared], bytes: Int)>(([:], 0))

    init(budget: Int) {
        self.budget = budget
    }

    /// Keeps the document of file `index` if it is an HTML page's and the budget allows.
    func offer(_ index: Int, _ prepared: Prepared) {
        guard prepared.document.units.first?.markup != nil else { return }
        let size = Self.estimatedBytes(prepared.document)
        state.withLock { state in
            guard state.bytes + size <= budget else { return }
            state.entries[index] = prepared
            state.bytes += size
        }
    }

    /// The document of file `index`, given up by the cache (each is used once).
    func take(_ index: Int) -> Prepared? {
        state.withLock { state in
            guard let prepared = state.entries.removeValue(forKey: index) else { return nil }
            state.bytes -= Self.estimatedBytes(prepared.document)
            return prepared
        }
    }

    /// Text and key of every unit, plus the unit itself and two string headers.
    private static func estimatedBytes(_ document: Document) -> Int {
        document.units.reduce(0) { $0 + $1.textByteCount + $1.keyByteCount + 160 }
    }
}
