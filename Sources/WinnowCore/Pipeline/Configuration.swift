import Foundation

/// A config file: parameter values and extra phrases per language and category.
///
/// ```json
/// { "parameters": { "navigation.line_max_words": 6 },
///   "phrases": { "en": { "chrome_line": ["Top picks"] }, "nl": { "chrome_line": ["Lees meer"] } } }
/// ```
public struct Configuration: Sendable, Equatable, Decodable {
    public var parameters: [String: Double] = [:]
    public var phrases: [String: [String: [String]]] = [:]

    public init(parameters: [String: Double] = [:], phrases: [String: [String: [String]]] = [:]) {
        self.parameters = parameters
        self.phrases = phrases
    }

    /// Parses and checks a config file's bytes: every parameter and category must exist.
    public static func parse(_ bytes: [UInt8]) throws(ConfigurationError) -> Configuration {
        let configuration: Configuration
        do {
            configuration = try JSONDecoder().decode(Configuration.self, from: Data(bytes))
        } catch {
            throw .malformed(String(describing: error))
        }
        try configuration.validate()
        return configuration
    }

    /// Settings: built-in lexicon plus this file's phrases, and its parameter values.
    public var settings: Settings {
        var lexicon = Lexicon.builtIn
        for (language, categories) in phrases.sorted(by: { $0.key < $1.key }) {
            var added: [Lexicon.Category: [String]] = [:]
            for (name, list) in categories { if let category = Lexicon.Category(rawValue: name) { added[category] = list } }
            lexicon.add(LexiconSource(language: language, phrases: added))
        }
        return Settings(lexicon: lexicon, parameters: parameters)
    }

    func validate() throws(ConfigurationError) {
        let known = Set(FilterRegistry.all.flatMap { type in
            type.description.parameters.map { "\(type.description.id).\($0.name)" }
        })
        for key in parameters.keys.sorted() where !known.contains(key) {
            throw .unknownParameter(key, known: known.sorted())
        }
        for categories in phrases.values {
            for name in categories.keys.sorted() where Lexicon.Category(rawValue: name) == nil {
                throw .unknownCategory(name, known: Lexicon.Category.allCases.map(\.rawValue))
            }
        }
    }

    enum CodingKeys: String, CodingKey { case parameters, phrases }

    struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        // A misspelt section would otherwise be ignored without a word.
        for key in try decoder.container(keyedBy: AnyKey.self).allKeys where CodingKeys(stringValue: key.stringValue) == nil {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [key], debugDescription: "unknown section '\(key.stringValue)'; known: parameters, phrases"))
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        parameters = try container.decodeIfPresent([String: Double].self, forKey: .parameters) ?? [:]
        phrases = try container.decodeIfPresent([String: [String: [String]]].self, forKey: .phrases) ?? [:]
    }
}

public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unknownParameter(String, known: [String])
    case unknownCategory(String, known: [String])

    public var description: String {
        switch self {
        case .malformed(let reason): "not a valid config file (JSON expected): \(reason)"
        case .unknownParameter(let key, let known): "unknown parameter '\(key)'; known: \(known.joined(separator: ", "))"
        case .unknownCategory(let name, let known): "unknown phrase category '\(name)'; known: \(known.joined(separator: ", "))"
        }
    }
}
