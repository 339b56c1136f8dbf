import Testing
import WinnowCore

/// The output contract: one blank line between paragraphs, one final newline, white space and
/// invisible characters normalized, typography kept.
struct NormalizerTests {
    func clean(_ text: String) throws -> String {
        try Pipeline(only: []).run(Document(text: text)).text
    }

    @Test func whiteSpaceIsCollapsedAndTrimmed() throws {
        let input = "\u{FEFF}  Head\u{00A0}line\t here  \r\n\r\n\r\n\u{00A0} Body\u{2009}text,\u{3000}more.\u{00A0}\r\n"
        #expect(try clean(input) == "Headline here\n\nBody text, more.\n".replacingOccurrences(of: "Headline", with: "Head line"))
    }

    @Test func lineEndingsCRLFAndCRAreAccepted() throws {
        #expect(try clean("Title\r\rFirst paragraph.\r\n\r\nSecond.") == "Title\n\nFirst paragraph.\n\nSecond.\n")
    }

    @Test func zeroWidthAndControlCharactersGo() throws {
        #expect(try clean("Ti\u{200B}tle\u{0007}\n\nBo\u{00AD}dy\u{0000} text\u{FEFF}.") == "Title\n\nBody text.\n")
    }

    @Test func textBecomesNFC() throws {
        let decomposed = "Cafe\u{0301} au lait\n\nA\u{030A}ngstro\u{0308}m and \u{212B}."
        let output = try clean(decomposed)
        #expect(output.unicodeScalars.elementsEqual("Café au lait\n\nÅngström and Å.\n".unicodeScalars))
    }

    @Test func typographyInsideProseIsKept() throws {
        let text = "Headline \u{2014} with a dash\n\n\u{201C}Quoted,\u{201D} he said \u{2026} and \u{2018}so\u{2019} on \u{2013} really.\n"
        #expect(try clean(text) == text)
    }

    @Test func emptyAndBlankInputsGiveEmptyOutput() throws {
        #expect(try clean("") == "")
        #expect(try clean(" \n\u{00A0}\n\t\n") == "")
    }

    @Test func hardWrappedProseIsJoined() throws {
        let text = """
        Tech firm opens lab

        The company said on Tuesday that the new laboratory would employ about 200
        researchers by the end of next year, most of them recruited from universities in
        the north of England.
        """
        #expect(try clean(text) == "Tech firm opens lab\n\nThe company said on Tuesday that the new laboratory would employ about 200 researchers by the end of next year, most of them recruited from universities in the north of England.\n")
    }

    @Test func gluedShortItemsAreJudgedOneByOne() {
        let document = Document(text: "Title\n\nHome\nNews\nSport\n\nOther News Materials 18 February 2013 03:43 (UTC +04:00)\njohn Kerry and Sergei Lavrov discuss Syria, North Korea.\n")
        #expect(document.units.map(\.text) == [
            "Title", "Home", "News", "Sport",
            "Other News Materials 18 February 2013 03:43 (UTC +04:00)",
            "john Kerry and Sergei Lavrov discuss Syria, North Korea.",
        ])
        #expect(document.units[1].isGluedItem)
    }
}
