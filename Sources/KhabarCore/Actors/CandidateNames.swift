/// Discovered candidates' names, numbered in the order they are first met.
///
/// The matcher gives a discovered mention its candidate's number here
/// (`ActorMatcher.match(_:candidates:)`), and the counts index their arrays by it
/// (`ActorStatistics` ids are `gazetteerCount + number`). A `String` per mention, copied and
/// released with the mention through the matcher, the counts and the lines, and a key built and
/// hashed again in the counts, were ~3% of `report`'s CPU; now a name is made once per candidate
/// and a mention is plain numbers. A worker's table is its `ActorStatistics`', emptied with it
/// when its counts go to the run's totals.
struct CandidateNames: Sendable {
    /// Each candidate's name as normalised UTF-8 (byte equality is name equality here), by number.
    private(set) var keys: [ByteKey] = []
    /// Each candidate's name, by number.
    private(set) var names: [String] = []
    /// Number + 1 per slot (0: empty), open addressing on the key's `byteHash` (a power of two,
    /// at least twice the candidates). A `[ByteKey: Int]` hashed every key again with SipHash,
    /// for every discovered mention and for every candidate of a worker's counts added to the
    /// run's (under the lock the workers share).
    private var slots: [Int32] = []

    /// Candidates held.
    var count: Int { keys.count }

    /// The number of the candidate named `bytes` (normalised UTF-8), added if new.
    mutating func number(of bytes: [UInt8]) -> Int {
        let key = ByteKey(bytes)
        if let n = number(of: key) { return n }
        return add(key, name: String(decoding: bytes, as: UTF8.self))
    }

    /// The number of the candidate `key` (whose name is `name`), added if new.
    mutating func number(of key: ByteKey, name: @autoclosure () -> String) -> Int {
        if let n = number(of: key) { return n }
        return add(key, name: name())
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 20) & mask }

    /// The number of the candidate `key`, if held.
    func number(of key: ByteKey) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var s = CandidateNames.slot(key.hash, mask)
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            if keys[e - 1] == key { return e - 1 }
            s = (s + 1) & mask
        }
    }

    private mutating func add(_ key: ByteKey, name: String) -> Int {
        let n = keys.count
        keys.append(key)
        names.append(name)
        if keys.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: Swift.max(64, slots.count * 2))
            for e in keys.indices { place(e) }
        } else {
            place(n)
        }
        return n
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var s = CandidateNames.slot(keys[e].hash, mask)
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }

    /// Forgets every candidate (the numbers start at 0 again), keeping the memory.
    mutating func removeAll() {
        if !keys.isEmpty { slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        keys.removeAll(keepingCapacity: true)
        names.removeAll(keepingCapacity: true)
    }
}
