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
/// workers' term tables are merged at the end.
public enum Pipeline {
    public static func run(sources: [Source], configuration: PipelineConfiguration,
                           deliver: (BatchOutput) -> Void) -> PipelineResult {
        let jobs = configuration.jobs
        let work = BlockingQueue<WorkBatch>(capacity: 2 * jobs)
        let results = BlockingQueue<BatchOutput>(capacity: Int.max)
        let inFlight = sources.map { _ in DispatchSemaphore(value: configuration.batchesInFlightPerSource) }
        let nextSource = LockedBox(0)
        let readers = WorkerThreads()
        let workers = WorkerThreads()
        let finished = LockedBox<[(worker: Int, counter: TermCounter, timeline: TimelineDocumentCounts, actors: ActorStatistics?)]>([])
        for r in 0..<min(configuration.readers, max(1, sources.count)) {
            readers.start(name: "khabar-reader-\(r)") {
                while true {
                    let i = nextSource.withValue { v -> Int in defer { v += 1 }; return v }
                    if i >= sources.count { break }
                    var reader = SourceReader(sourceIndex: i, source: sources[i], configuration: configuration) { batch in
                        inFlight[i].wait()
                        work.push(batch)
                    }
                    reader.run()
                }
            }
        }
        for w in 0..<jobs {
            workers.start(name: "khabar-worker-\(w)") {
                var processor = DocumentProcessor(configuration: configuration)
                while let batch = work.pop() {
                    results.push(processor.process(batch))
                }
                let counter = processor.counter
                let timeline = processor.timeline
                let actors = processor.actorStatistics
                finished.withValue { $0.append((w, counter, timeline, actors)) }
            }
        }
        DispatchQueue.global().async {
            readers.wait()
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
                inFlight[nextSourceIndex].signal()
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
        let done = finished.withValue { $0 }.sorted { $0.worker < $1.worker }
        // Worker 0's tables are the base: their entry numbers stay; the others are mapped in.
        var pairs = done.first?.counter.pairs
        if configuration.countTerms, var merged = done.first?.counter.table {
            var tokens = done.first!.counter.tokens
            for other in done.dropFirst() {
                let mapping = merged.merge(other.counter.table)
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
        } else {
            for d in done { d.counter.table.deallocate(); d.counter.pairs?.deallocate() }
            pairs = nil
        }
        var timeline: TimelineCounts?
        if let t = configuration.timeline {
            var documents = TimelineDocumentCounts()
            for d in done { documents.add(d.timeline) }
            timeline = TimelineCounts(granularity: t.granularity, documents: documents, pairs: pairs, terms: terms)
        } else {
            pairs?.deallocate()
        }
        var actors: ActorCounts?
        if let a = configuration.actors {
            actors = ActorCounts.merge(done.compactMap(\.actors), index: a.index, unit: a.unit, minDiscovery: a.minDiscovery)
        }
        return PipelineResult(terms: terms, counters: counters, errors: errors, timeline: timeline, actors: actors)
    }
}
