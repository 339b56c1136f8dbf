import WinnowBatch
import WinnowCore

/// libFuzzer target for the text pipeline: arbitrary bytes through the decoder, the document
/// builder (both the String path and the raw-bytes fast path, which must survive bytes that are
/// not UTF-8 at all), every standard filter, the renderers and the dry-run diff.
/// Built only by `make fuzz` (WINNOW_FUZZ=1), never by the normal build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    run(Document(validUTF8: bytes), old: Array(bytes))
    if let decoded = try? TextDecoder.decode(Array(bytes)) {
        run(Document(text: decoded.text), old: Array(decoded.text.utf8))
    }
    return 0
}

private let pipeline = try! Pipeline()

private func run(_ document: Document, old: [UInt8]) {
    let result = pipeline.run(document)
    let new = result.textBytes
    _ = result.bodyTextBytes
    _ = UnifiedDiff.render(path: "fuzz.txt", old: old, new: new)
}
