import XCTest
@testable import KhabarCore

final class WeekdayNameTests: XCTestCase {
    /// The finder's first reading of a weekday, on `String`s (canonical equality): the reference
    /// the byte lookup (`DateMentionFinder.weekday(bytes:)`) must agree with.
    private func referenceWeekday(_ w: String) -> Int? {
        guard MonthNames.weekdayHashes.contains(MonthNames.hash(w)) else { return nil }
        var s = w
        if MonthNames.weekdays[w] == nil {
            let u = Array(w.utf8)
            if u.count > 6, (u[0] == 0xD9 && (u[1] == 0x88 || u[1] == 0x81)) || (u[0] == 0xD8 && u[1] == 0xA8),
               Array(u[2...]).starts(with: DateMentionFinder.al) {
                s = String(w.dropFirst())
            }
        }
        guard s.utf8.starts(with: DateMentionFinder.al) || s.unicodeScalars.allSatisfy({ $0.isASCII }) && s.count > 3 else { return nil }
        return MonthNames.weekdays[s]
    }

    /// Every weekday name with every proclitic letter (and some that are not), month names, and
    /// the words of news-small's first documents: the byte lookup gives what the `String` one
    /// gives, and finds the names it should ("والثلاثاء" is Tuesday, "احد" alone is no one).
    func testByteLookupAgreesWithStrings() throws {
        var words: [String] = []
        for name in MonthNames.weekdays.keys {
            for prefix in ["", "و", "ف", "ب", "ل", "ك", "وب"] { words.append(prefix + name) }
        }
        words += MonthNames.table.keys
        let documents = try TestPaths.newsSmallDocuments()
        let tokenizer = Tokenizer()
        var collect = TokenCollector()
        for d in documents.prefix(200) { _ = d.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &collect) } }
        words += collect.tokens
        XCTAssertGreaterThan(words.count, 20_000)
        var found = 0
        for w in words {
            XCTAssertEqual(DateMentionFinder.weekday(w), referenceWeekday(w), w)
            if DateMentionFinder.weekday(w) != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 50)
        XCTAssertEqual(DateMentionFinder.weekday("والثلاثاء"), 2)
        XCTAssertEqual(DateMentionFinder.weekday("بالجمعة"), 5)
        XCTAssertEqual(DateMentionFinder.weekday("friday"), 5)
        XCTAssertNil(DateMentionFinder.weekday("احد"))
        XCTAssertNil(DateMentionFinder.weekday("fri"))
    }
}
