import Foundation

/// Byte counts as people write them: "64M", "200MB", "1.5G", "512k", "100000". Decimal
/// units (M = 10^6), like every size Winnow prints; KiB/MiB/GiB are binary.
public enum ByteSize {
    /// The count `text` names, or nil when it is not a size.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let number = Double(digits), number >= 0 else { return nil }
        guard let unit = units[trimmed.dropFirst(digits.count).lowercased()] else { return nil }
        let value = number * unit
        return value < 9e18 ? Int(value) : nil
    }

    /// "812 B", "45.3 KB", "64.0 MB", "1000.0 MB".
    public static func describe(_ count: Int) -> String {
        if count < 10_000 { return "\(count) B" }
        if count < 10_000_000 { return String(format: "%.1f KB", Double(count) / 1_000) }
        return String(format: "%.1f MB", Double(count) / 1_000_000)
    }

    private static let units: [String: Double] = [
        "": 1, "b": 1,
        "k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9, "t": 1e12, "tb": 1e12,
        "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824,
    ]
}
