#if canImport(Glibc)
import Glibc
#endif

/// A read-only map from byte strings to values: open addressing on the key's precomputed hash
/// (`ByteKey.hash`), at most half full. Hand-written because the actor matcher looks up its
/// gazetteer tables a few million times per large corpus, and a `Dictionary` keyed by `ByteKey`
/// runs SipHash over the hash again on every lookup.
///
/// Held flat: the keys' hashes in one array, their bytes one after another in one arena, the
/// values in a third. An array of `(ByteKey, Value)` entries copied the entry on every probe (a
/// retain and a release of the key's array, an atomic operation each) and compared the bytes
/// through `elementsEqual`, a loop of collection calls: ~1.5% of `report`'s instructions went
/// to these lookups.
struct ByteKeyMap<Value: Sendable>: Sendable {
    /// Entry `e`'s key: its hash, and its bytes `arena[offsets[e]..<offsets[e + 1]]`.
    private let hashes: [UInt64]
    private let offsets: [Int32]
    private let arena: [UInt8]
    private let values: [Value]
    /// The keys as given, for `keys` (tables are built from other tables' keys at start-up).
    private let keyList: [ByteKey]
    /// Entry number + 1 per slot; 0: empty.
    private let slots: [Int32]
    private let mask: Int

    init(_ dictionary: [ByteKey: Value]) {
        var hashes: [UInt64] = [], offsets: [Int32] = [0], arena: [UInt8] = [], values: [Value] = [], keyList: [ByteKey] = []
        hashes.reserveCapacity(dictionary.count)
        keyList.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        offsets.reserveCapacity(dictionary.count + 1)
        for (key, value) in dictionary {
            hashes.append(key.hash)
            arena.append(contentsOf: key.bytes)
            offsets.append(Int32(arena.count))
            values.append(value)
            keyList.append(key)
        }
        var size = 16
        while size < hashes.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for (e, hash) in hashes.enumerated() {
            var s = ByteKeyMap.slot(hash, size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(e + 1)
        }
        self.hashes = hashes
        self.offsets = offsets
        self.arena = arena
        self.values = values
        self.keyList = keyList
        self.slots = slots
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 24) & mask }

    subscript(key: ByteKey) -> Value? {
        key.bytes.withUnsafeBufferPointer { value(hash: key.hash, bytes: $0) }
    }

    /// The number of the entry whose hash is `hash` and whose bytes `isKey` accepts (called only
    /// on a key with that hash).
    @inline(__always)
    private func entry(hash: UInt64, _ isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                var s = ByteKeyMap.slot(hash, mask)
                while true {
                    let e = Int(slots[s])
                    if e == 0 { return nil }
                    if hashes[e - 1] == hash {
                        let found = offsets.withUnsafeBufferPointer { offsets in
                            arena.withUnsafeBufferPointer { arena in
                                isKey(UnsafeBufferPointer(rebasing: arena[Int(offsets[e - 1])..<Int(offsets[e])]))
                            }
                        }
                        if found { return e - 1 }
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// The value of the key whose hash is `hash` and whose bytes `isKey` accepts (called only on
    /// a key with that hash): a lookup without building a `ByteKey`.
    @inline(__always)
    func value(hash: UInt64, _ isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> Value? {
        entry(hash: hash, isKey).map { values[$0] }
    }

    /// The value of the key `bytes`, whose `byteHash` is `hash`.
    @inline(__always)
    func value(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        entry(hash: hash) { bytesEqual($0, bytes) }
            .map { values[$0] }
    }

    /// Whether the key `bytes`, whose `byteHash` is `hash`, is held.
    @inline(__always)
    func contains(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        entry(hash: hash) { bytesEqual($0, bytes) } != nil
    }

    /// Every key (in no particular order).
    var keys: [ByteKey] { keyList }

    var count: Int { hashes.count }
}

/// A set of byte strings asked about without building a key: `ByteKeyMap`'s table, looked up
/// on bytes and their `byteHash` (a `Set<ByteKey>` costs an Array and a SipHash per question,
/// and the name finder asks several per candidate word).
struct ByteKeySet: Sendable {
    private let map: ByteKeyMap<Bool>

    init<S: Sequence>(_ keys: S) where S.Element == ByteKey {
        map = ByteKeyMap(Dictionary(keys.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }

    /// `bytes` is in the set; `hash` is their `byteHash`.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        map.contains(hash: hash, bytes: bytes)
    }

    /// `bytes` is in the set (hashed here).
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(bytes, hash: byteHash(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count))
    }

    /// `bytes` is in the set.
    @inline(__always)
    func contains(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { contains($0) }
    }

    /// Every key (in no particular order).
    var keys: [ByteKey] { map.keys }
}
