import XCTest
@testable import KhabarCore

final class TermCounterTests: XCTestCase {
    /// `report` counts a document's unigrams from the token buffer the matcher reads
    /// (`countUnigrams(of:)`); `terms` sends each token to the counter. On news-small's
    /// documents both give the same table: the same terms in the same order, with the same
    /// counts, documents and number flags, and the same token count.
    func testCountingFromTheTokenBufferEqualsCountingTokens() throws {
        let documents = try TestPaths.newsSmallDocuments()
        let tokenizer = Tokenizer()
        var direct = TermCounter(ngram: 1, filter: TermFilter())
        var fromBuffer = TermCounter(ngram: 1, filter: TermFilter())
        var buffer = TokenBuffer()
        for d in documents {
            direct.beginDocument()
            _ = d.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &direct) }
            direct.flush()
            fromBuffer.beginDocument()
            buffer.reset()
            _ = d.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &buffer) }
            fromBuffer.countUnigrams(of: buffer)
        }
        XCTAssertGreaterThan(direct.tokens, 100_000)
        XCTAssertEqual(fromBuffer.tokens, direct.tokens)
        XCTAssertEqual(fromBuffer.table.count, direct.table.count)
        var numbers = 0, sharedByDocuments = 0
        for i in 0..<direct.table.count {
            XCTAssertEqual(Array(fromBuffer.table.key(i)), Array(direct.table.key(i)))
            XCTAssertEqual(fromBuffer.table.count(i), direct.table.count(i))
            XCTAssertEqual(fromBuffer.table.docs(i), direct.table.docs(i))
            XCTAssertEqual(fromBuffer.table.isNumber(i), direct.table.isNumber(i))
            if direct.table.isNumber(i) { numbers += 1 }
            if direct.table.docs(i) > 1 { sharedByDocuments += 1 }
        }
        XCTAssertGreaterThan(numbers, 100, "numbers are flagged")
        XCTAssertGreaterThan(sharedByDocuments, 1000, "document counts are kept apart from counts")
        direct.table.deallocate()
        fromBuffer.table.deallocate()
    }
}
