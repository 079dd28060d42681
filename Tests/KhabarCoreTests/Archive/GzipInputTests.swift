import XCTest
@testable import KhabarCore
#if canImport(Glibc)
import Glibc
#endif

/// Gzip inputs inflated by Khabar (ISA-L, `ClientInput`) against libarchive's own gzip filter,
/// and inputs fed to libarchive through a pipe.
final class GzipInputTests: XCTestCase {
    private func entries(_ path: String, _ inflater: ArchiveReader.Inflater) throws -> [String: [UInt8]] {
        try ArchiveReader(path: path, name: (path as NSString).lastPathComponent, inflater: inflater).allEntries()
    }

    private func requireISAL() throws {
        guard ArchiveReader.inflatesGzipWithISAL else {
            throw XCTSkip("Khabar was built without ISA-L (libisal-dev): gzip goes through libarchive only")
        }
    }

    /// `bytes` written to a file in a new temporary folder.
    private func withFile(_ bytes: [UInt8], named name: String, _ body: (String) throws -> Void) throws {
        try TestPaths.withTemporaryFolder("gzip-input") { folder in
            let file = folder.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            try body(file.path)
        }
    }

    func testNewsSmallInflatesToTheSameEntriesEitherWay() throws {
        try requireISAL()
        let path = try TestPaths.shared("news-small.tar.gz")
        let fast = try entries(path, .fastest)
        XCTAssertEqual(fast.count, 707)
        XCTAssertEqual(fast, try entries(path, .libarchive))
        let reader = try ArchiveReader(path: path, name: "news-small.tar.gz")
        _ = try reader.allEntries()
        XCTAssertEqual(reader.compressedBytesRead, Int64(TestPaths.bytes(path).count))
    }

    func testConcatenatedMembersAreOneStream() throws {
        try requireISAL()
        let member = TestPaths.bytes(TestPaths.fixture("ant-cnn.txt.gz"))
        let cnn = TestPaths.bytes(TestPaths.fixture("ant-6/cnn/CN-economy-152-20180809.txt"))
        try withFile(member + member, named: "twice.txt.gz") { path in
            let fast = try entries(path, .fastest)
            XCTAssertEqual(fast.values.first, cnn + cnn)
            XCTAssertEqual(fast, try entries(path, .libarchive))
        }
    }

    func testBytesAfterTheLastMemberAreIgnoredAsLibarchiveDoes() throws {
        try requireISAL()
        let archive = TestPaths.bytes(TestPaths.fixture("ant-6.tar.gz"))
        try withFile(archive + Array("not gzip\n".utf8) + [UInt8](repeating: 0, count: 1024), named: "padded.tar.gz") { path in
            let fast = try entries(path, .fastest)
            XCTAssertEqual(fast.count, 6)
            XCTAssertEqual(fast, try entries(TestPaths.fixture("ant-6.tar.gz"), .fastest))
            XCTAssertEqual(fast, try entries(path, .libarchive))
        }
    }

    func testDamagedChecksumIsAnErrorNamingTheArchive() throws {
        try requireISAL()
        var archive = TestPaths.bytes(TestPaths.fixture("ant-6.tar.gz"))
        archive[archive.count - 8] ^= 0xFF  // the trailer's CRC-32
        try withFile(archive, named: "badcrc.tar.gz") { path in
            XCTAssertThrowsError(try entries(path, .fastest)) { error in
                let e = error as! ArchiveError
                XCTAssertEqual(e.archive, "badcrc.tar.gz")
                XCTAssertEqual(e.message, "gzip decompression failed: a checksum does not match (damaged data)")
            }
            // libarchive stops at the tar's end-of-archive blocks and never checks the trailer
            // (`bsdtar -tf` exits 0 on this file too): the damage goes unseen there.
            XCTAssertEqual(try entries(path, .libarchive).count, 6)
        }
    }

    func testEveryHeaderFieldIsReadAndItsChecksumChecked() throws {
        try requireISAL()
        let cnn = TestPaths.bytes(TestPaths.fixture("ant-6/cnn/CN-economy-152-20180809.txt"))
        // A comment longer than the 256 KiB input buffer, and a second member after the first.
        try withFile(gzipMember(cnn, comment: 300_000) + gzipMember(cnn, comment: 10), named: "fields.txt.gz") { path in
            let fast = try entries(path, .fastest), slow = try entries(path, .libarchive)
            XCTAssertTrue(fast.values.first == cnn + cnn, "\(fast.mapValues(\.count))")
            // libarchive names the raw entry after the member's FNAME, ISA-L's path "data" (as
            // libarchive's raw format does); the pipeline names it after the file either way.
            XCTAssertTrue(Array(fast.values) == Array(slow.values), "\(fast.mapValues(\.count)) \(slow.mapValues(\.count))")
        }
        try withFile(gzipMember(cnn, comment: 10, damageHeaderCRC: true), named: "badheader.txt.gz") { path in
            XCTAssertThrowsError(try entries(path, .fastest)) { error in
                XCTAssertEqual((error as! ArchiveError).description,
                               "badheader.txt.gz: gzip decompression failed: a checksum does not match (damaged data)")
            }
        }
    }

    func testACutCompressedFileIsAnErrorOfTheInputNotOfAnEntryNamedData() throws {
        // A lone compressed file is one raw entry, which libarchive calls "data": the message
        // names the input only (the pipeline names the entry after the file).
        let jsonl = TestPaths.bytes(TestPaths.fixture("ant-6.jsonl"))
        let whole = gzipMember(Array([[UInt8]](repeating: jsonl, count: 64).joined()), comment: 10)  // 1.1 MB: cut inside the data
        try withFile(Array(whole.prefix(whole.count / 2)), named: "cut.jsonl.gz") { path in
            for inflater in [ArchiveReader.Inflater.fastest, .libarchive] {
                XCTAssertThrowsError(try entries(path, inflater)) { error in
                    let e = error as! ArchiveError
                    XCTAssertEqual(e.archive, "cut.jsonl.gz")
                    XCTAssertNil(e.entry, e.description)
                }
            }
        }
    }

    func testDamagedDeflateDataIsAnErrorNamingTheEntry() throws {
        try requireISAL()
        var archive = TestPaths.bytes(TestPaths.fixture("ant-6.tar.gz"))
        for i in stride(from: archive.count / 2, to: archive.count / 2 + 64, by: 1) { archive[i] = 0xFF }
        try withFile(archive, named: "damaged.tar.gz") { path in
            // Inflating goes on through the damage (it shows at the checksum): the tar reader sees
            // the garbage first, as it did with libarchive's own gzip filter.
            for inflater in [ArchiveReader.Inflater.fastest, .libarchive] {
                XCTAssertThrowsError(try entries(path, inflater)) { error in
                    let e = error as! ArchiveError
                    XCTAssertEqual(e.description, "damaged.tar.gz: entry after ant-6/cnn/CN-economy-152-20180809.txt: Damaged tar archive")
                }
            }
        }
    }

    func testTruncatedInputSaysTruncatedEitherWay() throws {
        try requireISAL()
        let archive = TestPaths.bytes(TestPaths.fixture("ant-6.tar.gz"))
        try withFile(Array(archive[0..<(archive.count * 2 / 3)]), named: "cut.tar.gz") { path in
            for inflater in [ArchiveReader.Inflater.fastest, .libarchive] {
                XCTAssertThrowsError(try entries(path, inflater)) { error in
                    let e = error as! ArchiveError
                    XCTAssertEqual(e.archive, "cut.tar.gz")
                    XCTAssertTrue(e.message.contains("truncated"), "\(inflater): \(e.message)")
                }
            }
        }
    }

    /// A reader on the read end of a pipe that another thread fills with `bytes`.
    private func entriesThroughPipe(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        try TestPaths.withPipe(bytes) { try ArchiveReader(fileDescriptor: $0, name: "stdin").allEntries() }
    }

    func testPipesOfGzipAndOfOtherFormatsGiveTheArchivesEntries() throws {
        let expected = try entries(TestPaths.fixture("ant-6.tar.gz"), .libarchive)
        XCTAssertEqual(expected.count, 6)
        for name in ["ant-6.tar.gz", "ant-6.tar.zst", "ant-6.tar.xz", "ant-6.cpio"] {
            XCTAssertEqual(try entriesThroughPipe(TestPaths.bytes(TestPaths.fixture(name))), expected, name)
        }
        // Shorter than the three bytes looked at: one raw entry of two bytes.
        XCTAssertEqual(Array(try entriesThroughPipe([0x1F, 0x8B]).values), [[0x1F, 0x8B]])
    }

    func testRegularFileDescriptorsStaySeekable() throws {
        // A zip read from a descriptor on a file (`khabar terms - < x.zip`) keeps its Arabic
        // entry name, which libarchive reads from the central directory it seeks to.
        for name in ["ant-6.zip", "ant-6.tar.gz"] {
            let fd = open(TestPaths.fixture(name), O_RDONLY)
            XCTAssertGreaterThanOrEqual(fd, 0)
            defer { close(fd) }
            let read = try ArchiveReader(fileDescriptor: fd, name: name).allEntries()
            XCTAssertEqual(read.count, name.hasSuffix(".zip") ? 7 : 6, name)
            XCTAssertEqual(read["ant-6/cnn/CN-economy-152-20180809.txt"],
                           TestPaths.bytes(TestPaths.fixture("ant-6/cnn/CN-economy-152-20180809.txt")), name)
        }
    }
}
