import Foundation
import XCTest
@testable import KhabarCore

/// `--max-memory`: counting tables spilled as sorted runs and merged give the same counts.
final class SpillTests: XCTestCase {
    /// A run file gives back exactly what was written, and the merge adds equal keys.
    func testRunsRoundTripAndMergeCombinesEqualTerms() throws {
        let folder = try SpillFolder()
        func run(_ name: String, _ records: [SpillRecord]) throws -> String {
            let w = try RunWriter(path: folder.file(name))
            for r in records.sorted(by: SpillOrder.byKey) { try w.append(r) }
            try w.close()
            return w.path
        }
        let long = Array(String(repeating: "مفاوضات ", count: 40).utf8)  // longer than a read header
        let a = try run("a", [SpillRecord(key: Array("غزة".utf8), count: 5, docs: 2),
                              SpillRecord(key: Array("2024".utf8), count: 1, docs: 1, flags: 1),
                              SpillRecord(key: long, count: 2, docs: 1)])
        let b = try run("b", [SpillRecord(key: Array("غزة".utf8), count: 3, docs: 3, flags: 2),
                              SpillRecord(key: Array("القاهرة".utf8), count: 7, docs: 4)])
        let reader = try RunReader(path: a)
        XCTAssertEqual(try reader.next(), SpillRecord(key: Array("2024".utf8), count: 1, docs: 1, flags: 1))
        XCTAssertEqual(try reader.next()?.key, Array("غزة".utf8))
        XCTAssertEqual(try reader.next()?.key, long)
        XCTAssertNil(try reader.next())

        let c = try run("c", [SpillRecord(key: Array("2024".utf8), count: 2, docs: 2, flags: 1)])
        let merged = folder.file("merged")
        // fanIn 2 with three runs: merged in two rounds.
        XCTAssertEqual(try SpilledTerms.merge([a, b, c], into: merged, folder: folder, fanIn: 2), 4)
        let out = try RunReader(path: merged)
        var all: [SpillRecord] = []
        while let r = try out.next() { all.append(r) }
        XCTAssertEqual(all.map { String(decoding: $0.key, as: UTF8.self) }, ["2024", "القاهرة", "غزة", String(decoding: long, as: UTF8.self)])
        XCTAssertEqual(all[0], SpillRecord(key: Array("2024".utf8), count: 3, docs: 3, flags: 1))
        XCTAssertEqual(all[2], SpillRecord(key: Array("غزة".utf8), count: 8, docs: 5, flags: 2))
        XCTAssertEqual(all[3].count, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["merged"], "merged runs are removed")
    }

    private func termRows(_ input: String, ngram: Int = 1, jobs: Int, spillBytes: Int?, top: Int? = nil) throws -> (rows: [TermRow], runs: Int, distinct: Int, tokens: Int) {
        let (sources, _) = try InputExpansion.expand([input])
        var c = PipelineConfiguration(jobs: jobs)
        c.ngram = ngram
        if let spillBytes { c.spillThresholdPerWorker = spillBytes }
        let result = Pipeline.run(sources: sources, configuration: c) { _ in }
        XCTAssertEqual(result.errors, 0, "\(result.messages)")
        let terms = try XCTUnwrap(result.terms)
        return (try terms.rows(filter: .none, top: top), terms.spilledRuns, terms.distinctTerms, terms.tokens)
    }

    /// news-small (814 articles) spilled every few dozen documents: the same rows, byte for byte,
    /// for unigrams and bigrams, with one worker or several.
    func testSpilledCountsEqualInMemoryCounts() throws {
        let small = try TestPaths.shared("news-small.tar.gz")
        let reference = try termRows(small, jobs: 2, spillBytes: nil)
        XCTAssertEqual(reference.runs, 0)
        XCTAssertEqual(reference.distinct, 30_913)  // the Python reference's count (ReferenceProfileTests)
        for jobs in [1, 3] {
            let spilled = try termRows(small, jobs: jobs, spillBytes: 1 << 20)
            XCTAssertGreaterThan(spilled.runs, 3, "the threshold should have forced several runs")
            XCTAssertEqual(spilled.distinct, reference.distinct)
            XCTAssertEqual(spilled.tokens, reference.tokens)
            XCTAssertEqual(spilled.rows, reference.rows)
        }
        let bigrams = try termRows(small, ngram: 2, jobs: 2, spillBytes: nil)
        let spilledBigrams = try termRows(small, ngram: 2, jobs: 2, spillBytes: 1 << 20)
        XCTAssertGreaterThan(spilledBigrams.runs, 3)
        XCTAssertEqual(spilledBigrams.rows, bigrams.rows)
        XCTAssertEqual(try termRows(small, jobs: 2, spillBytes: 1 << 20, top: 25).rows, Array(reference.rows.prefix(25)))
    }

    /// Workers that move their terms to the run's table (here every 64 terms, after each batch
    /// of a few pages, on 1 and 3 workers) give the same rows, distinct terms, tokens and
    /// timeline (period, term) counts as workers that keep their tables to the end.
    func testTermsMovedToTheRunEqualTermsKept() throws {
        let (sources, _) = try InputExpansion.expand([try TestPaths.shared("news-small.tar.gz")])
        func run(jobs: Int, ngram: Int, moves: Bool) throws -> (rows: [TermRow], distinct: Int, tokens: Int, series: [TimelineReport.Series]) {
            var c = PipelineConfiguration(jobs: jobs)
            c.ngram = ngram
            c.movesTermsToTheRun = moves
            c.termTableFlushEntries = 64
            c.batchBytes = 16 << 10
            c.timeline = TimelineConfiguration(granularity: .month, trackTerms: true, trackedKeys: nil)
            let result = Pipeline.run(sources: sources, configuration: c) { _ in }
            XCTAssertEqual(result.errors, 0, "\(result.messages)")
            let terms = try XCTUnwrap(result.terms), timeline = try XCTUnwrap(result.timeline)
            let top = try XCTUnwrap(timeline.terms).rows(filter: .none, top: 10).map { Array($0.term.utf8) }
            return (try terms.rows(filter: .none, top: nil), terms.distinctTerms, terms.tokens,
                    try TimelineReport.series(of: timeline, terms: top))
        }
        for ngram in [1, 2] {
            let kept = try run(jobs: 2, ngram: ngram, moves: false)
            // Unigrams: the Python reference's count; bigrams without a filter (the CLI's
            // default stopword filter leaves 64,484).
            XCTAssertEqual(kept.distinct, ngram == 1 ? 30_913 : 113_587)
            for jobs in [1, 3] {
                let moved = try run(jobs: jobs, ngram: ngram, moves: true)
                XCTAssertEqual(moved.distinct, kept.distinct)
                XCTAssertEqual(moved.tokens, kept.tokens)
                XCTAssertEqual(moved.rows, kept.rows, "ngram \(ngram), jobs \(jobs)")
                XCTAssertEqual(moved.series.map(\.key), kept.series.map(\.key))
                for (a, b) in zip(moved.series, kept.series) {
                    XCTAssertEqual(a.values.mapValues { [$0.count, $0.docs] }, b.values.mapValues { [$0.count, $0.docs] }, a.key)
                }
            }
        }
    }

    /// The report's own sort spills too when its rows exceed the budget: same order.
    func testRowsSortedInRunsWhenTheyExceedTheBudget() throws {
        let small = try TestPaths.shared("news-small.tar.gz")
        let (sources, _) = try InputExpansion.expand([small])
        var c = PipelineConfiguration(jobs: 2)
        c.spillThresholdPerWorker = 1 << 20
        let result = Pipeline.run(sources: sources, configuration: c) { _ in }
        let terms = try XCTUnwrap(result.terms)
        let spilled = try XCTUnwrap(terms.spilled)
        let tiny = SpilledTerms(folder: spilled.folder, termsPath: spilled.termsPath, pairsPath: nil,
                                distinct: spilled.distinct, runs: spilled.runs, sortBudget: 64 << 10)
        var rows: [TermRow] = []
        try tiny.forEachRow(select: { $0.count >= 2 }, top: nil) { rows.append(TermRow(term: String(decoding: $0.key, as: UTF8.self), count: $0.count, docs: $0.docs)) }
        let reference = try termRows(small, jobs: 2, spillBytes: nil).rows.filter { $0.count >= 2 }
        XCTAssertEqual(rows.count, reference.count)
        XCTAssertEqual(rows, reference)
    }

    /// A timeline of terms reads its (period, term) counts from the merged runs.
    func testTimelineSeriesEqualWithSpilling() throws {
        let small = try TestPaths.shared("news-small.tar.gz")
        func series(_ spill: Int?) throws -> [TimelineReport.Series] {
            let (sources, _) = try InputExpansion.expand([small])
            var c = PipelineConfiguration(jobs: 2)
            c.timeline = TimelineConfiguration(granularity: .month, trackTerms: true, trackedKeys: nil)
            if let spill { c.spillThresholdPerWorker = spill }
            let result = Pipeline.run(sources: sources, configuration: c) { _ in }
            let timeline = try XCTUnwrap(result.timeline)
            if spill != nil { XCTAssertGreaterThan(timeline.terms?.spilledRuns ?? 0, 0) }
            let top = try XCTUnwrap(timeline.terms).rows(filter: .none, top: 10).map { Array($0.term.utf8) }
            return try TimelineReport.series(of: timeline, terms: top)
        }
        let reference = try series(nil)
        let spilled = try series(1 << 20)
        XCTAssertEqual(spilled.map(\.key), reference.map(\.key))
        let termSeries = reference.filter { $0.series == "terms" }
        XCTAssertEqual(termSeries.count, 10)
        XCTAssertGreaterThan(termSeries[0].values.values.map(\.count).reduce(0, +), 1000)
        for (a, b) in zip(spilled, reference) {
            XCTAssertEqual(a.values.mapValues { [$0.count, $0.docs] }, b.values.mapValues { [$0.count, $0.docs] }, a.key)
        }
    }

    func testSpillFolderIsRemovedWithItsCounts() throws {
        var path = ""
        do {
            let folder = try SpillFolder()
            path = folder.path
            XCTAssertTrue(FileManager.default.createFile(atPath: folder.file("x.terms"), contents: Data([1, 2, 3])))
            XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
