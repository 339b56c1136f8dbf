import ArgumentParser
import WinnowCore

/// `winnow filters [ID]`: the filters, or one filter with its rules, parameters and examples.
struct FiltersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filters",
        abstract: "List the filters, or show one with its rules, parameters and examples.",
        discussion: "Lines marked ↓ in a filter's examples are the ones it removes."
    )

    @Argument(help: "A filter id, e.g. navigation.")
    var id: String?

    func validate() throws {
        if let id, FilterRegistry.filter(id: id) == nil {
            throw ValidationError("unknown filter '\(id)'; known filters: \(FilterRegistry.ids.joined(separator: ", "))")
        }
    }

    func run() throws {
        if let id, let type = FilterRegistry.filter(id: id) {
            print(FilterDocumentation.detail(type.description), terminator: "")
        } else {
            print(FilterDocumentation.list(FilterRegistry.all.map { $0.description }), terminator: "")
        }
    }
}
