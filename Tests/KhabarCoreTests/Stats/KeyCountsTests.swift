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
}
