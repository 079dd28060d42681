import XCTest
@testable import KhabarCore

/// A `.json` array of articles is streamed as lines (`JSONArrayLines`): the documents must be
/// those of the whole document parsed at once, item for item, and faults of the array's
/// structure are reported without losing the other items.
final class JSONArrayLinesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-json-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the pipeline on `text` as `x.json`, in chunks of `batch` bytes.
    private func run(_ text: [UInt8], batch: Int = 1 << 20) throws -> (docs: [[String: Any]], run: RunOutput) {
        let path = folder.appendingPathComponent("x.json").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text)))
        let out = try runPipeline([path]) { $0.batchBytes = batch }
        return (out.documents, out)
    }

    /// The converted lines of `text`, fed in blocks of `block` bytes, and the faults.
    private func convert(_ text: String, block: Int) -> (String, [JSONArrayLines.Fault]) {
        var lines = JSONArrayLines(), out: [UInt8] = [], faults: [JSONArrayLines.Fault] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let n = min(block, bytes.count - i)
            bytes[i..<(i + n)].withUnsafeBytes { lines.convert($0, into: &out, fault: { faults.append($0) }) }
            i += n
        }
        lines.finish { faults.append($0) }
        return (String(decoding: out, as: UTF8.self), faults)
    }

    func testItemsBecomeLines() {
        for block in [1, 2, 3, 7, 1000] {
            let (lines, faults) = convert("  [\n  {\"title\": \"a],[b\\\"\", \"n\": [1, {\"x\": 2}]},\r\n  \"s\\\\\", 3 ]\n", block: block)
            XCTAssertEqual(lines, "   {\"title\": \"a],[b\\\"\", \"n\": [1, {\"x\": 2}]}\n    \"s\\\\\"\n 3 ", "\(block)")
            XCTAssertEqual(faults, [])
        }
        // A raw line end inside a string (not JSON) stays inside its item, as U+001F.
        XCTAssertEqual(convert("[\"a\nb\", 1]", block: 2).0, "\"a\u{1F}b\"\n 1")
        XCTAssertEqual(convert("[]", block: 1).0, "")
    }

    func testFaultsOfTheArray() {
        XCTAssertEqual(convert("[1,,2]", block: 1).1, [.init(item: 2, message: "not valid JSON: an empty item (two commas, or one after [)")])
        XCTAssertEqual(convert("[, 1]", block: 3).1, [.init(item: 1, message: "not valid JSON: an empty item (two commas, or one after [)")])
        XCTAssertEqual(convert("[1, 2, ]", block: 3).1, [.init(item: 3, message: "not valid JSON: an empty item (a comma before ])")])
        XCTAssertEqual(convert("[1] x ]", block: 2).1, [.init(item: 0, message: "not valid JSON: text after the end of the array")])
        XCTAssertEqual(convert("[1, {\"a\": [2]", block: 4).1, [.init(item: 0, message: "not valid JSON: the array is not closed (1 item before the last)")])
        XCTAssertEqual(JSONArrayLines.startsArray(UnsafeRawBufferPointer(start: nil, count: 0)), nil)
        XCTAssertEqual(Array(" \n[".utf8).withUnsafeBytes { JSONArrayLines.startsArray($0) }, true)
        XCTAssertEqual(Array(" {".utf8).withUnsafeBytes { JSONArrayLines.startsArray($0) }, false)
    }

    func testTheSharedRecordsAsArraysGiveWhatTheWholeDocumentGives() throws {
        let archive = try ArchiveReader(path: try TestPaths.shared("news-jsonl.tar.gz"), name: "news-jsonl")
        let (name, jsonl) = try XCTUnwrap(try archive.allEntries().min { $0.key < $1.key })
        XCTAssertTrue(name.hasSuffix("2015-08-08.jsonl"))
        let items = jsonl.split(separator: 0x0A).map { try! JSONSerialization.jsonObject(with: Data($0)) }
        XCTAssertEqual(items.count, 1348)
        for options: JSONSerialization.WritingOptions in [[], [.prettyPrinted]] {
            let text = [UInt8](try JSONSerialization.data(withJSONObject: items, options: options))
            let whole = JSONArticleParser().parseDocument(text, archive: "x.json", entry: "x.json")
            XCTAssertEqual(whole.documents.count, 1348)
            for batch in [4 << 10, 1 << 20] {
                let streamed = try run(text, batch: batch)
                XCTAssertEqual(streamed.run.errors, 0)
                XCTAssertEqual(streamed.docs.count, 1348)
                XCTAssertEqual(streamed.docs.map { $0["id"] as? String }, whole.documents.map(\.id))
                XCTAssertEqual(streamed.docs.map { $0["title"] as? String }, whole.documents.map(\.title))
                XCTAssertEqual(streamed.docs.map { $0["date_raw"] as? String }, whole.documents.map(\.dateRaw))
                XCTAssertEqual(streamed.run.counters.bytes, text.count)
            }
        }
    }

    func testABadItemNoLongerLosesTheFile() throws {
        let text = Array(#"[{"title": "أ", "content": "نص"}, {"title": "ب" "content": "x"}, 7, {"title": "ج"},]"#.utf8)
        let out = try run(text)
        XCTAssertEqual(out.docs.map { $0["id"] as? String }, ["x.json:x.json:1", "x.json:x.json:4"])
        XCTAssertEqual(out.run.counters.skipped[SkipReason.badJSONRecord], 3)
        let messages = out.run.notes.map(\.message)
        XCTAssertEqual(messages.count, 3)
        XCTAssertEqual(messages[0], "item 5 skipped: not valid JSON: an empty item (a comma before ])")
        XCTAssertTrue(messages[1].hasPrefix("item 2 skipped: not valid JSON"), messages[1])
        XCTAssertEqual(messages[2], "item 3 skipped: not a JSON object")
    }

    func testOneObjectIsStillOneDocument() throws {
        let out = try run(Array(#"  {"title": "عنوان", "content": "نص"}"#.utf8))
        XCTAssertEqual(out.docs.map { $0["id"] as? String }, ["x.json:x.json"])
        let empty = try run(Array(" \n ".utf8))
        XCTAssertEqual(empty.run.counters.skipped[SkipReason.empty], 1)
        let none = try run(Array("[]".utf8))
        XCTAssertEqual(none.docs.count, 0)
        XCTAssertEqual(none.run.counters.skipped, [:])
    }
}
