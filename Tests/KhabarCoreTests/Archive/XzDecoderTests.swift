#if KHABAR_XZ
import CXZ
import Foundation
import XCTest
@testable import KhabarCore

/// .xz inputs decoded with liblzma's multi-threaded decoder (`XzDecoder`) against the bytes that
/// were compressed, and against libarchive's own xz filter.
final class XzDecoderTests: XCTestCase {
    /// 1.9 MB of real news text.
    private func articles() -> [UInt8] { TestPaths.repeatedArticles() }

    /// `data` as one .xz stream of blocks of `blockSize` bytes (as `xz -T2 --block-size` writes).
    private func xz(_ data: [UInt8], blockSize: UInt64) -> [UInt8] {
        var stream = khabar_lzma_stream_init()
        var options = lzma_mt()
        options.threads = 2
        options.block_size = blockSize
        options.preset = 1
        options.check = LZMA_CHECK_CRC64
        XCTAssertEqual(lzma_stream_encoder_mt(&stream, &options), LZMA_OK)
        defer { lzma_end(&stream) }
        var out = [UInt8](repeating: 0, count: data.count + 65536)
        var status = LZMA_OK
        data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = input.baseAddress
                stream.avail_in = input.count
                stream.next_out = output.baseAddress
                stream.avail_out = output.count
                status = lzma_code(&stream, LZMA_FINISH)
                while status == LZMA_OK { status = lzma_code(&stream, LZMA_FINISH) }
            }
        }
        XCTAssertEqual(status, LZMA_STREAM_END)
        return Array(out.prefix(Int(stream.total_out)))
    }

    private func decode(_ compressed: [UInt8], threads: Int, chunk: Int = 4096) -> (bytes: [UInt8], error: ArchiveInputError?) {
        let feeder = ChunkFeeder(compressed, chunk: chunk)
        let decoder = XzDecoder(source: DescriptorSource { () throws(ArchiveInputError) in feeder.next() }, threads: threads)
        return drainDecoder(decoder.next)
    }

    func testBlocksDecodeToTheOriginalOnAnyThreadCount() {
        let text = articles()
        let compressed = xz(text, blockSize: 256 << 10)
        for threads in [2, 4] {
            for chunk in [4096, 1 << 20] {
                let result = decode(compressed, threads: threads, chunk: chunk)
                XCTAssertNil(result.error, "threads \(threads)")
                XCTAssertTrue(result.bytes == text, "threads \(threads), reads of \(chunk): \(result.bytes.count) bytes of \(text.count)")
            }
        }
    }

    /// Streams one after another, with stream padding (zeros, four at a time) between them.
    func testStreamsOneAfterAnotherWithPadding() {
        let text = articles()
        let first = Array(text.prefix(700_000)), second = Array(text.dropFirst(700_000))
        let result = decode(xz(first, blockSize: 256 << 10) + [0, 0, 0, 0] + xz(second, blockSize: 256 << 10), threads: 2)
        XCTAssertNil(result.error)
        XCTAssertTrue(result.bytes == text)
    }

    func testDamageIsReportedAfterTheBlocksBeforeIt() {
        let text = articles()
        var compressed = xz(text, blockSize: 256 << 10)
        compressed[compressed.count / 2] ^= 0x55
        let result = decode(compressed, threads: 2)
        XCTAssertEqual(result.error?.message, "xz decompression failed: damaged data")
        // The blocks before the damaged one came out as they were (the damaged block's bytes
        // may come out before its check fails, as with libarchive: the run then fails).
        XCTAssertGreaterThan(result.bytes.count, 256 << 10)
        XCTAssertTrue(result.bytes.prefix(256 << 10) == text.prefix(256 << 10))
    }

    /// Bytes after the last stream that are not stream padding are an error, as in libarchive.
    func testBytesAfterTheLastStreamAreAnError() {
        let text = articles()
        let result = decode(xz(text, blockSize: 256 << 10) + Array("GARBAGE\n".utf8), threads: 2)
        XCTAssertEqual(result.error?.message, "xz decompression failed: truncated xz input (or bytes after the last stream that are not one)")
        XCTAssertTrue(result.bytes == text)
    }

    func testTruncatedInputIsReported() {
        let text = articles()
        let compressed = xz(text, blockSize: 256 << 10)
        let result = decode(Array(compressed.prefix(compressed.count / 2)), threads: 2)
        XCTAssertEqual(result.error?.message, "xz decompression failed: truncated xz input (or bytes after the last stream that are not one)")
        XCTAssertTrue(result.bytes == Array(text.prefix(result.bytes.count)))
    }

    /// Through the archive reader (two threads): the fixture's six entries from a pipe (decoded
    /// here), as libarchive reads them; with one thread libarchive decodes.
    func testArchiveEntriesEqualLibarchives() throws {
        let path = TestPaths.fixture("ant-6.tar.xz")
        let expected = try ArchiveReader(path: path, name: "ant-6.tar.xz", inflater: .libarchive).allEntries()
        XCTAssertEqual(expected.count, 6)
        for threads in [1, 2] {
            try TestPaths.withPipe(TestPaths.bytes(path)) { fd in
                let reader = try ArchiveReader(fileDescriptor: fd, name: "stdin", decoderThreads: threads)
                XCTAssertEqual(try reader.allEntries(), expected)
                XCTAssertEqual(reader.decodesInKhabar, threads == 2)
            }
        }
    }
}

#endif
