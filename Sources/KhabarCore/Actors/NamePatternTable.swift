#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The gazetteer's names (`ActorIndex.byFirst`) laid out flat for the matcher's lookups: the
/// first tokens' slots, their records, the patterns, the patterns' tokens and all their bytes,
/// each one block of memory.
///
/// Hand-written for cache misses: the matcher asks about ~40 tokens per article, and through
/// `ByteKeyMap<[Pattern]>` each hit walked six heap objects one after another (slots, entry,
/// key bytes, pattern array, token array, token bytes), ~220 cycles a lookup on news-bench, and
/// returning a `Pattern` retained its two arrays. Here a hit reads a slot, a 24-byte key record,
/// its bytes in one arena, and 16-byte pattern and token records next to each other.
///
/// `@unchecked Sendable`: the memory is written only in `init` and freed in `deinit`; between
/// them every thread only reads it.
final class NamePatternTable: @unchecked Sendable {
    /// One name of an actor, as the matcher needs it: no references, copied freely.
    struct Pattern: Sendable, Equatable {
        private var actorNumber: Int32
        private var tokenCount: UInt16
        private var descriptorTokens: UInt8
        /// The actor's canonical name (via `gazetteer`) or an alias (via `alias`).
        let canonical: Bool
        /// See `ActorIndex.Pattern.needsCapital`.
        let needsCapital: Bool
        /// See `ActorIndex.Pattern.epithet`.
        let epithet: Bool
        /// Its first token in `tokens`.
        fileprivate let firstToken: UInt32

        fileprivate init(actor: Int, tokenCount: Int, descriptorLength: Int, canonical: Bool, needsCapital: Bool, epithet: Bool,
                         firstToken: Int) {
            actorNumber = Int32(actor)
            self.tokenCount = UInt16(tokenCount)
            descriptorTokens = UInt8(descriptorLength)
            self.canonical = canonical
            self.needsCapital = needsCapital
            self.epithet = epithet
            self.firstToken = UInt32(firstToken)
        }

        /// The actor (index in `ActorIndex.actors`).
        var actor: Int { Int(actorNumber) }
        /// Tokens of the name.
        var length: Int { Int(tokenCount) }
        /// See `ActorIndex.Pattern.descriptorLength`.
        var descriptorLength: Int { Int(descriptorTokens) }
    }

    /// A first token: its bytes and the patterns that start with it (longest first).
    private struct Key {
        var hash: UInt64
        var offset: UInt32
        var length: UInt32
        var firstPattern: UInt32
        var patternCount: UInt32
        /// Its patterns of one token start here (they come after the longer ones).
        var firstSingle: UInt32
        /// One bit (`secondBit`) for the second token of each of its longer patterns: a name's
        /// first word is looked up ~37 times an article, and most of its longer names (مجلس has
        /// dozens) end at the next word; their second token is then ruled out for all of them
        /// at once, without reading them.
        var secondTokens: UInt64
    }

    /// One token of a pattern: its `byteHash` and its bytes in the arena.
    private struct Token {
        var hash: UInt64
        var offset: UInt32
        var length: UInt32
    }

    private let slotMask: Int
    /// Key number + 1 per slot; 0: empty (linear probing, at most half full).
    private let slots: UnsafeMutablePointer<UInt32>
    private let keys: UnsafeMutablePointer<Key>
    private let patterns: UnsafeMutablePointer<Pattern>
    private let tokens: UnsafeMutablePointer<Token>
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Patterns in the table.
    let patternCount: Int

    init(_ byFirst: ByteKeyMap<[ActorIndex.Pattern]>) {
        // Keys sorted by bytes: the layout (and so the probing) is the same in every process,
        // whatever order the dictionary it came from had.
        let firstKeys = byFirst.keys.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        var size = 16
        while size < firstKeys.count * 2 { size <<= 1 }
        slotMask = size - 1
        var keyRecords: [Key] = [], patternRecords: [Pattern] = [], tokenRecords: [Token] = [], arena: [UInt8] = []
        func store(_ b: [UInt8]) -> UInt32 {
            let offset = UInt32(arena.count)
            arena += b
            return offset
        }
        for key in firstKeys {
            let list = byFirst[key]!
            // Longest first (`ActorIndex.byFirst`): the patterns of one token are the last ones.
            precondition(zip(list, list.dropFirst()).allSatisfy { $0.tokens.count >= $1.tokens.count },
                         "NamePatternTable: patterns not longest first")
            let single = list.firstIndex { $0.tokens.count <= 1 } ?? list.count
            var seconds: UInt64 = 0
            for p in list where p.tokens.count > 1 { seconds |= NamePatternTable.secondBit(p.hashes[1]) }
            keyRecords.append(Key(hash: key.hash, offset: store(key.bytes), length: UInt32(key.bytes.count),
                                  firstPattern: UInt32(patternRecords.count), patternCount: UInt32(list.count),
                                  firstSingle: UInt32(patternRecords.count + single), secondTokens: seconds))
            for p in list {
                patternRecords.append(Pattern(actor: p.actor, tokenCount: p.tokens.count, descriptorLength: p.descriptorLength,
                                              canonical: p.canonical, needsCapital: p.needsCapital, epithet: p.epithet,
                                              firstToken: tokenRecords.count))
                for (t, h) in zip(p.tokens, p.hashes) {
                    tokenRecords.append(Token(hash: h, offset: store(t), length: UInt32(t.count)))
                }
            }
        }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        for (k, key) in keyRecords.enumerated() {
            var s = NamePatternTable.slot(key.hash, slotMask)
            while slots[s] != 0 { s = (s + 1) & slotMask }
            slots[s] = UInt32(k + 1)
        }
        keys = NamePatternTable.copy(keyRecords)
        patterns = NamePatternTable.copy(patternRecords)
        tokens = NamePatternTable.copy(tokenRecords)
        bytes = NamePatternTable.copy(arena)
        patternCount = patternRecords.count
    }

    deinit {
        slots.deallocate()
        keys.deallocate()
        patterns.deallocate()
        tokens.deallocate()
        bytes.deallocate()
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: p, count: array.count).initialize(from: $0) }
        return p
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 24) & mask }

    /// The bit of `secondTokens` for a second token of hash `h` (its top 6 bits).
    @inline(__always)
    static func secondBit(_ h: UInt64) -> UInt64 { 1 &<< (h &>> 58) }

    /// The patterns (numbers in this table, longest first) whose first token has hash `hash` and
    /// bytes that `isKey` accepts; empty when none. `secondHash`: the `byteHash` of the token
    /// after it, nil when no name can go on past it (the text's end, a break, another line);
    /// patterns of two tokens or more whose second token cannot be that one are left out.
    @inline(__always)
    func patterns(firstHash hash: UInt64, secondHash: UInt64?, _ isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> Range<Int> {
        var s = NamePatternTable.slot(hash, slotMask)
        while true {
            let k = Int(slots[s])
            if k == 0 { return 0..<0 }
            let key = keys[k - 1]
            if key.hash == hash && isKey(UnsafeBufferPointer(start: bytes + Int(key.offset), count: Int(key.length))) {
                let end = Int(key.firstPattern + key.patternCount)
                if let secondHash, key.secondTokens & NamePatternTable.secondBit(secondHash) != 0 {
                    return Int(key.firstPattern)..<end
                }
                return Int(key.firstSingle)..<end
            }
            s = (s + 1) & slotMask
        }
    }

    /// Pattern `p`.
    @inline(__always)
    subscript(p: Int) -> Pattern { patterns[p] }

    /// Token `k` of a pattern: its `byteHash`.
    @inline(__always)
    func tokenHash(_ pattern: Pattern, _ k: Int) -> UInt64 { tokens[Int(pattern.firstToken) + k].hash }

    /// Token `k` of a pattern: its bytes (valid as long as the table).
    @inline(__always)
    func token(_ pattern: Pattern, _ k: Int) -> UnsafeBufferPointer<UInt8> {
        let t = tokens[Int(pattern.firstToken) + k]
        return UnsafeBufferPointer(start: bytes + Int(t.offset), count: Int(t.length))
    }

    /// Token `k` of a pattern equals `other`.
    @inline(__always)
    func token(_ pattern: Pattern, _ k: Int, equals other: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tokens[Int(pattern.firstToken) + k]
        guard Int(t.length) == other.count else { return false }
        return other.isEmpty || bytesEqual(bytes + Int(t.offset), other.baseAddress!, other.count)
    }
}
