import XCTest
@testable import KhabarCore

/// Report lines written in one piece through `RawLine` (the actor and date mention lines), and
/// the JSON escaping they share with every other writer (`JSONObjectWriter.writeEscaped`).
final class RawLineTests: XCTestCase {
    /// JSON escaping as written scalar by scalar: `"` `\` and control characters escaped (`\n`
    /// `\r` `\t`, others `\u00XX`), U+2028 and U+2029 as `\u2028` `\u2029`, the rest as UTF-8.
    private func referenceEscaped(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    /// Random strings over the bytes the escaping stops at (every control character, quotes,
    /// backslashes, E2 starting U+2028, U+2029 and other characters) between runs of Arabic and
    /// Latin text longer and shorter than its eight-byte steps.
    func testEscapingEqualsTheScalarByScalarReference() {
        var alphabet: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        alphabet += ["\"", "\\", "\u{2028}", "\u{2029}", "\u{2026}", "€", "\u{2027}", "a", "Z", "7", " ", "قال", "الرئيس",
                     "abcdefghij", "ونقلت وكالة الأنباء", "é", "😀"]
        var rng = SeededGenerator(seed: 3011_2026)
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            var out: [UInt8] = []
            JSONObjectWriter.appendString(s, to: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), referenceEscaped(s), s.debugDescription)
            // Through a RawLine too, with exactly the room it is promised.
            var line: [UInt8] = [0x41]
            var copy = s
            copy.withUTF8 { u in
                RawLine.append(maxBytes: RawLine.jsonStringBound(u.count), to: &line) { $0.put(jsonString: u) }
            }
            XCTAssertEqual(line, [0x41] + out)
        }
    }

    /// Integers as `CSVWriter.appendInteger` writes them (a minus sign, then the digits).
    func testIntegers() {
        // Each side of every power of ten (each digit count), the extremes and random values.
        var values = [0, 7, 12345, -987654321, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 1...18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power, 2 * power - 1, 5 * power + 7]
        }
        var rng = SeededGenerator(seed: 10)
        values += (0..<2000).map { _ in Int.random(in: -1_000_000_000...1_000_000_000, using: &rng) }
        values += (0..<200).map { _ in Int.random(in: Int.min...Int.max, using: &rng) }
        for v in values {
            var line: [UInt8] = []
            RawLine.append(maxBytes: 21, to: &line) { $0.put(integer: v) }
            XCTAssertEqual(String(decoding: line, as: UTF8.self), String(v))
        }
    }

    /// The actor mention lines against the same objects built field by field, for each way a
    /// mention is found, each unit, a tag (unit null), a discovered person and odd surfaces.
    func testActorMentionLinesEqualTheFieldByFieldObjects() {
        let index = ActorIndex.builtin
        let actor = index.actors.firstIndex { $0.type == .place }!
        let surfaces = ["مصر", "\"مصر\"", "a\\b\n\u{2028}\u{01}", "", String(repeating: "القاهرة ", count: 40)]
        for document in ["news.tar.gz:a/b.txt", "odd \"doc\"\n"] {
            for via in [ActorMention.Via.gazetteer, .alias, .discovered, .tag] {
                for unit in [CooccurrenceUnit.document, .paragraph, .sentence] {
                    for (k, surface) in surfaces.enumerated() {
                        let candidate: String? = via == .discovered ? "جون \"سميث\"" : nil
                        let m = ActorMention(actor: candidate == nil ? actor : nil, candidate: candidate == nil ? nil : 0, start: 3 + k, end: 1000 + k,
                                             line: 2 + k, sentence: 12 + k, via: via)
                        var w = JSONObjectWriter()
                        w.field("doc", document)
                        if let candidate {
                            w.field("actor", candidate)
                            w.field("id", "discovered:" + candidate)
                            w.field("type", "person")
                        } else {
                            w.field("actor", index.actors[actor].name)
                            w.field("id", index.actors[actor].id)
                            w.field("type", index.actors[actor].type.rawValue)
                        }
                        w.field("surface", surface)
                        w.field("start", m.start)
                        w.field("end", m.end)
                        if via == .tag {
                            w.field("unit", nil as String?)
                        } else {
                            w.field("unit", unit == .document ? 0 : unit == .paragraph ? m.line : m.sentence)
                        }
                        w.field("via", via.rawValue)
                        XCTAssertEqual(String(decoding: ActorMentionsReport.line(for: m, surface: surface, document: document, index: index, unit: unit,
                                                                       candidateName: candidate),
                                              as: UTF8.self),
                                       String(decoding: w.line(), as: UTF8.self))
                    }
                }
            }
        }
    }
}
