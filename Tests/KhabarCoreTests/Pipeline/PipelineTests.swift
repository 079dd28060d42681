import XCTest
@testable import KhabarCore

final class PipelineTests: XCTestCase {
    func testOutputIsTheSameWhateverTheNumberOfWorkers() throws {
        let inputs = [try TestPaths.shared("news-small.tar.gz"), TestPaths.fixture("mixed.tar.gz"), TestPaths.seed]
        let one = try runPipeline(inputs, jobs: 1)
        let four = try runPipeline(inputs, jobs: 4) { $0.batchBytes = 64 << 10 }  // many small batches
        XCTAssertEqual(one.rows, four.rows)
        XCTAssertEqual(one.documentLines, four.documentLines)
        XCTAssertEqual(one.notes, four.notes)
        XCTAssertEqual(one.counters, four.counters)
    }

    func testSourcesReadInParallelGiveTheSameOutput() throws {
        let inputs = [try TestPaths.shared("news-small.tar.gz"), TestPaths.fixture("ant-6.tar.gz"),
                      TestPaths.fixture("mixed.tar.gz"), TestPaths.seed]
        for render in [false, true] {
            let one = try runPipeline(inputs, jobs: 2) { $0.readers = 1; $0.renderDocuments = render; $0.batchBytes = 16 << 10 }
            // Three readers, many small batches, and few light slots: sources behind the first
            // run ahead until their waiting outputs fill the slots.
            let three = try runPipeline(inputs, jobs: 2) {
                $0.readers = 3; $0.renderDocuments = render; $0.batchBytes = 16 << 10; $0.lightOutputsWaiting = 3
            }
            XCTAssertEqual(one.rows, three.rows)
            XCTAssertEqual(one.documentLines, three.documentLines)
            XCTAssertEqual(one.notes, three.notes)
            XCTAssertEqual(one.counters, three.counters)
            XCTAssertEqual(one.counters.documents, 707 + 6 + 10 + 2)
        }
    }

    func testOnlyLightOutputsLetTheirReaderRunAhead() throws {
        let (sources, _) = try InputExpansion.expand([try TestPaths.shared("news-small.tar.gz")])
        for render in [false, true] {
            var configuration = PipelineConfiguration(jobs: 2)
            configuration.renderDocuments = render
            var early = 0, outputs = 0
            _ = Pipeline.run(sources: sources, configuration: configuration) { output in
                outputs += 1
                if output.releasedEarly { early += 1 }
                // Terms only: counters, no lines. Documents rendered: a 1 MiB batch makes more
                // than 16 KiB of JSON lines, which wait for their turn in the reader's slots.
                XCTAssertEqual(output.releasedEarly, output.retainedBytes <= PipelineConfiguration.lightOutputBytes)
            }
            XCTAssertGreaterThan(outputs, 1)
            XCTAssertEqual(early, render ? 0 : outputs, "render: \(render)")
        }
    }

    /// The six fixture articles in Windows-1256, UTF-16 (both byte orders) and ISO-8859-6 are
    /// found by default and give the terms and documents of their UTF-8 originals; read as UTF-8
    /// (`--encoding utf-8`) their letters are invalid bytes.
    func testArticlesInLegacyEncodingsGiveTheReportsOfTheirUTF8() throws {
        let utf8 = try runPipeline([TestPaths.fixture("ant-6.tar.gz")])
        func documents(_ r: RunOutput) -> [String] {
            String(decoding: r.documentLines, as: UTF8.self).split(separator: "\n").map {
                String($0).replacingOccurrences(of: #"^\{"id":"[^:]*:"#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #""archive":"[^"]*""#, with: "", options: .regularExpression)
            }
        }
        for (file, encoding, count) in [("ant-6-windows-1256.tar.gz", "windows-1256", 6), ("ant-6-utf-16.tar.gz", "utf-16le", 3)] {
            let run = try runPipeline([TestPaths.fixture(file)])
            XCTAssertEqual(run.rows, utf8.rows, file)
            XCTAssertEqual(documents(run), documents(utf8), file)
            XCTAssertEqual(run.counters.decodedEntries[encoding], count, file)
            XCTAssertEqual(run.counters.invalidBytes, 0, file)
            XCTAssertEqual(run.counters.datedDocuments, 6, file)
        }
        let utf16 = try runPipeline([TestPaths.fixture("ant-6-utf-16.tar.gz")])
        XCTAssertEqual(utf16.counters.decodedEntries, ["utf-16le": 3, "utf-16be": 3])
        XCTAssertEqual(utf16.counters.decodedExamples["utf-16be"], "ant-6-utf-16.tar.gz:ant-6/bbc/BB-culture-175-20180527.txt")
        // ISO-8859-6: five articles (not Jawhara FM's, which has an é); their documents are the
        // UTF-8 ones' less that one.
        let iso = try runPipeline([TestPaths.fixture("ant-6-iso-8859-6.tar.gz")])
        XCTAssertEqual(iso.counters.decodedEntries, ["iso-8859-6": 5])
        XCTAssertEqual(documents(iso), documents(utf8).filter { !$0.contains("JA-diverse-1-20170120") })
        // Read as UTF-8, Windows-1256 is invalid bytes: none of the articles' frequent words is
        // left (a letter and a comma make a valid pair now and then: غ، is DA A1, U+06A1).
        let strict = try runPipeline([TestPaths.fixture("ant-6-windows-1256.tar.gz")]) { $0.encoding = .utf8 }
        XCTAssertEqual(strict.counters.decodedEntries, [:])
        XCTAssertEqual(strict.counters.documentsWithInvalidBytes, 6)
        XCTAssertGreaterThan(strict.counters.invalidBytes, 5000)
        let arabic = utf8.rows.filter { $0.term.unicodeScalars.allSatisfy { (0x0621...0x064A).contains($0.value) } }
        let frequent = Set(arabic.prefix(50).map(\.term))
        XCTAssertEqual(frequent.count, 50)
        XCTAssertFalse(strict.rows.contains { frequent.contains($0.term) })
        XCTAssertEqual(utf8.counters.decodedEntries, [:])
    }

    func testNewsSmallCounts() throws {
        let run = try runPipeline([try TestPaths.shared("news-small.tar.gz")])
        XCTAssertEqual(run.counters.documents, 707)
        XCTAssertEqual(run.counters.tokens, 160_784)
        XCTAssertEqual(run.counters.skipped, [:])
        XCTAssertEqual(run.counters.bytes, 1_791_149)  // the corpus README's uncompressed size
        XCTAssertEqual(run.errors, 0)
        let docs = run.documents
        XCTAssertEqual(docs[0]["id"] as? String, "news-small.tar.gz:news-small/alarabiya/culture/AL-culture-187-20180322.txt")
        XCTAssertEqual(docs[0]["date_raw"] as? String, "Thu, 22 Mar 2018 03:39:39 +0400")
        XCTAssertEqual(docs[0]["source"] as? String, "alarabia")
    }

    func testSeedDocuments() throws {
        let docs = try runPipeline([TestPaths.seed]).documents
        XCTAssertEqual(docs.map { $0["id"] as? String }, ["000_8a7ac69372d375fc.txt:000_8a7ac69372d375fc.txt",
                                                          "000_8a7ac69372d375fc.txt:000_8a7ac69372d375fc.txt#related"])
        XCTAssertEqual(docs.map { $0["tokens"] as? Int }, [142, 187])
        XCTAssertEqual(docs.map { $0["kind"] as? String }, ["article", "related"])
        XCTAssertEqual(docs[1]["parent"] as? String, "000_8a7ac69372d375fc.txt:000_8a7ac69372d375fc.txt")
    }

    func testMixedArchiveReportsEverySkip() throws {
        let run = try runPipeline([TestPaths.fixture("mixed.tar.gz")])
        XCTAssertEqual(run.counters.documents, 10)  // 2 pages + 6 JSON lines + 2 pages in the nested zip
        XCTAssertEqual(run.counters.skipped, ["empty": 1, "unsupported-type": 1, "bad-json-record": 1])
        XCTAssertEqual(run.counters.skippedExamples["unsupported-type"], "mixed.tar.gz:mixed/media/logo.png")
        XCTAssertEqual(run.counters.lost, 1)
        XCTAssertEqual(run.errors, 0)
        XCTAssertTrue(run.notes.contains { $0.entry == "mixed/json/articles.jsonl" && $0.message.hasPrefix("line 4 skipped") })
        XCTAssertTrue(run.notes.contains { $0.entry == "mixed/pages/empty.txt" })
        let ids = run.documents.compactMap { $0["id"] as? String }
        XCTAssertTrue(ids.contains("mixed.tar.gz:mixed/inner.zip/ant-6/skynews/SK-economy-1127-20180806.txt"), "\(ids)")
    }

    func testEveryFormatGivesTheSameTerms() throws {
        let reference = try runPipeline([TestPaths.fixture("ant-6")]).rows
        XCTAssertEqual(reference.count, 930)  // = scripts/reference_terms.py on ant-6.tar.gz
        for name in ["ant-6.tar.gz", "ant-6.tar.xz", "ant-6.tar.bz2", "ant-6.tar.zst", "ant-6.tar.lz4", "ant-6.7z",
                     "ant-6.cpio", "ant-6.json"] {
            XCTAssertEqual(try runPipeline([TestPaths.fixture(name)]).rows, reference, name)
        }
        // The JSONL file has a broken line but the same six articles.
        XCTAssertEqual(try runPipeline([TestPaths.fixture("ant-6.jsonl")]).rows, reference)
    }

    func testFolderIdsUseRelativePaths() throws {
        let docs = try runPipeline([TestPaths.fixture("ant-6")]).documents
        XCTAssertEqual(docs.count, 6)
        XCTAssertEqual(docs[0]["id"] as? String, "ant-6:alarabiya/AL-culture-187-20180322.txt")
        XCTAssertEqual(docs.map { $0["archive"] as? String }, Array(repeating: "ant-6", count: 6))
    }

    func testLoneCompressedFileIsNamedAfterItself() throws {
        let docs = try runPipeline([TestPaths.fixture("ant-cnn.txt.gz")]).documents
        XCTAssertEqual(docs.map { $0["id"] as? String }, ["ant-cnn.txt.gz:ant-cnn.txt"])
    }

    func testTruncatedAndCorruptArchivesAreErrors() throws {
        let truncated = try runPipeline([TestPaths.fixture("truncated.tar.gz")])
        XCTAssertEqual(truncated.errors, 1)
        XCTAssertEqual(truncated.notes.first { $0.severity == .error }?.archive, "truncated.tar.gz")
        let corrupt = try runPipeline([TestPaths.fixture("corrupt.tar.gz"), TestPaths.seed])
        XCTAssertEqual(corrupt.errors, 1)
        XCTAssertEqual(corrupt.notes.first { $0.severity == .error }?.description,
                       "corrupt.tar.gz: entry after ant-6/cnn/CN-economy-152-20180809.txt: Damaged tar archive")
    }

    func testEntriesOverTheSizeLimitAreSkippedAndReported() throws {
        let run = try runPipeline([TestPaths.fixture("ant-6.tar.gz")]) { $0.maxEntryBytes = 3000 }
        XCTAssertGreaterThan(run.counters.skipped["too-large"] ?? 0, 0)
        XCTAssertEqual(run.counters.documents + (run.counters.skipped["too-large"] ?? 0), 6)
        XCTAssertTrue(run.notes.allSatisfy { $0.message.contains("--max-entry-size") })
    }

    func testDataNamedAsAnArchiveThatIsNoneIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-junk-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Plain text named .tar.gz: libarchive reads it as one raw stream, named junk.tar, which
        // was opened as an archive again and again until the nesting limit.
        let junk = dir.appendingPathComponent("junk.tar.gz")
        try Data("نص عادي وليس أرشيفا".utf8).write(to: junk)
        let run = try runPipeline([junk.path])
        XCTAssertEqual(run.errors, 1)
        XCTAssertEqual(run.notes.map(\.description),
                       ["junk.tar.gz: Unrecognized archive format (neither an archive nor compressed data libarchive can read)"])
        // The same bytes as an entry x.zip of a folder: a bad nested archive, the rest is read.
        let folder = dir.appendingPathComponent("folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: junk, to: folder.appendingPathComponent("x.zip"))
        try FileManager.default.copyItem(atPath: TestPaths.seed, toPath: folder.appendingPathComponent("seed.txt").path)
        let nested = try runPipeline([folder.path])
        XCTAssertEqual(nested.errors, 1)  // a folder's archive is a source of its own: its failure is an error
        XCTAssertEqual(nested.counters.documents, 2)
    }

    func testMissingInputAndEmptyFolderAreInputErrors() throws {
        XCTAssertThrowsError(try InputExpansion.expand(["/nonexistent.tar.gz"])) { error in
            XCTAssertEqual("\(error)", "/nonexistent.tar.gz: no such file or directory")
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-empty-\(getpid())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: empty.appendingPathComponent("a.png").path, contents: Data([1])))
        defer { try? FileManager.default.removeItem(at: empty) }
        XCTAssertThrowsError(try InputExpansion.expand([empty.path])) { error in
            XCTAssertTrue("\(error)".contains("nothing readable"), "\(error)")
        }
    }
}

import Foundation

/// Archives inside a tar are read as the outer entry's blocks come (`ArchiveReader(entryOf:)`).
final class NestedArchiveTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-nested-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    func testArchivesInATarGiveWhatTheyGiveOnTheirOwn() throws {
        let small = try TestPaths.shared("news-small.tar.gz")
        let inputs = [TestPaths.fixture("ant-6.tar.gz"), TestPaths.fixture("ant-6.tar.xz"), small]
        let outer = makeTar([("a/ant-6.tar.gz", TestPaths.bytes(inputs[0])), ("a/ant-6.tar.xz", TestPaths.bytes(inputs[1])),
                             ("a/news-small.tar.gz", TestPaths.bytes(small))])
        let path = try write(outer, "outer.tar")
        let alone = try runPipeline(inputs)
        // Each nested archive is larger than the entry limit: streamed, it is read all the same
        // (its pages are the entries the limit is about).
        let nested = try runPipeline([path]) { $0.maxEntryBytes = 100_000 }
        XCTAssertEqual(nested.errors, 0)
        XCTAssertEqual(nested.counters.skipped, [:])
        XCTAssertEqual(nested.counters.documents, 6 + 6 + 707)
        XCTAssertEqual(nested.rows, alone.rows)
        XCTAssertEqual(nested.documents.first?["id"] as? String, "outer.tar:a/ant-6.tar.gz/ant-6/alarabiya/AL-culture-187-20180322.txt")
    }

    func testADamagedOrTooDeepArchiveInsideIsSkippedAndNamed() throws {
        let gz = TestPaths.bytes(TestPaths.fixture("ant-6.tar.gz"))
        let deep = makeTar([("b/inner.tar", makeTar([("c/ant-6.tar.gz", gz)]))])
        let outer = makeTar([("a/cut.tar.gz", Array(gz.prefix(2000))), ("a/deep.tar", deep), ("a/ok.tar.gz", gz)])
        let run = try runPipeline([try write(outer, "outer.tar")])
        XCTAssertEqual(run.errors, 0)
        XCTAssertEqual(run.counters.skipped[SkipReason.badNestedArchive], 2)
        // The cut archive's first page is whole in its 2,000 bytes: ISA-L's inflate gives it;
        // libarchive's gzip filter fails at opening a gzip stream cut in its first block
        // (`bsdtar -tf` lists nothing), so without ISA-L only ok.tar.gz's 6 pages are read.
        XCTAssertEqual(run.counters.documents, (ArchiveReader.inflatesGzipWithISAL ? 1 : 0) + 6)
        let messages = run.notes.map(\.description)
        XCTAssertEqual(messages.count, 2)
        XCTAssertTrue(messages[0].hasPrefix("outer.tar: entry a/cut.tar.gz"), messages[0])
        XCTAssertTrue(messages[0].contains("skipped nested archive"), messages[0])
        XCTAssertEqual(messages[1], "outer.tar: entry a/deep.tar/b/inner.tar/c/ant-6.tar.gz: skipped: archive nested more than 2 levels deep")
    }
}

/// Files an operating system adds beside the data are skipped by name, in archives and folders.
final class SystemMetadataTests: XCTestCase {
    /// The start of a real AppleDouble file (magic 00 05 16 07, version 2, filler): binary.
    private let appleDouble: [UInt8] = [0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00] + Array("Mac OS X        ".utf8)
        + [0x00, 0x02, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x32, 0x00, 0x00, 0x0E, 0xB0, 0xFF, 0xFE]

    func testAppleDoubleFilesAndMacOSXFoldersAreSkipped() throws {
        XCTAssertTrue(EntryFormat.isSystemMetadata("corpus/._a.txt"))
        XCTAssertTrue(EntryFormat.isSystemMetadata("._a.txt"))
        XCTAssertTrue(EntryFormat.isSystemMetadata("__MACOSX/corpus/a.txt"))
        XCTAssertTrue(EntryFormat.isSystemMetadata("x/__MACOSX/a.json"))
        XCTAssertFalse(EntryFormat.isSystemMetadata("corpus/a.txt"))
        XCTAssertFalse(EntryFormat.isSystemMetadata("corpus/.a.txt"))
        XCTAssertFalse(EntryFormat.isSystemMetadata("corpus/._"))
        XCTAssertFalse(EntryFormat.isSystemMetadata("__MACOSX2/a.txt"))
        XCTAssertFalse(EntryFormat.isSystemMetadata("a__MACOSX/a.txt"))

        let seed = TestPaths.bytes(TestPaths.seed)
        let entries: [(path: String, bytes: [UInt8])] = [
            ("corpus/a.txt", seed), ("corpus/._a.txt", appleDouble), ("__MACOSX/corpus/._a.txt", appleDouble),
        ]
        try TestPaths.withTemporaryFolder("os-metadata") { folder in
            let tar = folder.appendingPathComponent("corpus.tar")
            try Data(makeTar(entries)).write(to: tar)
            let run = try runPipeline([tar.path])
            XCTAssertEqual(run.counters.documents, 2)  // the seed's article and its related one
            XCTAssertEqual(run.counters.invalidBytes, 0)
            XCTAssertEqual(run.counters.skipped, [SkipReason.systemMetadata: 2])
            XCTAssertEqual(run.counters.skippedExamples[SkipReason.systemMetadata], "corpus.tar:corpus/._a.txt")
            // The same files in a folder.
            let dir = folder.appendingPathComponent("unpacked")
            for (path, bytes) in entries {
                let url = dir.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            let (sources, skipped) = try InputExpansion.expand([dir.path])
            XCTAssertEqual(skipped.counts, [SkipReason.systemMetadata: 2])
            XCTAssertEqual(sources.count, 1)
        }
    }
}
