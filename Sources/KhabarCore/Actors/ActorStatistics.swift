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
    var candidateIDs: [String: Int] = [:]
    var candidateNames: [String] = []

    init(gazetteerCount: Int) { self.gazetteerCount = gazetteerCount }

    mutating func id(_ m: ActorMention) -> Int {
        if let a = m.actor { return a }
        let name = m.candidate!
        if let id = candidateIDs[name] { return id }
        let id = gazetteerCount + candidateNames.count
        candidateIDs[name] = id
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
    mutating func count(_ mentions: [ActorMention], tags: [ActorMention], unit: CooccurrenceUnit, unitCount: Int) {
        var keys: [UInt64] = []
        keys.reserveCapacity(mentions.count)
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
        }
        for m in tags { ActorStatistics.bump(&tagMentions, id(m)) }
        var ids = keys.map { Int($0 & 0xFFFF_FFFF) }
        ids.sort()
        var last = -1
        for id in ids where id != last { ActorStatistics.bump(&documents, id); last = id }
        units += unitCount
        keys.sort()
        var unique: [Int] = []
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
            for (a, x) in unique.enumerated() {
                ActorStatistics.bump(&unitsWith, x)
                for y in unique[(a + 1)...] { pairs.add(UInt64(x) << 32 | UInt64(y)) }
            }
        }
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
    public var pairs: [Pair: Int]
    /// Total units (documents, paragraphs or sentences) in the corpus, with actors or not.
    public var units: Int
    public var unit: CooccurrenceUnit
    /// Normalised names of the discovered people kept.
    public var discoveredKept: Set<String>

    public struct Pair: Hashable, Sendable {
        public var a: Int
        public var b: Int
    }

    /// Merges worker statistics; discovered candidates seen in fewer than `minDiscovery`
    /// documents are dropped (with their pairs).
    /// Each part is released as soon as it is added (`parts` is empty afterwards), so the
    /// workers' tables and the merged ones are not all held at once.
    static func merge(_ parts: inout [ActorStatistics], index: ActorIndex, unit: CooccurrenceUnit, minDiscovery: Int) -> ActorCounts {
        let n = index.actors.count
        // Candidates by name, in name order (deterministic ids whatever the workers did).
        var candidateDocs: [String: Int] = [:]
        for p in parts {
            for (name, id) in p.candidateIDs { candidateDocs[name, default: 0] += id < p.documents.count ? p.documents[id] : 0 }
        }
        let kept = candidateDocs.filter { $0.value >= minDiscovery }.keys.sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        var globalCandidate: [String: Int] = [:]
        for (k, name) in kept.enumerated() { globalCandidate[name] = n + k }
        var actors = index.actors
        for name in kept {
            actors.append(Actor(id: "discovered:\(name)", type: .person, name: name, discovered: true))
        }
        var result = ActorCounts(actors: actors, mentions: .init(repeating: 0, count: actors.count),
                                 documents: .init(repeating: 0, count: actors.count),
                                 tagMentions: .init(repeating: 0, count: actors.count),
                                 unitsWith: .init(repeating: 0, count: actors.count),
                                 pairs: [:], units: 0, unit: unit, discoveredKept: Set(kept))
        result.pairs.reserveCapacity(parts.map(\.pairs.count).max() ?? 0)
        while let p = parts.popLast() {
            // This worker's candidate ids → global ids (or nil: dropped), one name lookup each.
            let candidateGlobal = p.candidateNames.map { globalCandidate[$0] }
            func global(_ id: Int) -> Int? { id < n ? id : candidateGlobal[id - n] }
            for (id, v) in p.mentions.enumerated() where v > 0 { if let g = global(id) { result.mentions[g] += v } }
            for (id, v) in p.documents.enumerated() where v > 0 { if let g = global(id) { result.documents[g] += v } }
            for (id, v) in p.tagMentions.enumerated() where v > 0 { if let g = global(id) { result.tagMentions[g] += v } }
            for (id, v) in p.unitsWith.enumerated() where v > 0 { if let g = global(id) { result.unitsWith[g] += v } }
            p.pairs.forEach { key, v in
                guard let x = global(Int(key >> 32)), let y = global(Int(key & 0xFFFF_FFFF)) else { return }
                result.pairs[Pair(a: min(x, y), b: max(x, y)), default: 0] += v
            }
            result.units += p.units
        }
        return result
    }
}
