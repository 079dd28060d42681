#if KHABAR_BZ2
import CBZ2
import Foundation
import XCTest
@testable import KhabarCore

/// The parallel bzip2 decoder (`Bzip2Decoder`) against the bytes that were compressed, and
/// against libarchive's own bzip2 filter.
final class Bzip2DecoderTests: XCTestCase {
    /// 1.9 MB of real news text: 19 blocks at bzip2's level 1 (100 kB blocks).
    private func articles(copies: Int = 110) -> [UInt8] { TestPaths.repeatedArticles(copies: copies) }

    /// `data` compressed by libbzip2 (as the `bzip2` command does).
    private func bzip2(_ data: [UInt8], level: Int32) -> [UInt8] {
        var input = data
        var output = [UInt8](repeating: 0, count: data.count + data.count / 50 + 700)
        var length = UInt32(output.count)
        let status = input.withUnsafeMutableBytes { i in
            output.withUnsafeMutableBytes { o in
                BZ2_bzBuffToBuffCompress(o.baseAddress!.assumingMemoryBound(to: CChar.self), &length,
                                         i.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(data.count), level, 0, 0)
            }
        }
        XCTAssertEqual(status, BZ_OK)
        return Array(output.prefix(Int(length)))
    }

    /// Everything the decoder hands out for `compressed` read in `chunk`-byte reads, and the
    /// error that stopped it, if any.
    private func decode(_ compressed: [UInt8], threads: Int, chunk: Int = 4096,
                        magicsByChance: [(bit: Int64, kind: Int32)] = []) -> (bytes: [UInt8], error: ArchiveInputError?) {
        let feeder = ChunkFeeder(compressed, chunk: chunk)
        let decoder = Bzip2Decoder(source: DescriptorSource { () throws(ArchiveInputError) in feeder.next() }, threads: threads)
        decoder.magicsByChance = magicsByChance
        return drainDecoder(decoder.next)
    }

    func testManyBlocksDecodeToTheOriginalOnAnyThreadCount() {
        let text = articles()
        XCTAssertGreaterThan(text.count, 1_800_000)
        let compressed = bzip2(text, level: 1)
        for threads in [1, 2, 4] {
            for chunk in [4096, 1 << 20] {
                let result = decode(compressed, threads: threads, chunk: chunk)
                XCTAssertNil(result.error, "threads \(threads), reads of \(chunk)")
                XCTAssertTrue(result.bytes == text, "threads \(threads), reads of \(chunk): \(result.bytes.count) bytes of \(text.count)")
            }
        }
    }

    func testStreamsOneAfterAnotherAndBytesAfterThemAsBzip2Does() {
        let text = articles()
        let first = Array(text.prefix(250_000)), second = Array(text.dropFirst(250_000))
        let compressed = bzip2(first, level: 9) + bzip2(second, level: 2) + bzip2([], level: 9) + Array("not bzip2\n".utf8)
        let result = decode(compressed, threads: 2)
        XCTAssertNil(result.error)
        XCTAssertTrue(result.bytes == text)
        XCTAssertEqual(decode(bzip2([], level: 9), threads: 2).bytes, [])
    }

    /// A block or end magic found by chance inside a block (odds too small to meet in real
    /// data, so placed by hand 1,000 bits into the first block): the output is the same.
    func testMagicsByChanceInsideABlockDoNotCutIt() {
        let text = articles()
        let compressed = bzip2(text, level: 1)
        for kind: Int32 in [1, 2] {
            let result = decode(compressed, threads: 2, magicsByChance: [(bit: 32 + 1000, kind: kind)])
            XCTAssertNil(result.error, "kind \(kind)")
            XCTAssertTrue(result.bytes == text, "kind \(kind): \(result.bytes.count) bytes of \(text.count)")
        }
    }

    func testDamageIsReportedAfterTheBlocksBeforeIt() {
        let text = articles()
        var compressed = bzip2(text, level: 1)
        compressed[compressed.count / 2] ^= 0x55
        let result = decode(compressed, threads: 2)
        XCTAssertEqual(result.error?.message, "bzip2 decompression failed: a block is damaged (its data or checksum)")
        XCTAssertEqual(result.error?.errno, EILSEQ)
        // The blocks before the damage (of 100,000 bytes or more each, as bzip2 cuts them) came out.
        XCTAssertGreaterThan(result.bytes.count, 500_000)
        XCTAssertTrue(result.bytes == Array(text.prefix(result.bytes.count)))
    }

    /// The stream's checksum (the blocks' combined, after the end magic) is checked too.
    func testAStreamChecksumThatDoesNotMatchIsReported() {
        let text = articles()
        var compressed = bzip2(text, level: 1)
        compressed[compressed.count - 2] ^= 0x10  // in the 32 bits after the end magic
        let result = decode(compressed, threads: 2)
        XCTAssertEqual(result.error?.message,
                       "bzip2 decompression failed: a stream's checksum does not match its blocks (damaged data)")
        XCTAssertTrue(result.bytes == text)
    }

    func testTruncatedInputIsReportedAfterTheBlocksBeforeIt() {
        let text = articles()
        let compressed = bzip2(text, level: 1)
        let result = decode(Array(compressed.prefix(compressed.count / 2)), threads: 2)
        XCTAssertEqual(result.error?.message, "bzip2 decompression failed: truncated bzip2 input")
        XCTAssertGreaterThan(result.bytes.count, 500_000)
        XCTAssertTrue(result.bytes == Array(text.prefix(result.bytes.count)))
        // Cut inside the end's checksum.
        XCTAssertEqual(decode(Array(compressed.dropLast(2)), threads: 2).error?.message, "bzip2 decompression failed: truncated bzip2 input")
    }

    /// A block that never ends (damaged data): an error once it is longer than any block can
    /// be, not a read of the whole input into memory.
    func testABlockWithoutEndIsAnErrorBeforeTheInputIsRead() {
        var generator = SplitMix(seed: 7)
        let noise = (0..<(8 << 20)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let input = Array("BZh9".utf8) + [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] + noise
        let feeder = ChunkFeeder(input, chunk: 1 << 16)
        let decoder = Bzip2Decoder(source: DescriptorSource { () throws(ArchiveInputError) in feeder.next() }, threads: 2)
        XCTAssertThrowsError(try decoder.next()) { error in
            XCTAssertEqual((error as? ArchiveInputError)?.message, "bzip2 decompression failed: no block end where one must be (damaged data)")
        }
        XCTAssertLessThan(feeder.offset, 5 << 20)
    }

    /// Who reads what (`Pipeline.readingPlan`): bzip2 files Khabar decodes are read one at a
    /// time on every thread; anything else keeps a reader per input up to the cores, and the
    /// threads are shared; with actors, libarchive decodes.
    func testReadingPlan() throws {
        let compressed = bzip2(articles(copies: 400), level: 1)
        try TestPaths.withTemporaryFolder("reading-plan") { folder in
            let big = (0..<2).map { folder.appendingPathComponent("part\($0).txt.bz2").path }
            for path in big { try Data(compressed).write(to: URL(fileURLWithPath: path)) }
            func plan(_ paths: [String], jobs: Int = 2, cores: Int = 2, actors: Bool = false) -> (Int, Int) {
                var configuration = PipelineConfiguration(jobs: jobs)
                configuration.readers = min(4, jobs, cores)
                if actors { configuration.actors = ActorConfiguration() }
                let sources = paths.map { Source(name: ($0 as NSString).lastPathComponent, kind: .archive(path: $0)) }
                let p = Pipeline.readingPlan(sources, configuration: configuration, cores: cores)
                return (p.readers, p.decoderThreads)
            }
            XCTAssertTrue(plan(big) == (1, 2))
            XCTAssertTrue(plan(big, jobs: 4, cores: 4) == (1, 4))
            XCTAssertTrue(plan(big + [TestPaths.fixture("ant-6.tar.gz")]) == (2, 1))
            XCTAssertTrue(plan([TestPaths.fixture("ant-6.tar.bz2"), TestPaths.fixture("ant-6.tar.bz2")]) == (2, 1))
            XCTAssertTrue(plan(big, actors: true) == (2, 1))
            XCTAssertTrue(plan(big, jobs: 1) == (1, 1))
            XCTAssertTrue(plan([TestPaths.fixture("ant-6.tar.gz")], jobs: 4, cores: 4) == (1, 4))
        }
    }

    /// Through the archive reader: the fixture's six entries, as libarchive reads them, from a
    /// pipe (decoded here: its size is not known) and from the file (4.9 kB: below
    /// `ClientInput.smallestForThreads`, so libarchive decodes it).
    func testArchiveEntriesEqualLibarchives() throws {
        let path = TestPaths.fixture("ant-6.tar.bz2")
        let expected = try ArchiveReader(path: path, name: "ant-6.tar.bz2", inflater: .libarchive).allEntries()
        XCTAssertEqual(expected.count, 6)
        XCTAssertEqual(expected["ant-6/cnn/CN-economy-152-20180809.txt"], TestPaths.bytes(TestPaths.fixture("ant-6/cnn/CN-economy-152-20180809.txt")))
        try TestPaths.withPipe(TestPaths.bytes(path)) { fd in
            let reader = try ArchiveReader(fileDescriptor: fd, name: "stdin", decoderThreads: 2)
            XCTAssertEqual(try reader.allEntries(), expected)
            XCTAssertTrue(reader.decodesInKhabar)
        }
        let file = try ArchiveReader(path: path, name: "ant-6.tar.bz2", decoderThreads: 2)
        XCTAssertEqual(try file.allEntries(), expected)
        XCTAssertFalse(file.decodesInKhabar)
    }

    /// A file of 256 kB or more is decoded here (the articles at level 1, as a lone .bz2 file).
    func testALargerFileIsDecodedHere() throws {
        let text = articles(copies: 400)
        let compressed = bzip2(text, level: 1)
        XCTAssertGreaterThan(compressed.count, ClientInput.smallestForThreads)
        try TestPaths.withTemporaryFolder("bzip2-file") { folder in
            let file = folder.appendingPathComponent("articles.txt.bz2")
            try Data(compressed).write(to: file)
            let reader = try ArchiveReader(path: file.path, name: "articles.txt.bz2", decoderThreads: 2)
            XCTAssertTrue(reader.decodesInKhabar)
            XCTAssertTrue(try reader.allEntries().values.first == text)
        }
    }
}

/// A seeded generator (SplitMix64): the same noise on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

#endif
