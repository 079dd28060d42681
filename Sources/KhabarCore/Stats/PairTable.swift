/// Counts of (period, term) pairs: occurrences and documents, keyed by the period's index and
/// the term's entry number in a `TermTable`. Hand-written open addressing (24 bytes a pair)
/// because a timeline of terms adds one pair per token.
///
/// Manual ownership like `TermTable`: one owner calls `deallocate()` once.
/// `@unchecked Sendable`: moved from its worker to the merging thread once, never shared.
struct PairTable: @unchecked Sendable {
    struct Entry {
        var key: UInt64  // 0 = empty; else (period + bias) << 32 | (term + 1)
        var count: UInt32
        var docs: UInt32
        var lastDocument: UInt32
    }

    private(set) var count = 0
    private var mask: Int
    private var entries: UnsafeMutablePointer<Entry>
    private var currentDocument: UInt32 = 1
    private static let bias = Int64(1) << 31

    init(capacity: Int = 1 << 16) {
        var c = 16
        while c < capacity { c <<= 1 }
        mask = c - 1
        entries = .allocate(capacity: c)
        entries.initialize(repeating: Entry(key: 0, count: 0, docs: 0, lastDocument: 0), count: c)
    }

    func deallocate() { entries.deallocate() }

    var memoryBytes: Int { (mask + 1) * MemoryLayout<Entry>.stride }

    /// Empties the table, keeping its memory.
    mutating func removeAll() {
        entries.update(repeating: Entry(key: 0, count: 0, docs: 0, lastDocument: 0), count: mask + 1)
        count = 0
    }

    /// Bytes after `newPairs` more pairs (it doubles past half full).
    func memoryBytes(after newPairs: Int) -> Int {
        (count + newPairs) * 2 > mask ? 2 * memoryBytes : memoryBytes
    }

    mutating func beginDocument() { currentDocument &+= 1 }

    @inline(__always)
    static func key(period: Int, term: Int) -> UInt64 {
        UInt64(Int64(period) + bias) << 32 | UInt64(term + 1)
    }

    @inline(__always)
    mutating func add(period: Int, term: Int, count n: UInt32 = 1, docs d: UInt32? = nil) {
        let k = PairTable.key(period: period, term: term)
        var h = k &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        var i = Int(truncatingIfNeeded: h) & mask
        while entries[i].key != 0 && entries[i].key != k { i = (i + 1) & mask }
        if entries[i].key == 0 {
            entries[i].key = k
            count += 1
        }
        entries[i].count &+= n
        if let d {
            entries[i].docs &+= d
        } else if entries[i].lastDocument != currentDocument {
            entries[i].lastDocument = currentDocument
            entries[i].docs &+= 1
        }
        if count * 2 > mask { grow() }
    }

    /// Every pair: period, term entry number, occurrences, documents.
    func forEach(_ body: (_ period: Int, _ term: Int, _ count: UInt32, _ docs: UInt32) -> Void) {
        for i in 0...mask where entries[i].key != 0 {
            let k = entries[i].key
            body(Int(Int64(k >> 32) - PairTable.bias), Int(k & 0xFFFF_FFFF) - 1, entries[i].count, entries[i].docs)
        }
    }

    private mutating func grow() {
        let old = entries, oldMask = mask
        mask = (mask + 1) * 2 - 1
        entries = .allocate(capacity: mask + 1)
        entries.initialize(repeating: Entry(key: 0, count: 0, docs: 0, lastDocument: 0), count: mask + 1)
        for j in 0...oldMask where old[j].key != 0 {
            var h = old[j].key &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            var i = Int(truncatingIfNeeded: h) & mask
            while entries[i].key != 0 { i = (i + 1) & mask }
            entries[i] = old[j]
        }
        old.deallocate()
    }
}
