import Dispatch
import Foundation

/// The result of a run: the merged term table and the counters.
public struct PipelineResult {
    /// Terms, when the configuration counts them.
    public var terms: TermCounts?
    public var counters: RunCounters
    /// Errors (not warnings) met: when non-zero the result is incomplete.
    public var errors: Int
    /// The timeline, when the configuration asks for one.
    public var timeline: TimelineCounts?
    /// Actors and co-occurrences, when the configuration asks for them.
    public var actors: ActorCounts?
    /// Errors of the run itself (not of an input), such as a spill file that could not be
    /// written; counted in `errors`.
    public var messages: [String] = []
}

/// One pass over the sources.
///
/// ```
/// reader threads ──batches (≤ 1 MiB)──▶ bounded queue ──▶ workers (--jobs) ──▶ in-order consumer
///  (libarchive)                                          parse, tokenize, count   (caller's thread)
/// ```
/// A reader may have at most `batchesInFlightPerSource` batches read but not yet consumed, so
/// memory stays bounded whatever the corpus size. The consumer hands batch outputs to `deliver`
/// in input order, so documents and messages come out the same for any number of workers; the
/// workers' term tables are merged at the end, their actor counts added to the run's as they go.
public enum Pipeline {
    /// `termsReady` (when given) is called on the caller's thread once the term counts and the
    /// timeline are final but before the actor counts are (their merge, a single-threaded pass
    /// over all the pairs, is still running on a thread of its own), and only when the run has
    /// met no error of its own so far: `report` starts writing its terms report there, beside
    /// that merge, instead of after it. `discoveredReady` likewise, with the names of the
    /// discovered people kept (`ActorCounts.discoveredKept`), known early in that merge: `report`
    /// writes their mention lines meanwhile.
    public static func run(sources: [Source], configuration: PipelineConfiguration,
                           termsReady: ((TermCounts?, TimelineCounts?) -> Void)? = nil,
                           discoveredReady: (([String]) -> Void)? = nil,
                           deliver: (BatchOutput) -> Void) -> PipelineResult {
        let jobs = configuration.jobs
        let work = BlockingQueue<WorkBatch>(capacity: 2 * jobs)
        let results = BlockingQueue<BatchOutput>(capacity: Int.max)
        // A source's reader waits for a slot before each batch; the slot comes back when the
        // batch's output is delivered in order, or, for a light output, as soon as it is made
        // (then it takes one of the light slots, shared by all sources, until delivered). So a
        // source read in parallel behind another one is held back only by what its waiting
        // outputs weigh, and all that waits stays bounded however many sources run ahead.
        let inFlight = sources.map { _ in DispatchSemaphore(value: configuration.batchesInFlightPerSource) }
        let lightSlots = DispatchSemaphore(value: configuration.lightOutputsWaiting)
        let nextSource = LockedBox(0)
        let readers = WorkerThreads()
        let workers = WorkerThreads()
        let finished = LockedBox<[(worker: Int, counter: TermCounter, timeline: TimelineDocumentCounts,
                                   spilledTerms: [String], spilledPairs: [String])]>([])
        var messages: [String] = []
        var spillFolder: SpillFolder?
        if (configuration.countTerms && configuration.spillThresholdPerWorker != nil)
            || (configuration.actors != nil && configuration.actorPairSpillBytes != nil) {
            do { spillFolder = try SpillFolder(parent: configuration.spillDirectory) } catch { messages.append("\(error)") }
        }
        let folder = spillFolder
        // The run's terms, without a budget: a worker adds its table to them whenever it holds
        // `termTableFlushEntries` terms (under a budget the workers spill runs instead).
        let termTotals = configuration.countTerms && configuration.spillThresholdPerWorker == nil && configuration.movesTermsToTheRun
            ? LockedBox<TermCounter?>(DocumentProcessor.makeCounter(configuration)) : nil
        // The run's actor counts: each worker adds its own to them now and then (see `ActorStatistics`).
        let actorTotals = configuration.actors.map {
            LockedBox(ActorStatistics(gazetteerCount: $0.index.actors.count, maxActorsPerUnit: $0.maxActorsPerUnit, flushPairs: $0.flushPairs))
        }
        let (readerCount, decoderThreads) = Pipeline.readingPlan(sources, configuration: configuration)
        // The files of folders are read into memory a little ahead of the readers (see `FilePrefetcher`).
        // Its window reaches two of each reader's sources ahead of the furthest file read: the
        // readers read adjacent sources side by side, and the slowest is a source or so behind.
        let prefetch = configuration.prefetchFiles
            ? FilePrefetcher.make(for: sources, window: max(FilePrefetcher.defaultWindow, 2 * readerCount * InputExpansion.filesPerSource))
            : nil
        for r in 0..<readerCount {
            readers.start(name: "khabar-reader-\(r)") {
                while true {
                    let i = nextSource.withValue { v -> Int in defer { v += 1 }; return v }
                    if i >= sources.count { break }
                    var reader = SourceReader(sourceIndex: i, source: sources[i], configuration: configuration,
                                              decoderThreads: decoderThreads,
                                              prefetch: prefetch.map { ($0.0, $0.firstFile[i]) }) { batch in
                        inFlight[i].wait()
                        work.push(batch)
                    }
                    reader.run()
                }
            }
        }
        for w in 0..<jobs {
            workers.start(name: "khabar-worker-\(w)") {
                var processor = DocumentProcessor(configuration: configuration, worker: w, spillFolder: folder, actorTotals: actorTotals,
                                                  termTotals: termTotals)
                while var batch = work.pop() {
                    var output = processor.process(&batch)
                    if output.retainedBytes <= PipelineConfiguration.lightOutputBytes,
                       lightSlots.wait(timeout: .now()) == .success {
                        output.releasedEarly = true
                        inFlight[output.source].signal()
                    }
                    results.push(output)
                }
                let counter = processor.counter
                let timeline = processor.timeline
                if let actorTotals { processor.flushActorStatistics(into: actorTotals) }
                let (spilledTerms, spilledPairs) = (processor.spilledTerms, processor.spilledPairs)
                finished.withValue { $0.append((w, counter, timeline, spilledTerms, spilledPairs)) }
            }
        }
        DispatchQueue.global().async {
            readers.wait()
            prefetch?.0.stop()
            work.close()
            workers.wait()
            results.close()
        }

        // In-order consumer.
        var counters = RunCounters()
        var errors = 0
        var pending: [Int: [Int: BatchOutput]] = [:]
        var nextSourceIndex = 0
        var nextBatch = 0
        while let output = results.pop() {
            pending[output.source, default: [:]][output.index] = output
            while let ready = pending[nextSourceIndex]?[nextBatch] {
                pending[nextSourceIndex]?[nextBatch] = nil
                counters.add(ready.counters)
                errors += ready.notes.filter { $0.severity == .error }.count
                deliver(ready)
                if ready.releasedEarly { lightSlots.signal() } else { inFlight[nextSourceIndex].signal() }
                if ready.isLast {
                    pending[nextSourceIndex] = nil
                    nextSourceIndex += 1
                    nextBatch = 0
                } else {
                    nextBatch += 1
                }
            }
        }

        var terms: TermCounts?
        // Taken out of the box (not copied): each worker's tables are freed once merged.
        var done = finished.withValue { v in defer { v = [] }; return v }.sorted { $0.worker < $1.worker }
        // The terms the workers moved to the run's table come first (the base of the merge below).
        if let totals = termTotals?.withValue({ v in defer { v = nil }; return v }) {
            if totals.table.count > 0 {
                done.insert((worker: -1, counter: totals, timeline: TimelineDocumentCounts(), spilledTerms: [], spilledPairs: []), at: 0)
            } else {
                totals.table.deallocate()
                totals.pairs?.deallocate()
            }
        }
        // The actor counts are merged on a thread of their own while the term tables are merged
        // here (they share nothing; each is a serial pass over a worker's tables at the end of
        // the run). The run's actor totals move into a box the thread empties: freed as merged.
        var actorMerge: (thread: Thread, done: DispatchSemaphore, result: LockedBox<Result<ActorCounts, Error>?>,
                         keptReady: DispatchSemaphore, kept: LockedBox<[String]>)?
        if let a = configuration.actors, let actorTotals {
            let parts = LockedBox(actorTotals.withValue { v in
                defer { v = ActorStatistics(gazetteerCount: 0) }
                return [v]
            })
            if let failure = parts.withValue({ $0[0].spillFailure }) {
                messages.append("could not spill the pairs of actors (kept in memory): \(failure)")
            }
            let result = LockedBox<Result<ActorCounts, Error>?>(nil), finished = DispatchSemaphore(value: 0)
            let keptReady = DispatchSemaphore(value: 0), keptNames = LockedBox<[String]>([])
            let thread = Thread {
                var taken = parts.withValue { v in defer { v = [] }; return v }
                let kept = ActorCounts.keptCandidates(taken, minDiscovery: a.minDiscovery, minMentions: a.minDiscoveryMentions)
                keptNames.withValue { $0 = kept.map { String(decoding: $0.bytes, as: UTF8.self) } }
                keptReady.signal()
                let merged = Result {
                    try ActorCounts.merge(&taken, index: a.index, unit: a.unit, minDiscovery: a.minDiscovery,
                                          minMentions: a.minDiscoveryMentions, folder: folder, kept: kept)
                }
                result.withValue { $0 = merged }
                finished.signal()
            }
            thread.name = "khabar-actors-merge"
            thread.start()
            actorMerge = (thread, finished, result, keptReady, keptNames)
        }
        if let folder = spillFolder, done.contains(where: { !$0.spilledTerms.isEmpty }) {
            // Some worker spilled: the others' tables become runs too, and all runs are merged
            // on disk (never the whole vocabulary in memory at once).
            do {
                var termRuns: [String] = [], pairRuns: [String] = []
                var tokens = 0
                for k in done.indices {
                    var counter = done[k].counter
                    let (t, p) = try counter.spill(into: folder, name: "w\(done[k].worker)-end")
                    counter.table.deallocate()
                    counter.pairs?.deallocate()
                    termRuns += done[k].spilledTerms + [t]
                    pairRuns += done[k].spilledPairs + (p.map { [$0] } ?? [])
                    tokens += counter.tokens
                }
                let runs = termRuns.count - done.count
                let termsPath = folder.file("terms.merged")
                let distinct = try SpilledTerms.merge(termRuns, into: termsPath, folder: folder)
                var pairsPath: String?
                if configuration.timeline?.trackTerms == true {
                    pairsPath = folder.file("pairs.merged")
                    try SpilledTerms.merge(pairRuns, into: pairsPath!, folder: folder)
                }
                let spilled = SpilledTerms(folder: folder, termsPath: termsPath, pairsPath: pairsPath, distinct: distinct,
                                           runs: runs, sortBudget: configuration.spillThresholdPerWorker! * configuration.jobs)
                terms = TermCounts(spilled: spilled, ngram: configuration.ngram, tokens: tokens)
            } catch {
                messages.append("could not merge the spilled counts: \(error)")
            }
            for k in done.indices {
                done[k].counter.table = TermTable(initialSlots: 16)
                done[k].counter.pairs = nil
            }
        }
        // In memory (nothing spilled, or the spill failed and the run is incomplete anyway):
        // the table with the most capacity is the base, its entry numbers stay; the others are
        // mapped in. (The largest base grows least: growing a table of 256K terms to 512K
        // zeroes 40 MB, ~20 ms on one thread at the end of `terms`; the report is sorted, so it
        // does not depend on the base.)
        if let base = done.indices.max(by: { done[$0].counter.table.capacity < done[$1].counter.table.capacity }), base != 0 {
            done.swapAt(0, base)
        }
        var pairs: PairTable?
        if terms != nil {
            for d in done { d.counter.table.deallocate() }
        } else if configuration.countTerms, var merged = done.first?.counter.table {
            pairs = done.first?.counter.pairs
            var tokens = done.first!.counter.tokens
            for other in done.dropFirst() {
                let mapping = merged.merge(other.counter.table, threads: min(configuration.jobs, PipelineConfiguration.coreCount))
                other.counter.table.deallocate()
                if let otherPairs = other.counter.pairs {
                    otherPairs.forEach { period, term, count, docs in
                        pairs!.add(period: period, term: mapping[term], count: count, docs: docs)
                    }
                    otherPairs.deallocate()
                }
                tokens += other.counter.tokens
            }
            terms = TermCounts(table: merged, ngram: configuration.ngram, tokens: tokens)
            terms?.threads = configuration.jobs
        } else {
            for d in done { d.counter.table.deallocate(); d.counter.pairs?.deallocate() }
        }
        var timeline: TimelineCounts?
        if let t = configuration.timeline {
            var documents = TimelineDocumentCounts()
            for d in done { documents.add(d.timeline) }
            timeline = TimelineCounts(granularity: t.granularity, documents: documents, pairs: pairs, terms: terms)
        } else {
            pairs?.deallocate()
        }
        if let termsReady, errors == 0, messages.isEmpty { termsReady(terms, timeline) }
        if let discoveredReady, let merge = actorMerge, errors == 0, messages.isEmpty {
            merge.keptReady.wait()
            discoveredReady(merge.kept.withValue { $0 })
        }
        var actors: ActorCounts?
        if let merge = actorMerge {
            merge.done.wait()
            switch merge.result.withValue({ v in defer { v = nil }; return v }) {
            case .success(let counts): actors = counts
            case .failure(let error): messages.append("could not merge the spilled pairs of actors: \(error)")
            case nil: break
            }
        }
        return PipelineResult(terms: terms, counters: counters, errors: errors + messages.count, timeline: timeline,
                              actors: actors, messages: messages)
    }
}

extension Pipeline {
    /// How many reader threads read the sources, and how many threads each may decode a bzip2
    /// or .xz input on (`Bzip2Decoder`, `XzDecoder`; one: libarchive decodes).
    ///
    /// - The decoding threads are the cores the workers may use, shared by the readers; with
    ///   one reader per core that is one each, and libarchive decodes, as before.
    /// - When actors are matched, one: the workers need about as much CPU as bzip2 itself, both
    ///   cores are busy either way, and decoders beside the workers cost more (news-bench
    ///   .tar.bz2, `report`: CPU 10.4 → 11.9 s, wall 5.85 → 6.10 s; `terms` gains 5.55 → 3.62 s).
    /// - When every source is a bzip2 file Khabar decodes itself, one reader with all the
    ///   threads: one archive at a time decoded on every core beats archives read side by side
    ///   each on one core (news-bench in 4 .tar.bz2, `terms` on 2 cores: 4.04 s against 3.56 s
    ///   for the whole), and twice as many decoders as cores thrash (CPU 7.8 → 13.1 s).
    static func readingPlan(_ sources: [Source], configuration: PipelineConfiguration,
                            cores: Int = PipelineConfiguration.coreCount) -> (readers: Int, decoderThreads: Int) {
        let readers = min(configuration.readers, max(1, sources.count))
        let threads = max(1, min(configuration.jobs, cores))
        if configuration.actors != nil { return (readers, 1) }
        if readers > 1, threads >= 2, sources.allSatisfy({ source in
            if case .archive(let path) = source.kind { return ArchiveReader.isBzip2ForThreads(path: path) }
            return false
        }) {
            return (1, threads)
        }
        return (readers, max(1, threads / readers))
    }
}
