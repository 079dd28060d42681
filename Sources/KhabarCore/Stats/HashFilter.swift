/// A set of 64-bit hashes that answers "certainly not" with one memory load: a bitmap of 2^k
/// bits (k = 20 by default, 128 KiB; small sets take a small one that stays in cache) indexed by
/// the hash's low bits (a Bloom filter with one function), backed by the exact set for "maybe":
/// an open-addressing table probed from the hash's high bits. Hand-written because `Set<UInt64>`
/// hashes its keys again with SipHash, and the actor and date matchers ask about every word of
/// the corpus.
struct HashFilter: Sendable {
    private var bits: [UInt64]
    private let mask: UInt64
    /// The hashes, at most half full; 0 marks an empty slot (a hash of 0 is `hasZero`).
    private let slots: [UInt64]
    private let slotMask: Int
    private let hasZero: Bool
    /// Distinct hashes held.
    let count: Int

    init<S: Sequence>(_ hashes: S, bitsLog2: Int = 20) where S.Element == UInt64 {
        precondition((6...30).contains(bitsLog2))
        let mask: UInt64 = (1 << UInt64(bitsLog2)) - 1
        self.mask = mask
        let distinct = Set(hashes)
        var bits = [UInt64](repeating: 0, count: (1 << bitsLog2) / 64)
        var size = 16
        while size < distinct.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for h in distinct {
            let i = Int(h & mask)
            bits[i >> 6] |= 1 << UInt64(i & 63)
            guard h != 0 else { continue }
            var s = HashFilter.slot(h, size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            slots[s] = h
        }
        self.bits = bits
        self.slots = slots
        slotMask = size - 1
        hasZero = distinct.contains(0)
        count = distinct.count
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 32) & mask }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        let i = Int(h & mask)
        guard bits.withUnsafeBufferPointer({ $0[i >> 6] }) & (1 << UInt64(i & 63)) != 0 else { return false }
        if h == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { t in
            var s = HashFilter.slot(h, slotMask)
            while true {
                let v = t[s]
                if v == h { return true }
                if v == 0 { return false }
                s = (s + 1) & slotMask
            }
        }
    }
}

/// Small flag sets per 64-bit hash (several `HashFilter`s asked about the same word at once):
/// a Bloom filter (`BloomFilter`, one load) answers most words, and a "maybe" reads the flags of
/// that hash from an open-addressing table. For the date finder, which tags every word of the
/// corpus, and the actor matcher's roles of a word's forms (with and without proclitics: most
/// forms are no key). (It was a bitmap of one bit per hash, 4,096 bits whatever the set: the
/// matcher's ~25,000 first tokens set nearly every bit, and each form read the table, a cache
/// miss of a 512 KiB table.)
struct HashFlags: Sendable {
    private let filter: BloomFilter
    /// (hash, flags) per slot, at most half full; flags 0 marks an empty slot.
    private let slots: [(UInt64, UInt8)]
    private let slotMask: Int

    init(_ flags: [UInt64: UInt8]) {
        var size = 16
        while size < flags.count * 2 { size <<= 1 }
        var slots = [(UInt64, UInt8)](repeating: (0, 0), count: size)
        for (h, f) in flags where f != 0 {
            var s = Int(truncatingIfNeeded: h >> 32) & (size - 1)
            while slots[s].1 != 0 { s = (s + 1) & (size - 1) }
            slots[s] = (h, f)
        }
        filter = BloomFilter(flags.filter { $0.value != 0 }.keys)
        self.slots = slots
        slotMask = size - 1
    }

    /// The flags of `h` (0 when it has none).
    @inline(__always)
    func flags(_ h: UInt64) -> UInt8 {
        guard filter.mayContain(h) else { return 0 }
        return slots.withUnsafeBufferPointer { t in
            var s = Int(truncatingIfNeeded: h >> 32) & slotMask
            while true {
                let (k, f) = t[s]
                if f == 0 { return 0 }
                if k == h { return f }
                s = (s + 1) & slotMask
            }
        }
    }
}
