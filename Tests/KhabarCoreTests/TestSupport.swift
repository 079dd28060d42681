import Foundation
import XCTest
@testable import KhabarCore

/// Where test inputs live: the repository's seed and fixtures, and the shared corpora beside
/// the repository (`../shared/corpora`), which tests skip with a clear message when missing.
enum TestPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seed = root.appendingPathComponent("seeds/000_8a7ac69372d375fc.txt").path
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }

    /// A file in ../shared/corpora, or a skip that says the folder is missing.
    static func shared(_ name: String) throws -> String {
        let path = root.deletingLastPathComponent().appendingPathComponent("shared/corpora/\(name)").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/corpora/\(name) is missing (the shared corpora live beside the repository); this test needs it")
        }
        return path
    }

    static func bytes(_ path: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    /// The six fixture articles (ant-6), each repeated with a line of its own number: real news
    /// text in the size compressors cut into many blocks (1.9 MB for 110 copies).
    static func repeatedArticles(copies: Int = 110) -> [UInt8] {
        let folder = fixture("ant-6")
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        precondition(files.count == 6, "the ant-6 fixture has six articles")
        var text: [UInt8] = []
        for copy in 0..<copies {
            for file in files { text += Array("# \(copy) \(file)\n".utf8) + bytes(folder + "/" + file) }
        }
        return text
    }

    /// Runs `body` with the read end of a pipe that another thread fills with `bytes` (an input
    /// whose size is not known, as standard input).
    static func withPipe<R>(_ bytes: [UInt8], _ body: (Int32) throws -> R) rethrows -> R {
        var ends: [Int32] = [0, 0]
        precondition(pipe(&ends) == 0)
        let writeEnd = ends[1], readEnd = ends[0]
        let writer = Thread {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(readEnd) }
        return try body(readEnd)
    }

    /// Runs `body` with a new folder in the system's temporary folder, removed afterwards.
    static func withTemporaryFolder(_ name: String, _ body: (URL) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(dir)
    }

    /// The documents of ../shared/corpora/news-small.tar.gz (707 pages in the seed layout), parsed
    /// as the pipeline parses them; a skip when the corpus is missing.
    static func newsSmallDocuments(file: StaticString = #filePath, line: UInt = #line) throws -> [Document] {
        let reader = try ArchiveReader(path: try shared("news-small.tar.gz"), name: "news-small.tar.gz")
        let parser = NewsPageParser()
        var documents: [Document] = [], entries = 0
        while let entry = try reader.nextEntry() {
            guard entry.fileType != .directory else { continue }
            var bytes: [UInt8] = []
            XCTAssertEqual(try reader.readData(into: &bytes, limit: 1 << 24), .complete, file: file, line: line)
            entries += 1
            documents += parser.parse(bytes, archive: "news-small.tar.gz", entry: entry.path)
        }
        XCTAssertEqual(entries, 707, file: file, line: line)
        return documents
    }
}

/// Runs the pipeline on `inputs` and returns everything it produced.
struct RunOutput {
    var rows: [TermRow]
    var documentLines: [UInt8]
    var notes: [InputNote]
    var counters: RunCounters
    var errors: Int

    var documents: [[String: Any]] {
        String(decoding: documentLines, as: UTF8.self).split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}

func runPipeline(_ inputs: [String], jobs: Int = 2, filter: TermFilter = .none, ngram: Int = 1,
                 configure: (inout PipelineConfiguration) -> Void = { _ in }) throws -> RunOutput {
    let (sources, _) = try InputExpansion.expand(inputs)
    var configuration = PipelineConfiguration(jobs: jobs)
    configuration.renderDocuments = true
    configuration.ngram = ngram
    configuration.ngramFilter = filter
    configure(&configuration)
    var lines: [UInt8] = []
    var notes: [InputNote] = []
    let result = Pipeline.run(sources: sources, configuration: configuration) { batch in
        lines += batch.documentLines
        notes += batch.notes
    }
    return RunOutput(rows: try result.terms?.rows(filter: filter) ?? [], documentLines: lines, notes: notes,
                     counters: result.counters, errors: result.errors)
}

extension ArchiveReader {
    /// Every entry from here to the end: path → bytes (directories left out); an entry that
    /// does not come out whole fails the test.
    func allEntries(limit: Int = 1 << 26, file: StaticString = #filePath, line: UInt = #line) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        while let entry = try nextEntry() {
            if entry.fileType == .directory { continue }
            var bytes: [UInt8] = []
            let outcome = try readData(into: &bytes, limit: limit)
            XCTAssertEqual(outcome, .complete, entry.path, file: file, line: line)
            result[entry.path] = bytes
        }
        return result
    }
}

/// A small deterministic random generator (xorshift64*), so property tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9 : seed }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

/// A ustar archive of `entries` (path, bytes), made here so that tests can nest real archives
/// in one without a tar program: one 512-byte header per entry, the data padded to 512, and two
/// zero blocks at the end.
func makeTar(_ entries: [(path: String, bytes: [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    for (path, bytes) in entries {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int) {
            for (i, b) in text.utf8.enumerated() { header[offset + i] = b }
        }
        precondition(path.utf8.count < 100, "makeTar: a short path")
        put(path, at: 0)
        put("0000644", at: 100)
        put("0000000", at: 108)
        put("0000000", at: 116)
        func octal(_ v: Int, _ width: Int) -> String {
            let digits = String(v, radix: 8)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        put(octal(bytes.count, 11), at: 124)
        put("14520000000", at: 136)
        header[156] = UInt8(ascii: "0")
        put("ustar", at: 257)
        put("00", at: 263)
        for i in 148..<156 { header[i] = 0x20 }
        let sum = header.reduce(0) { $0 + Int($1) }
        put(octal(sum, 6), at: 148)
        header[154] = 0
        header[155] = 0x20
        out += header
        out += bytes
        out += [UInt8](repeating: 0, count: (512 - bytes.count % 512) % 512)
    }
    out += [UInt8](repeating: 0, count: 1024)
    return out
}

/// Everything a decoder's `next` hands out until its end (an empty block), and the error that
/// stopped it, if any.
func drainDecoder(_ next: () throws(ArchiveInputError) -> UnsafeRawBufferPointer) -> (bytes: [UInt8], error: ArchiveInputError?) {
    var out: [UInt8] = []
    do throws(ArchiveInputError) {
        while true {
            let block = try next()
            if block.isEmpty { return (out, nil) }
            out += block
        }
    } catch {
        return (out, error)
    }
}

/// Hands out a byte array in reads of `chunk` bytes (as a pipe would), each valid until the next:
/// the blocks of a `DescriptorSource`.
final class ChunkFeeder {
    private let bytes: UnsafeMutableRawBufferPointer
    private let chunk: Int, count: Int
    private(set) var offset = 0
    init(_ data: [UInt8], chunk: Int) {
        bytes = .allocate(byteCount: max(1, data.count), alignment: 16)
        bytes.copyBytes(from: data)
        self.chunk = chunk
        count = data.count
    }
    deinit { bytes.deallocate() }
    func next() -> UnsafeRawBufferPointer? {
        guard offset < count else { return nil }
        let n = min(chunk, count - offset)
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)])
    }
}

/// CRC-32 (the gzip polynomial), bit by bit: for the made-up gzip members of the tests.
func gzipCRC32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes {
        crc ^= UInt32(b)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}

func littleEndianBytes<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }

/// A gzip member of `data` in stored deflate blocks, with every optional header field
/// (FEXTRA, FNAME, FCOMMENT, FHCRC); `comment` bytes long comment.
func gzipMember(_ data: [UInt8], comment: Int = 0, damageHeaderCRC: Bool = false) -> [UInt8] {
    var header: [UInt8] = [0x1F, 0x8B, 0x08, 0x1E, 0, 0, 0, 0, 0, 0xFF]
    header += littleEndianBytes(UInt16(4)) + Array("abcd".utf8)
    header += Array("page.txt".utf8) + [0] + [UInt8](repeating: 0x63, count: comment) + [0]
    header += littleEndianBytes(UInt16(truncatingIfNeeded: gzipCRC32(header)) ^ (damageHeaderCRC ? 1 : 0))
    var body: [UInt8] = []
    var offset = 0
    repeat {
        let n = min(65_535, data.count - offset)
        body += [offset + n == data.count ? 1 : 0] + littleEndianBytes(UInt16(n)) + littleEndianBytes(~UInt16(n))
        body += data[offset..<(offset + n)]
        offset += n
    } while offset < data.count
    return header + body + littleEndianBytes(gzipCRC32(data)) + littleEndianBytes(UInt32(data.count))
}
