import Foundation

/// A benchmark file mapping page ids to `{"articleBody": "...", ...}`, as the ground truth and
/// the Python tool's prediction files are written.
public struct GroundTruth: Sendable {
    /// Page ids in file order (the order the Python tool reports ties in).
    public let ids: [String]
    /// Article body of each page.
    public let bodies: [String: String]

    public init(ids: [String], bodies: [String: String]) {
        self.ids = ids
        self.bodies = bodies
    }

    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String)
        case malformed(String)

        public var description: String {
            switch self {
            case .unreadable(let path): "cannot read \(path)"
            case .malformed(let reason): "not a ground-truth file: \(reason)"
            }
        }
    }

    public static func load(path: String) throws(LoadError) -> GroundTruth {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return try parse(data)
    }

    /// Parses `{id: {"articleBody": text}}`; `{"version": ..., "output": {...}}` is unwrapped.
    public static func parse(_ data: Data) throws(LoadError) -> GroundTruth {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .malformed(String(describing: error))
        }
        guard var pages = object as? [String: Any] else { throw .malformed("the top level is not an object") }
        var order = TopLevelKeys.inOrder(Array(data))
        if Set(pages.keys) == ["version", "output"], let output = pages["output"] as? [String: Any] {
            pages = output
            order = []
        }
        var bodies: [String: String] = [:]
        for (id, value) in pages {
            guard let page = value as? [String: Any] else { throw .malformed("page \(id) is not an object") }
            bodies[id] = page["articleBody"] as? String ?? ""
        }
        let known = Set(order)
        let ids = order.filter { bodies[$0] != nil } + bodies.keys.filter { !known.contains($0) }.sorted()
        return GroundTruth(ids: ids, bodies: bodies)
    }
}

/// The keys of a JSON object's top level in the order written (JSONSerialization loses it).
enum TopLevelKeys {
    static func inOrder(_ bytes: [UInt8]) -> [String] {
        var keys: [String] = []
        var index = 0
        var depth = 0
        var expectKey = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectKey = depth == 1 && byte == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                expectKey = depth == 1
            case UInt8(ascii: "\""):
                let start = index + 1
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                if expectKey {
                    let raw = Data(bytes[(start - 1)...min(index, bytes.count - 1)])
                    if let key = try? JSONSerialization.jsonObject(with: raw, options: .fragmentsAllowed) as? String {
                        keys.append(key)
                    }
                    expectKey = false
                }
            default:
                break
            }
            index += 1
        }
        return keys
    }
}
