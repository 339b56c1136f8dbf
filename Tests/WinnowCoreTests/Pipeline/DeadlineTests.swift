import Testing
import WinnowCore

/// The per-file time limit as the pipeline sees it.
@Suite struct DeadlineTests {
    let document = Document(text: "A headline\n\nThe council voted on Tuesday to expand the library by a third.\n")

    @Test func aPassedDeadlineStopsThePipelineWithTheLimitInTheMessage() throws {
        let deadline = Deadline(seconds: 0.000_001)
        while !deadline.hasPassed {}
        #expect(throws: DeadlineExceeded(seconds: 0.000_001)) { try Pipeline().run(document, deadline: deadline) }
        #expect(DeadlineExceeded(seconds: 2.5).description == "took longer than 2.5 s (--timeout), skipped")
        #expect(DeadlineExceeded(seconds: 60).description == "took longer than 60 s (--timeout), skipped")
    }

    @Test func aDistantOrNoDeadlineGivesTheSameResultAsNone() throws {
        let pipeline = try Pipeline()
        let plain = pipeline.run(document)
        #expect(try pipeline.run(document, deadline: Deadline(seconds: 3600)).textBytes == plain.textBytes)
        #expect(try pipeline.run(document, deadline: .never).textBytes == plain.textBytes)
        #expect(!Deadline(seconds: 0).hasPassed, "zero means no limit")
        #expect(!Deadline.never.hasPassed)
    }
}
