import XCTest
@testable import KhabarCore

final class MonthNameTests: XCTestCase {
    /// The month lookup as it was, on `String`s (canonical equality): the reference for the byte
    /// lookup of plain words (`MonthNames.month(in:at:)`).
    private func reference(_ t: DateTextTokens, _ i: Int) -> MonthNames.Month? {
        guard t.mayBeMonth(i), t.mayBeMonthFirstWord(i), let w1 = t.word(i) else { return nil }
        if i + 1 < t.count, let w2 = t.word(i + 1), let m = MonthNames.table[w1 + " " + w2] { return m }
        if let m = MonthNames.table[w1] { return m }
        if w1.count > 3, let first = w1.first, "بوفل".contains(first), let m = MonthNames.table[String(w1.dropFirst())] { return m }
        return nil
    }

    private func width(_ t: DateTextTokens, _ i: Int) -> Int? {
        guard t.mayBeMonth(i), t.mayBeMonthFirstWord(i), let w1 = t.word(i) else { return nil }
        if i + 1 < t.count, let w2 = t.word(i + 1), MonthNames.table[w1 + " " + w2] != nil { return 2 }
        return reference(t, i) != nil ? 1 : nil
    }

    /// Every month name alone, after each proclitic letter, before another word, and texts of
    /// news-small: at every word the byte lookup finds the month and width the `String` lookup
    /// finds (words with marks or Latin accents take the `String` path and agree too).
    func testByteLookupAgreesWithStrings() throws {
        var texts: [String] = []
        for name in MonthNames.table.keys {
            for prefix in ["", "و", "ب", "ف", "ل", "ك", "وب"] {
                texts.append("في \(prefix)\(name) 2017")
                texts.append("\(prefix)\(name) الماضي")
            }
        }
        texts += ["كانون", "كانون الثالث", "ربيع", "ذو الحجه", "يَناير 2017", "février 2017", "fe\u{301}vrier 2017", "أبريل 2017"]
        let documents = try TestPaths.newsSmallDocuments()
        texts += documents.prefix(300).map { String(decoding: $0.text, as: UTF8.self) }
        var months = 0, twoWords = 0
        for text in texts {
            var bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { u in
                let t = DateTextTokens(utf8: u)
                for i in 0..<t.count {
                    let found = MonthNames.month(in: t, at: i)
                    XCTAssertEqual(found?.0, reference(t, i), text)
                    XCTAssertEqual(found?.1, width(t, i), text)
                    if found != nil { months += 1 }
                    if found?.1 == 2 { twoWords += 1 }
                }
            }
        }
        XCTAssertGreaterThan(months, 1000)
        XCTAssertGreaterThan(twoWords, 100)
    }
}
