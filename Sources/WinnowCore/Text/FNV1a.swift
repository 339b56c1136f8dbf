/// FNV-1a/64: a fast byte hash that, unlike Swift's Hasher (seeded per process), gives the
/// same value on every run and machine, so it can be written to files and compared across them.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    public static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(offsetBasis, step)
    }
}
