import Foundation
import XCTest
@testable import KhabarCore

/// Khabar's terms equal, term for term and count for count, those of an independent
/// implementation of text profile v1 (scripts/reference_terms.py: Python's unicodedata).
final class ReferenceProfileTests: XCTestCase {
    private func reference(_ input: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("python3 is needed to run the reference implementation")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [TestPaths.root.appendingPathComponent("scripts/reference_terms.py").path, input]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }

    private func khabar(_ input: String) throws -> String {
        let run = try runPipeline([input], filter: .none)
        var csv = "term,count,docs\n"
        for row in run.rows { csv += "\(row.term),\(row.count),\(row.docs)\n" }
        return csv
    }

    private func assertSame(_ input: String, expectedTerms: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let mine = try khabar(input), theirs = try reference(input)
        let a = mine.split(separator: "\n"), b = theirs.split(separator: "\n")
        XCTAssertEqual(a.count - 1, expectedTerms, file: file, line: line)
        XCTAssertEqual(a.count, b.count, file: file, line: line)
        if let i = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) {
            XCTFail("first difference at row \(i): khabar \(a[i]) reference \(b[i])", file: file, line: line)
        }
    }

    func testSeed() throws { try assertSame(TestPaths.seed, expectedTerms: 212) }
    func testNewsSmall() throws { try assertSame(try TestPaths.shared("news-small.tar.gz"), expectedTerms: 30913) }
    func testNewsJSONL() throws { try assertSame(try TestPaths.shared("news-jsonl.tar.gz"), expectedTerms: 112910) }
}
