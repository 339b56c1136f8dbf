import ArgumentParser
import Foundation
import WinnowBatch
import WinnowCore

/// Which filters run and how they are configured; shared by the commands that clean.
struct PipelineOptions: ParsableArguments {
    @Option(name: .customLong("filters"), help: ArgumentHelp(
        "Run only these filters, in this order (comma-separated ids; see `winnow filters`).", valueName: "ids"))
    var only: String?

    @Option(help: ArgumentHelp("Do not run these filters (comma-separated ids).", valueName: "ids"))
    var disable: String?

    @Option(help: ArgumentHelp(
        "A JSON config file: parameter values and extra phrases per language (see README).", valueName: "file"))
    var config: String?

    func validate() throws {
        _ = try makePipeline()
    }

    /// The settings from the config file (or the defaults), with `parameters` from other options
    /// on top, and the pipeline they build.
    func makePipeline(adding parameters: [String: Double] = [:]) throws -> (pipeline: Pipeline, settings: Settings) {
        var settings = try loadSettings()
        settings.parameters.merge(parameters) { $1 }
        do {
            let pipeline = try Pipeline(settings: settings, only: Self.list(only), disabled: Set(Self.list(disable) ?? []))
            return (pipeline, settings)
        } catch {
            throw ValidationError(error.description)
        }
    }

    var configURL: URL? { config.map { URL(fileURLWithPath: $0) } }

    private func loadSettings() throws -> Settings {
        guard let config else { return .standard }
        guard let data = FileManager.default.contents(atPath: config) else {
            throw ValidationError("cannot read config file '\(config)'")
        }
        do {
            return try Configuration.parse(Array(data)).settings
        } catch {
            throw ValidationError("config file '\(config)': \(error.description)")
        }
    }

    private static func list(_ value: String?) -> [String]? {
        value.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }
}
