/// A set of 64-bit hashes that answers "certainly not" or "maybe", with one memory load and no
/// exact set behind it: a blocked Bloom filter (each hash sets three bits of one 64-bit word).
/// For a question whose "maybe" is checked exactly afterwards anyway: the actor matcher asks it
/// about every word of the corpus and looks the few that pass up in its tables, so a false
/// "maybe" costs one lookup and never a wrong answer.
///
/// Hand-written because `HashFilter` (one bit per hash, then its exact table) missed the cache on
/// a third of the corpus's words for the matcher's first tokens: its 8 KiB bitmap let ~15% of
/// the words that start nothing through to a table of 256 KiB. Here, at about twenty bits per
/// hash, about 0.5% do, in a bitmap that stays in the first-level cache or the second.
struct BloomFilter: Sendable {
    private let words: [UInt64]
    private let mask: Int

    /// A filter for `hashes` of about `bitsPerHash` bits each (rounded up to a power of two
    /// words, at least one).
    init<S: Sequence>(_ hashes: S, bitsPerHash: Int = 20) where S.Element == UInt64 {
        self.init(distinct: Set(hashes), bitsPerHash: bitsPerHash)
    }

    /// A filter for `distinct` (no hash twice), without the set that removes repeated ones: for
    /// a filter made per document (a set was ~2,500 instructions a filter).
    init<C: Collection>(distinct: C, bitsPerHash: Int = 20) where C.Element == UInt64 {
        var count = 1
        while count * 64 < distinct.count * bitsPerHash { count <<= 1 }
        var words = [UInt64](repeating: 0, count: count)
        for h in distinct { words[Int(truncatingIfNeeded: h) & (count - 1)] |= BloomFilter.bits(h) }
        self.words = words
        mask = count - 1
    }

    /// The three bits of `h` in its word, from hash bits the word's index does not use (the low
    /// ones pick the word; these are bits 40–57).
    @inline(__always)
    private static func bits(_ h: UInt64) -> UInt64 {
        (1 << ((h >> 40) & 63)) | (1 << ((h >> 46) & 63)) | (1 << ((h >> 52) & 63))
    }

    /// `h` may be in the set (false: it certainly is not).
    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool {
        let b = BloomFilter.bits(h)
        return words.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: h) & mask] } & b == b
    }
}
