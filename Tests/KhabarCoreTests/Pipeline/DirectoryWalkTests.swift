import XCTest
@testable import KhabarCore

/// The folder walk (`DirectoryWalk`), a plain file's bytes (`PlainFileContents`) and the
/// format of a path (`EntryFormat.forPath`), on the fixtures copied into a temporary folder.
final class DirectoryWalkTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("khabar-walk-\(getpid())-\(UUID().uuidString)")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        // The six ANT articles, a hidden folder, links to a file, a folder and nothing, a FIFO,
        // an archive, a file of another type and names that sort by byte, not by case or locale.
        try fm.copyItem(atPath: TestPaths.fixture("ant-6"), toPath: root.appendingPathComponent("a").path)
        try fm.createDirectory(at: root.appendingPathComponent("b/.hidden"), withIntermediateDirectories: true)
        let bbc = "a/bbc/BB-culture-175-20180527.txt"
        try fm.copyItem(atPath: root.appendingPathComponent(bbc).path, toPath: root.appendingPathComponent("b/.hidden/x.txt").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("b/link.txt").path, withDestinationPath: "../" + bbc)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("b/linkdir").path, withDestinationPath: "../a/cnn")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("b/broken.txt").path, withDestinationPath: "/nonexistent-khabar")
        XCTAssertEqual(mkfifo(root.appendingPathComponent("b/fifo.txt").path, 0o600), 0)
        try fm.copyItem(atPath: TestPaths.fixture("ant-6.tar.gz"), toPath: root.appendingPathComponent("b/ant-6.tar.gz").path)
        for name in ["b/readme.md", "b/Z.TXT", "b/é.txt", "b/z.txt"] {
            XCTAssertTrue(fm.createFile(atPath: root.appendingPathComponent(name).path, contents: Data("عنوان\nنص".utf8)))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testFilesAreListedInByteOrderAndOtherThingsApart() throws {
        let walk = try DirectoryWalk(root: root.path)
        XCTAssertEqual(walk.files, [
            "a/alarabiya/AL-culture-187-20180322.txt", "a/bbc/BB-culture-175-20180527.txt",
            "a/cnn/CN-economy-152-20180809.txt", "a/france24/FR-culture-104-20180628.txt",
            "a/jawharafm/JA-diverse-1-20170120.txt", "a/skynews/SK-economy-1127-20180806.txt",
            "b/.hidden/x.txt", "b/Z.TXT", "b/ant-6.tar.gz", "b/link.txt", "b/readme.md", "b/z.txt", "b/é.txt",
        ])
        // Not followed: the link to a folder (no cycles), the broken link; not read: the FIFO.
        XCTAssertEqual(walk.others, ["b/broken.txt", "b/fifo.txt", "b/linkdir"])
        // A trailing slash changes nothing.
        XCTAssertEqual(try DirectoryWalk(root: root.path + "/").files, walk.files)
    }

    func testAFolderIsExpandedIntoFilesArchivesAndSkips() throws {
        let (sources, skipped) = try InputExpansion.expand([root.path])
        let name = root.lastPathComponent
        XCTAssertEqual(sources.map(\.name), [name, "\(name)/b/ant-6.tar.gz", name])
        guard case .files(let first) = sources[0].kind, case .files(let last) = sources[2].kind else {
            return XCTFail("\(sources)")
        }
        XCTAssertEqual(first.map(\.entry).last, "b/Z.TXT")
        XCTAssertEqual(first.first?.path, root.path + "/a/alarabiya/AL-culture-187-20180322.txt")
        XCTAssertEqual(last.map(\.entry), ["b/link.txt", "b/z.txt", "b/é.txt"])
        XCTAssertEqual(skipped.counts, [SkipReason.notRegularFile: 3, SkipReason.unsupportedType: 1])
        XCTAssertEqual(skipped.examples[SkipReason.notRegularFile], "\(name)/b/broken.txt")
        XCTAssertEqual(skipped.examples[SkipReason.unsupportedType], "\(name)/b/readme.md")
    }

    func testTheWholeFolderIsCounted() throws {
        let run = try runPipeline([root.path])
        // 6 articles, x.txt, Z.TXT, link.txt, z.txt, é.txt, and the 6 in the archive.
        XCTAssertEqual(run.counters.documents, 6 + 5 + 6)
        XCTAssertEqual(run.errors, 0)
    }

    func testAFolderThatCannotBeListedIsAnInputError() throws {
        XCTAssertThrowsError(try DirectoryWalk(root: root.path + "/missing")) { error in
            XCTAssertEqual("\(error)", root.path + "/missing: cannot list this folder: No such file or directory")
        }
    }

    func testAnUnreadableSubfolderIsAnInputError() throws {
        guard getuid() != 0 else { throw XCTSkip("running as root: every folder can be listed") }
        let locked = root.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o700) }
        XCTAssertThrowsError(try DirectoryWalk(root: root.path)) { error in
            XCTAssertTrue("\(error)".hasPrefix(locked.path + ": cannot list this folder: Permission denied"), "\(error)")
        }
    }

    func testAFileNameThatIsNotUTF8IsRead() throws {
        // "café.txt" in Latin-1 (as old Windows tools write names: Arabic ones in Windows-1256).
        let folder = root.appendingPathComponent("latin1")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name: [UInt8] = Array("café".utf8.prefix(3)) + [0xE9] + Array(".txt".utf8)
        let page = TestPaths.bytes(TestPaths.seed)
        let fd = (Array(folder.path.utf8) + [0x2F] + name + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_WRONLY | O_CREAT, 0o600) }
        }
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(page.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }, page.count)
        close(fd)
        let walk = try DirectoryWalk(root: folder.path)
        XCTAssertEqual(walk.files, ["caf\u{FFFD}.txt"])
        XCTAssertEqual(walk.rawFiles, [name])
        let run = try runPipeline([folder.path])
        XCTAssertEqual(run.errors, 0)
        XCTAssertEqual(run.documents.map { $0["id"] as? String }, ["latin1:caf\u{FFFD}.txt", "latin1:caf\u{FFFD}.txt#related"])
    }

    func testPlainFileContents() throws {
        let path = root.appendingPathComponent("a/cnn/CN-economy-152-20180809.txt").path
        let expected = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertEqual(expected.count, 4021)
        XCTAssertEqual(try PlainFileContents.read(path, limit: 1 << 20), .bytes(expected))
        XCTAssertEqual(try PlainFileContents.read(path, limit: expected.count), .bytes(expected))
        XCTAssertEqual(try PlainFileContents.read(path, limit: expected.count - 1), .tooLarge(expected.count))
        let empty = root.appendingPathComponent("empty.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        XCTAssertEqual(try PlainFileContents.read(empty, limit: 10), .bytes([]))
        XCTAssertThrowsError(try PlainFileContents.read(root.appendingPathComponent("missing.txt").path, limit: 10)) { error in
            XCTAssertEqual("\(error)", "cannot open file: No such file or directory")
        }
    }

    /// A regular file ends at its declared size after one read; a FIFO (no size: its reads
    /// return what the writer wrote so far) is read until a read returns nothing.
    func testPlainFileContentsOfAFIFOAreReadToTheirEnd() throws {
        let path = root.appendingPathComponent("fifo-\(getpid())").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        defer { unlink(path) }
        let chunks = ["عنوان\n", "نص الخبر الأول\n", "المصدر: بي بي سي\n"].map { Array($0.utf8) }
        let writer = Thread {
            let fd = open(path, O_WRONLY)
            for chunk in chunks {
                _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                usleep(20_000)  // the reader's read returns before the next chunk is written
            }
            close(fd)
        }
        writer.start()
        XCTAssertEqual(try PlainFileContents.read(path, limit: 1 << 20), .bytes(chunks.flatMap { $0 }))
    }

    func testFormatsByName() {
        let cases: [(String, EntryFormat?)] = [
            ("a/b.txt", .newsPage), ("B.TXT", .newsPage), (".txt", .newsPage), ("x.Jsonl", .jsonLines),
            ("x.ndjson", .jsonLines), ("x.json", .jsonDocument), ("x.tar.GZ", .archive), ("x.tgz", .archive),
            ("x.zip", .archive), ("x.7z", .archive), ("x.z", .archive), ("x.Z", .archive), ("x.zstd", .archive),
            ("readme.md", nil), ("txt", nil), ("", nil), ("x.txt.bak", nil), ("x.jsonx", nil),
            ("مقالات/خبر.txt", .newsPage), ("خبر.TXT", .newsPage), ("a.txt/b", nil),
        ]
        for (path, format) in cases { XCTAssertEqual(EntryFormat.forPath(path), format, path) }
    }
}
