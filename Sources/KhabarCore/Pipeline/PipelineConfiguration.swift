/// What one run reads and computes. Shared by every command (xsv's shared config).
public struct PipelineConfiguration: Sendable {
    /// Worker threads that parse, tokenize and count (`--jobs`, default: the core count).
    public var jobs: Int
    /// Reader threads, each driving libarchive on one source at a time (several sources are read
    /// in parallel: decompression is the one serial part of a source). Default: one per worker,
    /// up to the core count and 4.
    public var readers: Int
    public var profile: TextProfile
    /// Count terms (the `terms` report).
    public var countTerms: Bool
    /// n-gram size for terms (1–3).
    public var ngram: Int
    /// Filter applied to n-grams while counting (unigrams are filtered when written).
    public var ngramFilter: TermFilter
    /// Render one JSON line per document (the `docs` report).
    public var renderDocuments: Bool
    public var jsonFields: JSONFieldNames
    /// How text entries' bytes are read (`--encoding`; JSON is always UTF-8).
    public var encoding = TextEncoding.auto
    /// Find actors, count them and their co-occurrences (`actors`, `cooccur`).
    public var actors: ActorConfiguration?
    /// Find dates inside the text and render them as JSON lines (`--date-mentions`).
    public var findDateMentions = false
    /// Count a timeline (the `timeline` command).
    public var timeline: TimelineConfiguration?
    /// How publication dates are read (`--date-order`).
    public var dateParser = DateParser()
    /// Entries larger than this are skipped and reported (`--max-entry-size`).
    public var maxEntryBytes: Int
    /// Memory budget in bytes (`--max-memory`) beyond which the counting tables (terms, a
    /// timeline's (period, term) pairs, the pairs of actors) spill sorted runs to disk, merged
    /// at the end with the same result; nil: no budget, everything is counted in memory.
    public var maxMemory: Int?
    /// Where spilled runs go (`--spill-dir`); nil: the system's temporary folder.
    public var spillDirectory: String?
    /// Table bytes one worker may hold before it spills: half the budget, shared by the
    /// workers (the other half is for batches in flight, the tokenizer and the reports), at
    /// least 8 MiB (a fresh term table and timeline pair table take 4 MiB). Tests set it lower
    /// to force spilling.
    public var spillThresholdPerWorker: Int? {
        get { spillThresholdOverride ?? maxMemory.map { max(8 << 20, $0 / 2 / jobs) } }
        set { spillThresholdOverride = newValue }
    }
    private var spillThresholdOverride: Int?
    /// Bytes the run's table of actor pairs may hold before it spills a run: an eighth of the
    /// budget, at least 8 MiB (the workers' own pair tables are 3 MiB each and not spilled).
    /// Tests set it lower to force spilling.
    public var actorPairSpillBytes: Int? {
        get { actorPairSpillOverride ?? maxMemory.map { max(8 << 20, $0 / 8) } }
        set { actorPairSpillOverride = newValue }
    }
    private var actorPairSpillOverride: Int?
    /// Terms a worker's table holds before the worker adds them to the run's table, when
    /// `movesTermsToTheRun` (under `--max-memory` the workers spill runs instead). A table per
    /// worker kept to the end holds the run's vocabulary once per worker: memory grows with the
    /// cores. Measured on news-bench (2 cores): `terms -j 8` peaks at 121 MB instead of 157,
    /// bigrams at 525 MB instead of 646 (and 5% faster); `terms -j 2` at 83 MB instead of 91
    /// but +2% CPU, and with one worker it only adds work (+4% instructions, callgrind). Smaller
    /// tables than 2^15 moved more often; larger ones (2^17) kept more in each worker than
    /// they saved. Tests set it lower to force moves.
    public var termTableFlushEntries = 1 << 15
    /// Whether the workers move their terms to the run's table (see `termTableFlushEntries`):
    /// with more than two workers; for n-grams, whose tables are the largest; for a timeline
    /// of the top terms, which keeps a (period, term) cell for every term (news-bench,
    /// `timeline --top-terms 50`: 284 → 235 MB, same time); not with one or two workers counting
    /// unigrams, where the vocabulary is held at most twice and the moves cost more CPU than
    /// they save memory. Tests set it.
    public var movesTermsToTheRun: Bool {
        get {
            movesTermsOverride ?? (jobs > 2 || ngram > 1 || (timeline.map { $0.trackTerms && $0.trackedKeys == nil } ?? false))
        }
        set { movesTermsOverride = newValue }
    }
    private var movesTermsOverride: Bool?
    /// Target size of a batch handed to a worker.
    public var batchBytes: Int
    /// Batches a source may have in flight (read, not yet consumed in order).
    public var batchesInFlightPerSource: Int
    /// Light outputs (see `BatchOutput.retainedBytes`) that may wait, all sources together, for
    /// their turn to be delivered in input order without holding their readers back.
    public var lightOutputsWaiting = 4096
    /// An output this small is light: `terms`' outputs hold counters only (the counts are in the
    /// workers' tables), so a source behind another one can be read and counted in parallel
    /// while its outputs wait, in at most `lightOutputsWaiting` × this much memory (64 MiB; a
    /// `terms` output is a few hundred bytes).
    public static let lightOutputBytes = 16 << 10
    /// Whether the files of folder inputs are read into memory a little ahead of the readers
    /// (`FilePrefetcher`; the same output either way). Environment `KHABAR_NO_PREFETCH=1` turns
    /// it off, for measuring.
    public var prefetchFiles = ProcessInfo.processInfo.environment["KHABAR_NO_PREFETCH"] != "1"

    public init(jobs: Int = PipelineConfiguration.coreCount, profile: TextProfile = .v1,
                countTerms: Bool = true, ngram: Int = 1, ngramFilter: TermFilter = .none,
                renderDocuments: Bool = false, jsonFields: JSONFieldNames = .common,
                maxEntryBytes: Int = 256 << 20) {
        self.jobs = max(1, jobs)
        self.readers = max(1, min(4, self.jobs, PipelineConfiguration.coreCount))
        self.profile = profile
        self.countTerms = countTerms
        self.ngram = ngram
        self.ngramFilter = ngramFilter
        self.renderDocuments = renderDocuments
        self.jsonFields = jsonFields
        self.maxEntryBytes = maxEntryBytes
        self.batchBytes = 1 << 20
        self.batchesInFlightPerSource = 4 * max(1, jobs)
    }

    /// The number of active processor cores.
    public static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}

import Foundation
