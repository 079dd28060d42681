import CArchive

/// Counts per 64-bit key (0 is not a key): open addressing with linear probing, at most 7/8
/// full, keys and counts in two arrays (12 bytes a slot: the run's table holds every pair of
/// actors met, a million and more with discovered people, so its size is most of what
/// discovery costs in memory). Hand-written because the actor statistics
/// add one key per pair of actors in a unit and `Dictionary<UInt64, Int>` hashes every key with
/// SipHash. Counts are 32-bit: a count is a number of units (documents, paragraphs, sentences)
/// with both actors, and no corpus has 4 billion of them.
struct KeyCounts: Sendable {
    private var keys: [UInt64]
    private var counts: [UInt32]
    /// A second count per key (`add(_:_:second:)`), or empty: the timeline's mentions and
    /// documents per (period, actor) take one probe for both (two tables probed the same key
    /// twice, ~0.7% of `report`'s cycles). Kept by `add(_:_:second:)` only: such a table is
    /// added to with that alone.
    private var seconds: [UInt32]
    private var mask: Int
    /// Distinct keys.
    private(set) var count = 0

    /// A table for about `capacity` keys; `secondCount`: with a second count per key.
    init(capacity: Int = 1024, secondCount: Bool = false) {
        var c = 16
        while !KeyCounts.fits(capacity, slots: c) { c <<= 1 }
        keys = [UInt64](repeating: 0, count: c)
        counts = [UInt32](repeating: 0, count: c)
        seconds = secondCount ? [UInt32](repeating: 0, count: c) : []
        mask = c - 1
    }

    /// At most 7/8 full: the keys are spread by a multiplicative hash, most adds find a key
    /// already there within a probe or two, and a fuller table is the memory a worker saves.
    @inline(__always)
    private static func fits(_ count: Int, slots: Int) -> Bool { count * 8 <= slots * 7 }

    @inline(__always)
    private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        var h = k &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        return Int(truncatingIfNeeded: h) & mask
    }

    /// Adds `n` to the count of `key` (which must not be 0).
    @inline(__always)
    mutating func add(_ key: UInt64, _ n: Int = 1) {
        let mask = self.mask
        var i = KeyCounts.slot(key, mask)
        while true {
            let found = keys[i]
            if found == key { counts[i] += UInt32(n); return }
            if found == 0 { break }
            i = (i + 1) & mask
        }
        keys[i] = key
        counts[i] = UInt32(n)
        count += 1
        if !KeyCounts.fits(count, slots: mask + 1) { grow() }
    }

    /// Adds `n` to the count of `key` (not 0) and `m` to its second count (a table made with
    /// `secondCount`).
    @inline(__always)
    mutating func add(_ key: UInt64, _ n: Int, second m: Int) {
        let mask = self.mask
        var i = KeyCounts.slot(key, mask)
        while true {
            let found = keys[i]
            if found == key { counts[i] += UInt32(n); seconds[i] += UInt32(m); return }
            if found == 0 { break }
            i = (i + 1) & mask
        }
        keys[i] = key
        counts[i] = UInt32(n)
        seconds[i] = UInt32(m)
        count += 1
        if !KeyCounts.fits(count, slots: mask + 1) { grow() }
    }

    /// Calls `body` with every key, its count and its second count (a table made with
    /// `secondCount`), in slot order.
    func forEach(_ body: (UInt64, Int, Int) -> Void) {
        for i in 0...mask where keys[i] != 0 { body(keys[i], Int(counts[i]), Int(seconds[i])) }
    }

    /// Adds 1 to the count of each key (none 0; repeats count again). The table first grows to
    /// hold them all, then each key's slot is prefetched 8 keys ahead: a batch's cache misses
    /// overlap instead of coming one after another (the pairs of a document, on a table of
    /// hundreds of thousands of pairs).
    mutating func addOne(each batch: UnsafeBufferPointer<UInt64>) {
        add(each: batch, counts: nil)
    }

    /// Adds `counts[k]` (1 when `counts` is nil) to the count of each `batch[k]`, prefetched as
    /// `addOne(each:)` does: merging the workers' pair tables (a million pairs on news-bench)
    /// inserts a whole table at once.
    mutating func add(each batch: UnsafeBufferPointer<UInt64>, counts values: UnsafeBufferPointer<UInt32>?) {
        guard !batch.isEmpty else { return }
        while !KeyCounts.fits(count + batch.count, slots: mask + 1) { grow() }
        let mask = self.mask, n = batch.count, ahead = 16
        var added = 0
        keys.withUnsafeMutableBufferPointer { keys in
            counts.withUnsafeMutableBufferPointer { counts in
                let k0 = keys.baseAddress!, c0 = counts.baseAddress!
                // The count's slot too: the counts are another array, another cache line.
                for k in 0..<Swift.min(ahead, n) {
                    let s = KeyCounts.slot(batch[k], mask)
                    khabar_prefetch(k0 + s)
                    khabar_prefetch(c0 + s)
                }
                for k in 0..<n {
                    if k + ahead < n {
                        let s = KeyCounts.slot(batch[k + ahead], mask)
                        khabar_prefetch(k0 + s)
                        khabar_prefetch(c0 + s)
                    }
                    let key = batch[k], v = values?[k] ?? 1
                    var i = KeyCounts.slot(key, mask)
                    while true {
                        let found = k0[i]
                        if found == key { c0[i] += v; break }
                        if found == 0 { k0[i] = key; c0[i] = v; added += 1; break }
                        i = (i + 1) & mask
                    }
                }
            }
        }
        count += added
    }

    /// The count of `key` (0 when absent).
    func value(_ key: UInt64) -> Int {
        var i = KeyCounts.slot(key, mask)
        while keys[i] != 0 {
            if keys[i] == key { return Int(counts[i]) }
            i = (i + 1) & mask
        }
        return 0
    }

    /// Every key and its count, in table order (callers that need an order sort).
    func forEach(_ body: (UInt64, Int) -> Void) {
        for i in 0...mask where keys[i] != 0 { body(keys[i], Int(counts[i])) }
    }

    /// Bytes of the table that holds `count` keys (its slots at most 7/8 full).
    static func memoryBytes(holding count: Int) -> Int {
        var c = 16
        while !fits(count, slots: c) { c <<= 1 }
        return c * (MemoryLayout<UInt64>.stride + MemoryLayout<UInt32>.stride)
    }

    /// Empties the table into its keys, each renumbered by `map` (nil: left out), and their
    /// counts, in increasing order of the new key, counts of a key that `map` gives twice added
    /// up. The table's own arrays are compacted in place (the slot a key is read from is never
    /// before the one it is written to) and sorted there with one scratch copy of what is kept,
    /// then copied out at their size: at the end of `report` the run's pair table went to a new
    /// array of entries, a scratch copy for their sort and the final arrays, ~44 bytes of memory
    /// never touched before for each pair (now ~24), on the run's critical path (perf: a third of
    /// the actor merge's samples were the kernel zeroing those pages).
    mutating func drainSorted(mapping map: (UInt64) -> UInt64?) -> (keys: [UInt64], counts: [UInt32]) {
        var keys = self.keys, counts = self.counts
        self = KeyCounts(capacity: 0, secondCount: !seconds.isEmpty)  // the table's arrays now referenced once, here
        var kept = 0
        keys.withUnsafeMutableBufferPointer { k in
            counts.withUnsafeMutableBufferPointer { c in
                for i in 0..<k.count where k[i] != 0 {
                    guard let key = map(k[i]) else { continue }
                    k[kept] = key
                    c[kept] = c[i]
                    kept += 1
                }
                RadixSort.sort(keys: k.baseAddress!, values: c.baseAddress!, count: kept)
                // Equal keys (two old keys renumbered to one) side by side: added up.
                var distinct = 0
                for i in 0..<kept {
                    if distinct > 0 && k[distinct - 1] == k[i] {
                        c[distinct - 1] += c[i]
                    } else {
                        k[distinct] = k[i]
                        c[distinct] = c[i]
                        distinct += 1
                    }
                }
                kept = distinct
            }
        }
        // Copied out at their size, and the table's arrays freed: kept at the table's capacity
        // (up to 2.3 times the keys), they stayed through the reports that follow and raised
        // `report`'s peak RSS by 10 MB on news-bench.
        return (Array(keys[..<kept]), Array(counts[..<kept]))
    }

    /// Empties the table, keeping its slots.
    mutating func removeAll() {
        keys.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        count = 0
    }

    private mutating func grow() {
        let oldKeys = keys, oldCounts = counts, oldSeconds = seconds
        keys = []; counts = []; seconds = []  // the old arrays are the only references left: freed after the copy
        mask = (mask + 1) * 2 - 1
        var newKeys = [UInt64](repeating: 0, count: mask + 1)
        var newCounts = [UInt32](repeating: 0, count: mask + 1)
        var newSeconds = [UInt32](repeating: 0, count: oldSeconds.isEmpty ? 0 : mask + 1)
        for i in oldKeys.indices where oldKeys[i] != 0 {
            var j = KeyCounts.slot(oldKeys[i], mask)
            while newKeys[j] != 0 { j = (j + 1) & mask }
            newKeys[j] = oldKeys[i]
            newCounts[j] = oldCounts[i]
            if !oldSeconds.isEmpty { newSeconds[j] = oldSeconds[i] }
        }
        keys = newKeys
        counts = newCounts
        seconds = newSeconds
    }
}
