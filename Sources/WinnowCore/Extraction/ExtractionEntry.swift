/// One alive unit as the main-content classifiers see it: its index in the document, the
/// unit, and its measurements, taken once.
struct ExtractionEntry {
    let index: Int
    let unit: Unit
    let features: BlockFeatures
}

/// A classifier's verdict on one unit it removes: the rule and what triggered it.
struct ExtractionVerdict {
    let rule: String
    let detail: String
}
