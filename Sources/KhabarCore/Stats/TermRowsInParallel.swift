import Dispatch

/// The terms report's rows made on two threads end to end, for counts held in memory.
///
/// The end of a run otherwise selects, sorts half, merges and formats its rows on one thread while
/// the other cores idle: an n-gram report has millions of rows (bigrams of news-bench: 4 million).
/// Here each thread selects and sorts the records of one half of the table; the two sorted halves
/// are then merged in independent pieces: the rows `lo..<hi` of the report are the first rows of
/// each half up to the split points that a binary search finds (the "co-rank" of `lo` and `hi`
/// in the merge), so chunks of rows are merged and formatted on every core and written in order
/// (`ParallelRows`), the same bytes as the one-thread path.
extension TermCounts {
    /// The two halves' records, each sorted in the report's order; nil when the counts are on
    /// disk, when the run was limited to one thread, or when the table is small (one thread
    /// then does it faster than two can start).
    struct SortedHalves: @unchecked Sendable {
        // `@unchecked Sendable`: read-only once made; the threads that merge them only read.
        let first: [SortRecord]
        let second: [SortRecord]
        var count: Int { first.count + second.count }
    }

    func sortedHalves(filter: TermFilter, minCount: UInt64) -> SortedHalves? {
        guard spilled == nil, sortsInParallel, let t = table, t.count >= 1 << 16 else { return nil }
        let ngram = self.ngram
        let tie: (SortRecord, SortRecord) -> Bool = { compareKeys(t.key($0.entry), t.key($1.entry)) < 0 }
        var halves: [[SortRecord]] = [[], []]
        halves.withUnsafeMutableBufferPointer { slots in
            let out = HalfSlots(base: slots.baseAddress!)
            let table = TableReader(table: t, tie: tie)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                let t = table.table
                let range = k == 0 ? 0..<(t.count / 2) : (t.count / 2)..<t.count
                var records: [SortRecord] = []
                records.reserveCapacity(range.count)
                for i in range where t.count(i) >= minCount {
                    if ngram == 1 && !filter.keeps(t.key(i), isNumber: t.isNumber(i)) { continue }
                    let (p0, p1) = keyPrefix(t.key(i))
                    records.append(SortRecord(count: t.count(i), p0: p0, p1: p1, entry: i))
                }
                records.withUnsafeMutableBufferPointer { TermCounts.sort(&$0, tieLess: table.tie) }
                out.base[k] = records  // each thread its own slot
            }
        }
        return SortedHalves(first: halves[0], second: halves[1])
    }

    /// Hands `body` the rows `range` of the report (the merge of `halves`), in order, with each
    /// row's entry prefetched ahead.
    func mergedRows(_ halves: SortedHalves, _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, UInt64, UInt64) -> Void) {
        let t = table!
        let a = halves.first, b = halves.second
        let less = { (x: SortRecord, y: SortRecord) -> Bool in
            SortRecord.before(x, y) { compareKeys(t.key($0.entry), t.key($1.entry)) < 0 }
        }
        var (i, j) = TermCounts.coRank(range.lowerBound, a, b, less)
        let (iEnd, jEnd) = TermCounts.coRank(range.upperBound, a, b, less)
        let ahead = 8
        for k in 0..<ahead {
            if i + k < iEnd { t.prefetchEntry(at: a[i + k].entry) }
            if j + k < jEnd { t.prefetchEntry(at: b[j + k].entry) }
        }
        while i < iEnd || j < jEnd {
            let takeSecond = i == iEnd || (j < jEnd && less(b[j], a[i]))
            let r: SortRecord
            if takeSecond {
                r = b[j]
                if j + ahead < jEnd { t.prefetchEntry(at: b[j + ahead].entry) }
                j += 1
            } else {
                r = a[i]
                if i + ahead < iEnd { t.prefetchEntry(at: a[i + ahead].entry) }
                i += 1
            }
            body(t.key(r.entry), t.count(r.entry), t.docs(r.entry))
        }
    }

    /// How many of the first `k` rows of the merge of `a` and `b` (both sorted by `less`, a strict
    /// total order) come from `a`, and from `b`: a binary search on the split of `a`.
    static func coRank(_ k: Int, _ a: [SortRecord], _ b: [SortRecord], _ less: (SortRecord, SortRecord) -> Bool) -> (Int, Int) {
        var lo = Swift.max(0, k - b.count), hi = Swift.min(k, a.count)
        while lo < hi {
            let i = (lo + hi) / 2, j = k - i
            // Too few from `a` when a[i] comes before b[j - 1] (both must then be among the first k).
            if j > 0 && i < a.count && less(a[i], b[j - 1]) { lo = i + 1 } else { hi = i }
        }
        return (lo, k - lo)
    }
}

/// The slots the two sorting threads fill. `@unchecked Sendable`: thread `k` writes only
/// `base[k]`, and the array outlives the `concurrentPerform`.
private struct HalfSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<[TermCounts.SortRecord]>
}

/// The finished table and the tie order, read by the two sorting threads. `@unchecked Sendable`:
/// nothing writes the table once the run's counting is over.
private struct TableReader: @unchecked Sendable {
    let table: TermTable
    let tie: (TermCounts.SortRecord, TermCounts.SortRecord) -> Bool
}
