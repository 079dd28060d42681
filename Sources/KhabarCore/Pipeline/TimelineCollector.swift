/// What a timeline counts, set by the `timeline` command.
public struct TimelineConfiguration: Sendable {
    public var granularity: PeriodGranularity
    /// Count (period, term) pairs.
    public var trackTerms: Bool
    /// The terms to track (normalised bytes); nil: all of them (for `--top-terms`).
    public var trackedKeys: Set<[UInt8]>?

    public init(granularity: PeriodGranularity, trackTerms: Bool = false, trackedKeys: Set<[UInt8]>? = nil) {
        self.granularity = granularity
        self.trackTerms = trackTerms
        self.trackedKeys = trackedKeys
    }
}

/// Documents per period (all, and per source), and the documents left out of the timeline.
/// Mergeable by adding.
public struct TimelineDocumentCounts: Sendable {
    public var documents: [Int: Int] = [:]
    public var bySource: [String: [Int: Int]] = [:]
    /// Articles with no date, or a date that could not be read.
    public var undatedArticles = 0
    /// Related documents without a date of their own.
    public var undatedRelated = 0
    /// Per (period, gazetteer actor): mentions and documents (when actors are found), once the
    /// workers' counts are added up (`add`).
    public var actors: [ActorCounts.Pair: (count: Int, docs: Int)] = [:]
    /// A worker's counts per (period, actor), keyed by the period's 32 bits over the actor id + 1
    /// (`addActorDocument`): mentions, and documents as the second count. Open addressing on the
    /// packed key (`KeyCounts`) because every document adds its actors: a `Dictionary` of `Pair`
    /// hashed each with SipHash (~1% of `report`'s CPU). A period or id that does not fit goes
    /// to `actors`.
    var actorCounts = KeyCounts(capacity: 64, secondCount: true)

    /// One document of `period` mentions `actor` (a gazetteer id) `mentions` times.
    mutating func addActorDocument(period: Int, actor: Int, mentions: Int) {
        guard let p = Int32(exactly: period), let a = UInt32(exactly: actor + 1) else {
            let old = actors[ActorCounts.Pair(a: period, b: actor)] ?? (0, 0)
            actors[ActorCounts.Pair(a: period, b: actor)] = (old.count + mentions, old.docs + 1)
            return
        }
        let key = UInt64(UInt32(bitPattern: p)) << 32 | UInt64(a)  // never 0: a ≥ 1
        actorCounts.add(key, mentions, second: 1)
    }

    mutating func add(_ o: TimelineDocumentCounts) {
        for (k, v) in o.documents { documents[k, default: 0] += v }
        for (s, m) in o.bySource { for (k, v) in m { bySource[s, default: [:]][k, default: 0] += v } }
        undatedArticles += o.undatedArticles
        undatedRelated += o.undatedRelated
        for (k, v) in o.actors {
            let old = actors[k] ?? (0, 0)
            actors[k] = (old.count + v.count, old.docs + v.docs)
        }
        o.actorCounts.forEach { key, mentions, docs in
            let pair = ActorCounts.Pair(a: Int(Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32))),
                                        b: Int(UInt32(truncatingIfNeeded: key)) - 1)
            let old = actors[pair] ?? (0, 0)
            actors[pair] = (old.count + mentions, old.docs + docs)
        }
    }
}

/// The merged timeline of a run.
public final class TimelineCounts {
    public let granularity: PeriodGranularity
    public let documents: TimelineDocumentCounts
    /// (period, term) pairs, with term ids of `terms`.
    var pairs: PairTable?
    public let terms: TermCounts?

    init(granularity: PeriodGranularity, documents: TimelineDocumentCounts, pairs: PairTable?, terms: TermCounts?) {
        self.granularity = granularity
        self.documents = documents
        self.pairs = pairs
        self.terms = terms
    }

    deinit { pairs?.deallocate() }

    /// The first and last period with a dated document.
    public var range: ClosedRange<Int>? {
        guard let lo = documents.documents.keys.min(), let hi = documents.documents.keys.max() else { return nil }
        return lo...hi
    }

    /// Per-period occurrences and documents of the given terms (normalised bytes).
    public func termSeries(_ keys: [[UInt8]]) throws -> [[UInt8]: [Int: (count: Int, docs: Int)]] {
        guard let terms else { return [:] }
        return try terms.series(keys, pairs: pairs)
    }
}
