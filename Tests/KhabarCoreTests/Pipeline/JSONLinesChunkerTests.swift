import XCTest
@testable import KhabarCore

/// A large JSON Lines entry is cut into chunks of whole lines (`JSONLinesChunker`): the chunks
/// must be the entry's bytes in order, less the lines too long, each with the number of its
/// first line, and the pipeline must give the same documents as when the entry is read whole.
final class JSONLinesChunkerTests: XCTestCase {
    private struct Cut {
        var chunks: [JSONLinesChunker.Chunk] = []
        var tooLong: [Int] = []
        var isEmpty = false
        var blankPrefixBytes = 0
    }

    /// Feeds `bytes` in blocks of the given sizes (cycled).
    private func cut(_ bytes: [UInt8], chunk: Int, maxLine: Int, blocks: [Int]) -> Cut {
        var chunker = JSONLinesChunker(chunkBytes: chunk, maxLineBytes: maxLine)
        var out = Cut()
        var i = 0, k = 0
        while i < bytes.count {
            let n = min(blocks[k % blocks.count], bytes.count - i)
            bytes[i..<(i + n)].withUnsafeBytes { chunker.append($0, emit: { out.chunks.append($0) }, tooLong: { out.tooLong.append($0) }) }
            i += n
            k += 1
        }
        chunker.finish(emit: { out.chunks.append($0) }, tooLong: { out.tooLong.append($0) })
        out.isEmpty = chunker.isEmpty
        out.blankPrefixBytes = chunker.blankPrefixBytes
        return out
    }

    /// The lines of `bytes` (each with its newline, the last maybe without).
    private func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = [], start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            out.append(Array(bytes[start...i]))
            start = i + 1
        }
        if start < bytes.count { out.append(Array(bytes[start...])) }
        return out
    }

    func testChunksAreTheLinesInOrderWithTheirNumbers() throws {
        var rng = SystemRandomNumberGenerator()
        let fixture = TestPaths.bytes(TestPaths.fixture("ant-6.jsonl"))
        for round in 0..<200 {
            // Lines of the fixture, blank lines and short lines, with or without a final newline.
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: text += lines(fixture).randomElement(using: &rng)!.dropLast()
                case 1: text += Array("  \r".utf8)
                case 2: text += Array("{\"title\": \"خبر \(round)\"}".utf8)
                default: break
                }
                text.append(0x0A)
            }
            if Bool.random(using: &rng) { text += Array("{\"title\": \"آخر\"}".utf8) }
            let chunkBytes = Int.random(in: 1...6000, using: &rng)
            let blocks = (0..<3).map { _ in Int.random(in: 1...5000, using: &rng) }
            let result = cut(text, chunk: chunkBytes, maxLine: 1 << 20, blocks: blocks)
            XCTAssertEqual(result.tooLong, [])
            let hasContent = text.contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            XCTAssertEqual(result.isEmpty, !hasContent)
            // The chunks (after any blank prefix dropped before content) are the text.
            XCTAssertEqual(Array(text[..<result.blankPrefixBytes]).allSatisfy { [0x20, 0x0A, 0x0D, 0x09].contains($0) }, true)
            XCTAssertEqual(result.chunks.flatMap(\.bytes), hasContent ? Array(text[result.blankPrefixBytes...]) : [])
            var offset = result.blankPrefixBytes
            for c in result.chunks {
                XCTAssertFalse(c.bytes.isEmpty)
                XCTAssertEqual(c.firstLine, 1 + text[..<offset].filter { $0 == 0x0A }.count)
                XCTAssertTrue(offset == 0 || text[offset - 1] == 0x0A, "a chunk starts at a line's start")
                offset += c.bytes.count
            }
        }
    }

    func testLinesLongerThanTheLimitAreSkippedByNumber() throws {
        let fixture = TestPaths.bytes(TestPaths.fixture("ant-6.jsonl"))
        let all = lines(fixture)
        XCTAssertEqual(all.map { $0.count - 1 }, [2997, 2177, 4102, 36, 4933, 1395, 1906])
        for blocks in [[1], [7, 300], [1 << 16], [2999, 1]] {
            for chunk in [1, 100, 5000, 1 << 20] {
                let result = cut(fixture, chunk: chunk, maxLine: 3000, blocks: blocks)
                XCTAssertEqual(result.tooLong, [3, 5], "\(blocks) \(chunk)")
                XCTAssertEqual(result.chunks.flatMap(\.bytes), (all[0..<2] + [all[3]] + all[5...]).flatMap { $0 }, "\(blocks) \(chunk)")
                // The line after a skipped one starts a chunk with its own number.
                XCTAssertTrue(result.chunks.contains { $0.firstLine == 4 && $0.bytes.starts(with: all[3]) })
                XCTAssertTrue(result.chunks.contains { $0.firstLine == 6 && $0.bytes.starts(with: all[5]) })
            }
        }
        // A last line without a newline, too long: skipped too.
        let last = cut(Array(fixture.dropLast()), chunk: 100, maxLine: 1900, blocks: [64])
        XCTAssertEqual(last.tooLong, [1, 2, 3, 5, 7])
        XCTAssertEqual(last.chunks.map(\.firstLine), [4, 6])
    }

    func testWhiteSpaceOnlyIsEmpty() {
        let result = cut(Array(" \n\r\n\t\n".utf8), chunk: 2, maxLine: 100, blocks: [1])
        XCTAssertTrue(result.isEmpty)
        XCTAssertEqual(result.chunks, [])
        let prefixed = cut(Array("\n\n{\"title\": \"x\"}\n".utf8), chunk: 1, maxLine: 100, blocks: [1])
        XCTAssertFalse(prefixed.isEmpty)
        XCTAssertEqual(prefixed.blankPrefixBytes, 2)
        XCTAssertEqual(prefixed.chunks, [.init(bytes: Array("{\"title\": \"x\"}\n".utf8), firstLine: 3)])
    }

    func testAJSONLinesEntryInChunksGivesTheSameRun() throws {
        let input = try TestPaths.shared("news-jsonl.tar.gz")
        let whole = try runPipeline([input], jobs: 2)
        let chunked = try runPipeline([input], jobs: 2) { $0.batchBytes = 16 << 10 }  // chunks of ~16 KiB
        XCTAssertEqual(whole.counters.documents, 6010)
        XCTAssertEqual(chunked.rows, whole.rows)
        XCTAssertEqual(chunked.documentLines, whole.documentLines)
        XCTAssertEqual(chunked.notes, whole.notes)
        XCTAssertEqual(chunked.counters, whole.counters)
        // Ids keep the line numbers of the whole file (2015-08-08.jsonl has 1,348 lines, one
        // article each: the 1,501st document is line 153 of the next file).
        let ids = String(decoding: chunked.documentLines, as: UTF8.self).split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }.map { $0["id"] as! String }
        XCTAssertEqual(ids[1500], "news-jsonl.tar.gz:news-jsonl/saudinewsnet/2015-08-09.jsonl:153")
    }

    func testTheSizeLimitAppliesToEachLineOfAJSONLinesFile() throws {
        let run = try runPipeline([TestPaths.fixture("ant-6.jsonl")]) { $0.maxEntryBytes = 3000 }
        XCTAssertEqual(run.counters.documents, 4)  // lines 1, 2, 6, 7 (4 is not JSON)
        XCTAssertEqual(run.counters.skipped["too-large"], 2)
        XCTAssertEqual(run.counters.skippedExamples["too-large"], "ant-6.jsonl:ant-6.jsonl:3")
        XCTAssertEqual(run.notes.map(\.message).filter { $0.contains("max-entry-size") },
                       ["line 3 skipped: larger than --max-entry-size 3000 bytes",
                        "line 5 skipped: larger than --max-entry-size 3000 bytes"])
    }
}
