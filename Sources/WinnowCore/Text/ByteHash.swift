/// A fast 64-bit hash of raw bytes, eight at a time, and an exact comparison to confirm a hit.
/// Swift's `String` hashing normalizes Unicode on every call; text here is already NFC, so
/// its bytes can be hashed as they are.
public enum ByteHash {
    @inline(__always)
    public static func of(_ p: UnsafeRawPointer, count: Int) -> UInt64 {
        var h = start(count: count)
        var i = 0
        while i + 8 <= count {
            h = mix(h, p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        return finish(h, tail: tail(p, from: i, count: count))
    }

    // The steps of `of`, for callers that look at each word as it is hashed.

    @inline(__always)
    static func start(count: Int) -> UInt64 { 0x243F_6A88_85A3_08D3 &+ UInt64(count) }

    @inline(__always)
    static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let h = (h ^ word) &* 0x9FB2_1C65_1E98_DF25
        return (h << 27) | (h >> 37)
    }

    /// The bytes from `i` to `count` (fewer than eight), little-endian, zero above.
    @inline(__always)
    static func tail(_ p: UnsafeRawPointer, from i: Int, count: Int) -> UInt64 {
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        var i = i
        while i < count {
            tail |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift += 8
            i += 1
        }
        return tail
    }

    @inline(__always)
    static func finish(_ h: UInt64, tail: UInt64) -> UInt64 {
        var h = (h ^ tail) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 31
        h = h &* 0x1656_67B1_9E37_79F9
        return h ^ (h >> 29)
    }

    /// The hash of a string's UTF-8 bytes.
    public static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        if let base = bytes.baseAddress { return of(base, count: bytes.count) }
        return withUnsafeBytes(of: 0) { of($0.baseAddress!, count: 0) }
    }

    @inline(__always)
    public static func same(_ p: UnsafeRawPointer, _ q: UnsafeRawPointer, count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if p.loadUnaligned(fromByteOffset: i, as: UInt64.self) != q.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if p.load(fromByteOffset: i, as: UInt8.self) != q.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }
}
