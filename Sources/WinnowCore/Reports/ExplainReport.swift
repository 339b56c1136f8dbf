/// `--explain`: every unit of one document with its verdict and, when dropped, filter and rule.
public enum ExplainReport {
    public static func render(_ result: CleanResult, name: String, width: Int = 72) -> String {
        let byUnit = Dictionary(result.decisions.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "\(name): \(result.document.units.count) units, \(result.kept.count) kept, \(result.decisions.count) dropped\n"
        out += pad("lines", 9) + pad("verdict", 8) + pad("filter/rule", 42) + "text\n"
        for (index, unit) in result.document.units.enumerated() {
            let lines = unit.lines.count == 1 ? "\(unit.lines.lowerBound)" : "\(unit.lines.lowerBound)-\(unit.lines.upperBound)"
            let decision = byUnit[index]
            out += pad(lines, 9) + pad(decision == nil ? "keep" : "drop", 8) + pad(decision?.reason ?? "", 42)
            out += clip(unit.text, width) + "\n"
        }
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "\u{2026}"
    }
}
