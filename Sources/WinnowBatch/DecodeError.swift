/// Why a file's bytes were not decoded as text.
public enum DecodeError: Error, Equatable, CustomStringConvertible {
    /// The bytes are a known binary format ("PNG image") or "unknown binary data".
    case binary(kind: String)

    public var description: String {
        switch self {
        case .binary(let kind): "binary file (\(kind)), not text"
        }
    }
}
