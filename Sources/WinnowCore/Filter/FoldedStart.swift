extension Unit {
    /// Calls `body` with the start of the unit's folded text: at least `minimum` bytes of it
    /// (or all of it), folded on the stack. Filters compare only prefixes of the folded text,
    /// so folding whole paragraphs would be wasted work.
    func withFoldedStart<Result>(minimum: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withTextBytes { bytes in
            // A scalar may add up to four bytes once `minimum - 1` are written.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: minimum + 4) { buffer in
                if let count = Folding.writeFoldedPrefix(of: bytes, minimum: minimum, to: buffer.baseAddress!) {
                    return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
                }
                // Some scalar needs Unicode's full lowercasing.
                return folded.withUTF8Bytes(body)
            }
        }
    }
}
