import Foundation

/// Stable, readable JSON for reports and stats.
public enum JSONOutput {
    public static func encode<Value: Encodable>(_ value: Value) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain Codable structs of strings and numbers cannot fail.
        return Array((try? encoder.encode(value)) ?? Data()) + [0x0A]
    }
}
