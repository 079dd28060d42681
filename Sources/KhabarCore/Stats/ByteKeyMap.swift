/// A read-only map from byte strings to values: open addressing on the key's precomputed hash
/// (`ByteKey.hash`), at most half full. Hand-written because the actor matcher looks up its
/// gazetteer tables a few million times per large corpus, and a `Dictionary` keyed by `ByteKey`
/// runs SipHash over the hash again on every lookup.
struct ByteKeyMap<Value: Sendable>: Sendable {
    private let entries: [(key: ByteKey, value: Value)]
    /// Entry number + 1 per slot; 0: empty.
    private let slots: [Int32]
    private let mask: Int

    init(_ dictionary: [ByteKey: Value]) {
        let entries = Array(dictionary).map { (key: $0.key, value: $0.value) }
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for (e, entry) in entries.enumerated() {
            var s = ByteKeyMap.slot(entry.key.hash, size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(e + 1)
        }
        self.entries = entries
        self.slots = slots
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 24) & mask }

    subscript(key: ByteKey) -> Value? {
        key.bytes.withUnsafeBufferPointer { k in value(hash: key.hash) { $0.elementsEqual(k) } }
    }

    /// The value of the key whose hash is `hash` and whose bytes `isKey` accepts (called only on
    /// a key with that hash): a lookup without building a `ByteKey`.
    @inline(__always)
    func value(hash: UInt64, _ isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                var s = ByteKeyMap.slot(hash, mask)
                while true {
                    let e = Int(slots[s])
                    if e == 0 { return nil }
                    let entry = entries[e - 1]
                    if entry.key.hash == hash && entry.key.bytes.withUnsafeBufferPointer(isKey) { return entry.value }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// Every key (in no particular order).
    var keys: [ByteKey] { entries.map(\.key) }

    var count: Int { entries.count }
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
        map.value(hash: hash) { $0.count == bytes.count && $0.elementsEqual(bytes) } != nil
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
