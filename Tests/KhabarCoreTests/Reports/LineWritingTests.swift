import Foundation
import XCTest
@testable import KhabarCore

/// The documents and date mentions lines are written as bytes with their keys made once; these
/// compare them with the same objects built field by field through `JSONObjectWriter` (how
/// they were written before), on the seed's documents, news-small's and made-up ones with every
/// optional field empty or odd.
final class LineWritingTests: XCTestCase {
    private func reference(_ d: Document, tokens: Int, invalidBytes: Int) -> [UInt8] {
        var w = JSONObjectWriter()
        w.field("id", d.id)
        w.field("archive", d.archive)
        w.field("entry", d.entry)
        w.field("kind", d.kind.rawValue)
        w.field("parent", d.parent)
        w.field("title", d.title)
        w.field("date_raw", d.dateRaw)
        w.field("date", d.date.map { "\(pad($0.year, 4))-\(pad($0.month, 2))-\(pad($0.day, 2))" })
        w.field("datetime", d.date?.isoDateTime)
        w.field("date_source", d.dateSource)
        w.field("source", d.source)
        w.field("url", d.url)
        w.field("tags", d.tags)
        w.field("body_lines", d.bodyLines)
        w.field("tokens", tokens)
        w.field("invalid_bytes", invalidBytes)
        return w.line()
    }

    /// `%0*d` as C prints it, for the magnitude: a minus sign goes in front, outside the width.
    private func pad(_ v: Int, _ width: Int) -> String { (v < 0 ? "-" : "") + String(format: "%0*d", width, abs(v)) }

    func testZeroPaddingIsPrintfs() {
        var rng = SeededGenerator(seed: 42)
        for v in [0, 1, 9, 10, 99, 100, 999, 1000, 2025, 12345, -1, -7, -10, -2025] + (0..<300).map({ _ in Int.random(in: -99_999...99_999, using: &rng) }) {
            for width in 1...5 {
                XCTAssertEqual(zeroPadded(v, width), pad(v, width), "\(v) \(width)")
                var out: [UInt8] = [0x41]
                appendZeroPadded(v, width, to: &out)
                XCTAssertEqual(out, [0x41] + Array(pad(v, width).utf8))
            }
        }
    }

    func testDocumentLinesEqualTheFieldByFieldObjects() throws {
        var documents = NewsPageParser().parse(TestPaths.bytes(TestPaths.seed), archive: "seed", entry: "000.txt")
            + (try TestPaths.newsSmallDocuments())
        let parser = DateParser()
        for i in documents.indices {
            if let raw = documents[i].dateRaw, let date = parser.parse(raw) { documents[i].date = date; documents[i].dateSource = "line" }
        }
        XCTAssertGreaterThan(documents.filter { $0.date?.time != nil }.count, 100, "dates with a time and zone")
        // Every optional field empty; then odd values: quotes, controls, U+2028, a negative zone.
        var odd = Document(id: "a\"b\\c", archive: "x\ny", entry: "\u{2028}", kind: .related, parent: "p\u{01}",
                           title: "", dateRaw: "r", source: "مصدر", url: "http://e.x/?a=\"1\"", tags: ["", "\"", "وسم"],
                           text: [], bodyLines: 0)
        odd.date = PublicationDate(year: 987, month: 1, day: 2, time: (0, 5, 9), offsetMinutes: -330)
        odd.dateSource = "field"
        var dateOnly = odd
        dateOnly.date = PublicationDate(year: 2025, month: 12, day: 31)
        documents += [Document(id: "", archive: "", entry: "", title: "t", text: [], bodyLines: 0), odd, dateOnly]
        // Near the one-piece line's room with the longest escapes (\u0001: 6 bytes a byte), and
        // past it (written piece by piece): the same bytes either way.
        var controls = odd
        controls.title = String(repeating: "\u{01}", count: 10_800)
        controls.tags = ["\u{1F}\u{2028}", String(repeating: "\\", count: 7)]
        var book = odd
        book.title = String(repeating: "\u{01}ب\"", count: 12_000)
        documents += [controls, book]
        for (k, d) in documents.enumerated() {
            let line = DocumentsReport.line(for: d, tokens: k * 37, invalidBytes: k % 3)
            XCTAssertEqual(String(decoding: line, as: UTF8.self), String(decoding: reference(d, tokens: k * 37, invalidBytes: k % 3), as: UTF8.self))
            XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(line.dropLast())), "valid JSON")
        }
        XCTAssertEqual(String(decoding: DocumentsReport.line(for: odd, tokens: 1, invalidBytes: 2), as: UTF8.self),
                       #"{"id":"a\"b\\c","archive":"x\ny","entry":"\u2028","kind":"related","parent":"p\u0001","title":"","date_raw":"r","#
                       + #""date":"0987-01-02","datetime":"0987-01-02T00:05:09-05:30","date_source":"field","source":"مصدر","#
                       + #""url":"http://e.x/?a=\"1\"","tags":["","\"","وسم"],"body_lines":0,"tokens":1,"invalid_bytes":2}"# + "\n")
    }

    func testDateMentionLinesEqualTheFieldByFieldObjects() {
        let text = "وصل في 31 مارس 2025 ثم عاد عام 2016 والخميس الماضي، 17/05/2015"
        let published = PublicationDate(year: 2025, month: 4, day: 10)
        let found = DateMentionFinder().find(in: text, published: published)
        XCTAssertEqual(found.map(\.value), ["2025-03-31", "2016", "2025-04-03", "2015-05-17"])
        for id in ["seed:000.txt", "a\"b\n"] {
            for m in found {
                var w = JSONObjectWriter()
                w.field("doc", id)
                w.field("surface", m.surface)
                w.field("start", m.start)
                w.field("end", m.end)
                w.field("value", m.value)
                w.field("resolved", m.resolved)
                XCTAssertEqual(DateMentionsReport.line(for: m, document: id), w.line())
            }
        }
    }
}
