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
    /// Discovered people are kept when seen in at least this many documents,
    public var minDiscovery: Int
    /// or named at least this many times in all (0: documents only). A person announced by a title
    /// and named again in the same article (the surname alone, or the full name once more) is
    /// rarely a phrase: on the NER gold corpora, 2 here took person F1 from 0.436 to 0.530
    /// (ANERCorp) and 0.448 to 0.519 (NewsFANE), precision 0.85 → 0.82 and 0.86 → 0.79.
    public var minDiscoveryMentions: Int
    /// Render mention provenance as JSON lines.
    public var renderMentions: Bool
    /// A co-occurrence unit with more distinct actors has its pairs left out, with a warning
    /// (`ActorStatistics.defaultMaxActorsPerUnit`; lower in tests).
    public var maxActorsPerUnit = ActorStatistics.defaultMaxActorsPerUnit
    /// Pairs a worker gathers before it adds its counts to the run's totals
    /// (`ActorStatistics.defaultFlushPairs`; checked after each batch; tests set 1 to flush
    /// after every batch).
    public var flushPairs = ActorStatistics.defaultFlushPairs

    public init(index: ActorIndex = .builtin, unit: CooccurrenceUnit = .document, discover: Bool = true,
                minDiscovery: Int = 2, minDiscoveryMentions: Int = 2, renderMentions: Bool = false) {
        self.index = index
        self.unit = unit
        self.discover = discover
        self.minDiscovery = minDiscovery
        self.minDiscoveryMentions = minDiscoveryMentions
        self.renderMentions = renderMentions
    }
}

/// Actor counts on integer ids: gazetteer actors are 0..<n, discovered candidates n, n+1, ...
/// in the order they were met (renumbered when merged). Mergeable by adding.
///
/// A worker counts into one of these and adds it to the run's totals (`absorb`, one more of
/// these, behind a lock) whenever it holds `flushPairs` pairs, then starts afresh. A table per
/// worker kept to the end held nearly every pair of the run once per worker on a corpus whose
/// workers see the same names (the bench concatenated 4 times: 1 million pairs and 53,000
/// candidates in each worker, +50 MB with 2 workers), and the merge at the end held them all
/// again: memory grew with workers × pairs. Now it is the totals plus a small table per worker.
struct ActorStatistics: Sendable {
    let gazetteerCount: Int
    /// Per id (arrays: ids are dense, gazetteer actors first).
    var mentions: [Int] = []
    var documents: [Int] = []
    var tagMentions: [Int] = []
    /// Discovered candidates' confident mentions (`ActorMention.confident`).
    var confidentMentions: [Int] = []
    var unitsWith: [Int] = []
    /// (smaller id) << 32 | (larger id) → units with both.
    var pairs = KeyCounts()
    var units = 0
    /// Discovered candidates (id `gazetteerCount + number`); a worker's matcher numbers the
    /// candidates it finds here (`ActorMatcher.match(_:candidates:)`).
    var candidates = CandidateNames()
    /// The run's totals under `--max-memory`: runs of pairs written to disk (see `PairRuns`),
    /// and why spilling stopped, if it failed (the pairs then stay in memory).
    var spilledPairRuns: [String] = []
    var spillFailure: String?
    private var scratchKeys: [UInt64] = [], scratchIDs: [Int] = []

    init(gazetteerCount: Int, maxActorsPerUnit: Int = ActorStatistics.defaultMaxActorsPerUnit,
         flushPairs: Int = ActorStatistics.defaultFlushPairs) {
        self.gazetteerCount = gazetteerCount
        self.maxActorsPerUnit = maxActorsPerUnit
        self.flushPairs = flushPairs
    }

    /// Pairs a worker holds before it adds its counts to the run's totals (checked after each
    /// batch, so a few more): a table of 256 Ki slots, 3 MiB, mostly in the L2 cache, where the
    /// adds of a document's pairs are quick; added to the totals a few times a second, a few
    /// milliseconds under the lock each. Measured on the 4x bench (perf, share of the run's
    /// CPU in counting pairs and adding them to the totals): 2^15 12.1%, 2^17 11.6%, 2^19 12.7%.
    public static let defaultFlushPairs = 1 << 17
    let flushPairs: Int

    /// Writes the pair table to a run sorted by key and starts a small one; on failure the
    /// pairs stay in memory and `spillFailure` says why (no more spilling after that).
    mutating func spillPairs(into folder: SpillFolder) {
        var entries: [PairEntry] = []
        entries.reserveCapacity(pairs.count)
        pairs.forEach { key, count in entries.append(PairEntry(key: key, count: UInt32(count))) }
        pairs = KeyCounts()  // freed before the sort: the table and the entries, not twice the table
        RadixSort.sort(&entries) { $0.key }
        do {
            spilledPairRuns.append(try PairRuns.write(entries, into: folder, name: "actor-pairs-\(spilledPairRuns.count)"))
        } catch {
            spillFailure = "\(error)"
            let keys = entries.map(\.key), counts = entries.map(\.count)
            keys.withUnsafeBufferPointer { k in counts.withUnsafeBufferPointer { pairs.add(each: k, counts: $0) } }
        }
    }

    /// Whether a worker should hand its counts to the run's totals now.
    var shouldFlush: Bool { pairs.count >= flushPairs }

    /// Where and beyond how many bytes of pair table the run's totals spill (`--max-memory`).
    struct PairSpill {
        var folder: SpillFolder
        var limit: Int
    }

    /// Adds `part`'s counts to these (its candidates get ids of this table: the ones it has,
    /// or new ones after them) and empties `part`, which keeps its memory for what comes next.
    /// With `spill`, these pairs are first written to a run when the table would outgrow its
    /// limit with `part`'s.
    mutating func absorb(_ part: inout ActorStatistics, spill: PairSpill? = nil) {
        if let spill, spillFailure == nil, pairs.count > 0,
           KeyCounts.memoryBytes(holding: pairs.count + part.pairs.count) > spill.limit {
            spillPairs(into: spill.folder)
        }
        let n = gazetteerCount
        var global = [Int]()
        global.reserveCapacity(part.candidates.count)
        for (k, key) in part.candidates.keys.enumerated() {
            global.append(n + candidates.number(of: key, name: part.candidates.names[k]))
        }
        @inline(__always) func map(_ id: Int) -> Int { id < n ? id : global[id - n] }
        func add(_ from: inout [Int], to into: inout [Int]) {
            for (id, v) in from.enumerated() where v > 0 {
                let g = map(id)
                if g >= into.count { into.append(contentsOf: repeatElement(0, count: g + 1 - into.count)) }
                into[g] += v
            }
            from.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        }
        add(&part.mentions, to: &mentions)
        add(&part.documents, to: &documents)
        add(&part.tagMentions, to: &tagMentions)
        add(&part.confidentMentions, to: &confidentMentions)
        add(&part.unitsWith, to: &unitsWith)
        // The pairs renumbered (the smaller id first again), then added in one prefetched batch.
        var keys: [UInt64] = [], values: [UInt32] = []
        keys.reserveCapacity(part.pairs.count)
        values.reserveCapacity(part.pairs.count)
        part.pairs.forEach { key, v in
            let x = map(Int(key >> 32)), y = map(Int(key & 0xFFFF_FFFF))
            keys.append(UInt64(Swift.min(x, y)) << 32 | UInt64(Swift.max(x, y)))
            values.append(UInt32(v))
        }
        keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { pairs.add(each: k, counts: $0) } }
        units += part.units
        part.pairs.removeAll()
        part.units = 0
        part.candidates.removeAll()
    }

    /// The id of `m`'s actor; a discovered candidate's number must be one of `candidates`.
    @inline(__always)
    func id(_ m: ActorMention) -> Int {
        if let a = m.actor { return a }
        return gazetteerCount + m.candidate!
    }

    @inline(__always)
    private static func bump(_ a: inout [Int], _ id: Int) {
        // (No array of zeros made to append: each new discovered person grew the arrays by one,
        // an allocation each time.)
        if id >= a.count { a.append(contentsOf: repeatElement(0, count: id + 1 - a.count)) }
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
        var keys = scratchKeys, ids = scratchIDs
        scratchKeys = []; scratchIDs = []
        keys.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        for m in mentions {
            let id = id(m)
            ActorStatistics.bump(&self.mentions, id)
            if m.confident { ActorStatistics.bump(&confidentMentions, id) }
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
        // (unit, id) keys made distinct in place: each unit's distinct ids are then one run of
        // `keys`, in increasing order. The pairs of the runs are written into one buffer of the
        // right size (appending a million pairs to an array checked its uniqueness and capacity
        // each time, ~1% of `report`).
        let maxActors = maxActorsPerUnit
        keys.withUnsafeMutableBufferPointer { keys in
            var distinct = 0
            for k in 0..<keys.count where distinct == 0 || keys[k] != keys[distinct - 1] {
                keys[distinct] = keys[k]
                distinct += 1
            }
            // Each unit: its actors counted, and its pairs, when it has few enough actors.
            var totalPairs = 0, k = 0
            while k < distinct {
                let u = keys[k] >> 32
                var end = k + 1
                while end < distinct && keys[end] >> 32 == u { end += 1 }
                let n = end - k
                if n <= maxActors { totalPairs += n * (n - 1) / 2 } else {
                    unitsWithoutPairs += 1
                    most = Swift.max(most, n)
                }
                for j in k..<end { ActorStatistics.bump(&unitsWith, Int(keys[j] & 0xFFFF_FFFF)) }
                k = end
            }
            guard totalPairs > 0 else { return }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: totalPairs) { pairKeys in
                var written = 0
                k = 0
                while k < distinct {
                    let u = keys[k] >> 32
                    var end = k + 1
                    while end < distinct && keys[end] >> 32 == u { end += 1 }
                    if end - k <= maxActors {
                        for a in k..<end {
                            let x = keys[a] << 32
                            for b in (a + 1)..<end {
                                assert(written < totalPairs, "ActorStatistics: more pairs than counted")
                                pairKeys[written] = x | (keys[b] & 0xFFFF_FFFF)
                                written += 1
                            }
                        }
                    }
                    k = end
                }
                // All the document's pairs at once: the table's cache misses overlap (prefetched).
                pairs.addOne(each: UnsafeBufferPointer(pairKeys))
            }
        }
        scratchKeys = keys; scratchIDs = ids
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
    /// Runs of pairs written to disk under `--max-memory` and merged (0: all in memory).
    public var spilledPairRuns = 0
    public var unit: CooccurrenceUnit
    /// Normalised names of the discovered people kept, in code point order (as their actors
    /// follow the gazetteer's in `actors`). An array: a `Set<String>` of ten thousand Arabic
    /// names cost ~10 ms of hashing at the end of the run, for no lookup.
    public var discoveredKept: [String]

    public struct Pair: Hashable, Sendable {
        public var a: Int
        public var b: Int
    }

    /// Units with both actors of a pair, for every pair seen (a < b), in increasing order of
    /// (a, b): two arrays of exactly the pairs' size (12 bytes a pair), looked up by binary
    /// search. The merge's hash table (12 bytes a slot, up to twice the slots) was held with
    /// the sorted rows of the co-occurrence report at the end of the run; the only other use is
    /// a lookup now and then.
    public struct PairCounts: Sequence, Sendable {
        /// `a << 32 | b`, increasing.
        var keys: [UInt64] = []
        var counts: [UInt32] = []

        /// Pairs with a count.
        public var count: Int { keys.count }

        /// The units with both actors of `pair` (smaller id first), or nil when never together.
        public subscript(pair: Pair) -> Int? {
            guard pair.a >= 0, pair.a < pair.b, pair.b <= Int(UInt32.max) else { return nil }
            let key = UInt64(pair.a) << 32 | UInt64(pair.b)
            var (lo, hi) = (0, keys.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if keys[mid] < key { lo = mid + 1 } else { hi = mid }
            }
            return lo < keys.count && keys[lo] == key ? Int(counts[lo]) : nil
        }

        public struct Iterator: IteratorProtocol {
            let pairs: PairCounts
            var k = 0
            public mutating func next() -> (key: Pair, value: Int)? {
                guard k < pairs.keys.count else { return nil }
                defer { k += 1 }
                let key = pairs.keys[k]
                return (Pair(a: Int(key >> 32), b: Int(key & 0xFFFF_FFFF)), Int(pairs.counts[k]))
            }
        }

        public func makeIterator() -> Iterator { Iterator(pairs: self) }
    }

    /// Merges worker statistics; discovered candidates seen in fewer than `minDiscovery`
    /// documents and named fewer than `minMentions` times (when it is not 0) are dropped (with
    /// their pairs).
    /// Each part is released as soon as it is added (`parts` is empty afterwards), so the
    /// workers' tables and the merged ones are not all held at once.
    /// Runs of pairs a part spilled (`spilledPairRuns`) are merged with its pairs in memory,
    /// from `folder`.
    /// The discovered candidates named in at least `minDiscovery` documents, or at least
    /// `minMentions` times in all or once confidently (`ActorMention.confident`; when
    /// `minMentions` is not 0), in name order (the order of their ids, the same whatever the
    /// workers did). `merge` needs them first; the pipeline hands them out before the rest of the
    /// merge is done.
    static func keptCandidates(_ parts: [ActorStatistics], minDiscovery: Int, minMentions: Int = 0) -> [ByteKey] {
        typealias Counts = (docs: Int, mentions: Int, confident: Int)
        // A part's candidate k has the id gazetteerCount + k (`candidates.keys` is in id order).
        @inline(__always) func counts(_ p: ActorStatistics, _ k: Int) -> Counts {
            let id = p.gazetteerCount + k
            guard id < p.documents.count else { return (0, 0, 0) }
            return (p.documents[id], p.mentions[id], id < p.confidentMentions.count ? p.confidentMentions[id] : 0)
        }
        @inline(__always) func keeps(_ c: Counts) -> Bool {
            c.docs >= minDiscovery || (minMentions > 0 && (c.mentions >= minMentions || c.confident > 0))
        }
        var kept: [ByteKey] = []
        if parts.count == 1 {
            // The run's totals alone (the workers added theirs to them): its candidates are
            // distinct, nothing to add up (a dictionary of all of them was ~30 ms of the
            // single-threaded merge at the end of `report`).
            let p = parts[0]
            for (k, key) in p.candidates.keys.enumerated() where keeps(counts(p, k)) { kept.append(key) }
        } else {
            var candidateCounts: [ByteKey: Counts] = [:]
            for p in parts {
                for (k, key) in p.candidates.keys.enumerated() {
                    let c = counts(p, k)
                    candidateCounts[key, default: (0, 0, 0)].docs += c.docs
                    candidateCounts[key, default: (0, 0, 0)].mentions += c.mentions
                    candidateCounts[key, default: (0, 0, 0)].confident += c.confident
                }
            }
            kept = Array(candidateCounts.filter { keeps($0.value) }.keys)
        }
        let packed = PackedBytes(count: kept.count) { kept[$0].bytes }
        defer { packed.deallocate() }
        return (0..<kept.count).sorted { packed.precedes($0, $1) }.map { kept[$0] }
    }

    /// The name a discovered person is reported by: its key (normalised tokens), with each word
    /// of a Latin-script key capitalised ("james cleverly" → "James Cleverly", particles such as
    /// von, de, bin, al left as they are), since English names are written so and the key is
    /// lowercase; an Arabic key as it is. The id keeps the key.
    public static func displayName(ofDiscovered key: String) -> String {
        if key.utf8.first == ActorMatcher.organizationKeyMark || key.utf8.first == ActorMatcher.placeKeyMark { return discoveredName(key) }
        guard key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }) else { return key }
        return ActorIndex.words(key).map { word -> String in
            if ActorCounts.nameParticles.contains(word) { return word }
            var bytes = Array(word.utf8)
            bytes[0] -= 0x20
            return String(decoding: bytes, as: UTF8.self)
        }.joined(separator: " ")
    }

    private static let nameParticles = Set(ActorIndex.words(EnglishNameLexicon.particleWords))

    /// A discovered candidate's id: "discovered:" and the key for a person, "discovered-org:" and
    /// the key without its mark for an organisation, "discovered-place:" for a place (a name may
    /// be found as two of them: "هجر" a club and a person, so the prefixes keep ids unique).
    public static func discoveredID(_ key: String) -> String {
        switch key.utf8.first {
        case ActorMatcher.organizationKeyMark: return "discovered-org:" + discoveredName(key)
        case ActorMatcher.placeKeyMark: return "discovered-place:" + discoveredName(key)
        default: return "discovered:" + key
        }
    }

    /// A discovered candidate's key without the mark of an organisation's or a place's.
    public static func discoveredName(_ key: String) -> String {
        key.utf8.first == ActorMatcher.organizationKeyMark || key.utf8.first == ActorMatcher.placeKeyMark ? String(key.dropFirst()) : key
    }

    /// What a discovered candidate is: an organisation or a place when its key has the mark
    /// (`ActorMatcher.organizationMatch`, `placeAfterDescriptor`), else a person.
    public static func discoveredType(_ key: String) -> ActorType {
        switch key.utf8.first {
        case ActorMatcher.organizationKeyMark: return .organization
        case ActorMatcher.placeKeyMark: return .place
        default: return .person
        }
    }

    /// `kept`: `keptCandidates(parts, minDiscovery:minMentions:)`, when already made.
    static func merge(_ parts: inout [ActorStatistics], index: ActorIndex, unit: CooccurrenceUnit, minDiscovery: Int,
                      minMentions: Int = 0, folder: SpillFolder? = nil, kept keptCandidates: [ByteKey]? = nil) throws -> ActorCounts {
        let n = index.actors.count
        let keptKeys = keptCandidates ?? ActorCounts.keptCandidates(parts, minDiscovery: minDiscovery, minMentions: minMentions)
        let kept = keptKeys.map { String(decoding: $0.bytes, as: UTF8.self) }
        var actors = index.actors
        for name in kept {
            actors.append(Actor(id: ActorCounts.discoveredID(name), type: ActorCounts.discoveredType(name),
                                name: ActorCounts.displayName(ofDiscovered: name), discovered: true))
        }
        var result = ActorCounts(actors: actors, mentions: .init(repeating: 0, count: actors.count),
                                 documents: .init(repeating: 0, count: actors.count),
                                 tagMentions: .init(repeating: 0, count: actors.count),
                                 unitsWith: .init(repeating: 0, count: actors.count),
                                 pairs: PairCounts(), units: 0, unit: unit,
                                 discoveredKept: kept)
        // The kept pairs, renumbered, as (key, count) entries: each part is freed once its pairs
        // are out of its table, then the entries are sorted by key and the counts of a key added.
        // (One part that spilled nothing, the pipeline's case, is sorted in its table instead.)
        var entries: [PairEntry] = []
        if parts.count > 1 || parts.contains(where: { !$0.spilledPairRuns.isEmpty }) {
            entries.reserveCapacity(parts.map(\.pairs.count).max() ?? 0)
        }
        while var p = parts.popLast() {
            // This part's ids → global ids (-1: a candidate dropped), one name lookup per candidate;
            // then a flat table for the pairs (a million on the bench, two ids each).
            // (The kept names looked up in the part's own table of candidates: fewer lookups than
            // its candidates in a dictionary of the kept, and no dictionary to build.)
            let globalIDs = [Int32](unsafeUninitializedCapacity: n + p.candidates.keys.count) { ids, initialized in
                for id in 0..<n { ids[id] = Int32(id) }
                for k in 0..<p.candidates.keys.count { ids[n + k] = -1 }
                for (k, key) in keptKeys.enumerated() {
                    if let number = p.candidates.number(of: key) { ids[n + number] = Int32(n + k) }
                }
                initialized = n + p.candidates.keys.count
            }
            func global(_ id: Int) -> Int? {
                let g = id < globalIDs.count ? globalIDs[id] : -1
                return g >= 0 ? Int(g) : nil
            }
            for (id, v) in p.mentions.enumerated() where v > 0 { if let g = global(id) { result.mentions[g] += v } }
            for (id, v) in p.documents.enumerated() where v > 0 { if let g = global(id) { result.documents[g] += v } }
            for (id, v) in p.tagMentions.enumerated() where v > 0 { if let g = global(id) { result.tagMentions[g] += v } }
            for (id, v) in p.unitsWith.enumerated() where v > 0 { if let g = global(id) { result.unitsWith[g] += v } }
            @inline(__always) func renumbered(_ key: UInt64) -> UInt64? {
                guard let x = global(Int(key >> 32)), let y = global(Int(key & 0xFFFF_FFFF)) else { return nil }
                return UInt64(Swift.min(x, y)) << 32 | UInt64(Swift.max(x, y))
            }
            func add(_ key: UInt64, _ v: UInt32) {
                guard let key = renumbered(key) else { return }
                entries.append(PairEntry(key: key, count: v))
            }
            if parts.isEmpty && entries.isEmpty && p.spilledPairRuns.isEmpty {
                // The only part (the run's totals, as the pipeline hands them): its table sorted
                // in its own memory (`KeyCounts.drainSorted`), no entries made.
                let (keys, counts) = p.pairs.drainSorted(mapping: renumbered)
                result.pairs = PairCounts(keys: keys, counts: counts)
                result.units += p.units
                return result
            }
            if p.spilledPairRuns.isEmpty {
                p.pairs.forEach { key, v in add(key, UInt32(v)) }
            } else {
                guard let folder else { throw SpillError(path: p.spilledPairRuns[0], message: "no spill folder to merge from") }
                // The pairs still in memory, sorted as a run, and the runs: each pair once.
                var memory: [PairEntry] = []
                memory.reserveCapacity(p.pairs.count)
                p.pairs.forEach { key, v in memory.append(PairEntry(key: key, count: UInt32(v))) }
                p.pairs = KeyCounts(capacity: 0)
                RadixSort.sort(&memory) { $0.key }
                try PairRuns.merge(p.spilledPairRuns, memory, folder: folder) { add($0.key, $0.count) }
                result.spilledPairRuns += p.spilledPairRuns.count
            }
            result.units += p.units
        }
        RadixSort.sort(&entries) { $0.key }
        var keys: [UInt64] = [], counts: [UInt32] = []
        keys.reserveCapacity(entries.count)
        counts.reserveCapacity(entries.count)
        for e in entries {
            if keys.last == e.key { counts[counts.count - 1] += e.count } else { keys.append(e.key); counts.append(e.count) }
        }
        entries = []
        result.pairs = PairCounts(keys: keys, counts: counts)
        return result
    }
}
