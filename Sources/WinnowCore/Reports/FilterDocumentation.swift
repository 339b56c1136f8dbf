/// Filters described for people: the list `winnow filters` prints, and one filter in full.
public enum FilterDocumentation {
    public static func list(_ descriptions: [FilterDescription]) -> String {
        let width = (descriptions.map(\.id.count).max() ?? 0) + 2
        var out = "Filters, in the order the standard pipeline runs them:\n\n"
        for description in descriptions {
            out += "  " + description.id.padding(to: width) + description.summary + "\n"
        }
        out += "\nThen the normalizer enforces the output contract (white space, NFC, invisible characters).\n"
        out += "Run `winnow filters ID` for a filter's rules, parameters and examples.\n"
        return out
    }

    public static func detail(_ description: FilterDescription) -> String {
        var out = "\(description.id): \(description.name)\n\(description.summary)\n\nRules:\n"
        for rule in description.rules { out += "  \(rule.id.padding(to: 26))\(rule.summary)\n" }
        if !description.parameters.isEmpty {
            out += "\nParameters (config key \"\(description.id).NAME\"):\n"
            for parameter in description.parameters {
                let value = parameter.defaultValue == parameter.defaultValue.rounded()
                    ? String(Int(parameter.defaultValue)) : String(parameter.defaultValue)
                out += "  \(parameter.name.padding(to: 26))\(parameter.summary) (default \(value))\n"
            }
        }
        out += "\nRemoves (lines marked \(Example.marker)):\n"
        for example in description.removes { out += indent(example.text) }
        out += "\nKeeps:\n"
        for example in description.keeps { out += indent(example.text) }
        return out
    }

    static func indent(_ text: String) -> String {
        LineSplitter.lines(text).map { "    " + $0 }.joined(separator: "\n") + "\n\n"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
