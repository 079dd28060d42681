import Foundation
import XCTest
@testable import KhabarCore

final class ReportsTests: XCTestCase {
    func testCSVQuotesOnlyWhenNeeded() {
        let w = CSVWriter()
        XCTAssertEqual(String(decoding: w.row(["بوتين", "a,b", "say \"hi\"", "x\ny"]), as: UTF8.self),
                       "بوتين,\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\n")
        XCTAssertEqual(CSVWriter(crlf: true).row(["a"]), [0x61, 0x0D, 0x0A])
    }

    func testJSONEscapes() {
        var out: [UInt8] = []
        JSONObjectWriter.appendString("\"قال\"\\\n\t\u{01}\u{2028}é", to: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), #""\"قال\"\\\n\t\u0001\u2028é""#)
        var w = JSONObjectWriter()
        w.field("a", nil as String?)
        w.field("b", ["x", "ي"])
        w.field("c", 3)
        XCTAssertEqual(String(decoding: w.line(), as: UTF8.self), "{\"a\":null,\"b\":[\"x\",\"ي\"],\"c\":3}\n")
    }

    func testTermsReportFormats() throws {
        let rows = [TermRow(term: "غزة", count: 3, docs: 1), TermRow(term: "x", count: 1, docs: 1)]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-reports-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csvPath = dir.appendingPathComponent("t.csv").path
        let csv = try OutputFile(path: csvPath)
        TermsReport.write(rows, format: .csv, byteOrderMark: true, to: csv)
        try csv.commit()
        XCTAssertEqual(TestPaths.bytes(csvPath), CSVWriter.byteOrderMark + Array("term,count,docs\nغزة,3,1\nx,1,1\n".utf8))
        let jsonPath = dir.appendingPathComponent("t.jsonl").path
        let json = try OutputFile(path: jsonPath)
        TermsReport.write(rows, format: .jsonl, to: json)
        try json.commit()
        XCTAssertEqual(String(decoding: TestPaths.bytes(jsonPath), as: UTF8.self),
                       "{\"term\":\"غزة\",\"count\":3,\"docs\":1}\n{\"term\":\"x\",\"count\":1,\"docs\":1}\n")
    }

    func testDiscardedOutputLeavesTheOldFileAndNoTemporary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-atomic-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("terms.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        let out = try OutputFile(path: path)
        out.write("half a report")
        out.discard()
        XCTAssertEqual(String(decoding: TestPaths.bytes(path), as: UTF8.self), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["terms.csv"])
    }

    /// A committed report replaces the old file (moved aside, then removed in the background: see
    /// `commit()`), and leaves nothing else in the folder; another link to the old file keeps the
    /// old content.
    func testCommittedOutputReplacesTheOldFileAndLeavesNothingElse() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-replace-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("terms.csv").path, other = dir.appendingPathComponent("kept.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(link(path, other), 0)
        for round in 1...2 {
            let out = try OutputFile(path: path)
            out.write("new \(round)\n")
            try out.commit()
            XCTAssertEqual(String(decoding: TestPaths.bytes(path), as: UTF8.self), "new \(round)\n")
        }
        XCTAssertEqual(String(decoding: TestPaths.bytes(other), as: UTF8.self), "old\n")
        ReplacedFiles.waitForAll()  // the old files are removed in the background
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["kept.csv", "terms.csv"])
    }

    /// A folder where the report should go is an error (at the start; or at the end, if it
    /// appeared during the run), and stays as it was.
    func testOutputOverAFolderIsAnErrorAndKeepsTheFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-over-folder-\(getpid())")
        let path = dir.appendingPathComponent("terms.csv").path
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try OutputFile(path: path)
        out.write("new\n")
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        XCTAssertThrowsError(try OutputFile(path: path)) { error in
            XCTAssertEqual("\(error)", path + ": Is a directory")
        }
        XCTAssertThrowsError(try out.commit()) { error in
            XCTAssertTrue("\(error)".hasPrefix(path + ": "), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path), ["inside"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["terms.csv"])
    }

    func testDevicesAreWrittenToNotReplaced() throws {
        let out = try OutputFile(path: "/dev/null")
        out.write("x")
        try out.commit()
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
    }

    func testOutputIntoAMissingFolderIsAnError() {
        XCTAssertThrowsError(try OutputFile(path: "/nonexistent-folder/x.csv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/nonexistent-folder/x.csv: the folder"), "\(error)")
        }
    }

    /// GEXF and GraphML: ids and names escaped once per actor, as bytes (they went through
    /// `replacingOccurrences` for every edge).
    func testXMLEscapes() {
        XCTAssertEqual(String(decoding: CooccurrenceReport.xmlEscaped(#"a&b<c>"d' "&amp;" قطر"#), as: UTF8.self),
                       "a&amp;b&lt;c&gt;&quot;d' &quot;&amp;amp;&quot; قطر")
        XCTAssertEqual(CooccurrenceReport.xmlEscaped(""), [])
    }
}
