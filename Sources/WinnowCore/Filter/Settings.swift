/// What filters are built from: the phrase lexicon and parameter values overriding defaults.
public struct Settings: Sendable {
    public var lexicon: Lexicon
    /// Values keyed `FILTER_ID.PARAMETER`.
    public var parameters: [String: Double]

    public init(lexicon: Lexicon = .builtIn, parameters: [String: Double] = [:]) {
        self.lexicon = lexicon
        self.parameters = parameters
    }

    public static let standard = Settings()

    /// The configured value of a filter's parameter, or its default.
    public func value(_ parameter: Parameter, of filter: String) -> Double {
        parameters["\(filter).\(parameter.name)"] ?? parameter.defaultValue
    }

    public func int(_ parameter: Parameter, of filter: String) -> Int {
        Int(value(parameter, of: filter))
    }
}
