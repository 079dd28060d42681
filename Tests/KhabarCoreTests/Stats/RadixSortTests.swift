import XCTest
@testable import KhabarCore

final class RadixSortTests: XCTestCase {
    /// Keys of several shapes (all bytes random, few distinct values, one varying byte in the
    /// middle, all equal), with their original positions: the result must equal the standard
    /// library's sort by (key, position), i.e. sorted and stable.
    func testEqualsAStableComparisonSort() {
        var rng = SystemRandomNumberGenerator()
        let shapes: [(String, () -> UInt64)] = [
            ("random", { rng.next() }),
            ("few values", { UInt64.random(in: 0..<7, using: &rng) << 32 | 5 }),
            ("byte 5 only", { UInt64.random(in: 0..<256, using: &rng) << 40 | 0x0101 }),
            ("small pairs", { UInt64.random(in: 0..<3000, using: &rng) << 32 | UInt64.random(in: 0..<3000, using: &rng) }),
            ("all equal", { 42 }),
        ]
        for (name, make) in shapes {
            for n in [0, 1, 2, 3, 255, 256, 257, 10_000] {
                // A String payload: elements are moved, not copied bit by bit without retains.
                var elements = (0..<n).map { (key: make(), position: $0, label: "element \($0)") }
                let expected = elements.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
                RadixSort.sort(&elements) { $0.key }
                XCTAssertEqual(elements.map(\.key), expected.map(\.key), "\(name), n = \(n)")
                XCTAssertEqual(elements.map(\.position), expected.map(\.position), "\(name), n = \(n): not stable")
                XCTAssertEqual(elements.map(\.label), expected.map(\.label), "\(name), n = \(n)")
            }
        }
    }

    /// Keys and values in two buffers (a table's own arrays): the keys sorted as a stable sort
    /// sorts them, each value moved with its key, whatever the number of passes.
    func testKeysAndValuesSortedTogether() {
        var rng = SeededGenerator(seed: 5)
        let shapes: [(String, () -> UInt64)] = [
            ("random", { rng.next() }),
            ("few values", { UInt64.random(in: 0..<7, using: &rng) << 32 | 5 }),
            ("small pairs", { UInt64.random(in: 0..<3000, using: &rng) << 32 | UInt64.random(in: 0..<3000, using: &rng) }),
            ("one byte", { UInt64.random(in: 0..<256, using: &rng) }),
            ("all equal", { 42 }),
        ]
        for (name, make) in shapes {
            for n in [0, 1, 2, 3, 256, 257, 10_000] {
                var keys = (0..<n).map { _ in make() }
                var values = (0..<n).map { UInt32($0) }
                let expected = (0..<n).sorted { (keys[$0], $0) < (keys[$1], $1) }
                keys.withUnsafeMutableBufferPointer { k in
                    values.withUnsafeMutableBufferPointer { v in
                        RadixSort.sort(keys: k.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!,
                                       values: v.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!, count: n)
                    }
                }
                XCTAssertEqual(values, expected.map { UInt32($0) }, "\(name), n = \(n)")
                XCTAssertEqual(keys, keys.sorted(), "\(name), n = \(n)")
            }
        }
    }

    /// An odd and an even number of passes both leave the result in the array.
    func testPassCountsOfBothParities() {
        var one = [UInt64(3) << 16, 1 << 16, 2 << 16]  // one varying byte: one pass
        RadixSort.sort(&one) { $0 }
        XCTAssertEqual(one, [1 << 16, 2 << 16, 3 << 16])
        var two = [UInt64(0x0301), 0x0102, 0x0203, 0x0100]  // two varying bytes: two passes
        RadixSort.sort(&two) { $0 }
        XCTAssertEqual(two, [0x0100, 0x0102, 0x0203, 0x0301])
    }
}
