import CText
import XCTest
@testable import KhabarCore

/// The fast reader of JSON Lines records (`JSONFieldScanner`) must give what `JSONSerialization`
/// gives, record for record and error for error, or leave the line to it.
final class JSONFieldScannerTests: XCTestCase {
    private func bothWays(_ bytes: [UInt8], fields: JSONFieldNames = .common,
                          file: StaticString = #filePath, line: UInt = #line) -> (documents: [Document], errors: [JSONRecordError]) {
        var general = JSONArticleParser(fields: fields)
        general.usesFieldScanner = false
        let slow = general.parseLines(bytes, archive: "a", entry: "b.jsonl")
        let fast = JSONArticleParser(fields: fields).parseLines(bytes, archive: "a", entry: "b.jsonl")
        XCTAssertEqual(fast.documents, slow.documents, String(decoding: bytes, as: UTF8.self), file: file, line: line)
        XCTAssertEqual(fast.errors, slow.errors, String(decoding: bytes, as: UTF8.self), file: file, line: line)
        // The same bytes as a `.json` document of one object (when they are one line).
        if !bytes.contains(0x0A) {
            let slowDocument = general.parseDocument(bytes, archive: "a", entry: "b.json")
            let fastDocument = JSONArticleParser(fields: fields).parseDocument(bytes, archive: "a", entry: "b.json")
            XCTAssertEqual(fastDocument.documents, slowDocument.documents, String(decoding: bytes, as: UTF8.self), file: file, line: line)
            XCTAssertEqual(fastDocument.errors, slowDocument.errors, String(decoding: bytes, as: UTF8.self), file: file, line: line)
        }
        return fast
    }

    private func scans(_ text: String, fields: JSONFieldNames = .common) -> Bool {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { JSONFieldScanner(fields: fields)!.scan(UnsafeBufferPointer($0)) != nil }
    }

    func testEveryRecordOfTheSharedJSONLinesIsScannedAndTheSame() throws {
        let archive = try ArchiveReader(path: try TestPaths.shared("news-jsonl.tar.gz"), name: "news-jsonl")
        var lines = 0
        for (_, bytes) in try archive.allEntries() {
            let parsed = bothWays(bytes)
            XCTAssertEqual(parsed.errors, [])
            for line in bytes.split(separator: 0x0A) {
                lines += 1
                XCTAssertTrue(scans(String(decoding: line, as: UTF8.self)), "a SaudiNewsNet record is left to the general parser")
            }
        }
        XCTAssertEqual(lines, 6010)
    }

    func testTheFixtureWithItsBadLine() {
        let parsed = bothWays(TestPaths.bytes(TestPaths.fixture("ant-6.jsonl")))
        XCTAssertEqual(parsed.documents.count, 6)
        XCTAssertEqual(parsed.errors.map(\.position), [4])
    }

    func testWhatIsLeftToTheGeneralParser() {
        XCTAssertTrue(scans(#"{"title": "t", "content": "a\nb\u0628\ud83d\ude00", "n": [1, -2.5, {"x": null}], "b": true}"#))
        XCTAssertTrue(scans(#"{"title": 12, "tags": ["a", "b"], "url": null}"#))
        XCTAssertTrue(scans("{}"))
        for line in [
            #"[{"title": "t"}]"#, #"{"title": "t"} x"#, #"{"title": true}"#, #"{"title": 1.5}"#, #"{"title": -0}"#,
            #"{"title": {"x": 1}}"#, #"{"tags": ["a", 1]}"#, #"{"title": "a", "title": "b"}"#, #"{"tïtle": "a"}"#,
            #"{"t\u0069tle": "a"}"#, #"{"title": "\u0000"}"#, #"{"title": "\ud800"}"#, #"{"title": "\udc00x"}"#,
            #"{"x": 1e5}"#, #"{"x": 12345678901234567890}"#, #"{"x": 01}"#, #"{"x": "a\qb"}"#, "{\"x\": \"a\tb\"}",
            #"{"x": [1, 2,]}"#, #"{"x": tru}"#, #"{"title": "t""#, "{\"x\": " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}",
        ] {
            XCTAssertFalse(scans(line), line)
            _ = bothWays(Array(line.utf8))
        }
        var dotted = JSONFieldNames.common
        dotted.text = ["payload.body"]
        XCTAssertNil(JSONFieldScanner(fields: dotted))
    }

    /// The UTF-8 check the scanner keeps a string's bytes by (`khabar_utf8_valid`, sixteen bytes
    /// at a time through ASCII and two-byte sequences) says what Swift's validation says, on
    /// random mixes of every kind of sequence, well-formed or not, at every alignment.
    func testUTF8CheckAgreesWithSwift() {
        var rng = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            [0x41], [0x20], [0x0A], Array("ب".utf8), Array("م".utf8), Array("é".utf8), Array("\u{200F}".utf8), Array("€".utf8),
            Array("😀".utf8), Array("\u{10FFFF}".utf8), Array("\u{E000}".utf8),
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xD8], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x82],
        ]
        var invalid = 0
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            let valid = round % 3 != 0  // two in three of only well-formed pieces
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                let k = valid ? Int.random(in: 0..<11, using: &rng) : Int.random(in: 0..<pieces.count, using: &rng)
                // Mostly Arabic and ASCII, as news is.
                bytes += Int.random(in: 0..<3, using: &rng) == 0 ? pieces[k] : pieces[Int.random(in: 0..<5, using: &rng)]
            }
            let swift = String(validating: bytes, as: UTF8.self) != nil
            if !swift { invalid += 1 }
            for offset in 0..<min(3, bytes.count + 1) {
                let slice = Array(bytes[offset...])
                let expected = String(validating: slice, as: UTF8.self) != nil
                let got = slice.withUnsafeBufferPointer { $0.isEmpty || khabar_utf8_valid($0.baseAddress!, $0.count) != 0 }
                XCTAssertEqual(got, expected, "\(slice)")
            }
        }
        XCTAssertGreaterThan(invalid, 1000)
    }

    /// A string of text with escapes and invalid bytes: the scanner's bytes are those of the
    /// `String` the general parser gives (the plain runs found sixteen bytes at a time).
    func testStringsWithEscapesAndInvalidBytesAsTheGeneralParserGivesThem() {
        let plain = String(repeating: "نص عربي طويل ", count: 5)
        var line = Array(#"{"title": "عنوان", "content": ""#.utf8) + Array(plain.utf8) + Array(#"\n\"سطر\" ثان\t\u0628"#.utf8)
        line += [0xD8, 0x20, 0xFF] + Array(plain.utf8) + Array(#"", "tags": ["a\nb", "ج"]}"#.utf8)
        let parsed = bothWays(line)
        XCTAssertEqual(parsed.documents.count, 1)
        let text = String(decoding: parsed.documents[0].text, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("عنوان\n" + plain + "\n\"سطر\" ثان\tب\u{FFFD} \u{FFFD}" + plain), text)
        XCTAssertEqual(parsed.documents[0].tags, ["a\nb", "ج"])
    }

    func testRandomRecordsGiveTheSameDocumentsAndErrors() {
        var rng = SystemRandomNumberGenerator()
        let keys = ["title", "content", "text", "date", "date_extracted", "source", "url", "tags", "author", "id", "x"]
        let pieces = ["خبر", "عاجل", "a", " ", "\\n", "\\r\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u0628", "\\u00e9", "\\ud83d\\ude00",
                      "\\ud83d", "\\udc00", "\\u0000", "\\x", "é", "\u{200F}", "\t", "2018-03-22"]
        func string() -> String {
            "\"" + (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() + "\""
        }
        func value(_ depth: Int) -> String {
            switch Int.random(in: 0..<(depth > 2 ? 7 : 9), using: &rng) {
            case 0, 1, 2: return string()
            case 3: return ["0", "12", "-7", "1.25", "-0", "1e3", "123456789012345678901", "01", "-"].randomElement(using: &rng)!
            case 4: return ["true", "false", "null", "nul"].randomElement(using: &rng)!
            case 5: return "[" + (0..<Int.random(in: 0...3, using: &rng)).map { _ in string() }.joined(separator: ", ") + "]"
            case 6: return "[]"
            case 7: return "[" + (0..<Int.random(in: 0...3, using: &rng)).map { _ in value(depth + 1) }.joined(separator: ",") + "]"
            default: return "{" + (0..<Int.random(in: 0...3, using: &rng)).map { _ in "\"\(keys.randomElement(using: &rng)!)\": \(value(depth + 1))" }.joined(separator: ", ") + "}"
            }
        }
        var scanned = 0
        for _ in 0..<3000 {
            var line = "{" + (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                "\"\(keys.randomElement(using: &rng)!)\"" + [":", " : ", ":\t"].randomElement(using: &rng)! + value(0)
            }.joined(separator: [",", " , "].randomElement(using: &rng)!) + "}"
            switch Int.random(in: 0..<10, using: &rng) {  // damage some
            case 0: line = String(line.dropLast(Int.random(in: 1...3, using: &rng)))
            case 1: line += [" ", "x", "}", "\r"].randomElement(using: &rng)!
            case 2: line = " " + line
            default: break
            }
            var bytes = Array(line.utf8)
            if Int.random(in: 0..<10, using: &rng) == 0, !bytes.isEmpty { bytes.insert(0xFF, at: Int.random(in: 0..<bytes.count, using: &rng)) }
            if bytes.withUnsafeBufferPointer({ JSONFieldScanner(fields: .common)!.scan($0) != nil }) { scanned += 1 }
            _ = bothWays(bytes)
        }
        XCTAssertGreaterThan(scanned, 300, "the fast reader takes a good share of the random records")
    }
}
