/// An open-addressing hash table from term bytes to (occurrences, documents), hand-written
/// because it takes every token of the corpus: keys live in one byte arena, values in parallel
/// arrays, and slots hold entry numbers (linear probing, load ≤ 1/2). Storage is raw memory so
/// that the hot loop has no bounds, uniqueness or exclusivity checks.
///
/// It is a value with manual ownership: exactly one owner (a worker's `TermCounter`, then the
/// merge) calls `deallocate()` once. `TermCounts` wraps a finished table for the public API.
/// `@unchecked Sendable`: a table is only ever moved from the worker that filled it to the
/// merging thread after that worker has finished; it is never used by two threads at once.
struct TermTable: @unchecked Sendable {
    private(set) var count = 0
    private var slotMask = 0
    private var slots: UnsafeMutablePointer<UInt32>  // entry + 1, 0 = empty
    private var capacity = 0  // of the per-entry arrays
    private var hashes: UnsafeMutablePointer<UInt64>
    private var offsets: UnsafeMutablePointer<Int>
    private var lengths: UnsafeMutablePointer<UInt32>
    private(set) var counts: UnsafeMutablePointer<UInt64>
    private(set) var docs: UnsafeMutablePointer<UInt64>
    private var lastDoc: UnsafeMutablePointer<UInt32>
    private(set) var numberFlags: UnsafeMutablePointer<Bool>
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaUsed = 0
    private var arenaCapacity = 0
    /// The document being counted (for `docs`); 0 before the first.
    private var currentDocument: UInt32 = 0

    init(initialSlots: Int = 1 << 16) {
        var s = 16
        while s < initialSlots { s <<= 1 }
        slotMask = s - 1
        slots = .allocate(capacity: s)
        slots.initialize(repeating: 0, count: s)
        capacity = s / 2
        hashes = .allocate(capacity: capacity)
        offsets = .allocate(capacity: capacity)
        lengths = .allocate(capacity: capacity)
        counts = .allocate(capacity: capacity)
        docs = .allocate(capacity: capacity)
        lastDoc = .allocate(capacity: capacity)
        numberFlags = .allocate(capacity: capacity)
        arenaCapacity = s * 8
        arena = .allocate(capacity: arenaCapacity)
    }

    func deallocate() {
        slots.deallocate(); hashes.deallocate(); offsets.deallocate(); lengths.deallocate()
        counts.deallocate(); docs.deallocate(); lastDoc.deallocate(); numberFlags.deallocate()
        arena.deallocate()
    }

    /// Bytes of memory the table holds (for the memory figures).
    var memoryBytes: Int {
        (slotMask + 1) * 4 + capacity * (8 + 8 + 4 + 8 + 8 + 4 + 1) + arenaCapacity
    }

    /// Starts a new document: the next `add` of each term counts it once in `docs`.
    mutating func beginDocument() { currentDocument &+= 1 }

    /// The key of entry `i`.
    func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena + offsets[i], count: Int(lengths[i]))
    }

    func hash(_ i: Int) -> UInt64 { hashes[i] }

    /// Counts one occurrence of `key` in the current document.
    @inline(__always)
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, isNumber: Bool) {
        let h = byteHash(key.baseAddress!, key.count)
        let e = findOrInsert(key, hash: h, isNumber: isNumber)
        counts[e] &+= 1
        if lastDoc[e] != currentDocument {
            lastDoc[e] = currentDocument
            docs[e] &+= 1
        }
    }

    /// Adds another table's counts (documents are disjoint between workers, so `docs` adds up).
    mutating func merge(_ other: TermTable) {
        for i in 0..<other.count {
            let e = findOrInsert(other.key(i), hash: other.hashes[i], isNumber: other.numberFlags[i])
            counts[e] &+= other.counts[i]
            docs[e] &+= other.docs[i]
        }
    }

    @inline(__always)
    private mutating func findOrInsert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, isNumber: Bool) -> Int {
        var s = Int(truncatingIfNeeded: h) & slotMask
        let n = key.count
        while true {
            let slot = slots[s]
            if slot == 0 { break }
            let e = Int(slot) - 1
            if hashes[e] == h && Int(lengths[e]) == n
                && (n == 0 || memcmp(arena + offsets[e], key.baseAddress!, n) == 0) {
                return e
            }
            s = (s + 1) & slotMask
        }
        // Insert.
        if count == capacity {
            grow()
            return findOrInsert(key, hash: h, isNumber: isNumber)
        }
        if arenaUsed + n > arenaCapacity { growArena(arenaUsed + n) }
        let e = count
        count += 1
        if n > 0 { (arena + arenaUsed).update(from: key.baseAddress!, count: n) }
        offsets[e] = arenaUsed
        lengths[e] = UInt32(n)
        arenaUsed += n
        hashes[e] = h
        counts[e] = 0
        docs[e] = 0
        lastDoc[e] = 0
        numberFlags[e] = isNumber
        slots[s] = UInt32(e + 1)
        return e
    }

    private mutating func growArena(_ needed: Int) {
        var c = arenaCapacity * 2
        while c < needed { c *= 2 }
        let a = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        a.update(from: arena, count: arenaUsed)
        arena.deallocate()
        arena = a
        arenaCapacity = c
    }

    private static func regrow<T>(_ p: inout UnsafeMutablePointer<T>, _ used: Int, _ c: Int) {
        let q = UnsafeMutablePointer<T>.allocate(capacity: c)
        q.moveInitialize(from: p, count: used)
        p.deallocate()
        p = q
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        TermTable.regrow(&hashes, count, newCapacity)
        TermTable.regrow(&offsets, count, newCapacity)
        TermTable.regrow(&lengths, count, newCapacity)
        TermTable.regrow(&counts, count, newCapacity)
        TermTable.regrow(&docs, count, newCapacity)
        TermTable.regrow(&lastDoc, count, newCapacity)
        TermTable.regrow(&numberFlags, count, newCapacity)
        capacity = newCapacity
        let newSlots = newCapacity * 2
        slots.deallocate()
        slots = .allocate(capacity: newSlots)
        slots.initialize(repeating: 0, count: newSlots)
        slotMask = newSlots - 1
        for e in 0..<count {
            var s = Int(truncatingIfNeeded: hashes[e]) & slotMask
            while slots[s] != 0 { s = (s + 1) & slotMask }
            slots[s] = UInt32(e + 1)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
