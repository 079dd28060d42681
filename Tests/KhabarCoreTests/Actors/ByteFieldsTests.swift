import XCTest
@testable import KhabarCore

/// `byteFields` cuts as `split` on the UTF-8 view did (which it replaced in the gazetteer and
/// name-list parsing), on the built-in gazetteer, the common-words table, the seed page and
/// edge cases.
final class ByteFieldsTests: XCTestCase {
    private func reference(_ s: String, _ separator: UInt8, omittingEmpty: Bool) -> [String] {
        s.utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { String(decoding: $0, as: UTF8.self) }
    }

    func testSameFieldsAsSplitOnRealText() throws {
        let seed = String(decoding: TestPaths.bytes(TestPaths.seed), as: UTF8.self)
        for text in [BuiltinGazetteer.tsv, CommonWords.tsv, seed] {
            for separator: UInt8 in [0x0A, 0x09, 0x20, 0x7C, 0x2C] {
                for omitting in [false, true] {
                    XCTAssertEqual(byteFields(text, separator: separator, omittingEmpty: omitting),
                                   reference(text, separator, omittingEmpty: omitting), "separator \(separator) omitting \(omitting)")
                }
            }
        }
        // The gazetteer's rows: 1,612 actors and a header (and the file's last newline).
        let rows = byteFields(BuiltinGazetteer.tsv, separator: 0x0A, omittingEmpty: true)
        XCTAssertEqual(rows.filter { !$0.hasPrefix("#") }.count, BuiltinGazetteer.count + 1)
        XCTAssertEqual(byteFields(rows.first { !$0.hasPrefix("#") }!, separator: 0x09).first, "id")
    }

    func testEdges() {
        for text in ["", "\t", "\t\t", "a", "\ta", "a\t", "a\t\tb", "عبد\tالله\t", "é\u{301}\tx"] {
            for omitting in [false, true] {
                XCTAssertEqual(byteFields(text, separator: 0x09, omittingEmpty: omitting),
                               reference(text, 0x09, omittingEmpty: omitting), "\(Array(text.utf8)) \(omitting)")
            }
        }
        XCTAssertEqual(byteFields("a\t\tb", separator: 0x09), ["a", "", "b"])
        XCTAssertEqual(byteFields("", separator: 0x09), [""])
        XCTAssertEqual(byteFields("", separator: 0x09, omittingEmpty: true), [])
    }
}
