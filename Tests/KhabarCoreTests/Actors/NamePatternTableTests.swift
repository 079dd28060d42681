import XCTest
@testable import KhabarCore

final class NamePatternTableTests: XCTestCase {
    /// For every first token of the built-in gazetteer (real Arabic names), the flat table gives
    /// the same patterns in the same order as `byFirst`: actor, canonical, descriptor, every
    /// token's bytes and hash. A key that differs in one byte, or is absent, gives none.
    func testSamePatternsAsByFirst() {
        let index = ActorIndex.builtin
        let table = index.namePatterns
        var total = 0
        for key in index.byFirst.keys {
            let expected = index.byFirst[key]!
            let found = key.bytes.withUnsafeBufferPointer { k in
                table.patterns(firstHash: key.hash) { $0.count == k.count && $0.elementsEqual(k) }
            }
            XCTAssertEqual(found.count, expected.count, "\(String(decoding: key.bytes, as: UTF8.self))")
            for (k, p) in zip(found, expected) {
                let flat = table[k]
                XCTAssertEqual(flat.actor, p.actor)
                XCTAssertEqual(flat.canonical, p.canonical)
                XCTAssertEqual(flat.descriptorLength, p.descriptorLength)
                XCTAssertEqual(flat.length, p.tokens.count)
                for j in 0..<p.tokens.count {
                    XCTAssertEqual(Array(table.token(flat, j)), p.tokens[j])
                    XCTAssertEqual(table.tokenHash(flat, j), p.hashes[j])
                    XCTAssertTrue(p.tokens[j].withUnsafeBufferPointer { table.token(flat, j, equals: $0) })
                }
                if p.tokens.count > 1 {
                    var other = p.tokens[1]
                    other[0] ^= 0x01
                    XCTAssertFalse(other.withUnsafeBufferPointer { table.token(flat, 1, equals: $0) })
                }
            }
            total += found.count
            var changed = key.bytes
            changed[changed.count - 1] ^= 0x01
            let changedKey = ByteKey(changed)
            if index.byFirst[changedKey] == nil {
                let none = changed.withUnsafeBufferPointer { k in
                    table.patterns(firstHash: changedKey.hash) { $0.count == k.count && $0.elementsEqual(k) }
                }
                XCTAssertTrue(none.isEmpty)
            }
        }
        XCTAssertEqual(total, table.patternCount)
        XCTAssertGreaterThan(total, 3000)
        // بوتين: one of the seed's actors, found by its first token.
        let putin = ByteKey(Array("بوتين".utf8))
        let found = putin.bytes.withUnsafeBufferPointer { k in table.patterns(firstHash: putin.hash) { $0.elementsEqual(k) } }
        XCTAssertTrue(found.contains { index.actors[table[$0].actor].name == "فلاديمير بوتين" })
    }
}
