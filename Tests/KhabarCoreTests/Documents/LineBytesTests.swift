import XCTest
@testable import KhabarCore

final class LineBytesTests: XCTestCase {
    /// The match key as the page parser made it before it was written through a pointer: one
    /// byte at a time, every byte tested for a blank first.
    private func reference(_ line: [UInt8], limit: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0, lastWasSpace = false
        line.withUnsafeBufferPointer { b in
            while i < b.count && out.count < limit {
                let blank = LineBytes.blankLength(b, at: i)
                if blank > 0 {
                    let c = b[i]
                    let isSpace = c == 0x20 || c == 0x09 || (c == 0xC2 && b[i + 1] == 0xA0)
                        || (c == 0xE2 && b[i + 1] == 0x80 && b[i + 2] <= 0x8A)
                    if isSpace && !lastWasSpace && !out.isEmpty { out.append(0x20); lastWasSpace = true }
                    i += blank
                    continue
                }
                let c = b[i]
                if c == 0xD9 && i + 1 < b.count {
                    let c1 = b[i + 1]
                    if c1 == 0x80 || (0x8B...0x9F).contains(c1) || c1 == 0xB0 { i += 2; continue }
                    if c1 == 0xB1 { out += [0xD8, 0xA7]; i += 2; lastWasSpace = false; continue }
                }
                if c == 0xD8 && i + 1 < b.count {
                    let c1 = b[i + 1]
                    if c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5 { out += [0xD8, 0xA7]; i += 2; lastWasSpace = false; continue }
                }
                if c == 0xD9 && i + 1 < b.count && b[i + 1] == 0x89 { out += [0xD9, 0x8A]; i += 2; lastWasSpace = false; continue }
                out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)  // ASCII letters lowercased
                lastWasSpace = false
                i += 1
            }
        }
        return out
    }

    /// The same key as the reference on random lines of the characters that matter (marks,
    /// tatweel, hamza forms, ى, invisibles, every kind of blank, ASCII, CJK, and cut or stray
    /// UTF-8 bytes), whole and cut at 64 bytes, and on the seed's lines.
    func testMatchKeyEqualsTheByteAtATimeReference() throws {
        let pieces: [[UInt8]] = [
            "تاريخ", "النشر", " ", "\t", "\r", ":", "a", "Z", "٠", "ـ", "\u{064E}", "\u{0651}", "\u{0670}", "أ", "إ", "آ", "ٱ", "ى",
            "ي", "ة", "\u{061C}", "\u{00A0}", "\u{00AD}", "\u{200B}", "\u{200F}", "\u{2003}", "\u{2028}", "\u{202F}", "\u{2060}",
            "\u{3000}", "\u{FEFF}", "\u{1680}", "中", "é", "؛", "،",
        ].map { Array($0.utf8) } + [[0xD8], [0xD9], [0xD8, 0x20], [0xD9, 0x41], [0xA7], [0xE2, 0x80], [0xC2]]
        var rng = SeededGenerator(seed: 16)
        var lines: [[UInt8]] = []
        for _ in 0..<5_000 {
            var line: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &rng) { line += pieces.randomElement(using: &rng)! }
            lines.append(line)
        }
        let seed = TestPaths.bytes(TestPaths.seed)
        lines += seed.split(separator: 0x0A).map(Array.init)
        for line in lines {
            let whole = line.withUnsafeBufferPointer { LineBytes.matchKey($0, limit: 4096) }
            XCTAssertEqual(whole, reference(line, limit: 4096), "\(line)")
            // Cut at 64: the same first 64 bytes (a two-byte letter at the limit may be whole).
            let cut = line.withUnsafeBufferPointer { LineBytes.matchKey($0) }
            let expected = reference(line, limit: 64)
            XCTAssertEqual(Array(cut.prefix(64)), Array(expected.prefix(64)), "\(line)")
            XCTAssertLessThanOrEqual(cut.count, 65)
        }
        XCTAssertEqual(String(decoding: Array("تَارِيـخُ  النَّشْرِ\u{200F}:".utf8).withUnsafeBufferPointer { LineBytes.matchKey($0) }, as: UTF8.self),
                       "تاريخ النشر:")
    }
}
