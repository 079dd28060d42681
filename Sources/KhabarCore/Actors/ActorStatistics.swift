/// The unit within which two actors count as appearing together.
public enum CooccurrenceUnit: String, Sendable, CaseIterable {
    case document, paragraph, sentence
}

/// What the pipeline does about actors.
public struct ActorConfiguration: Sendable {
    public var index: ActorIndex
    public var unit: CooccurrenceUnit
    /// Find people announced by titles.
    public var discover: Bool
    /// Discovered people are kept when seen in at least this many documents.
    public var minDiscovery: Int
    /// Render mention provenance as JSON lines.
    public var renderMentions: Bool
    /// A co-occurrence unit with more distinct actors has its pairs left out, with a warning
    /// (`ActorStatistics.defaultMaxActorsPerUnit`; lower in tests).
    public var maxActorsPerUnit = ActorStatistics.defaultMaxActorsPerUnit

    public init(index: ActorIndex = .builtin, unit: CooccurrenceUnit = .document, discover: Bool = true,
                minDiscovery: Int = 2, renderMentions: Bool = false) {
        self.index = index
        self.unit = unit
        self.discover = discover
        self.minDiscovery = minDiscovery
        self.renderMentions = renderMentions
    }
}

/// A worker's actor counts, on integer ids: gazetteer actors are 0..<n, discovered candidates
/// n, n+1, ... in the order this worker met them (renumbered when merged). Mergeable by adding.
struct ActorStatistics: Sendable {
    let gazetteerCount: Int
    /// Per id (arrays: ids are dense, gazetteer actors first).
    var mentions: [Int] = []
    var documents: [Int] = []
    var tagMentions: [Int] = []
    var unitsWith: [Int] = []
    /// (smaller id) << 32 | (larger id) → units with both.
    var pairs = KeyCounts()
    var units = 0
    /// Discovered candidates by their name's bytes (already normalised, so byte equality is
    /// String equality here; a `String` key would hash its NFC form every time), and their names.
    var candidateIDs: [ByteKey: Int] = [:]
    var candidateKeys: [ByteKey] = []
    var candidateNames: [String] = []
    private var scratchKeys: [UInt64] = [], scratchIDs: [Int] = [], scratchUnique: [Int] = [], scratchPairs: [UInt64] = []

    init(gazetteerCount: Int, maxActorsPerUnit: Int = ActorStatistics.defaultMaxActorsPerUnit) {
        self.gazetteerCount = gazetteerCount
        self.maxActorsPerUnit = maxActorsPerUnit
    }

    mutating func id(_ m: ActorMention) -> Int {
        if let a = m.actor { return a }
        let name = m.candidate!
        let key = ByteKey(Array(name.utf8))
        if let id = candidateIDs[key] { return id }
        let id = gazetteerCount + candidateNames.count
        candidateIDs[key] = id
        candidateKeys.append(key)
        candidateNames.append(name)
        return id
    }

    @inline(__always)
    private static func bump(_ a: inout [Int], _ id: Int) {
        if id >= a.count { a += [Int](repeating: 0, count: id + 1 - a.count) }
        a[id] += 1
    }

    /// Counts one document's mentions; `unitCount` is how many units the document has.
    /// (unit, id) keys sorted and deduplicated in one array: no Set or Dictionary per document.
    /// A unit with more distinct actors than this has its pairs left out (the caller warns and
    /// counts it): a unit's pairs grow with the square of its actors, and one entry that is
    /// not an article (a book, a dump of thousands of articles as one page) made millions of
    /// pairs, gigabytes of table, for one "document". A news article names tens of actors.
    public static let defaultMaxActorsPerUnit = 2000
    let maxActorsPerUnit: Int

    /// Counts a document's mentions; returns how many of its units had more than
    /// `maxActorsPerUnit` actors (their pairs are not counted) and the most actors in such a unit.
    @discardableResult
    mutating func count(_ mentions: [ActorMention], tags: [ActorMention], unit: CooccurrenceUnit, unitCount: Int) -> (unitsWithoutPairs: Int, actors: Int) {
        var unitsWithoutPairs = 0, most = 0
        // Scratch arrays kept across documents (three allocations per document showed in profiles),
        // moved out of the struct while in use so that each is uniquely referenced (no copy on write).
        var keys = scratchKeys, ids = scratchIDs, unique = scratchUnique, pairKeys = scratchPairs
        scratchKeys = []; scratchIDs = []; scratchUnique = []; scratchPairs = []
        keys.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        pairKeys.removeAll(keepingCapacity: true)
        for m in mentions {
            let id = id(m)
            ActorStatistics.bump(&self.mentions, id)
            let u: Int
            switch unit {
            case .document: u = 0
            case .paragraph: u = m.line
            case .sentence: u = m.sentence
            }
            keys.append(UInt64(u) << 32 | UInt64(id))
            ids.append(id)
        }
        for m in tags { ActorStatistics.bump(&tagMentions, id(m)) }
        ids.sort()
        var last = -1
        for id in ids where id != last { ActorStatistics.bump(&documents, id); last = id }
        units += unitCount
        keys.sort()
        var k = 0
        while k < keys.count {
            // One unit: its distinct ids in increasing order.
            let u = keys[k] >> 32
            unique.removeAll(keepingCapacity: true)
            while k < keys.count && keys[k] >> 32 == u {
                let id = Int(keys[k] & 0xFFFF_FFFF)
                if unique.last != id { unique.append(id) }
                k += 1
            }
            let pairsCounted = unique.count <= maxActorsPerUnit
            if !pairsCounted {
                unitsWithoutPairs += 1
                most = Swift.max(most, unique.count)
            }
            for (a, x) in unique.enumerated() {
                ActorStatistics.bump(&unitsWith, x)
                if pairsCounted {
                    for y in unique[(a + 1)...] { pairKeys.append(UInt64(x) << 32 | UInt64(y)) }
                }
            }
        }
        // All the document's pairs at once: the table's cache misses overlap (prefetched).
        pairKeys.withUnsafeBufferPointer { pairs.addOne(each: $0) }
        scratchKeys = keys; scratchIDs = ids; scratchUnique = unique; scratchPairs = pairKeys
        return (unitsWithoutPairs, most)
    }
}

/// The merged actor statistics of a run.
public struct ActorCounts: Sendable {
    /// Gazetteer actors, then the discovered people that were kept (ids "discovered:<name>").
    public var actors: [Actor]
    public var mentions: [Int]
    public var documents: [Int]
    public var tagMentions: [Int]
    public var unitsWith: [Int]
    /// (a, b) with a < b → units with both.
    public var pairs: PairCounts
    /// Total units (documents, paragraphs or sentences) in the corpus, with actors or not.
    public var units: Int
    public var unit: CooccurrenceUnit
    /// Normalised names of the discovered people kept, in code point order (as their actors
    /// follow the gazetteer's in `actors`). An array: a `Set<String>` of ten thousand Arabic
    /// names cost ~10 ms of hashing at the end of the run, for no lookup.
    public var discoveredKept: [String]

    public struct Pair: Hashable, Sendable {
        public var a: Int
        public var b: Int
    }

    /// Units with both actors of a pair, for every pair seen (a < b), in no particular order.
    /// A `KeyCounts` table keyed by `a << 32 | b`: merging the workers' pairs (millions on a
    /// large corpus) into a `Dictionary` spent its time in SipHash, alone at the end of a run.
    public struct PairCounts: Sequence, Sendable {
        var table: KeyCounts

        init(capacity: Int) { table = KeyCounts(capacity: capacity) }

        /// Pairs with a count.
        public var count: Int { table.count }

        /// The units with both actors of `pair` (smaller id first), or nil when never together.
        public subscript(pair: Pair) -> Int? {
            guard pair.a >= 0, pair.a < pair.b, pair.b <= Int(UInt32.max) else { return nil }
            let v = table.value(UInt64(pair.a) << 32 | UInt64(pair.b))
            return v == 0 ? nil : v
        }

        @inline(__always)
        mutating func add(_ x: Int, _ y: Int, _ n: Int) {
            table.add(UInt64(Swift.min(x, y)) << 32 | UInt64(Swift.max(x, y)), n)
        }

        public struct Iterator: IteratorProtocol {
            let table: KeyCounts
            var slot = 0
            public mutating func next() -> (key: Pair, value: Int)? {
                while slot < table.slotCount {
                    defer { slot += 1 }
                    if let e = table.entry(at: slot) {
                        return (Pair(a: Int(e.key >> 32), b: Int(e.key & 0xFFFF_FFFF)), e.value)
                    }
                }
                return nil
            }
        }

        public func makeIterator() -> Iterator { Iterator(table: table) }
    }

    /// Merges worker statistics; discovered candidates seen in fewer than `minDiscovery`
    /// documents are dropped (with their pairs).
    /// Each part is released as soon as it is added (`parts` is empty afterwards), so the
    /// workers' tables and the merged ones are not all held at once.
    static func merge(_ parts: inout [ActorStatistics], index: ActorIndex, unit: CooccurrenceUnit, minDiscovery: Int) -> ActorCounts {
        let n = index.actors.count
        // Candidates by name, in name order (deterministic ids whatever the workers did).
        var candidateDocs: [ByteKey: Int] = [:]
        for p in parts {
            for (key, id) in p.candidateIDs { candidateDocs[key, default: 0] += id < p.documents.count ? p.documents[id] : 0 }
        }
        let keptKeys = candidateDocs.filter { $0.value >= minDiscovery }.keys.sorted {
            $0.bytes.lexicographicallyPrecedes($1.bytes)
        }
        let kept = keptKeys.map { String(decoding: $0.bytes, as: UTF8.self) }
        var globalCandidate: [ByteKey: Int] = [:]
        for (k, key) in keptKeys.enumerated() { globalCandidate[key] = n + k }
        var actors = index.actors
        for name in kept {
            actors.append(Actor(id: "discovered:\(name)", type: .person, name: name, discovered: true))
        }
        var result = ActorCounts(actors: actors, mentions: .init(repeating: 0, count: actors.count),
                                 documents: .init(repeating: 0, count: actors.count),
                                 tagMentions: .init(repeating: 0, count: actors.count),
                                 unitsWith: .init(repeating: 0, count: actors.count),
                                 pairs: PairCounts(capacity: parts.map(\.pairs.count).max() ?? 0), units: 0, unit: unit,
                                 discoveredKept: kept)
        while let p = parts.popLast() {
            // This worker's candidate ids → global ids (or nil: dropped), one name lookup each.
            let candidateGlobal = p.candidateKeys.map { globalCandidate[$0] }
            func global(_ id: Int) -> Int? { id < n ? id : candidateGlobal[id - n] }
            for (id, v) in p.mentions.enumerated() where v > 0 { if let g = global(id) { result.mentions[g] += v } }
            for (id, v) in p.documents.enumerated() where v > 0 { if let g = global(id) { result.documents[g] += v } }
            for (id, v) in p.tagMentions.enumerated() where v > 0 { if let g = global(id) { result.tagMentions[g] += v } }
            for (id, v) in p.unitsWith.enumerated() where v > 0 { if let g = global(id) { result.unitsWith[g] += v } }
            // The pairs renumbered, then added in one prefetched batch.
            var keys: [UInt64] = [], values: [UInt32] = []
            keys.reserveCapacity(p.pairs.count)
            values.reserveCapacity(p.pairs.count)
            p.pairs.forEach { key, v in
                guard let x = global(Int(key >> 32)), let y = global(Int(key & 0xFFFF_FFFF)) else { return }
                keys.append(UInt64(Swift.min(x, y)) << 32 | UInt64(Swift.max(x, y)))
                values.append(UInt32(v))
            }
            keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { result.pairs.table.add(each: k, counts: $0) } }
            result.units += p.units
        }
        return result
    }
}
