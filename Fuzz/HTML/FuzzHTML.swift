import WinnowCore
import WinnowHTML

/// libFuzzer target for HTML: arbitrary bytes through decoding, the attribute-bomb guard,
/// libxml2 parsing, block building, headline finding, main-content extraction and the other
/// filters, then rendering. Built only by `make fuzz` (WINNOW_FUZZ=1), never by the normal build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let parsed = HTMLArticle.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    let result = pipeline.run(parsed.document)
    _ = result.textBytes
    _ = result.bodyTextBytes
    return 0
}

private let pipeline = try! Pipeline()
