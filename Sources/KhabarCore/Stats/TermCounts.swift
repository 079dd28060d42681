/// One row of the terms report.
public struct TermRow: Sendable, Equatable {
    /// The normalised term (n-grams: tokens joined by one space).
    public var term: String
    /// Occurrences in the corpus.
    public var count: UInt64
    /// Documents that contain the term.
    public var docs: UInt64
}

/// The merged term statistics of a run: every distinct term with its counts. Held in one
/// `TermTable`, or (after `--max-memory` made workers spill) in a merged run file on disk that
/// is read back as a stream.
public final class TermCounts {
    var table: TermTable?
    let spilled: SpilledTerms?
    /// The n-gram size counted.
    public let ngram: Int
    /// Tokens seen in all documents (before any filter).
    public let tokens: Int
    /// Threads the report may sort and format on (the run's `--jobs`; one: everything on one).
    var threads = PipelineConfiguration.coreCount
    var sortsInParallel: Bool { threads > 1 }

    init(table: TermTable, ngram: Int, tokens: Int) {
        self.table = table
        self.spilled = nil
        self.ngram = ngram
        self.tokens = tokens
    }

    init(spilled: SpilledTerms, ngram: Int, tokens: Int) {
        self.table = nil
        self.spilled = spilled
        self.ngram = ngram
        self.tokens = tokens
    }

    deinit { table?.deallocate() }

    /// Distinct terms counted (before filtering).
    public var distinctTerms: Int { table?.count ?? spilled!.distinct }

    /// Bytes the table holds (0 when the counts are on disk).
    public var memoryBytes: Int { table?.memoryBytes ?? 0 }

    /// Sorted runs the workers wrote to disk (0: everything was counted in memory).
    public var spilledRuns: Int { spilled?.runs ?? 0 }

    /// The report's rows: filtered (unigrams only: n-grams were filtered while counted), at
    /// least `minCount` occurrences, sorted by count descending then term in code point order
    /// (UTF-8 byte order is code point order), at most `top` rows.
    public func rows(filter: TermFilter, minCount: UInt64 = 1, top: Int? = nil) throws -> [TermRow] {
        var rows: [TermRow] = []
        try forEachRow(filter: filter, minCount: minCount, top: top) { rows.append($0) }
        return rows
    }

    /// The report's rows (as `rows`), one at a time: from disk, the whole list is never held.
    public func forEachRow(filter: TermFilter, minCount: UInt64 = 1, top: Int? = nil, _ body: (TermRow) throws -> Void) throws {
        try forEachRowBytes(filter: filter, minCount: minCount, top: top) { key, count, docs in
            try body(TermRow(term: String(decoding: key, as: UTF8.self), count: count, docs: docs))
        }
    }

    /// The rows as `forEachRow` gives them, with the term as its UTF-8 bytes (valid during the
    /// call): for writers that copy bytes, without a String per row.
    func forEachRowBytes(filter: TermFilter, minCount: UInt64 = 1, top: Int? = nil,
                         _ body: (UnsafeBufferPointer<UInt8>, UInt64, UInt64) throws -> Void) throws {
        if let spilled {
            let ngram = self.ngram
            try spilled.forEachRow(select: { r in
                r.count >= minCount && (ngram != 1 || r.key.withUnsafeBufferPointer { filter.keeps($0, isNumber: r.flags & 1 != 0) })
            }, top: top) { r in
                try r.key.withUnsafeBufferPointer { try body($0, r.count, r.docs) }
            }
            return
        }
        let t = table!
        var selected: [Int] = []
        selected.reserveCapacity(t.count)
        for i in 0..<t.count where t.count(i) >= minCount {
            if ngram == 1 && !filter.keeps(t.key(i), isNumber: t.isNumber(i)) { continue }
            selected.append(i)
        }
        if let top, top < selected.count / 4 {
            // Only the best `top` are wanted: keep the rows whose count reaches the top-th largest
            // (ties included, so the order below is the same as sorting them all), then sort those.
            var counts = selected.map { t.count($0) }
            let kth = TermCounts.largest(top, in: &counts)
            selected = selected.filter { t.count($0) >= kth }
        }
        // Sorted as flat records (count, `keyPrefix`, entry) so that comparing two rows reads
        // neither entry from the table (random loads over tens of MiB): only rows with the same
        // count and the same first 16 bytes compare their whole keys.
        var records = selected.map { i -> SortRecord in
            let (p0, p1) = keyPrefix(t.key(i))
            return SortRecord(count: t.count(i), p0: p0, p1: p1, entry: i)
        }
        selected = []
        var left = top ?? Int.max
        // Rows come out in count order, their entries at random places in the table: each is
        // prefetched 8 rows ahead of being written.
        try TermCounts.sortedInParallel(&records, threads: sortsInParallel ? 2 : 1,
                                        tieLess: { compareKeys(t.key($0.entry), t.key($1.entry)) < 0 },
                                        prefetch: { t.prefetchEntry(at: $0.entry) }) { r in
            guard left > 0 else { return false }
            left -= 1
            try body(t.key(r.entry), t.count(r.entry), t.docs(r.entry))
            return true
        }
    }

    struct SortRecord {
        var count: UInt64
        var p0: UInt64
        var p1: UInt64
        var entry: Int

        /// The report's order as far as the record tells it: count descending, then the key's
        /// first 16 bytes. A plain function the sort inlines (a closure called per comparison
        /// was most of the end of a run); records equal here are ordered by `tieLess` after.
        @inline(__always)
        static func precedes(_ a: SortRecord, _ b: SortRecord) -> Bool {
            if a.count != b.count { return a.count > b.count }
            if a.p0 != b.p0 { return a.p0 < b.p0 }
            return a.p1 < b.p1
        }

        @inline(__always)
        static func tie(_ a: SortRecord, _ b: SortRecord) -> Bool { a.count == b.count && a.p0 == b.p0 && a.p1 == b.p1 }

        /// The report's whole order: `precedes`, and `tieLess` (whole keys) between ties.
        @inline(__always)
        static func before(_ a: SortRecord, _ b: SortRecord, tieLess: (SortRecord, SortRecord) -> Bool) -> Bool {
            precedes(a, b) || (tie(a, b) && tieLess(a, b))
        }
    }

    /// Sorts `records` by `precedes`, then each run of ties (same count and first 16 bytes:
    /// few, and short) by `tieLess`: together a total order.
    static func sort(_ records: inout UnsafeMutableBufferPointer<SortRecord>, tieLess: (SortRecord, SortRecord) -> Bool) {
        if let base = records.baseAddress { TermCounts.introsort(base, 0, records.count, depth: 2 * Int.bitWidth) }
        var i = 0
        let n = records.count
        while i < n {
            var j = i + 1
            while j < n && SortRecord.tie(records[i], records[j]) { j += 1 }
            if j - i > 1 {
                var run = UnsafeMutableBufferPointer(rebasing: records[i..<j])
                run.sort(by: tieLess)
            }
            i = j
        }
    }

    /// An unstable sort of `a[lo..<hi]` by `precedes`, hand-written because the standard library's
    /// only sort is a stable merge sort: its merges move every record through a buffer, and records
    /// never need stability here (equal ones are ordered by whole key after). Quicksort on the
    /// median of three, insertion sort below 24 records, heapsort past `depth` levels.
    static func introsort(_ a: UnsafeMutablePointer<SortRecord>, _ lo: Int, _ hi: Int, depth: Int) {
        var lo = lo, hi = hi, depth = depth
        while hi - lo > 24 {
            if depth == 0 { heapsort(a, lo, hi); return }
            depth -= 1
            let mid = lo + (hi - lo) / 2
            // Median of three to a[lo]: a[lo] ≤ a[mid] ≤ a[hi - 1] afterwards, pivot a[mid].
            if SortRecord.precedes(a[mid], a[lo]) { swap(&a[mid], &a[lo]) }
            if SortRecord.precedes(a[hi - 1], a[mid]) {
                swap(&a[hi - 1], &a[mid])
                if SortRecord.precedes(a[mid], a[lo]) { swap(&a[mid], &a[lo]) }
            }
            let pivot = a[mid]
            var i = lo, j = hi - 1
            while i <= j {
                while SortRecord.precedes(a[i], pivot) { i += 1 }
                while SortRecord.precedes(pivot, a[j]) { j -= 1 }
                if i <= j {
                    if i < j { swap(&a[i], &a[j]) }
                    i += 1; j -= 1
                }
            }
            // Recurse into the smaller side, loop on the larger (stack depth O(log n)).
            if j - lo < hi - i {
                introsort(a, lo, j + 1, depth: depth)
                lo = i
            } else {
                introsort(a, i, hi, depth: depth)
                hi = j + 1
            }
        }
        if hi - lo > 1 {
            for k in (lo + 1)..<hi {
                let x = a[k]
                var m = k
                while m > lo && SortRecord.precedes(x, a[m - 1]) { a[m] = a[m - 1]; m -= 1 }
                a[m] = x
            }
        }
    }

    private static func heapsort(_ a: UnsafeMutablePointer<SortRecord>, _ lo: Int, _ hi: Int) {
        let n = hi - lo
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && SortRecord.precedes(a[lo + child], a[lo + child + 1]) { child += 1 }
                guard SortRecord.precedes(a[lo + root], a[lo + child]) else { return }
                swap(&a[lo + root], &a[lo + child])
                root = child
            }
        }
        var start = n / 2 - 1
        while start >= 0 { siftDown(start, n); start -= 1 }
        var end = n - 1
        while end > 0 { swap(&a[lo], &a[lo + end]); siftDown(0, end); end -= 1 }
    }

    /// Hands out `records` in the order of `precedes` then `tieLess` (a total order) until `body`
    /// returns false. Beyond 65,536 records the two halves are sorted on two threads and merged as
    /// they are handed out (the end of an n-gram count sorts millions of rows, single-threaded
    /// otherwise while the other cores idle; merging on the fly needs no second copy of the records).
    static func sortedInParallel(_ records: inout [SortRecord], threads: Int = 2, tieLess: (SortRecord, SortRecord) -> Bool,
                                 prefetch: (SortRecord) -> Void = { _ in },
                                 _ body: (SortRecord) throws -> Bool) rethrows {
        let n = records.count
        let ahead = 8
        guard n >= 1 << 16, threads > 1 else {
            records.withUnsafeMutableBufferPointer { all in TermCounts.sort(&all, tieLess: tieLess) }
            for k in 0..<Swift.min(ahead, n) { prefetch(records[k]) }
            for k in 0..<n {
                if k + ahead < n { prefetch(records[k + ahead]) }
                if try !body(records[k]) { return }
            }
            return
        }
        let half = n / 2
        records.withUnsafeMutableBufferPointer { all in
            let halves = SortHalves(all: all, half: half)
            withoutActuallyEscaping(tieLess) { tieLess in
                let box = ComparatorBox(less: tieLess)
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    var part = k == 0 ? halves.first : halves.second
                    TermCounts.sort(&part, tieLess: box.less)
                }
            }
        }
        var i = 0, j = half
        for k in 0..<Swift.min(ahead, half) { prefetch(records[k]) }
        for k in half..<Swift.min(half + ahead, n) { prefetch(records[k]) }
        while i < half || j < n {
            let takeSecond = i == half || (j < n && SortRecord.before(records[j], records[i], tieLess: tieLess))
            let r = takeSecond ? records[j] : records[i]
            // The next rows of the half taken (the other half's are already on their way).
            if takeSecond { if j + ahead < n { prefetch(records[j + ahead]) }; j += 1 } else {
                if i + ahead < half { prefetch(records[i + ahead]) }
                i += 1
            }
            if try !body(r) { return }
        }
    }

    /// The `k`-th largest value of `values` (1-based; `values` is reordered): quickselect.
    static func largest(_ k: Int, in values: inout [UInt64]) -> UInt64 {
        precondition(k >= 1 && k <= values.count)
        var lo = 0, hi = values.count - 1
        let target = k - 1  // index in descending order
        var rng = SystemRandomNumberGenerator()
        while lo < hi {
            let pivot = values[Int.random(in: lo...hi, using: &rng)]
            // Three-way partition, descending: > pivot, == pivot, < pivot.
            var lt = lo, i = lo, gt = hi
            while i <= gt {
                if values[i] > pivot { values.swapAt(lt, i); lt += 1; i += 1 }
                else if values[i] < pivot { values.swapAt(i, gt); gt -= 1 }
                else { i += 1 }
            }
            if target < lt { hi = lt - 1 } else if target > gt { lo = gt + 1 } else { return pivot }
        }
        return values[lo]
    }

    /// Per-period occurrences and documents of the given terms, from the timeline's pairs.
    func series(_ keys: [[UInt8]], pairs: PairTable?) throws -> [[UInt8]: [Int: (count: Int, docs: Int)]] {
        if let spilled { return try spilled.series(Set(keys)) }
        guard let table, let pairs else { return [:] }
        var ids: [Int: [UInt8]] = [:]
        for key in keys { if let id = table.find(key) { ids[id] = key } }
        var result: [[UInt8]: [Int: (count: Int, docs: Int)]] = [:]
        for key in keys { result[key] = [:] }
        pairs.forEach { period, term, count, docs in
            if let key = ids[term] { result[key]![period] = (Int(count), Int(docs)) }
        }
        return result
    }
}

/// The two halves of a buffer being sorted, one per thread.
/// `@unchecked Sendable`: each thread sorts only its own half (disjoint memory), and the buffer
/// outlives both (`concurrentPerform` returns after both are done).
private struct SortHalves: @unchecked Sendable {
    let first: UnsafeMutableBufferPointer<TermCounts.SortRecord>
    let second: UnsafeMutableBufferPointer<TermCounts.SortRecord>
    init(all: UnsafeMutableBufferPointer<TermCounts.SortRecord>, half: Int) {
        first = UnsafeMutableBufferPointer(rebasing: all[0..<half])
        second = UnsafeMutableBufferPointer(rebasing: all[half...])
    }
}

/// The tie comparison shared by the two sorting threads.
/// `@unchecked Sendable`: the comparison only reads the finished term table (no thread writes
/// it while the report is sorted).
private struct ComparatorBox: @unchecked Sendable {
    let less: (TermCounts.SortRecord, TermCounts.SortRecord) -> Bool
}

import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
