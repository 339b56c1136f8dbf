import Synchronization
import WinnowCore

/// Documents the learning pass prepared, kept for the cleaning pass so that a file is not read
/// and parsed twice. Bounded: once the documents held reach `budget` bytes (their text and
/// units, estimated), later files are prepared again when cleaned, so memory stays flat on any
/// batch.
///
/// HTML documents are always worth keeping (libxml2's parse is most of a page's cost, and its
/// document a small part of the page). A text document is about three times its file and
/// cheap to make again, so it is kept only when asked (`keepingText`): when its site is
/// cleaned as soon as the walk leaves its folder, a short wait.
final class PreparedCache: Sendable {
    typealias Prepared = (document: Document, note: String?)

    /// A kept document and the size of the file it came from (what the summary counts).
    struct Held: Sendable {
        let prepared: Prepared
        let inputBytes: Int
        /// What it counts against the budget, worked out once.
        fileprivate let heldBytes: Int
    }

    private let budget: Int
    private let state = Mutex<(entries: [Int: Held], bytes: Int)>(([:], 0))

    init(budget: Int) {
        self.budget = budget
    }

    /// Keeps the document of file `index` if it is an HTML page's (or `keepingText`) and the
    /// budget allows; returns whether it was kept.
    @discardableResult
    func offer(_ index: Int, _ prepared: Prepared, inputBytes: Int = 0, keepingText: Bool = false) -> Bool {
        guard keepingText || prepared.document.units.first?.markup != nil else { return false }
        let size = Self.estimatedBytes(prepared.document)
        return state.withLock { state in
            guard state.bytes + size <= budget else { return false }
            state.entries[index] = Held(prepared: prepared, inputBytes: inputBytes, heldBytes: size)
            state.bytes += size
            return true
        }
    }

    /// The document of file `index`, given up by the cache (each is used once).
    func take(_ index: Int) -> Held? {
        state.withLock { state in
            guard let held = state.entries.removeValue(forKey: index) else { return nil }
            state.bytes -= held.heldBytes
            return held
        }
    }

    /// Whether file `index`'s document is held (its file need not be read ahead).
    func holds(_ index: Int) -> Bool {
        state.withLock { $0.entries[index] != nil }
    }

    /// Text and key of every unit, plus the unit itself and its counts.
    private static func estimatedBytes(_ document: Document) -> Int {
        document.units.reduce(0) { $0 + $1.textByteCount + $1.keyByteCount + 160 }
    }
}
