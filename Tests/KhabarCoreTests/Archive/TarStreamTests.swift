import XCTest
@testable import KhabarCore

/// Khabar's tar reader (`TarStream`, in front of libarchive on the streams Khabar decompresses)
/// against libarchive reading the same bytes with its own gzip filter: the same entries, types,
/// sizes and bytes, the same errors; and what it leaves to libarchive.
final class TarStreamTests: XCTestCase {
    private static let readByKhabar = "tar (read by Khabar)"

    private func requireISAL() throws {
        guard ArchiveReader.inflatesGzipWithISAL else {
            throw XCTSkip("Khabar was built without ISA-L (libisal-dev): gzip goes through libarchive only")
        }
    }

    /// Every entry of `archive` (gzip bytes) as "type path declared-size: bytes", read with
    /// `inflater`, the format name the reader ends with, and the error that stopped it.
    private func listing(_ archive: [UInt8], _ inflater: ArchiveReader.Inflater, name: String = "t.tar.gz")
        throws -> (entries: [String], format: String, error: String?) {
        var result: (entries: [String], format: String, error: String?) = ([], "", nil)
        try TestPaths.withTemporaryFolder("tar-stream") { folder in
            let file = folder.appendingPathComponent(name)
            try Data(archive).write(to: file)
            let reader = try ArchiveReader(path: file.path, name: name, inflater: inflater)
            do {
                while let entry = try reader.nextEntry() {
                    var bytes: [UInt8] = []
                    _ = try reader.readData(into: &bytes, limit: 1 << 26)
                    result.entries.append("\(entry.fileType) \(entry.path) \(entry.declaredSize ?? -1): \(String(decoding: bytes, as: UTF8.self))")
                }
            } catch let e as ArchiveError {
                result.error = e.description
            }
            result.format = reader.formatName
        }
        return result
    }

    private let article = TestPaths.bytes(TestPaths.fixture("ant-6/cnn/CN-economy-152-20180809.txt"))

    func testTheFixturesAndNewsSmallAreReadHereAsLibarchiveReadsThem() throws {
        try requireISAL()
        for path in [TestPaths.fixture("ant-6.tar.gz"), TestPaths.fixture("mixed.tar.gz"), try TestPaths.shared("news-small.tar.gz")] {
            let archive = TestPaths.bytes(path)
            let fast = try listing(archive, .fastest), slow = try listing(archive, .libarchive)
            XCTAssertEqual(fast.format, TarStreamTests.readByKhabar, path)
            XCTAssertNotEqual(slow.format, TarStreamTests.readByKhabar)
            XCTAssertEqual(fast.entries, slow.entries, path)
            XCTAssertNil(fast.error)
        }
        let small = try listing(TestPaths.bytes(try TestPaths.shared("news-small.tar.gz")), .fastest)
        XCTAssertEqual(small.entries.filter { $0.hasPrefix("regular ") }.count, 707)
        XCTAssertEqual(small.entries.filter { $0.hasPrefix("directory ") }.count, 107)
    }

    func testLongNamesPrefixesPaxPathsAndSizesAreReadHere() throws {
        try requireISAL()
        let long = String(repeating: "أخبار-", count: 12) + "مقال.txt"  // 134 bytes: no room in a name field
        var tar = TarWriter()
        tar.pax(["comment": "8a7ac69372d375fc"], global: true)  // what `git archive` writes first
        tar.file("plain.txt", article)
        tar.file("مقال-طويل.txt", article, prefix: "ant/" + String(repeating: "س", count: 40))
        tar.longName(long)
        tar.file(String(long.utf8.prefix(99))!, article, magic: .gnu)
        tar.pax(["path": "pax/" + long, "mtime": "1533772800.5", "size": "\(article.count)", "SCHILY.xattr.user.note": "x"])
        tar.file("ignored-name", article, declaredSize: 0)  // the pax size holds
        tar.file("old-style/", [], type: 0)  // a "regular" entry with a trailing slash: a directory
        tar.file("nul-type.txt", Array("old tar".utf8), type: 0)
        tar.end()
        let archive = gzipMember(tar.bytes)
        let fast = try listing(archive, .fastest), slow = try listing(archive, .libarchive)
        XCTAssertEqual(fast.format, TarStreamTests.readByKhabar)
        XCTAssertNil(fast.error)
        XCTAssertEqual(fast.entries, slow.entries)
        let text = String(decoding: article, as: UTF8.self)
        XCTAssertEqual(fast.entries, [
            "regular plain.txt \(article.count): \(text)",
            "regular ant/\(String(repeating: "س", count: 40))/مقال-طويل.txt \(article.count): \(text)",
            "regular \(long) \(article.count): \(text)",
            "regular pax/\(long) \(article.count): \(text)",
            "directory old-style/ 0: ",
            "regular nul-type.txt 7: old tar",
        ])
    }

    func testHeadersItDoesNotReadAreLeftToLibarchiveFromThere() throws {
        try requireISAL()
        for leftOver in ["symlink", "hardlink", "unknown pax key", "malformed pax", "base-256 size", "v7 header"] {
            var tar = TarWriter()
            tar.file("first.txt", article)
            switch leftOver {
            case "symlink": tar.file("link.txt", [], type: UInt8(ascii: "2"), link: "first.txt")
            case "hardlink": tar.file("hard.txt", [], type: UInt8(ascii: "1"), link: "first.txt")
            case "unknown pax key":
                tar.pax(["path": "pax-named.txt", "KHABAR.unknown": "1"])
                tar.file("pax-named.txt", Array("after pax".utf8))
            case "malformed pax":
                tar.raw(type: UInt8(ascii: "x"), body: Array("99 path=broken\n".utf8))
                tar.file("after-bad-pax.txt", Array("after a bad pax header".utf8))
            case "base-256 size": tar.file("big-size-field.txt", Array("base 256".utf8), base256Size: true)
            default: tar.file("v7.txt", Array("no magic".utf8), magic: .none)
            }
            tar.file("last.txt", Array("the last entry".utf8))
            tar.end()
            let archive = gzipMember(tar.bytes)
            let fast = try listing(archive, .fastest), slow = try listing(archive, .libarchive)
            XCTAssertNotEqual(fast.format, TarStreamTests.readByKhabar, leftOver)
            XCTAssertEqual(fast.entries, slow.entries, leftOver)
            XCTAssertEqual(fast.error, slow.error, leftOver)
            XCTAssertEqual(fast.entries.first, "regular first.txt \(article.count): \(String(decoding: article, as: UTF8.self))", leftOver)
            XCTAssertEqual(fast.entries.last, "regular last.txt 14: the last entry", leftOver)
        }
    }

    func testAnArchiveWithoutEndBlocksEndsAtTheLastEntry() throws {
        try requireISAL()
        var tar = TarWriter()
        tar.file("a.txt", Array("one".utf8))
        tar.file("b.txt", Array("two".utf8))
        let fast = try listing(gzipMember(tar.bytes), .fastest), slow = try listing(gzipMember(tar.bytes), .libarchive)
        XCTAssertEqual(fast.entries, ["regular a.txt 3: one", "regular b.txt 3: two"])
        XCTAssertEqual(fast.entries, slow.entries)
        XCTAssertNil(fast.error)
        XCTAssertNil(slow.error)
    }

    func testCutAndDamagedArchivesFailAsWithLibarchive() throws {
        try requireISAL()
        var tar = TarWriter()
        tar.file("first.txt", article)
        let firstEnd = tar.bytes.count
        tar.file("second.txt", article)
        tar.end()
        var damaged = tar.bytes
        damaged[firstEnd + 10] ^= 0x55  // inside the second header's name: its checksum fails
        let cases: [(String, [UInt8], String)] = [
            ("cut in data", Array(tar.bytes.prefix(firstEnd + 512 + 100)), "t.tar.gz: entry second.txt: Truncated tar archive"),
            ("cut in header", Array(tar.bytes.prefix(firstEnd + 100)), "t.tar.gz: entry after first.txt: Truncated tar archive"),
            ("damaged header", damaged, "t.tar.gz: entry after first.txt: Damaged tar archive"),
        ]
        for (what, bytes, message) in cases {
            let fast = try listing(gzipMember(bytes), .fastest), slow = try listing(gzipMember(bytes), .libarchive)
            XCTAssertEqual(fast.error, message, what)
            XCTAssertEqual(fast.error, slow.error, what)
            XCTAssertEqual(fast.entries.count, 1, what)
            XCTAssertEqual(Array(fast.entries.prefix(1)), Array(slow.entries.prefix(1)), what)
        }
    }

    /// Archives cut at every 61st byte and changed at random places (three bytes each time):
    /// the same entries and the same error as libarchive, every time. (Where the first header is
    /// damaged the stream is one raw entry either way, which libarchive's gzip filter names after
    /// the gzip header and Khabar's decoder "data", as before this reader: its bytes are compared.)
    func testCutAndChangedArchivesReadAsWithLibarchive() throws {
        try requireISAL()
        var tar = TarWriter()
        tar.pax(["comment": "8a7ac69372d375fc"], global: true)
        tar.file("plain.txt", article)
        tar.longName(String(repeating: "أخبار-", count: 12) + "مقال.txt")
        tar.file("long", Array(article.prefix(700)), magic: .gnu)
        tar.pax(["path": "pax/مقال.txt", "mtime": "1533772800"])
        tar.file("ignored", Array(article.prefix(1500)))
        tar.file("dir/", [], type: UInt8(ascii: "5"))
        tar.file("link.txt", [], type: UInt8(ascii: "2"), link: "plain.txt")
        tar.file("last.txt", Array("the last entry".utf8))
        tar.end()
        let whole = tar.bytes
        var variants: [(String, [UInt8])] = stride(from: 0, to: whole.count, by: 61).map { ("cut at \($0)", Array(whole.prefix($0))) }
        var random = SeededGenerator(seed: 14)
        for k in 0..<150 {
            var changed = whole
            for _ in 0..<3 { changed[Int(random.next() % UInt64(whole.count))] = UInt8(truncatingIfNeeded: random.next()) }
            variants.append(("change \(k)", changed))
        }
        var readHere = 0
        for (what, bytes) in variants {
            let fast = try listing(gzipMember(bytes), .fastest), slow = try listing(gzipMember(bytes), .libarchive)
            if fast.format == TarStreamTests.readByKhabar { readHere += 1 }
            if fast.entries.count == 1, fast.entries[0].hasPrefix("regular data -1: ") {
                XCTAssertEqual(fast.entries[0].dropFirst(17), slow.entries.first?.drop { $0 != ":" }.dropFirst(2), what)
                continue
            }
            XCTAssertEqual(fast.entries, slow.entries, what)
            // A cut inside a pax or long-name header's body: libarchive sets no message there.
            let libarchiveSaid = slow.error?.replacingOccurrences(of: ": unknown libarchive error", with: ": Truncated tar archive")
            XCTAssertEqual(fast.error, libarchiveSaid, what)
        }
        XCTAssertGreaterThan(readHere, variants.count / 2)  // most of them were read here, not handed over
    }

    func testPaxRecords() {
        let body = Array("32 path=أخبار/مقال.txt\n20 mtime=1533772800\n".utf8) + [0, 0]
        let records = TarStream.paxRecords(body)
        XCTAssertEqual(records?.map(\.key), ["path", "mtime"])
        XCTAssertEqual(records.map { String(decoding: $0[0].value, as: UTF8.self) }, "أخبار/مقال.txt")
        XCTAssertNil(TarStream.paxRecords(Array("99 path=x\n".utf8)))  // longer than the body
        XCTAssertNil(TarStream.paxRecords(Array("10 path=xy\n".utf8)))  // length one short: no newline at its end
        XCTAssertNil(TarStream.paxRecords(Array("9 =value\n".utf8)))  // no key
    }
}

/// Tar archives written header by header, for the kinds `TarStream` reads and those it leaves.
private struct TarWriter {
    enum Magic { case ustar, gnu, none }
    var bytes: [UInt8] = []

    mutating func file(_ name: String, _ data: [UInt8], type: UInt8 = UInt8(ascii: "0"), magic: Magic = .ustar,
                       prefix: String = "", link: String = "", declaredSize: Int? = nil, base256Size: Bool = false) {
        var h = [UInt8](repeating: 0, count: 512)
        func put(_ field: [UInt8], at offset: Int) { for (i, b) in field.enumerated() { h[offset + i] = b } }
        precondition(name.utf8.count <= 100 && prefix.utf8.count <= 155)
        put(Array(name.utf8), at: 0)
        put(Array("0000644\0".utf8), at: 100)
        put(Array("0001750\0".utf8), at: 108)
        put(Array("0001750\0".utf8), at: 116)
        let size = declaredSize ?? data.count
        if base256Size {
            h[124] = 0x80
            for i in 0..<8 { h[135 - i] = UInt8(truncatingIfNeeded: size >> (8 * i)) }
        } else {
            put(Array((octal(size, 11) + "\0").utf8), at: 124)
        }
        put(Array("14520000000\0".utf8), at: 136)
        h[156] = type
        put(Array(link.utf8), at: 157)
        switch magic {
        case .ustar: put(Array("ustar\0" .utf8) + Array("00".utf8), at: 257)
        case .gnu: put(Array("ustar  \0".utf8), at: 257)
        case .none: break
        }
        if magic != .none {
            put(Array("khabar".utf8), at: 265)
            put(Array("khabar".utf8), at: 297)
        }
        if magic == .ustar { put(Array(prefix.utf8), at: 345) }
        for i in 148..<156 { h[i] = 0x20 }
        let sum = h.reduce(0) { $0 + Int($1) }
        put(Array((octal(sum, 6) + "\0 ").utf8), at: 148)
        bytes += h
        bytes += data
        bytes += [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
    }

    /// A header of `type` with `body` as its data (pax 'x'/'g', GNU 'L').
    mutating func raw(type: UInt8, body: [UInt8], magic: Magic = .ustar) {
        file("././@Special", body, type: type, magic: magic)
    }

    mutating func pax(_ records: [String: String], global: Bool = false) {
        var body: [UInt8] = []
        for (key, value) in records.sorted(by: { $0.key < $1.key }) {
            let rest = " \(key)=\(value)\n".utf8.count
            var length = rest + 1
            while String(length).count + rest != length { length += 1 }
            body += Array("\(length) \(key)=\(value)\n".utf8)
        }
        raw(type: UInt8(ascii: global ? "g" : "x"), body: body)
    }

    mutating func longName(_ name: String) {
        raw(type: UInt8(ascii: "L"), body: Array(name.utf8) + [0], magic: .gnu)
    }

    mutating func end() { bytes += [UInt8](repeating: 0, count: 1024) }

    private func octal(_ v: Int, _ width: Int) -> String {
        let digits = String(v, radix: 8)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
