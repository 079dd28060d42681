/// A stable least-significant-digit radix sort on a 64-bit key, hand-written because the end of
/// a run sorts its actor pairs (a million on the bench: the merged pairs by key, the report's by
/// units together) on one core while the other waits: Swift's comparison sort took ~45 ms of
/// that serial phase (perf), this takes a few.
///
/// Bytes of the key that are the same in every element (the high bytes of small actor ids, of
/// small counts) cost no pass: one histogram pass counts all eight digits, and a digit whose
/// values all fall in one bucket is skipped. Memory: one scratch copy of the array.
enum RadixSort {
    /// Sorts `elements` by `key`, ascending; elements with equal keys keep their order.
    static func sort<T>(_ elements: inout [T], key: (T) -> UInt64) {
        let n = elements.count
        guard n > 1 else { return }
        let (counts, digits) = elements.withUnsafeBufferPointer { e in histogram(n) { key(e[$0]) } }
        guard !digits.isEmpty else { return }
        let scratch = UnsafeMutablePointer<T>.allocate(capacity: n)
        defer { scratch.deallocate() }
        elements.withUnsafeMutableBufferPointer { e in
            // Each pass moves (initialises) every element from `source` to `target`; the
            // elements end in `e` after an even number of passes, else are moved back.
            var source = e.baseAddress!, target = scratch
            var offsets = [Int](repeating: 0, count: 256)
            for d in digits {
                startOffsets(counts, digit: d, into: &offsets)
                let shift = UInt64(8 * d)
                offsets.withUnsafeMutableBufferPointer { o in
                    for i in 0..<n {
                        let v = Int(truncatingIfNeeded: (key(source[i]) >> shift) & 0xFF)
                        (target + o[v]).initialize(to: (source + i).move())
                        o[v] &+= 1
                    }
                }
                swap(&source, &target)
            }
            if source != e.baseAddress! { e.baseAddress!.moveInitialize(from: source, count: n) }
        }
    }

    /// Sorts the first `count` keys at `keys` ascending, moving the value at `values` of the same
    /// index with each (stable): a table's keys and counts sorted where they are, with one scratch
    /// copy of each (`KeyCounts.drainSorted`), where an array of (key, count) entries was a copy
    /// of both, then a scratch copy of that.
    static func sort(keys: UnsafeMutablePointer<UInt64>, values: UnsafeMutablePointer<UInt32>, count n: Int) {
        guard n > 1 else { return }
        let (counts, digits) = histogram(n) { keys[$0] }
        guard !digits.isEmpty else { return }
        let scratchKeys = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        let scratchValues = UnsafeMutablePointer<UInt32>.allocate(capacity: n)
        defer {
            scratchKeys.deallocate()
            scratchValues.deallocate()
        }
        var sourceKeys = keys, sourceValues = values, targetKeys = scratchKeys, targetValues = scratchValues
        var offsets = [Int](repeating: 0, count: 256)
        for d in digits {
            startOffsets(counts, digit: d, into: &offsets)
            let shift = UInt64(8 * d)
            offsets.withUnsafeMutableBufferPointer { o in
                for i in 0..<n {
                    let k = sourceKeys[i]
                    let v = Int(truncatingIfNeeded: (k >> shift) & 0xFF)
                    targetKeys[o[v]] = k
                    targetValues[o[v]] = sourceValues[i]
                    o[v] &+= 1
                }
            }
            swap(&sourceKeys, &targetKeys)
            swap(&sourceValues, &targetValues)
        }
        if sourceKeys != keys {
            keys.update(from: sourceKeys, count: n)
            values.update(from: sourceValues, count: n)
        }
    }

    /// The histogram of `n` keys (`key(i)` for each i): `counts[d * 256 + v]` keys whose digit d
    /// (byte d, least significant first) is v; and the digits whose values are not all one, the
    /// passes to make.
    @inline(__always)
    private static func histogram(_ n: Int, _ key: (Int) -> UInt64) -> (counts: [Int], digits: [Int]) {
        var counts = [Int](repeating: 0, count: 8 * 256)
        counts.withUnsafeMutableBufferPointer { c in
            for i in 0..<n {
                var k = key(i)
                for d in 0..<8 {
                    c[d &* 256 &+ Int(truncatingIfNeeded: k & 0xFF)] &+= 1
                    k >>= 8
                }
            }
        }
        return (counts, (0..<8).filter { d in !counts[(d * 256)..<(d * 256 + 256)].contains(n) })
    }

    /// Where each value of digit `d` starts in a pass's output (the counts of the smaller values).
    @inline(__always)
    private static func startOffsets(_ counts: [Int], digit d: Int, into offsets: inout [Int]) {
        var total = 0
        for v in 0..<256 {
            offsets[v] = total
            total += counts[d * 256 + v]
        }
    }
}
