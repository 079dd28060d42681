import XCTest
@testable import KhabarCore

final class JSONArticleParserTests: XCTestCase {
    /// Titles of the six ANT pages, from the page parser (the JSON fixture was made from them).
    private func pageTitles() throws -> Set<String> {
        let base = TestPaths.fixture("ant-6")
        var titles = Set<String>()
        for rel in try FileManager.default.subpathsOfDirectory(atPath: base) where rel.hasSuffix(".txt") {
            titles.insert(NewsPageParser().parse(TestPaths.bytes("\(base)/\(rel)"), archive: "x", entry: rel)[0].title)
        }
        return titles
    }

    func testJSONLinesWithABadLine() throws {
        let parsed = JSONArticleParser().parseLines(TestPaths.bytes(TestPaths.fixture("ant-6.jsonl")), archive: "f", entry: "ant-6.jsonl")
        XCTAssertEqual(parsed.documents.count, 6)
        XCTAssertEqual(parsed.errors.map(\.position), [4])
        XCTAssertTrue(parsed.errors[0].message.hasPrefix("not valid JSON"))
        XCTAssertEqual(parsed.documents.map(\.id), ["f:ant-6.jsonl:1", "f:ant-6.jsonl:2", "f:ant-6.jsonl:3",
                                                    "f:ant-6.jsonl:5", "f:ant-6.jsonl:6", "f:ant-6.jsonl:7"])
        XCTAssertEqual(Set(parsed.documents.map(\.title)), try pageTitles())
        let first = parsed.documents[0]
        XCTAssertEqual(first.dateRaw, "Thu, 22 Mar 2018 03:39:39 +0400")
        XCTAssertEqual(first.source, "alarabia")
        XCTAssertEqual(first.url, "ant://AL-culture-187-20180322.txt")
    }

    func testJSONArray() throws {
        let parsed = JSONArticleParser().parseDocument(TestPaths.bytes(TestPaths.fixture("ant-6.json")), archive: "f", entry: "ant-6.json")
        XCTAssertEqual(parsed.errors, [])
        XCTAssertEqual(parsed.documents.map(\.id), (1...6).map { "f:ant-6.json:\($0)" })
        XCTAssertEqual(Set(parsed.documents.map(\.title)), try pageTitles())
    }

    func testFieldOverridesAndDottedPaths() {
        var fields = JSONFieldNames.common
        fields.text = ["payload.body"]
        fields.title = ["name"]
        fields.date = ["when"]
        let line = #"{"name": " عنوان ", "when": "2020-01-02", "payload": {"body": "نص الخبر"}, "content": "ignored"}"#
        let parsed = JSONArticleParser(fields: fields).parseLines(Array(line.utf8), archive: "a", entry: "b.jsonl")
        XCTAssertEqual(parsed.documents.count, 1)
        XCTAssertEqual(parsed.documents[0].title, "عنوان")
        XCTAssertEqual(parsed.documents[0].dateRaw, "2020-01-02")
        XCTAssertEqual(String(decoding: parsed.documents[0].text, as: UTF8.self), "عنوان\nنص الخبر")
    }

    func testRecordWithoutTitleOrTextIsAnError() {
        let parsed = JSONArticleParser().parseLines(Array("{\"x\": 1}\n[1,2]\n".utf8), archive: "a", entry: "b.jsonl")
        XCTAssertEqual(parsed.documents.count, 0)
        XCTAssertEqual(parsed.errors.map(\.position), [1, 2])
        XCTAssertTrue(parsed.errors[0].message.hasPrefix("no title or text field"))
        XCTAssertEqual(parsed.errors[1].message, "not a JSON object")
    }

    func testInvalidUTF8InsideAStringDoesNotLoseTheRecord() {
        var line = Array(#"{"title": "ab"#.utf8)
        line.append(0xFF)
        line += Array(#"cd", "content": "x"}"#.utf8)
        let parsed = JSONArticleParser().parseLines(line, archive: "a", entry: "b.jsonl")
        XCTAssertEqual(parsed.documents.count, 1)
        XCTAssertEqual(parsed.documents[0].title, "ab\u{FFFD}cd")
    }

    func testInvalidUTF8InADocumentDoesNotLoseTheArticle() {
        var bytes = Array(#"{"title": "ab"#.utf8)
        bytes.append(0xFF)
        bytes += Array(#"cd", "content": "x", "n": 1.5}"#.utf8)  // 1.5: not for the fast scanner
        for fast in [true, false] {
            var parser = JSONArticleParser()
            parser.usesFieldScanner = fast
            let parsed = parser.parseDocument(bytes, archive: "a", entry: "b.json")
            XCTAssertEqual(parsed.errors, [])
            XCTAssertEqual(parsed.documents.map(\.title), ["ab\u{FFFD}cd"])
        }
    }

    func testSaudiNewsNetRecordsFromSharedCorpus() throws {
        let path = try TestPaths.shared("news-jsonl.tar.gz")
        let run = try runPipeline([path])
        XCTAssertEqual(run.counters.documents, 6010)
        XCTAssertEqual(run.errors, 0)
        let first = run.documents[0]
        XCTAssertEqual(first["id"] as? String, "news-jsonl.tar.gz:news-jsonl/saudinewsnet/2015-08-08.jsonl:1")
        XCTAssertEqual(first["title"] as? String, "صور فاضحة مع فتيات في لوس أنجلوس تحيل 3 قياديين بأمانة المدينة للتحقيق")
        XCTAssertEqual(first["date_raw"] as? String, "2015-08-08 06:30:06")
        XCTAssertEqual(first["source"] as? String, "3alyoum")
    }

    /// Body lines are counted on bytes as `body.split(separator: "\n")` counts them on Characters
    /// (the first implementation, the reference here): "\r\n" is one Character and ends no line,
    /// blanks (NBSP, invisible marks, tabs, CR) alone make no line.
    func testBodyLinesCountedOnBytesAsOnCharacters() {
        func reference(_ body: String) -> Int { body.split(separator: "\n").filter { !$0.trimmingBlanks().isEmpty }.count }
        let pieces = ["\n", "\n", "\r\n", "\r", " ", "\t", "\u{00A0}", "\u{200F}", "\u{FEFF}", "\u{2028}", "\u{3000}",
                      "قال", "ب", "a", "\u{0301}", "\u{064E}", "😀", "\u{061C}", "\u{00AD}", "\u{000B}"]
        var rng = SeededGenerator(seed: 9_11_29)
        for _ in 0..<5000 {
            let body = (0..<Int.random(in: 0...16, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            XCTAssertEqual(JSONArticleParser.nonBlankLines(body), reference(body), "\(Array(body.unicodeScalars))")
        }
        XCTAssertEqual(JSONArticleParser.nonBlankLines("سطر\n\n \u{00A0}\nسطر آخر\r\nتابع\n"), 2)
    }
}
