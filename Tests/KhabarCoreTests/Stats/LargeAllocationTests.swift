import XCTest
@testable import KhabarCore

final class LargeAllocationTests: XCTestCase {
    func testLargeBlocksAreHugePageAlignedAndUsable() {
        let count = 3 << 20 / 8  // 3 MiB of words: a huge-page block
        let p = LargeAllocation.allocate(UInt64.self, count: count)
        defer { LargeAllocation.deallocate(p) }
        XCTAssertEqual(Int(bitPattern: p) % LargeAllocation.hugePageBytes, 0)
        for i in stride(from: 0, to: count, by: 4096) { p[i] = UInt64(i) }
        p[count - 1] = 42
        XCTAssertEqual(p[4096 * 50], 4096 * 50)
        XCTAssertEqual(p[count - 1], 42)
        let small = LargeAllocation.allocate(UInt32.self, count: 10)
        small[9] = 7
        XCTAssertEqual(small[9], 7)
        LargeAllocation.deallocate(small)
    }

    func testTermTableGrowsThroughHugePageBlocks() {
        // 300,000 distinct keys: the entries (64 bytes each) and slots pass 2 MiB and double
        // several times; every count survives the moves.
        var table = TermTable(initialSlots: 16)
        defer { table.deallocate() }
        for round in 0..<2 {
            table.beginDocument()
            for i in 0..<300_000 {
                let key = Array("term-\(i)".utf8)
                key.withUnsafeBufferPointer { _ = table.add($0, isNumber: false) }
            }
            XCTAssertEqual(table.count, 300_000, "round \(round)")
        }
        for i in [0, 1, 65_535, 299_999] {
            let e = table.find(Array("term-\(i)".utf8))
            XCTAssertNotNil(e)
            XCTAssertEqual(table.count(e!), 2)
            XCTAssertEqual(table.docs(e!), 2)
        }
        XCTAssertNil(table.find(Array("term-300000".utf8)))
    }
}
