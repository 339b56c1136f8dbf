/// A 64-bit fingerprint of a unit's line as site profiles count it: FNV-1a over the unit's key
/// (case folded, punctuation dropped, single spaces) with every run of digits masked to one "0",
/// so "© 2024 Daily Bugle" and "© 2025 Daily Bugle", or "3 comments" and "12 comments", match.
///
/// The key is already built for every unit, so a fingerprint costs one pass over a few bytes:
/// the profile pass stays a small part of cleaning.
public enum LineFingerprint {
    /// Nil when the line has no letters or digits (a rule of dashes is nothing to learn).
    public static func of(_ unit: Unit) -> UInt64? {
        of(key: unit.key)
    }

    public static func of(key: String) -> UInt64? {
        var key = key
        return key.withUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            var hash = FNV1a.offsetBasis
            var inDigits = false
            for byte in bytes {
                let isDigit = byte &- 0x30 < 10
                if isDigit && inDigits { continue }
                inDigits = isDigit
                hash = FNV1a.step(hash, isDigit ? 0x30 : byte)
            }
            return hash
        }
    }
}
