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
        XCTAssertEqual(lines.count, 38, "the sample's mentions report changed")
        lines.insert(("organization\tحماس", Array("{\"doc\":\"x\"}\n".utf8)), at: 5)
        lines.append(("", Array("\n".utf8)))
        return lines
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
        for block in [16, 100, 333, 4096, 1 << 20] {
            try TestPaths.withTemporaryFolder("spool-\(block)") { folder in
                let spool = try MentionSpool()
                for l in lines { spool.add(candidate: l.candidate, line: l.line) }
                let path = folder.appendingPathComponent("mentions.jsonl").path
                let out = try OutputFile(path: path)
                spool.replay(kept: kept, to: out, blockBytes: block)
                try out.commit()
                let got = TestPaths.bytes(path)
                // (compared whole, reported short: the lines are long)
                XCTAssertTrue(got == expected, "blocks of \(block) bytes: \(got.count) bytes back, \(expected.count) expected")
            }
        }
    }

    func testReplayOfNothingKeptOrAnEmptySpool() throws {
        let lines = try sampleLines()
        try TestPaths.withTemporaryFolder("spool-none") { folder in
            let spool = try MentionSpool()
            for l in lines { spool.add(candidate: l.candidate, line: l.line) }
            let path = folder.appendingPathComponent("a.jsonl").path
            let out = try OutputFile(path: path)
            spool.replay(kept: [], to: out, blockBytes: 64)
            try out.commit()
            XCTAssertEqual(TestPaths.bytes(path), [])
            let empty = try MentionSpool()
            let path2 = folder.appendingPathComponent("b.jsonl").path
            let out2 = try OutputFile(path: path2)
            empty.replay(kept: ["x"], to: out2)
            try out2.commit()
            XCTAssertEqual(TestPaths.bytes(path2), [])
        }
    }

    func testTheTabbedNameIsMatchedWhole() throws {
        let lines = try sampleLines()
        try TestPaths.withTemporaryFolder("spool-tab") { folder in
            let spool = try MentionSpool()
            for l in lines { spool.add(candidate: l.candidate, line: l.line) }
            let path = folder.appendingPathComponent("a.jsonl").path
            let out = try OutputFile(path: path)
            spool.replay(kept: ["organization\tحماس", "حماس"], to: out, blockBytes: 32)
            try out.commit()
            XCTAssertEqual(TestPaths.bytes(path), Array("{\"doc\":\"x\"}\n".utf8))
        }
    }
}
