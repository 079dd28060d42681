import XCTest
@testable import KhabarCore

final class ArchiveReaderTests: XCTestCase {
    /// The six ANT pages as files: entry path → bytes.
    private func expectedEntries() throws -> [String: [UInt8]] {
        let base = TestPaths.fixture("ant-6")
        var result: [String: [UInt8]] = [:]
        for rel in try FileManager.default.subpathsOfDirectory(atPath: base) where rel.hasSuffix(".txt") {
            result["ant-6/\(rel)"] = TestPaths.bytes("\(base)/\(rel)")
        }
        XCTAssertEqual(result.count, 6)
        return result
    }

    private func readAll(_ path: String) throws -> [String: [UInt8]] {
        try ArchiveReader(path: path, name: (path as NSString).lastPathComponent).allEntries(limit: 1 << 20)
    }

    func testEveryContainerAndFilterGivesTheSameBytes() throws {
        let expected = try expectedEntries()
        for name in ["ant-6.tar.gz", "ant-6.tar.xz", "ant-6.tar.bz2", "ant-6.tar.zst", "ant-6.tar.lz4",
                     "ant-6.7z", "ant-6.cpio"] {
            XCTAssertEqual(try readAll(TestPaths.fixture(name)), expected, name)
        }
    }

    func testZipKeepsArabicEntryNames() throws {
        var expected = try expectedEntries()
        expected["مقال.txt"] = expected.first { $0.key.hasPrefix("ant-6/bbc/") }!.value
        XCTAssertEqual(try readAll(TestPaths.fixture("ant-6.zip")), expected)
    }

    func testLoneCompressedFileIsOneRawEntry() throws {
        let reader = try ArchiveReader(path: TestPaths.fixture("ant-cnn.txt.gz"), name: "ant-cnn.txt.gz")
        let entry = try XCTUnwrap(try reader.nextEntry())
        XCTAssertTrue(reader.isRaw)
        var bytes: [UInt8] = []
        _ = try reader.readData(into: &bytes, limit: 1 << 20)
        let cnn = try expectedEntries().first { $0.key.hasPrefix("ant-6/cnn/") }!.value
        XCTAssertEqual(bytes, cnn)
        XCTAssertEqual(entry.fileType, .regular)
        XCTAssertNil(try reader.nextEntry())
    }

    func testEntryOverTheLimitIsReportedNotTruncatedSilently() throws {
        let reader = try ArchiveReader(path: TestPaths.fixture("ant-6.tar.gz"), name: "ant-6.tar.gz")
        while let entry = try reader.nextEntry(), entry.fileType == .directory {}
        var bytes: [UInt8] = []
        XCTAssertEqual(try reader.readData(into: &bytes, limit: 100), .exceededLimit)
    }

    func testTruncatedArchiveFailsNamingTheArchive() throws {
        let path = TestPaths.fixture("truncated.tar.gz")
        XCTAssertThrowsError(try readAll(path)) { error in
            let e = error as! ArchiveError
            XCTAssertEqual(e.archive, "truncated.tar.gz")
            XCTAssertTrue(e.message.lowercased().contains("truncated"), e.message)
        }
    }

    func testCorruptArchiveFailsNamingArchiveAndEntry() throws {
        XCTAssertThrowsError(try readAll(TestPaths.fixture("corrupt.tar.gz"))) { error in
            let e = error as! ArchiveError
            XCTAssertEqual(e.archive, "corrupt.tar.gz")
            XCTAssertNotNil(e.entry)
            XCTAssertTrue(e.description.hasPrefix("corrupt.tar.gz: entry "), e.description)
        }
    }

    func testMissingFileFailsWithTheSystemsReason() {
        XCTAssertThrowsError(try ArchiveReader(path: "/nonexistent/x.tar.gz", name: "x.tar.gz")) { error in
            let e = error as! ArchiveError
            XCTAssertEqual(e.archive, "x.tar.gz")
            XCTAssertTrue(e.message.contains("No such file"), e.message)
        }
    }

    func testNestedArchiveReadFromMemory() throws {
        let zip = TestPaths.bytes(TestPaths.fixture("ant-6.zip"))
        let reader = try ArchiveReader(memory: zip, name: "inner")
        var names: [String] = []
        while let entry = try reader.nextEntry() { names.append(entry.path) }
        XCTAssertEqual(names.count, 7)
        XCTAssertTrue(names.contains("مقال.txt"))
    }
}
