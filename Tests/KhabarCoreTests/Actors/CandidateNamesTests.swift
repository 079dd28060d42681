import XCTest
@testable import KhabarCore

final class CandidateNamesTests: XCTestCase {
    /// The matcher numbers the people it discovers in news-small in the order it meets them: one
    /// number per distinct name (a surname named before the full name keeps a number no mention
    /// ends up with), the same number whenever the name comes again, across documents;
    /// `removeAll` starts the numbers afresh.
    func testDiscoveredPeopleOfNewsSmallAreNumberedOncePerName() throws {
        let documents = try TestPaths.newsSmallDocuments()
        let index = ActorIndex.builtin
        let matcher = ActorMatcher(index: index, discover: true)
        let tokenizer = Tokenizer()
        var candidates = CandidateNames()
        var buffer = TokenBuffer()
        var numberOfName: [String: Int] = [:]
        var discovered = 0, highest = -1, skipped = 0
        for d in documents {
            buffer.reset()
            _ = d.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &buffer) }
            for m in matcher.match(buffer, candidates: &candidates) {
                guard let n = m.candidate else { continue }
                XCTAssertNil(m.actor)
                XCTAssertEqual(m.via, .discovered)
                discovered += 1
                let name = candidates.names[n]
                XCTAssertEqual(Array(name.utf8), candidates.keys[n].bytes)
                // A surname alone before the full name (`surnamesAloneBeforeTheirNames`) has the
                // number the full name took later in the text: the order is the full names'.
                let oneToken = buffer.token(startingAt: m.byteStart).map { $0 == buffer.token(endingAt: m.byteEnd) } ?? false
                let shortForm = oneToken && name.contains(" ")
                if let seen = numberOfName[name] {
                    XCTAssertEqual(seen, n, name)
                } else if shortForm {
                    continue
                } else {
                    XCTAssertGreaterThan(n, highest, "a new name takes a number above those before")
                    skipped += n - highest - 1
                    highest = n
                    numberOfName[name] = n
                }
            }
        }
        // Five numbers are taken by surnames named apart from their full names in the same
        // article, whose mentions then count as the full names' (`surnamesBeforeTheirNames`);
        // six by names that a known person's family name right after made longer
        // (`familyNameAfterADiscoveredName`: the longer name, or the known person, has the mention).
        XCTAssertEqual(skipped, 11)
        XCTAssertEqual(candidates.count, numberOfName.count + skipped)
        XCTAssertGreaterThan(candidates.count, 100)
        XCTAssertGreaterThan(discovered, candidates.count)
        let first = candidates.names[0]
        XCTAssertEqual(candidates.number(of: Array(first.utf8)), 0)
        XCTAssertEqual(candidates.count, numberOfName.count + skipped, "asking for a known name adds nothing")
        candidates.removeAll()
        XCTAssertEqual(candidates.count, 0)
        XCTAssertNil(candidates.number(of: ByteKey(Array(first.utf8))))
        XCTAssertEqual(candidates.number(of: Array("جون سميث".utf8)), 0)
        XCTAssertEqual(candidates.names, ["جون سميث"])
    }
}
