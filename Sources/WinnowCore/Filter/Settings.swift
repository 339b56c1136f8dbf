/// What filters are built from: the phrase lexicon and parameter values overriding defaults.
public struct Settings: Sendable {
    public var lexicon: Lexicon
    /// Values keyed `FILTER_ID.PARAMETER`.
    public var parameters: [String: Double]
    /// Lines each site repeats, learned from a batch or read from a profile file; nil when
    /// nothing was learned (then `site_profile` removes nothing).
    public var siteProfile: SiteProfile?

    public init(lexicon: Lexicon = .builtIn, parameters: [String: Double] = [:], siteProfile: SiteProfile? = nil) {
        self.lexicon = lexicon
        self.parameters = parameters
        self.siteProfile = siteProfile
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
