/// A set of 64-bit hashes that answers "certainly not" with one memory load: a bitmap of 2^k
/// bits (k = 20 by default, 128 KiB; small sets take a small one that stays in cache) indexed by
/// the hash's low bits (a Bloom filter with one function), backed by the exact
/// set for "maybe". Hand-written because `Set<UInt64>` hashes its keys again with SipHash, and
/// the actor and date matchers ask about every word of the corpus.
struct HashFilter: Sendable {
    private var bits: [UInt64]
    private let exact: Set<UInt64>
    private let mask: UInt64

    init<S: Sequence>(_ hashes: S, bitsLog2: Int = 20) where S.Element == UInt64 {
        precondition((6...30).contains(bitsLog2))
        let mask: UInt64 = (1 << UInt64(bitsLog2)) - 1
        self.mask = mask
        var bits = [UInt64](repeating: 0, count: (1 << bitsLog2) / 64)
        var exact = Set<UInt64>()
        for h in hashes {
            let i = Int(h & mask)
            bits[i >> 6] |= 1 << UInt64(i & 63)
            exact.insert(h)
        }
        self.bits = bits
        self.exact = exact
    }

    var isEmpty: Bool { exact.isEmpty }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        let i = Int(h & mask)
        return bits.withUnsafeBufferPointer { $0[i >> 6] } & (1 << UInt64(i & 63)) != 0 && exact.contains(h)
    }
}
