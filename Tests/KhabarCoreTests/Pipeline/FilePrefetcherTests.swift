import CArchive
import XCTest
@testable import KhabarCore

/// `FilePrefetcher`: the files of folder inputs read into memory ahead of the readers, within
/// its window, on copies of the six ANT articles of the fixtures.
final class FilePrefetcherTests: XCTestCase {
    private var root: URL!
    private var files: [Source.PlainFile] = []

    override func setUpWithError() throws {
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("khabar-prefetch-\(getpid())-\(UUID().uuidString)")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        let walk = try DirectoryWalk(root: TestPaths.fixture("ant-6"))
        let articles = try walk.files.map { try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("ant-6") + "/" + $0)) }
        XCTAssertEqual(articles.count, 6)
        files = []
        for k in 0..<100 {
            let path = root.appendingPathComponent(String(format: "%03d.txt", k)).path
            XCTAssertTrue(fm.createFile(atPath: path, contents: articles[k % 6]))
            files.append(.init(path: path, entry: String(format: "%03d.txt", k)))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// Waits (up to 5 s) until `condition` holds.
    private func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if condition() { return true }
            usleep(2_000)
        }
        return condition()
    }

    func testTheFilesOfFoldersAreNumberedInSourceOrder() throws {
        let sources = [
            Source(name: "a", kind: .files(Array(files[0..<40]))),
            Source(name: "b.tar.gz", kind: .archive(path: TestPaths.fixture("ant-6.tar.gz"))),
            Source(name: "a", kind: .files(Array(files[40..<100]))),
        ]
        let made = try XCTUnwrap(FilePrefetcher.make(for: sources, threadCount: 1, window: 4))
        XCTAssertEqual(made.firstFile, [0, 40, 40])
        XCTAssertEqual([0, 39, 40, 41, 99].map { made.0.file($0).path }, [0, 39, 40, 41, 99].map { files[$0].path })
        made.0.didOpen(99)
        made.0.stop()
        // Fewer files than the minimum: none.
        XCTAssertNil(FilePrefetcher.make(for: [Source(name: "a", kind: .files(Array(files[0..<63])))]))
        XCTAssertNil(FilePrefetcher.make(for: [Source(name: "b.tar.gz", kind: .archive(path: TestPaths.fixture("ant-6.tar.gz")))]))
    }

    func testItLooksNoFurtherThanItsWindowAheadOfTheReaders() throws {
        let (prefetcher, _) = try XCTUnwrap(FilePrefetcher.make(for: [Source(name: "a", kind: .files(files))],
                                                                threadCount: 2, window: 8))
        XCTAssertTrue(eventually { prefetcher.counts.looked == 8 })
        usleep(50_000)
        XCTAssertEqual(prefetcher.counts.looked, 8, "files 0..<8 only, before any is read")
        prefetcher.didOpen(49)  // the readers jumped ahead: the files they passed are not looked at
        XCTAssertTrue(eventually { prefetcher.counts.looked == 16 })
        usleep(50_000)
        XCTAssertEqual(prefetcher.counts.looked, 16, "files 50..<58")
        prefetcher.didOpen(99)
        prefetcher.stop()
        XCTAssertEqual(prefetcher.counts.looked, 16)
    }

    func testFilesNotInMemoryAreReadInAndOthersLeftAlone() throws {
        // Out of the page cache: written out, then dropped (a file system that keeps its files
        // in memory, as tmpfs does, cannot drop them: nothing to test there). Whether a file's
        // first page is in memory is asked with `mincore`, which reads nothing (a `preadv2` with
        // `RWF_NOWAIT`, as the prefetcher asks, starts reading the page it finds missing).
        func cached(_ path: String) -> Bool {
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            guard let map = mmap(nil, 1, PROT_READ, MAP_SHARED, fd, 0), map != MAP_FAILED else { return false }
            defer { munmap(map, 1) }
            var page: UInt8 = 0
            return mincore(map, 1, &page) == 0 && page & 1 != 0
        }
        let probe = open(files[99].path, O_RDONLY)
        defer { close(probe) }
        guard khabar_first_byte_cached(probe) != -1 else {
            throw XCTSkip("this kernel cannot tell whether a file is in memory (preadv2 RWF_NOWAIT)")
        }
        // Half the files out of memory (the even ones), half left in: the prefetcher asks for the
        // first half only.
        var evicted = 0
        for (k, file) in files[0..<70].enumerated() where k % 2 == 0 {
            let fd = open(file.path, O_RDONLY)
            XCTAssertGreaterThanOrEqual(fd, 0)
            fsync(fd)
            posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)
            close(fd)
            if !cached(file.path) { evicted += 1 }
        }
        guard evicted > 0 else { throw XCTSkip("\(root.path) keeps its files in memory (tmpfs?)") }
        let (prefetcher, _) = try XCTUnwrap(FilePrefetcher.make(for: [Source(name: "a", kind: .files(Array(files[0..<70])))],
                                                                threadCount: 3, window: 512))
        XCTAssertTrue(eventually { prefetcher.counts.looked == 70 })
        prefetcher.stop()
        XCTAssertEqual(prefetcher.counts.looked, 70)
        // A file may come back into memory between this test's look and the prefetcher's (the
        // kernel's doing: 68 asked for of 70 evicted in one full test run of five, when every
        // file was evicted; 31 of 35 in a fresh clone's CI run of the forty-fourth session):
        // fewer than evicted, at least half of them, never the 35 left in memory as well.
        let hinted = prefetcher.counts.hinted
        XCTAssertTrue(hinted <= evicted && hinted * 2 >= evicted,
                      "only the files not in memory are asked for: \(hinted) asked for, \(evicted) evicted of 70")
        XCTAssertTrue(eventually { files[0..<70].allSatisfy { cached($0.path) } }, "every file is in memory again")
    }
}
