import CArchive
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open-addressing hash table from term bytes to (occurrences, documents), hand-written
/// because it takes every token of the corpus.
///
/// Layout, chosen for cache misses (the cost that dominates on a large vocabulary):
/// - slots: 8 bytes each, the entry number plus the top 32 bits of the key's hash, so a probe
///   rejects other keys without touching their entries (linear probing, load ≤ 1/2);
/// - entries: one 64-byte record per term (one cache line): hash, count, docs, last document,
///   length, and the key itself when it fits in 32 bytes (16 Arabic letters), else an offset
///   into a byte arena.
/// Storage is raw memory so that the hot loop has no bounds, uniqueness or exclusivity checks.
///
/// It is a value with manual ownership: exactly one owner (a worker's `TermCounter`, then the
/// merge) calls `deallocate()` once. `TermCounts` wraps a finished table for the public API.
/// `@unchecked Sendable`: a table is only ever moved from the worker that filled it to the
/// merging thread after that worker has finished; it is never used by two threads at once.
struct TermTable: @unchecked Sendable {
    /// One term's record.
    struct Entry {
        var hash: UInt64
        var count: UInt64
        var docs: UInt32
        var lastDocument: UInt32
        var length: UInt32
        /// Bit 0: the term is a number; bit 1: a timeline tracks it.
        var flags: UInt32
        /// The key when `length <= inlineCapacity`, else (first 8 bytes) its arena offset.
        var key: (UInt64, UInt64, UInt64, UInt64)
    }

    static let inlineCapacity = 32

    private(set) var count = 0
    private var slotMask = 0
    private var slots: UnsafeMutablePointer<UInt64>
    /// Terms the table holds before it grows.
    private(set) var capacity = 0
    private var entries: UnsafeMutablePointer<Entry>
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaUsed = 0
    private var arenaCapacity = 0
    /// The document being counted (for `docs`); 0 before the first.
    private var currentDocument: UInt32 = 0
    /// Terms a timeline tracks (normalised bytes); nil: every term is tracked.
    var trackedKeys: Set<[UInt8]>?

    init(initialSlots: Int = 1 << 16) {
        var s = 16
        while s < initialSlots { s <<= 1 }
        slotMask = s - 1
        slots = .allocate(capacity: s)
        slots.initialize(repeating: 0, count: s)
        capacity = s / 2
        entries = TermTable.allocateEntries(capacity)
        arenaCapacity = 1 << 16
        arena = .allocate(capacity: arenaCapacity)
    }

    func deallocate() {
        slots.deallocate()
        free(entries)
        arena.deallocate()
    }

    /// Empties the table, keeping its memory (slots, entries and arena are reused).
    mutating func removeAll() {
        slots.update(repeating: 0, count: slotMask + 1)
        count = 0
        arenaUsed = 0
    }

    /// Bytes of memory the table holds.
    var memoryBytes: Int { (slotMask + 1) * 8 + capacity * MemoryLayout<Entry>.stride + arenaCapacity }

    /// Bytes the table would hold if `newTerms` more terms came: it doubles when full, so a
    /// budget is kept by spilling before a growth that would break it, not after.
    func memoryBytes(after newTerms: Int) -> Int {
        count + newTerms > capacity ? memoryBytes + (slotMask + 1) * 8 + capacity * MemoryLayout<Entry>.stride : memoryBytes
    }

    /// Starts a new document: the next `add` of each term counts it once in `docs`.
    mutating func beginDocument() { currentDocument &+= 1 }

    @inline(__always)
    private func keyPointer(_ e: UnsafeMutablePointer<Entry>) -> UnsafePointer<UInt8> {
        if Int(e.pointee.length) <= TermTable.inlineCapacity {
            return UnsafeRawPointer(e).advanced(by: MemoryLayout<Entry>.offset(of: \Entry.key)!)
                .assumingMemoryBound(to: UInt8.self)
        }
        return UnsafePointer(arena + Int(e.pointee.key.0))
    }

    /// The key of entry `i`.
    func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: keyPointer(entries + i), count: Int(entries[i].length))
    }

    func count(_ i: Int) -> UInt64 { entries[i].count }
    func docs(_ i: Int) -> UInt64 { UInt64(entries[i].docs) }
    func isNumber(_ i: Int) -> Bool { entries[i].flags & 1 != 0 }
    func flags(_ i: Int) -> UInt32 { entries[i].flags }
    @inline(__always) func isTracked(_ i: Int) -> Bool { entries[i].flags & 2 != 0 }

    /// The entry of `key`, if the table has it.
    func find(_ key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { k -> Int? in
            guard let base = k.baseAddress, !k.isEmpty else { return nil }
            let h = byteHash(base, k.count)
            var s = Int(truncatingIfNeeded: h) & slotMask
            while slots[s] != 0 {
                let slot = slots[s]
                if slot & 0xFFFF_FFFF_0000_0000 == h & 0xFFFF_FFFF_0000_0000 {
                    let i = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    if Int(entries[i].length) == k.count && bytesEqual(keyPointer(entries + i), base, k.count) { return i }
                }
                s = (s + 1) & slotMask
            }
            return nil
        }
    }

    /// Counts one occurrence of `key` in the current document; returns its entry number.
    @inline(__always) @discardableResult
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, isNumber: Bool) -> Int {
        add(key, hash: byteHash(key.baseAddress!, key.count), isNumber: isNumber)
    }

    /// Prefetch, first stage: the slot where a key of hash `h` starts probing.
    @inline(__always)
    func prefetchSlot(_ h: UInt64) {
        khabar_prefetch(slots + (Int(truncatingIfNeeded: h) & slotMask))
    }

    /// Prefetch, second stage (after the slot has had time to arrive): the entry the slot names
    /// when its fingerprint matches `h`, i.e. almost surely the key's own entry.
    @inline(__always)
    func prefetchEntry(_ h: UInt64) {
        let slot = slots[Int(truncatingIfNeeded: h) & slotMask]
        if slot != 0 && slot & 0xFFFF_FFFF_0000_0000 == h & 0xFFFF_FFFF_0000_0000 {
            khabar_prefetch(entries + (Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1))
        }
    }

    /// Prefetch entry `i` (keys of up to 32 bytes are in it): the end of a run reads the entries
    /// in count order.
    @inline(__always)
    func prefetchEntry(at i: Int) { khabar_prefetch(entries + i) }

    /// `add` with the key's `byteHash` already computed. `keyHasSlack`: 8 bytes from the key's
    /// start may be read even when it is shorter (the term batch keeps that room), so that a
    /// short key is compared in one masked load.
    @inline(__always) @discardableResult
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, isNumber: Bool, keyHasSlack: Bool = false) -> Int {
        let i = findOrInsert(key, hash: h, isNumber: isNumber, keyHasSlack: keyHasSlack)  // may grow (move) `entries`
        let e = entries + i
        e.pointee.count &+= 1
        if e.pointee.lastDocument != currentDocument {
            e.pointee.lastDocument = currentDocument
            e.pointee.docs &+= 1
        }
        return i
    }

    /// `merge(_:)` with the lookups of `other`'s keys on `threads` threads, then the keys that
    /// were not here inserted in `other`'s order, on this one: the same table as `merge(_:)`
    /// makes. At the end of a run the workers' tables are merged while the other cores wait
    /// (news-bench: ~20 ms of `terms`' ~0.6 s for 250,000 keys, most of them found, each a
    /// cache miss); a lookup only reads the table and adds to the entry it finds, and `other`'s
    /// keys are distinct, so the threads never touch the same entry.
    @discardableResult
    /// `minimumToSplit`: smaller tables are merged on this thread alone (tests lower it).
    mutating func merge(_ other: TermTable, threads: Int, minimumToSplit: Int = 1 << 14) -> [Int] {
        guard threads > 1, other.count >= minimumToSplit else { return merge(other) }
        var mapping = [Int](repeating: -1, count: other.count)
        let table = self
        let chunks = threads
        mapping.withUnsafeMutableBufferPointer { m in
            let out = MergeMapping(m.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = other.count * c / chunks, hi = other.count * (c + 1) / chunks
                for i in lo..<Swift.min(lo + 16, hi) { table.prefetchSlot(other.entries[i].hash) }
                for i in lo..<hi {
                    if i + 16 < hi { table.prefetchSlot(other.entries[i + 16].hash) }
                    if i + 8 < hi { table.prefetchEntry(other.entries[i + 8].hash) }
                    let o = other.entries[i]
                    let j = table.probe(other.key(i), hash: o.hash, keyHasSlack: true)
                    if j >= 0 {
                        table.addCounts(of: o, to: j)
                        out.pointer[i] = j
                    }
                }
            }
        }
        for i in 0..<other.count where mapping[i] < 0 {
            let o = other.entries[i]
            let j = findOrInsert(other.key(i), hash: o.hash, isNumber: o.flags & 1 != 0, keyHasSlack: true)  // may grow
            addCounts(of: o, to: j)
            mapping[i] = j
        }
        return mapping
    }

    /// Adds an entry of another table to entry `j` (through the pointer: the threads of
    /// `merge(_:threads:)` each add to their own entries).
    @inline(__always)
    private func addCounts(of o: Entry, to j: Int) {
        let e = entries + j
        e.pointee.count &+= o.count
        e.pointee.docs &+= o.docs
        e.pointee.flags |= o.flags & 2
    }

    /// Adds another table's counts (documents are disjoint between workers, so `docs` adds up).
    /// Returns, for each of `other`'s entries, its entry number here.
    @discardableResult
    mutating func merge(_ other: TermTable) -> [Int] {
        var mapping = [Int](repeating: 0, count: other.count)
        // The slots of `other`'s keys are at random places here: prefetched ahead, as in counting.
        for i in 0..<Swift.min(16, other.count) { prefetchSlot(other.entries[i].hash) }
        for i in 0..<other.count {
            if i + 16 < other.count { prefetchSlot(other.entries[i + 16].hash) }
            if i + 8 < other.count { prefetchEntry(other.entries[i + 8].hash) }
            let o = other.entries[i]
            // `other`'s keys are in its entries (a 32-byte field) or, longer, in its arena: slack either way.
            let j = findOrInsert(other.key(i), hash: o.hash, isNumber: o.flags & 1 != 0, keyHasSlack: true)  // may grow
            mapping[i] = j
            addCounts(of: o, to: j)
        }
        return mapping
    }

    /// The probe, inlined into the counting loop; a new term (one token in fifty on news) goes
    /// to `insert`, out of line, so that the loop carries no call (the recursion through `grow`
    /// kept this whole function out of line: a call per token).
    @inline(__always)
    private mutating func findOrInsert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, isNumber: Bool, keyHasSlack: Bool) -> Int {
        let found = probe(key, hash: h, keyHasSlack: keyHasSlack)
        return found >= 0 ? found : insert(key, hash: h, isNumber: isNumber, at: -found - 1)
    }

    /// The entry of `key` (≥ 0), or, when it is absent, −1 − the empty slot its probe ended on.
    /// Reads the table only.
    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, keyHasSlack: Bool) -> Int {
        var s = Int(truncatingIfNeeded: h) & slotMask
        let n = key.count
        let fingerprint = h & 0xFFFF_FFFF_0000_0000
        while true {
            let slot = slots[s]
            if slot == 0 { return -1 - s }
            if slot & 0xFFFF_FFFF_0000_0000 == fingerprint {
                let i = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                let e = entries + i
                if Int(e.pointee.length) == n
                    && (keyHasSlack ? TermTable.equalShort(keyPointer(e), key.baseAddress!, n) : bytesEqual(keyPointer(e), key.baseAddress!, n)) {
                    return i
                }
            }
            s = (s + 1) & slotMask
        }
    }

    /// Adds `key`, absent, at the empty slot `s` its probe ended on (probing again after a growth).
    @inline(never)
    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, isNumber: Bool, at slotIndex: Int) -> Int {
        var s = slotIndex
        let n = key.count
        let fingerprint = h & 0xFFFF_FFFF_0000_0000
        if count == capacity {
            grow()
            s = Int(truncatingIfNeeded: h) & slotMask
            while slots[s] != 0 { s = (s + 1) & slotMask }
        }
        let i = count
        count += 1
        let e = entries + i
        var flags: UInt32 = isNumber ? 1 : 0
        if trackedKeys?.contains(Array(key)) ?? true { flags |= 2 }
        e.initialize(to: Entry(hash: h, count: 0, docs: 0, lastDocument: 0, length: UInt32(n),
                               flags: flags, key: (0, 0, 0, 0)))
        if n <= TermTable.inlineCapacity {
            UnsafeMutableRawPointer(mutating: keyPointer(e)).copyMemory(from: key.baseAddress!, byteCount: n)
        } else {
            if arenaUsed + n > arenaCapacity { growArena(arenaUsed + n) }
            (arena + arenaUsed).update(from: key.baseAddress!, count: n)
            e.pointee.key.0 = UInt64(arenaUsed)
            arenaUsed += n
        }
        slots[s] = fingerprint | UInt64(i + 1)
        return i
    }

    /// Byte equality of an entry's key and a key with slack (`add(keyHasSlack:)`), without a loop
    /// over the last bytes: up to 8 bytes one masked load each (an entry's key field holds 32
    /// bytes), longer keys 8 bytes at a time and the last 8 as one overlapping load. A byte loop
    /// over the tail, whose trip count changes with every token, was ~8% of the counting loop's
    /// samples. Keys without slack go through `bytesEqual`, the same loads without the mask.
    @inline(__always)
    static func equalShort(_ entryKey: UnsafePointer<UInt8>, _ key: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(entryKey), rb = UnsafeRawPointer(key)
        if n <= 8 {
            let mask: UInt64 = n == 8 ? ~0 : (1 << UInt64(truncatingIfNeeded: 8 * n)) &- 1
            let a = UInt64(littleEndian: ra.loadUnaligned(as: UInt64.self)), b = UInt64(littleEndian: rb.loadUnaligned(as: UInt64.self))
            return (a ^ b) & mask == 0
        }
        var i = 0
        while i + 8 < n {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        return ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }

    private mutating func growArena(_ needed: Int) {
        growByteBuffer(&arena, capacity: &arenaCapacity, used: arenaUsed, needed: needed)
    }

    /// Entries live in memory from the C allocator (`malloc`), so that a growth is a `realloc`:
    /// a block that large is a mapping of its own, which the kernel moves (`mremap`) instead of
    /// copying it and faulting every page of the copy in. With bigrams the run's table grew
    /// 2M → 4M terms with the other workers waiting for it: ~0.3 s of page faults on one core
    /// (perf timeline). `Entry` is plain integers: moving its bytes moves it.
    /// From this size on (glibc's largest threshold for giving a block a mapping of its own) a
    /// growth is a `realloc`; smaller tables are copied into a new block: `realloc` of blocks
    /// inside malloc's heap left it in pieces when tables were dropped and made again and again
    /// (bigrams under `--max-memory 256M`: 174 → 195 MB peak, 4.82 → 4.98 s).
    static let reallocatedEntryBytes = 32 << 20

    private static func allocateEntries(_ capacity: Int) -> UnsafeMutablePointer<Entry> {
        let bytes = capacity * MemoryLayout<Entry>.stride
        guard let raw = malloc(bytes) else { fatalError("out of memory for a term table of \(capacity) terms") }
        adviseHugePages(raw, bytes: bytes)
        return raw.bindMemory(to: Entry.self, capacity: capacity)
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        if capacity * MemoryLayout<Entry>.stride >= TermTable.reallocatedEntryBytes {
            let bytes = newCapacity * MemoryLayout<Entry>.stride
            guard let raw = realloc(entries, bytes) else { fatalError("out of memory for a term table of \(newCapacity) terms") }
            adviseHugePages(raw, bytes: bytes)
            entries = raw.bindMemory(to: Entry.self, capacity: newCapacity)
        } else {
            let grown = TermTable.allocateEntries(newCapacity)
            grown.moveInitialize(from: entries, count: count)
            free(entries)
            entries = grown
        }
        capacity = newCapacity
        let newSlots = newCapacity * 2
        slots.deallocate()
        slots = .allocate(capacity: newSlots)
        adviseHugePages(slots, bytes: newSlots * 8)
        slots.initialize(repeating: 0, count: newSlots)
        slotMask = newSlots - 1
        for i in 0..<count {
            let h = entries[i].hash
            var s = Int(truncatingIfNeeded: h) & slotMask
            while slots[s] != 0 { s = (s + 1) & slotMask }
            slots[s] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(i + 1)
        }
    }
}

/// The mapping `merge(_:threads:)` fills. `@unchecked Sendable`: each thread writes only the
/// indices of its own range of `other`'s entries, and the array outlives the threads.
private struct MergeMapping: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Int>
    init(_ pointer: UnsafeMutablePointer<Int>) { self.pointer = pointer }
}
