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
    private var numbers: [ByteKey: Int] = [:]

    /// Candidates held.
    var count: Int { keys.count }

    /// The number of the candidate named `bytes` (normalised UTF-8), added if new.
    mutating func number(of bytes: [UInt8]) -> Int {
        let key = ByteKey(bytes)
        if let n = numbers[key] { return n }
        return add(key, name: String(decoding: bytes, as: UTF8.self))
    }

    /// The number of the candidate `key` (whose name is `name`), added if new.
    mutating func number(of key: ByteKey, name: @autoclosure () -> String) -> Int {
        if let n = numbers[key] { return n }
        return add(key, name: name())
    }

    /// The number of the candidate `key`, if held.
    func number(of key: ByteKey) -> Int? { numbers[key] }

    private mutating func add(_ key: ByteKey, name: String) -> Int {
        let n = keys.count
        numbers[key] = n
        keys.append(key)
        names.append(name)
        return n
    }

    /// Forgets every candidate (the numbers start at 0 again), keeping the memory.
    mutating func removeAll() {
        numbers.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        names.removeAll(keepingCapacity: true)
    }
}
