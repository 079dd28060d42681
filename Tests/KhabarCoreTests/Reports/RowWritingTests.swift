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

    /// CSV fields through the sink are `CSVWriter.appendField`'s: the seed's words (as they are
    /// written in the text, punctuation included) and fields that need quotes.
    func testByteSinkCSVFieldsAreCSVWritersFields() {
        let seed = String(decoding: TestPaths.bytes(TestPaths.seed), as: UTF8.self)
        let fields = seed.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            + ["", "a,b", "say \"hi\"", "\"", "line\nbreak", "cr\rlf", "سلام،عليكم", "x\"\"y"]
        XCTAssertGreaterThan(fields.count, 300)
        var sink = ByteSink(capacity: 4)
        var reference: [UInt8] = []
        for f in fields {
            var copy = f
            copy.withUTF8 { sink.appendCSVField($0) }
            CSVWriter.appendField(f, to: &reference)
            sink.append(0x0A); reference.append(0x0A)
        }
        XCTAssertEqual(Array(sink.bytes), reference)
        XCTAssertTrue(String(decoding: sink.bytes, as: UTF8.self).contains("\"say \"\"hi\"\"\"\n"))
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
        let expected = (0..<count).map { "\($0),\($0 * $0)\n" }.joined()
        for threads in [1, 2, 8] {
            let path = folder.appendingPathComponent("rows-\(threads).csv").path
            let out = try OutputFile(path: path)
            ParallelRows.write(count: count, threads: threads, to: out) { range, buffer in
                for i in range { buffer += Array("\(i),\(i * i)\n".utf8) }
            }
            try out.commit()
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), expected, "\(threads) threads")
        }
    }
}

/// JSON string escaping: the eight-bytes-at-a-time scan escapes exactly what a byte-by-byte
/// scan does, wherever the special bytes fall (inside or across words).
final class JSONEscapingTests: XCTestCase {
    /// The rules, one byte at a time: `"` `\` and controls escaped, U+2028/U+2029 as \u escapes.
    private func reference(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: out += Array(#"\""#.utf8)
            case 0x5C: out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out += Array((bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                i += 2
            case 0..<0x20: out += Array(String(format: "\\u%04x", Int(b)).utf8)
            default: out.append(b)
            }
            i += 1
        }
        return out
    }

    func testWordScanEscapesAsTheByteScan() {
        var rng = SeededGenerator(seed: 2028)
        let pieces: [[UInt8]] = [Array("قال".utf8), Array("abc".utf8), [0x22], [0x5C], [0x0A], [0x09], [0x01], [0x1F],
                                 Array("\u{2028}".utf8), Array("\u{2029}".utf8), Array("\u{2026}".utf8), Array("—".utf8),
                                 [0x20], Array("é".utf8), Array("🙂".utf8), [0x7F]]
        for length in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<(length % 40) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            var out: [UInt8] = []
            bytes.withUnsafeBufferPointer { JSONObjectWriter.appendEscaped(utf8: $0, to: &out) }
            XCTAssertEqual(out, reference(bytes), String(decoding: bytes, as: UTF8.self))
        }
        // Every byte value at every position of strings of one word, of two, and of lengths whose
        // last word overlaps the one before (the whole-string test reads the last eight bytes).
        for length in [1, 7, 8, 9, 13, 15, 16, 17, 23, 31, 32, 33] {
            for value in 0...255 {
                for position in 0..<length {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = UInt8(value)
                    var out: [UInt8] = []
                    bytes.withUnsafeBufferPointer { JSONObjectWriter.appendEscaped(utf8: $0, to: &out) }
                    XCTAssertEqual(out, reference(bytes), "byte \(value) at \(position) of \(length)")
                }
            }
        }
        for value in 0...255 {
            for position in 0..<16 {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: 16)
                bytes[position] = UInt8(value)
                var out: [UInt8] = []
                bytes.withUnsafeBufferPointer { JSONObjectWriter.appendEscaped(utf8: $0, to: &out) }
                XCTAssertEqual(out, reference(bytes), "byte \(value) at \(position)")
            }
        }
    }
}
