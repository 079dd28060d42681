import CArchive

/// Counts per 64-bit key (0 is not a key): open addressing with linear probing, at most three
/// quarters full, key and count side by side in one array (16 bytes a slot, one allocation per
/// growth, as a Dictionary). Hand-written because the actor statistics add one key per pair of
/// actors in a unit (millions on a large corpus) and `Dictionary<UInt64, Int>` hashes every key
/// with SipHash.
struct KeyCounts: Sendable {
    private struct Slot {
        var key: UInt64
        var value: Int
    }
    private var slots: [Slot]
    private var mask: Int
    /// Distinct keys.
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var c = 16
        while c * 3 < capacity * 4 { c <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: c)
        mask = c - 1
    }

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
            let found = slots[i].key
            if found == key { slots[i].value += n; return }
            if found == 0 { break }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: key, value: n)
        count += 1
        if count * 4 > (mask + 1) * 3 { grow() }
    }

    /// Adds 1 to the count of each key (none 0; repeats count again). The table first grows to
    /// hold them all, then each key's slot is prefetched 8 keys ahead: a batch's cache misses
    /// overlap instead of coming one after another (the pairs of a document, on a table of
    /// hundreds of thousands of pairs).
    mutating func addOne(each keys: UnsafeBufferPointer<UInt64>) {
        guard !keys.isEmpty else { return }
        while (count + keys.count) * 4 > (mask + 1) * 3 { grow() }
        let mask = self.mask, n = keys.count, ahead = 8
        var added = 0
        slots.withUnsafeMutableBufferPointer { s in
            let base = s.baseAddress!
            for k in 0..<Swift.min(ahead, n) { khabar_prefetch(base + KeyCounts.slot(keys[k], mask)) }
            for k in 0..<n {
                if k + ahead < n { khabar_prefetch(base + KeyCounts.slot(keys[k + ahead], mask)) }
                let key = keys[k]
                var i = KeyCounts.slot(key, mask)
                while true {
                    let found = base[i].key
                    if found == key { base[i].value += 1; break }
                    if found == 0 { base[i] = Slot(key: key, value: 1); added += 1; break }
                    i = (i + 1) & mask
                }
            }
        }
        count += added
    }

    /// The count of `key` (0 when absent).
    func value(_ key: UInt64) -> Int {
        var i = KeyCounts.slot(key, mask)
        while slots[i].key != 0 {
            if slots[i].key == key { return slots[i].value }
            i = (i + 1) & mask
        }
        return 0
    }

    /// Slots in the table (an upper bound of `count`), for walking it with `entry(at:)`.
    var slotCount: Int { mask + 1 }

    /// The key and count in slot `i`, or nil for an empty slot.
    @inline(__always)
    func entry(at i: Int) -> (key: UInt64, value: Int)? {
        let s = slots[i]
        return s.key == 0 ? nil : (s.key, s.value)
    }

    /// Every key and its count, in table order (callers that need an order sort).
    func forEach(_ body: (UInt64, Int) -> Void) {
        for s in slots where s.key != 0 { body(s.key, s.value) }
    }

    private mutating func grow() {
        let old = slots
        mask = (mask + 1) * 2 - 1
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: mask + 1)
        for s in old where s.key != 0 {
            var i = KeyCounts.slot(s.key, mask)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
