/// Everything a pipeline run knows: the document, what was kept, and every decision. The clean
/// text, the dry-run diff, `--explain`, reports and counters are all renderings of this value.
public struct CleanResult: Sendable {
    public let document: Document
    /// Indices of kept units, in order.
    public let kept: [Int]
    /// Removals, in document order.
    public let decisions: [Decision]
    /// The filters that ran, in order.
    public let filterIDs: [String]

    /// The article: headline, then each kept unit as a paragraph, one blank line between, one
    /// newline at the end; empty when nothing is kept.
    public var text: String { render(kept) }

    /// The article without its headline (what article-extraction benchmarks score): the known
    /// headline's unit, or for plain text the first kept unit, is left out.
    public var bodyText: String {
        guard let first = kept.first else { return "" }
        let headline = document.headline ?? (document.firstUnitIsHeadline ? first : nil)
        return render(kept.filter { $0 != headline })
    }

    /// `text` as UTF-8 bytes, copied once from the units (what output files get).
    public var textBytes: [UInt8] { renderBytes(kept) }

    /// `bodyText` as UTF-8 bytes.
    public var bodyTextBytes: [UInt8] {
        guard let first = kept.first else { return [] }
        let headline = document.headline ?? (document.firstUnitIsHeadline ? first : nil)
        return renderBytes(kept.filter { $0 != headline })
    }

    private func render(_ units: [Int]) -> String {
        guard !units.isEmpty else { return "" }
        var out = ""
        out.reserveCapacity(units.reduce(0) { $0 + document.units[$1].textByteCount + 2 })
        for index in units {
            if !out.isEmpty { out += "\n\n" }
            out += document.units[index].text
        }
        out += "\n"
        return out
    }

    private func renderBytes(_ units: [Int]) -> [UInt8] {
        guard !units.isEmpty else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(units.reduce(0) { $0 + document.units[$1].textByteCount + 2 })
        for index in units {
            if !out.isEmpty {
                out.append(0x0A)
                out.append(0x0A)
            }
            document.units[index].withTextBytes { out.append(contentsOf: $0) }
        }
        out.append(0x0A)
        return out
    }

    /// Units removed by each filter that ran (zero included).
    public var removedPerFilter: [String: Int] { tally.perFilter }

    /// Units removed by each rule, keyed "filter/rule".
    public var removedPerRule: [String: Int] { tally.perRule }

    private var tally: RemovalTally {
        var tally = RemovalTally()
        tally.add(self)
        return tally
    }
}
