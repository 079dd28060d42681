import XCTest
@testable import KhabarCore

final class KeyCountsTests: XCTestCase {
    /// The same counts as a Dictionary, through several doublings, for keys built like the
    /// actor pairs (smaller id << 32 | larger id).
    func testCountsEqualADictionaryThroughGrowth() {
        var rng = SeededGenerator(seed: 7)
        var table = KeyCounts(capacity: 4)
        var reference: [UInt64: Int] = [:]
        for _ in 0..<50_000 {
            let a = UInt64.random(in: 0..<300, using: &rng), b = UInt64.random(in: 0..<300, using: &rng)
            guard a != b else { continue }
            let key = min(a, b) << 32 | max(a, b)
            let n = Int.random(in: 1...3, using: &rng)
            table.add(key, n)
            reference[key, default: 0] += n
        }
        XCTAssertEqual(table.count, reference.count)
        var seen: [UInt64: Int] = [:]
        table.forEach { seen[$0] = $1 }
        XCTAssertEqual(seen, reference)
        XCTAssertEqual(table.value(1 << 32 | 2), reference[1 << 32 | 2] ?? 0)
        XCTAssertEqual(table.value(999 << 32 | 1000), 0)
    }

    /// Drained into sorted arrays (the end of the actor merge): each key renumbered, the ones
    /// mapped to nil left out, keys mapped to one key added up, in increasing order; the table is
    /// empty after, and counts again.
    func testDrainSortedRenumbersDropsAndAddsUp() {
        var rng = SeededGenerator(seed: 21)
        var table = KeyCounts(capacity: 4)
        var reference: [UInt64: Int] = [:]
        for _ in 0..<30_000 {
            let a = UInt64.random(in: 0..<400, using: &rng), b = UInt64.random(in: 0..<400, using: &rng)
            guard a != b else { continue }
            let key = min(a, b) << 32 | max(a, b)
            let n = Int.random(in: 1...3, using: &rng)
            table.add(key, n)
            reference[key, default: 0] += n
        }
        // Ids above 300 dropped; the others reversed (399 - id), which turns some pairs around,
        // and ids 10 and 11 made one, which makes pairs coincide.
        func map(_ id: UInt64) -> UInt64? { id >= 300 ? nil : (id == 11 ? 399 - 10 : 399 - id) }
        func renumbered(_ key: UInt64) -> UInt64? {
            guard let x = map(key >> 32), let y = map(key & 0xFFFF_FFFF), x != y else { return nil }
            return min(x, y) << 32 | max(x, y)
        }
        var expected: [UInt64: UInt32] = [:]
        for (key, n) in reference { if let k = renumbered(key) { expected[k, default: 0] += UInt32(n) } }
        let (keys, counts) = table.drainSorted(mapping: renumbered)
        XCTAssertEqual(keys, expected.keys.sorted())
        XCTAssertEqual(counts, expected.keys.sorted().map { expected[$0]! })
        XCTAssertGreaterThan(keys.count, 10_000)  // 13,937 of the table's keys kept
        XCTAssertLessThan(keys.count, reference.count)
        XCTAssertEqual(table.count, 0)
        table.add(5, 2)
        XCTAssertEqual(table.value(5), 2)
        var empty = KeyCounts(capacity: 4)
        XCTAssertEqual(empty.drainSorted(mapping: { $0 }).keys, [])
    }

    /// A table with a second count (the timeline's mentions and documents per period and actor)
    /// keeps both counts of every key through several doublings.
    func testSecondCountsThroughGrowth() {
        var rng = SeededGenerator(seed: 13)
        var table = KeyCounts(capacity: 4, secondCount: true)
        var reference: [UInt64: [Int]] = [:]
        for _ in 0..<20_000 {
            let key = UInt64.random(in: 1...2_000, using: &rng) << 32 | UInt64.random(in: 1...5, using: &rng)
            let n = Int.random(in: 1...9, using: &rng)
            table.add(key, n, second: 1)
            reference[key, default: [0, 0]][0] += n
            reference[key, default: [0, 0]][1] += 1
        }
        XCTAssertEqual(table.count, reference.count)
        XCTAssertGreaterThan(reference.count, 5_000)
        var seen: [UInt64: [Int]] = [:]
        table.forEach { key, n, m in seen[key] = [n, m] }
        XCTAssertEqual(seen, reference)
    }

    /// Batches (with repeats, through doublings, a batch larger than the table) count as the
    /// same keys added one by one.
    func testBatchesCountAsSingleAdds() {
        var rng = SeededGenerator(seed: 11)
        var batched = KeyCounts(capacity: 4), single = KeyCounts(capacity: 4)
        for size in [0, 1, 3, 9, 40, 700, 5, 2_000, 64] {
            let keys = (0..<size).map { _ in UInt64.random(in: 1...3_000, using: &rng) }
            keys.withUnsafeBufferPointer { batched.addOne(each: $0) }
            for k in keys { single.add(k) }
        }
        XCTAssertEqual(batched.count, single.count)
        var a: [UInt64: Int] = [:], b: [UInt64: Int] = [:]
        batched.forEach { a[$0] = $1 }
        single.forEach { b[$0] = $1 }
        XCTAssertEqual(a, b)
        XCTAssertGreaterThan(a.values.max() ?? 0, 1)
    }
}

final class HashFlagsTests: XCTestCase {
    /// The flags equal a dictionary's, for hashes that share low bits (one filter word) and high
    /// bits (one first slot), and 0 for hashes that are not in it.
    func testFlagsEqualADictionary() {
        var rng = SeededGenerator(seed: 5)
        var flags: [UInt64: UInt8] = [:]
        for _ in 0..<500 { flags[UInt64.random(in: 1...UInt64.max, using: &rng)] = UInt8.random(in: 1...15, using: &rng) }
        flags[1 << 40 | 7] = 3
        flags[7] = 9               // same low bits as the previous one
        flags[1 << 40 | 8] = 12    // same high bits as 1 << 40 | 7
        let table = HashFlags(flags)
        for (h, f) in flags { XCTAssertEqual(table.flags(h), f) }
        for _ in 0..<5_000 {
            let h = UInt64.random(in: 1...UInt64.max, using: &rng)
            XCTAssertEqual(table.flags(h), flags[h] ?? 0)
        }
        XCTAssertEqual(table.flags(1 << 41 | 7), 0)
    }
}

final class HashFilterTests: XCTestCase {
    /// Membership equals a Set's for hashes that share low bits (same bitmap bit), share high
    /// bits (same first slot), and for 0; with a small bitmap so that most bits are set.
    func testMembershipEqualsASet() {
        var rng = SeededGenerator(seed: 11)
        var members = Set<UInt64>((0..<2_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) })
        members.insert(0)
        members.insert(1 << 40 | 5)
        members.insert(5)            // same low bits as the previous one
        members.insert(1 << 40 | 6)  // same high bits as 1 << 40 | 5
        let filter = HashFilter(members, bitsLog2: 10)
        XCTAssertEqual(filter.count, members.count)
        for h in members { XCTAssertTrue(filter.contains(h)) }
        var absent = 0
        for _ in 0..<20_000 {
            let h = UInt64.random(in: 0...UInt64.max, using: &rng)
            XCTAssertEqual(filter.contains(h), members.contains(h))
            if !members.contains(h) { absent += 1 }
        }
        XCTAssertGreaterThan(absent, 19_000)
        XCTAssertFalse(filter.contains(2 << 40 | 5))
        XCTAssertFalse(HashFilter([UInt64](), bitsLog2: 6).contains(0))
    }
}

final class BloomFilterTests: XCTestCase {
    /// Built from the words of news-small's first 100 pages, it says "maybe" for each of them,
    /// and for few of the words found only in the other 607 (about twenty bits a word: ~0.5%).
    func testNoWordMissedAndFewLetThrough() throws {
        let documents = try TestPaths.newsSmallDocuments()
        let tokenizer = Tokenizer()
        func words(_ ds: ArraySlice<Document>) -> Set<[UInt8]> {
            Set(ds.flatMap { tokenizer.tokenBytes(of: String(decoding: $0.text, as: UTF8.self)) })
        }
        let members = words(documents[..<100]), others = words(documents[100...]).subtracting(members)
        XCTAssertEqual(members.count, 9_395)
        XCTAssertEqual(others.count, 21_518)
        func hash(_ w: [UInt8]) -> UInt64 { w.withUnsafeBufferPointer { byteHash($0.baseAddress!, $0.count) } }
        let filter = BloomFilter(members.map(hash))
        XCTAssertEqual(members.filter { !filter.mayContain(hash($0)) }.count, 0)
        let through = others.filter { filter.mayContain(hash($0)) }.count
        XCTAssertLessThan(Double(through) / Double(others.count), 0.01, "\(through) of \(others.count) let through")
        XCTAssertGreaterThan(through, 0)  // (a filter, not the exact set: with none through the test would say nothing)
        XCTAssertFalse(BloomFilter([UInt64]()).mayContain(hash(Array("روسيا".utf8))))
    }
}

final class ByteHashTests: XCTestCase {
    /// The hash as first written (tail bytes gathered one at a time): the word loads that read
    /// the tail now must give the same value for every length and every position in memory.
    private func referenceHash(_ bytes: [UInt8]) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(n) &* 0xFF51_AFD7_ED55_8CCD)
        var i = 0
        while i + 8 <= n {
            var w: UInt64 = 0
            for k in 0..<8 { w |= UInt64(bytes[i + k]) << UInt64(8 * k) }
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { w |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
            h = (h ^ w) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 31
        }
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }

    func testTailLoadsEqualTheByteByByteHash() {
        var rng = SeededGenerator(seed: 11)
        for length in 1...40 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
                // At several offsets into a larger buffer, so the loads are unaligned.
                let offset = Int.random(in: 0..<8, using: &rng)
                let padded = [UInt8](repeating: 0xAA, count: offset) + bytes + [UInt8](repeating: 0x55, count: 8)
                let got = padded.withUnsafeBufferPointer { byteHash($0.baseAddress! + offset, length) }
                XCTAssertEqual(got, referenceHash(bytes), "length \(length)")
            }
        }
        // A real token: the seed's first Arabic word hashes as before.
        let word = Array("الرئيس".utf8)
        XCTAssertEqual(word.withUnsafeBufferPointer { byteHash($0.baseAddress!, $0.count) }, referenceHash(word))
    }

    /// The short copy writes exactly the `n` bytes, at any alignment, for every length around
    /// its thresholds (the bytes around the destination keep their guard values).
    func testShortCopyWritesExactlyTheBytes() {
        var rng = SeededGenerator(seed: 12)
        for length in 0...40 {
            for offset in 0..<8 {
                let source = [UInt8](repeating: 0xEE, count: offset) + (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
                var destination = [UInt8](repeating: 0xAA, count: 64)
                let at = (offset * 3) % 8
                source.withUnsafeBufferPointer { s in
                    destination.withUnsafeMutableBufferPointer { d in copyShortBytes(d.baseAddress! + at, s.baseAddress! + offset, length) }
                }
                var expected = [UInt8](repeating: 0xAA, count: 64)
                expected.replaceSubrange(at..<(at + length), with: source[offset...])
                XCTAssertEqual(destination, expected, "length \(length), offset \(offset)")
            }
        }
    }
}

final class ByteKeyMapTests: XCTestCase {
    /// Lookups by key and by (hash, bytes) equal a Dictionary's, for the gazetteer's own first
    /// tokens (real Arabic keys) and for keys that are absent or differ in one byte.
    func testLookupsEqualADictionary() {
        var reference: [ByteKey: Int] = [:]
        for (k, key) in ActorIndex.builtin.byFirst.keys.enumerated() { reference[key] = k }
        let map = ByteKeyMap(reference)
        XCTAssertEqual(map.count, reference.count)
        XCTAssertGreaterThan(map.count, 1000)
        for (key, v) in reference {
            XCTAssertEqual(map[key], v)
            let viaHash = key.bytes.withUnsafeBufferPointer { k in map.value(hash: key.hash) { $0.elementsEqual(k) } }
            XCTAssertEqual(viaHash, v)
            var changed = key.bytes
            changed[changed.count - 1] ^= 0x01
            XCTAssertEqual(map[ByteKey(changed)], reference[ByteKey(changed)])
            // The flat lookups compare the bytes, not only the hash: the key's own hash with
            // other bytes of the same length, or with a prefix of them, finds nothing.
            key.bytes.withUnsafeBufferPointer { k in
                XCTAssertEqual(map.value(hash: key.hash, bytes: k), v)
                XCTAssertTrue(map.contains(hash: key.hash, bytes: k))
            }
            changed.withUnsafeBufferPointer { XCTAssertFalse(map.contains(hash: key.hash, bytes: $0)) }
            key.bytes.dropLast().withUnsafeBufferPointer { XCTAssertNil(map.value(hash: key.hash, bytes: $0)) }
        }
        XCTAssertNil(map[ByteKey(Array("لا-يوجد".utf8))])
        XCTAssertEqual(Set(map.keys), Set(reference.keys))
        // The empty key is a key like any other.
        let withEmpty = ByteKeyMap([ByteKey([]): 7, ByteKey(Array("قطر".utf8)): 8])
        XCTAssertEqual(withEmpty[ByteKey([])], 7)
        XCTAssertEqual(withEmpty[ByteKey(Array("قطر".utf8))], 8)
        XCTAssertNil(withEmpty[ByteKey(Array("قط".utf8))])
    }
}

final class PowerOfTwoTests: XCTestCase {
    func testPowerOfTwoAbove() {
        XCTAssertEqual([0, 1, 2, 3, 4, 5, 2_900, 4_096, 4_097].map(powerOfTwoAbove), [0, 2, 4, 4, 8, 8, 4_096, 8_192, 8_192])
    }
}

/// `PackedBytes` orders and compares byte strings as `[UInt8]` does (code point order for UTF-8, a
/// prefix first): the order of the actors and discovered names in the reports rests on it.
final class PackedBytesTests: XCTestCase {
    func testOrderEqualsTheArraysOrder() {
        var rng = SystemRandomNumberGenerator()
        // Short strings over a few byte values (many ties and prefixes), the empty string, names.
        var strings: [[UInt8]] = [[], [0], [0xD8], [0xD8, 0xA7], Array("محمد".utf8), Array("محمد علي".utf8), Array("محمد\u{0}x".utf8)]
        for _ in 0..<400 {
            let n = Int.random(in: 0...6, using: &rng)
            strings.append((0..<n).map { _ in [0x00, 0x41, 0x7F, 0x80, 0xD8, 0xD9, 0xFF].randomElement(using: &rng)! })
        }
        let packed = PackedBytes(count: strings.count) { strings[$0] }
        defer { packed.deallocate() }
        for i in strings.indices {
            for j in strings.indices {
                XCTAssertEqual(packed.precedes(i, j), strings[i].lexicographicallyPrecedes(strings[j]), "\(strings[i]) \(strings[j])")
                XCTAssertEqual(packed.equal(i, j), strings[i] == strings[j])
            }
        }
        XCTAssertEqual(packed.count, strings.count)
    }
}

final class ByteEqualityTests: XCTestCase {
    /// `bytesEqual` (the lookups' compare without `memcmp`) agrees with `memcmp` for strings of
    /// 0 to 40 bytes, equal or differing in any one byte, each in a buffer of exactly its size
    /// (its overlapping loads must stay inside), and on Arabic words of the gazetteer's kind.
    func testAgreesWithMemcmpOnEveryLengthAndEveryDifferingByte() {
        var rng = SeededGenerator(seed: 11)
        for n in 0...40 {
            let a = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(n, 1))
            let b = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(n, 1))
            defer { a.deallocate(); b.deallocate() }
            for i in 0..<n { a[i] = UInt8(truncatingIfNeeded: rng.next()); b[i] = a[i] }
            let pa = UnsafePointer(a.baseAddress!), pb = UnsafePointer(b.baseAddress!)
            XCTAssertTrue(bytesEqual(pa, pb, n), "equal, \(n) bytes")
            XCTAssertTrue(bytesEqual(UnsafeBufferPointer(rebasing: a[0..<n]), UnsafeBufferPointer(rebasing: b[0..<n])))
            for i in 0..<n {
                b[i] ^= 0x80
                XCTAssertFalse(bytesEqual(pa, pb, n), "byte \(i) of \(n) differs")
                XCTAssertEqual(bytesEqual(pa, pb, n), memcmp(pa, pb, n) == 0)
                b[i] ^= 0x80
            }
            if n > 0 {
                XCTAssertFalse(bytesEqual(UnsafeBufferPointer(rebasing: a[0..<n]), UnsafeBufferPointer(rebasing: b[0..<(n - 1)])),
                               "a prefix is another string")
            }
        }
        let words = ["مصر", "مصري", "الرياض", "الرياضة", "عبد", "عبدالله", "ب", "و"].map { Array($0.utf8) }
        for x in words {
            for y in words {
                x.withUnsafeBufferPointer { px in
                    y.withUnsafeBufferPointer { py in XCTAssertEqual(bytesEqual(px, py), x == y, "\(x) \(y)") }
                }
            }
        }
    }
}
