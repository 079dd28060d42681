import XCTest
@testable import KhabarCore

final class TermFilterTests: XCTestCase {
    private let arabicAndEnglish = TermFilter(stopwords: Stopwords.normalized(Stopwords.arabic + Stopwords.english, profile: .v1))

    private func keeps(_ filter: TermFilter, _ token: String, isNumber: Bool = false) -> Bool {
        Array(token.utf8).withUnsafeBufferPointer { filter.keeps($0, isNumber: isNumber) }
    }

    func testStopwordsNumbersAndShortTokens() {
        let f = arabicAndEnglish
        XCTAssertFalse(keeps(f, "في"))
        XCTAssertFalse(keeps(f, "the"))
        XCTAssertTrue(keeps(f, "الرئيس"))
        XCTAssertFalse(keeps(f, "و"))                        // one letter (two bytes)
        XCTAssertFalse(keeps(f, "2018", isNumber: true))     // numbers are off by default
        XCTAssertTrue(keeps(TermFilter(keepNumbers: true), "2018", isNumber: true))
        let three = TermFilter(minLength: 3)
        XCTAssertFalse(keeps(three, "من"))                   // 2 letters, 4 bytes
        XCTAssertTrue(keeps(three, "مصر"))                   // 3 letters, 6 bytes
        XCTAssertFalse(keeps(three, "😀😀"))                  // 2 scalars in 8 bytes
        XCTAssertTrue(keeps(three, "😀😀😀"))                 // 3 scalars in 12 bytes
        XCTAssertTrue(keeps(TermFilter.none, "x"))
    }

    /// The filter against its definition (a Set of stopword byte strings, scalars counted one by
    /// one) on every token of news-small, for the settings `terms` offers.
    func testSameDecisionsAsTheDefinitionOnNewsSmall() throws {
        let tokenizer = Tokenizer()
        var tokens = TokenCollector()
        for document in try TestPaths.newsSmallDocuments() {
            _ = document.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
        }
        XCTAssertEqual(tokens.tokens.count, 160_784)
        let stopwords = Stopwords.normalized(Stopwords.arabic + Stopwords.english, profile: .v1)
        var dropped = 0
        for filter in [arabicAndEnglish, TermFilter(minLength: 3), TermFilter(stopwords: stopwords, keepNumbers: true, minLength: 1)] {
            for (token, info) in zip(tokens.tokens, tokens.infos) {
                let bytes = Array(token.utf8)
                let expected = !(info.isNumber && !filter.keepNumbers) && token.unicodeScalars.count >= filter.minLength
                    && !filter.stopwords.contains(bytes)
                let got = bytes.withUnsafeBufferPointer { filter.keeps($0, isNumber: info.isNumber) }
                if got != expected { XCTFail("\(token): \(got)"); return }
                if !got { dropped += 1 }
            }
        }
        XCTAssertGreaterThan(dropped, 100_000)
    }
}
