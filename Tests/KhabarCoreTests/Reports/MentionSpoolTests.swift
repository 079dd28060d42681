import Foundation
import XCTest
@testable import KhabarCore

/// The spool of discovered people's mention lines: what goes in comes back, in order, for the
/// kept names only, whatever the size of the blocks it is read back in.
final class MentionSpoolTests: XCTestCase {
    /// The discovered people's lines of the sample's mentions report (real lines of a real run),
    /// with their names, and a name with a tab and an empty line around them.
    private func sampleLines() throws -> [(candidate: String, line: [UInt8])] {
        let text = try String(contentsOfFile: TestPaths.root.appendingPathComponent("notebooks-data/reports/mentions.jsonl").path, encoding: .utf8)
        var lines: [(String, [UInt8])] = []
        for line in text.split(separator: "\n") where line.contains("\"via\":\"discovered\"") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            lines.append((object["actor"] as! String, Array((line + "\n").utf8)))
        }
        XCTAssertEqual(lines.count, 945, "the sample's mentions report changed")
        lines.insert(("organization\tحماس", Array("{\"doc\":\"x\"}\n".utf8)), at: 5)
        lines.append(("", Array("\n".utf8)))
        return lines
    }

    /// The bytes a spool of `lines` replays for `kept`, read `block` bytes at a time (nil: the
    /// default blocks), through an output file in a temporary folder.
    private func replayed(_ lines: [(candidate: String, line: [UInt8])], kept: [String], block: Int?) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try TestPaths.withTemporaryFolder("spool-\(block ?? 0)") { folder in
            let spool = try MentionSpool()
            for l in lines { spool.add(candidate: l.candidate, line: l.line) }
            let path = folder.appendingPathComponent("mentions.jsonl").path
            let out = try OutputFile(path: path)
            if let block { try spool.replay(kept: kept, to: out, blockBytes: block) } else { try spool.replay(kept: kept, to: out) }
            try out.commit()
            bytes = TestPaths.bytes(path)
        }
        return bytes
    }

    func testReplayKeepsTheKeptNamesInOrderAcrossBlockSizes() throws {
        let lines = try sampleLines()
        let names = Set(lines.map(\.candidate))
        // Every other distinct name kept (sorted: the same choice on every run).
        let kept = names.sorted().enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let expected = lines.filter { kept.contains($0.candidate) }.flatMap(\.line)
        XCTAssertFalse(expected.isEmpty)
        XCTAssertLessThan(expected.count, lines.flatMap(\.line).count)
        // 16 bytes: most records straddle two or more blocks and the buffer grows; 1 MiB: one block.
        for block in [16, 100, 333, 4096, nil] {
            let got = try replayed(lines, kept: kept, block: block)
            // (compared whole, reported short: the lines are long)
            XCTAssertTrue(got == expected, "blocks of \(block ?? 1 << 20) bytes: \(got.count) bytes back, \(expected.count) expected")
        }
    }

    /// The sample's lines 25 times over (6 MB): the spool is written in several whole blocks
    /// (past the page cache where the file system allows, `DirectFile`) and read back across them.
    func testALargeSpoolComesBackWhole() throws {
        let lines = try sampleLines()
        let many = Array(repeatElement(lines, count: 25).joined())
        let kept = Array(Set(lines.map(\.candidate)).sorted().prefix(40))
        let expected = many.filter { kept.contains($0.candidate) }.flatMap(\.line)
        XCTAssertGreaterThan(many.reduce(0) { $0 + $1.line.count }, 5 * DirectFile.blockBytes)
        let got = try replayed(many, kept: kept, block: nil)
        XCTAssertTrue(got == expected, "\(got.count) bytes back, \(expected.count) expected")
    }

    func testReplayOfNothingKeptOrAnEmptySpool() throws {
        XCTAssertEqual(try replayed(try sampleLines(), kept: [], block: 64), [])
        XCTAssertEqual(try replayed([], kept: ["x"], block: nil), [])
    }

    func testTheTabbedNameIsMatchedWhole() throws {
        XCTAssertEqual(try replayed(try sampleLines(), kept: ["organization\tحماس", "حماس"], block: 32),
                       Array("{\"doc\":\"x\"}\n".utf8))
    }
}
