import XCTest
@testable import KhabarCore

/// The timeline's actor series as workers count them (packed keys in `KeyCounts`) and as the run
/// adds them up (`actors`): negative periods (months before year 0 are not read, but weeks
/// before 1970 are), actor 0, and a period beyond 32 bits (kept in the dictionary directly).
final class TimelineCountsTests: XCTestCase {
    func testActorSeriesAddUpAcrossWorkersWhateverThePeriod() {
        var first = TimelineDocumentCounts(), second = TimelineDocumentCounts()
        first.addActorDocument(period: -2_600, actor: 0, mentions: 3)  // a week of 1920
        first.addActorDocument(period: -2_600, actor: 0, mentions: 1)
        first.addActorDocument(period: 24_219, actor: 41, mentions: 2)  // 2018-04 as a month index
        second.addActorDocument(period: 24_219, actor: 41, mentions: 5)
        second.addActorDocument(period: 5_000_000_000, actor: 7, mentions: 1)  // not 32 bits
        var run = TimelineDocumentCounts()
        run.add(first)
        run.add(second)
        XCTAssertEqual(run.actors.count, 3)
        XCTAssertEqual(run.actors[ActorCounts.Pair(a: -2_600, b: 0)]?.count, 4)
        XCTAssertEqual(run.actors[ActorCounts.Pair(a: -2_600, b: 0)]?.docs, 2)
        XCTAssertEqual(run.actors[ActorCounts.Pair(a: 24_219, b: 41)]?.count, 7)
        XCTAssertEqual(run.actors[ActorCounts.Pair(a: 24_219, b: 41)]?.docs, 2)
        XCTAssertEqual(run.actors[ActorCounts.Pair(a: 5_000_000_000, b: 7)]?.count, 1)
        XCTAssertEqual(run.actors[ActorCounts.Pair(a: 5_000_000_000, b: 7)]?.docs, 1)
    }
}
