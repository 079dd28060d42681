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
                table.patterns(firstHash: key.hash, secondHash: expected.first(where: { $0.tokens.count > 1 })?.hashes[1]) { $0.count == k.count && $0.elementsEqual(k) }
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
                    table.patterns(firstHash: changedKey.hash, secondHash: nil) { $0.count == k.count && $0.elementsEqual(k) }
                }
                XCTAssertTrue(none.isEmpty)
            }
        }
        XCTAssertEqual(total, table.patternCount)
        XCTAssertGreaterThan(total, 3000)
        // بوتين: one of the seed's actors, found by its first token.
        let putin = ByteKey(Array("بوتين".utf8))
        let found = putin.bytes.withUnsafeBufferPointer { k in table.patterns(firstHash: putin.hash, secondHash: nil) { $0.elementsEqual(k) } }
        XCTAssertTrue(found.contains { index.actors[table[$0].actor].name == "فلاديمير بوتين" })
    }

    /// The token after the first decides which patterns are handed out: all of them when it may
    /// be a longer pattern's second token, else those of one token only (the longer ones could
    /// not match). Checked for every first token of the built-in gazetteer.
    func testPatternsAfterTheSecondToken() {
        let index = ActorIndex.builtin
        let table = index.namePatterns
        var multiKeys = 0, ruledOut = 0
        for key in index.byFirst.keys {
            let expected = index.byFirst[key]!
            func found(_ second: UInt64?) -> [Int] {
                Array(key.bytes.withUnsafeBufferPointer { k in
                    table.patterns(firstHash: key.hash, secondHash: second) { $0.count == k.count && $0.elementsEqual(k) }
                })
            }
            let singles = expected.filter { $0.tokens.count == 1 }.count
            let all = found(expected.first { $0.tokens.count > 1 }?.hashes[1] ?? 0)
            // No next token: the names of one token, which are the last ones.
            let alone = found(nil)
            XCTAssertEqual(alone.count, singles, "\(String(decoding: key.bytes, as: UTF8.self))")
            XCTAssertEqual(alone, Array(all.suffix(singles)))
            XCTAssertTrue(alone.allSatisfy { table[$0].length == 1 })
            guard singles < expected.count else { continue }
            multiKeys += 1
            XCTAssertEqual(all.count, expected.count)
            // Each longer pattern's own second token gives every pattern.
            for p in expected where p.tokens.count > 1 { XCTAssertEqual(found(p.hashes[1]).count, expected.count) }
            // A second token none of them has (a hash in none of their 64 buckets) gives the singles.
            let used = expected.filter { $0.tokens.count > 1 }.reduce(UInt64(0)) { $0 | 1 << ($1.hashes[1] >> 58) }
            if let free = (0..<64).first(where: { used & (1 << UInt64($0)) == 0 }) {
                XCTAssertEqual(found(UInt64(free) << 58), alone)
                ruledOut += 1
            }
        }
        XCTAssertGreaterThan(multiKeys, 500)
        XCTAssertGreaterThan(ruledOut, 500)
        // مجلس starts many names: after الأمن all of them; after a word none of them has, none
        // (مجلس alone is no actor).
        let words = Tokenizer(profile: index.profile).tokens(of: "مجلس الأمن كلمة").map { ByteKey(Array($0.utf8)) }
        let (council, security, word) = (words[0], words[1], words[2])
        let afterSecurity = council.bytes.withUnsafeBufferPointer { k in
            table.patterns(firstHash: council.hash, secondHash: security.hash) { $0.elementsEqual(k) }
        }
        XCTAssertTrue(afterSecurity.contains { index.actors[table[$0].actor].name == "مجلس الأمن" })
        XCTAssertGreaterThan(afterSecurity.count, 5)
        let afterWord = council.bytes.withUnsafeBufferPointer { k in
            table.patterns(firstHash: council.hash, secondHash: word.hash) { $0.elementsEqual(k) }
        }
        XCTAssertTrue(afterWord.allSatisfy { table[$0].length == 1 })
        XCTAssertLessThan(afterWord.count, afterSecurity.count)
    }
}
