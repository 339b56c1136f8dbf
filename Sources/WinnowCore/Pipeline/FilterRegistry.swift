/// Every filter Winnow ships, in the order the standard pipeline runs them.
public enum FilterRegistry {
    public static let all: [any Filter.Type] = [
        MainContentFilter.self,
        SiteBoilerplateFilter.self,
        DonationAppealFilter.self,
        NavigationChromeFilter.self,
        EllipsisFragmentFilter.self,
        RepeatedHeadlineFilter.self,
        CaptionBylineFilter.self,
    ]

    public static var ids: [String] { all.map { $0.description.id } }

    public static func filter(id: String) -> (any Filter.Type)? {
        all.first { $0.description.id == id }
    }
}
