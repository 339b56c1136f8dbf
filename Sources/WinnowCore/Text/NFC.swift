import Foundation

/// Canonical composition, for the rare line whose scalars may not already be NFC.
enum NFC {
    static func compose(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }
}
