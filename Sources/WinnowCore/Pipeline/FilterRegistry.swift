/// Every filter Winnow ships, in the order the standard pipeline runs them.
public enum FilterRegistry {
    public static let all: [any Filter.Type] = [
        MainContentFilter.self,
        DonationAppealFilter.self,
        NavigationChromeFilter.self,
        EllipsisFragmentFilter.self,
        // After the phrase filters, which name known lines more precisely; before the filters
        // that find the headline, so a repeated masthead is not taken for it.
        SiteBoilerplateFilter.self,
        RepeatedHeadlineFilter.self,
        CaptionBylineFilter.self,
    ]

    public static var ids: [String] { all.map { $0.description.id } }

    public static func filter(id: String) -> (any Filter.Type)? {
        all.first { $0.description.id == id }
    }
}
