import XCTest
@testable import KhabarCore

final class TimelineTests: XCTestCase {
    func testPeriodLabels() {
        func label(_ g: PeriodGranularity, _ y: Int, _ m: Int, _ d: Int) -> String {
            g.label(g.index(of: PublicationDate(year: y, month: m, day: d)))
        }
        XCTAssertEqual(label(.day, 2018, 3, 22), "2018-03-22")
        XCTAssertEqual(label(.month, 2018, 3, 22), "2018-03")
        XCTAssertEqual(label(.year, 2018, 3, 22), "2018")
        XCTAssertEqual(label(.week, 2018, 3, 22), "2018-W12")
        XCTAssertEqual(label(.week, 2018, 12, 31), "2019-W01")  // ISO week-numbering year
        XCTAssertEqual(label(.week, 2021, 1, 3), "2020-W53")
        XCTAssertEqual(label(.week, 1969, 12, 29), "1970-W01")
        let g = PeriodGranularity.month
        XCTAssertEqual(g.index(of: PublicationDate(year: 2019, month: 1, day: 5)) - g.index(of: PublicationDate(year: 2018, month: 12, day: 31)), 1)
        let w = PeriodGranularity.week
        XCTAssertEqual(w.index(of: PublicationDate(year: 2018, month: 1, day: 1)) - w.index(of: PublicationDate(year: 2017, month: 12, day: 31)), 1)
    }

    func testBurstDetectorFindsTheSpike() {
        let total = Array(repeating: 100, count: 12)
        var relevant = Array(repeating: 5, count: 12)
        relevant[6] = 40; relevant[7] = 35
        let (states, bursts) = BurstDetector.detect(relevant: relevant, total: total)
        XCTAssertEqual(states, (0..<12).map { $0 == 6 || $0 == 7 })
        XCTAssertEqual(bursts.count, 1)
        XCTAssertEqual(bursts[0].start, 6)
        XCTAssertEqual(bursts[0].end, 7)
        XCTAssertGreaterThan(bursts[0].weight, 10)
        XCTAssertEqual(BurstDetector.detect(relevant: Array(repeating: 5, count: 12), total: total).bursts, [])
        XCTAssertEqual(BurstDetector.detect(relevant: [0, 0], total: [0, 0]).bursts, [])
    }

    /// The six ANT fixture pages (2017-01-20 Jawhara FM; five 2018 pages) and the seed
    /// (2023-12-10, with an undated related article), counted by hand.
    func testSmallCorpusCountedByHand() throws {
        let (sources, _) = try InputExpansion.expand([TestPaths.fixture("ant-6"), TestPaths.seed])
        var configuration = PipelineConfiguration(jobs: 2)
        configuration.timeline = TimelineConfiguration(granularity: .year, trackTerms: true,
                                                       trackedKeys: [Array("بوتين".utf8), Array("العالم".utf8)])
        let result = Pipeline.run(sources: sources, configuration: configuration) { _ in }
        let timeline = try XCTUnwrap(result.timeline)
        XCTAssertEqual(timeline.documents.documents, [2017: 1, 2018: 5, 2023: 1])
        XCTAssertEqual(timeline.documents.bySource["Jawhara FM"], [2017: 1])
        XCTAssertEqual(timeline.documents.bySource["RT"], [2023: 1])
        XCTAssertEqual(timeline.documents.undatedRelated, 1)
        XCTAssertEqual(timeline.documents.undatedArticles, 0)
        XCTAssertEqual(timeline.range, 2017...2023)
        let series = try TimelineReport.series(of: timeline, terms: [Array("بوتين".utf8)])
        let putin = try XCTUnwrap(series.first { $0.series == "terms" })
        // Title + 4 body lines of the article; the related article's mention has no date.
        XCTAssertEqual(putin.values.mapValues { [$0.count, $0.docs] }, [2023: [5, 1]])
        XCTAssertEqual(series.map(\.key), ["all", "BBC", "CNN", "Jawhara FM", "RT", "alarabia", "france24", "skynews", "بوتين"])
    }
}
