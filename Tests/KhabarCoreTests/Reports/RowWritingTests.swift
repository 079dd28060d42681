import Foundation
import XCTest
@testable import KhabarCore

/// The raw byte sink and the parallel row writer behind the co-occurrence report.
final class RowWritingTests: XCTestCase {
    func testByteSinkWritesIntegersAsDecimal() {
        var sink = ByteSink(capacity: 8)  // grows many times below
        for v in [0, 7, 10, 99, 100, 12345, -1, -10, -987654321, Int.max, Int.min] {
            sink.removeAll()
            sink.appendInteger(v)
            XCTAssertEqual(String(decoding: sink.bytes, as: UTF8.self), String(v))
        }
        sink.removeAll()
        for v in 0..<2000 { sink.appendInteger(v * 37); sink.append(0x2C) }
        XCTAssertEqual(String(decoding: sink.bytes, as: UTF8.self),
                       (0..<2000).map { "\($0 * 37)," }.joined())
    }

    func testByteSinkFixed4MatchesPrintf() {
        var sink = ByteSink(capacity: 16)
        var rng = SystemRandomNumberGenerator()
        // Random magnitudes, the association measures' range, ties of the fourth decimal
        // (x.xxxx5, where the product's rounding and printf's can differ), and zero and signs.
        var values: [Double] = [0, -0.0, -0.00001, 1, -1, 0.00005, -0.00005, 1.23455, 2.5e-5, 17151.4706, 13.3108, 1e15, -3.99995]
        for _ in 0..<5000 { values.append(Double.random(in: -20000...20000, using: &rng)) }
        for _ in 0..<2000 { values.append(Double(Int.random(in: -200000...200000, using: &rng)) / 10000 + 0.00005) }
        for v in values {
            sink.removeAll()
            sink.appendFixed4(v)
            // printf keeps the sign of a negative value that rounds to zero ("-0.0000"); the
            // reports print it unsigned, as they always have.
            let printf = String(format: "%.4f", v)
            XCTAssertEqual(String(decoding: sink.bytes, as: UTF8.self), printf == "-0.0000" ? "0.0000" : printf, "\(v)")
        }
        sink.removeAll()
        sink.appendFixed4(.nan)
        sink.appendFixed4(.infinity)
        XCTAssertEqual(sink.count, 0, "no text for values that are not finite (an empty CSV field)")
    }

    func testParallelRowsWriteInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-rows-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // More than a wave of chunks, and a last chunk that is not full.
        let count = ParallelRows.chunkRows * (ParallelRows.chunksPerWave + 2) + 17
        let path = folder.appendingPathComponent("rows.csv").path
        let out = try OutputFile(path: path)
        ParallelRows.write(count: count, to: out) { range, buffer in
            for i in range { buffer += Array("\(i),\(i * i)\n".utf8) }
        }
        try out.commit()
        let expected = (0..<count).map { "\($0),\($0 * $0)\n" }.joined()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), expected)
    }
}
