import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// End-to-end: runs the `khabar` binary that `swift test` built.
final class CLITests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("seeds/000_8a7ac69372d375fc.txt").path
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }

    /// The binary next to the test bundle (both are build products of the same configuration).
    static var binary: URL {
        var dir = Bundle(for: CLITests.self).bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("khabar")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/khabar")
    }

    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    @discardableResult
    func khabar(_ arguments: [String], stdin: Data? = nil, cwd: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = cwd ?? CLITests.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so neither fills up.
        let errData = LockedData()
        let errThread = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: [UInt8](outData), stderr: String(decoding: errData.get(), as: UTF8.self))
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// Runs khabar with its standard output sent to the file at `path` (as a shell's `> file`
    /// does): returns the exit status and standard error.
    func khabar(_ arguments: [String], stdoutFile path: String, created: () -> Void = {}) throws -> (status: Int32, stderr: String) {
        FileManager.default.createFile(atPath: path, contents: nil)
        created()
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLITests.root
        let err = Pipe()
        process.standardOutput = handle
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    /// A report named /dev/stdout, /dev/fd/1 or /proc/self/fd/1 goes to standard output, whatever
    /// it is: here a file. (A temporary file renamed over /dev/stdout replaced the link itself,
    /// as root, and the lines never reached the file.) Two reports on standard output are an
    /// error; a report through a symbolic link to a file leaves the link in place.
    func testStandardOutputNamedAsAFile() throws {
        let dir = try temporaryDirectory()
        var stdoutLink = stat()
        let linkWasThere = lstat("/dev/stdout", &stdoutLink) == 0 && stdoutLink.st_mode & S_IFMT == S_IFLNK
        let file = dir.appendingPathComponent("mentions.jsonl").path
        XCTAssertEqual(try khabar(["actors", CLITests.seed, "--mentions", file, "-o", "/dev/null", "-q"]).status, 0)
        let expected = try XCTUnwrap(FileManager.default.contents(atPath: file))
        XCTAssertEqual(String(decoding: expected, as: UTF8.self).split(separator: "\n").count, 58)  // the seed's mentions
        for name in ["/dev/fd/1", "/proc/self/fd/1"] + (linkWasThere ? ["/dev/stdout"] : []) {
            let out = dir.appendingPathComponent("out-\(name.split(separator: "/").joined(separator: "-")).jsonl").path
            var before = stat(), after = stat()
            let r = try khabar(["actors", CLITests.seed, "--mentions", name, "-o", "/dev/null", "-q"], stdoutFile: out) {
                XCTAssertEqual(stat(out, &before), 0)
            }
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(FileManager.default.contents(atPath: out), expected, name)
            // Written through the descriptor: the same file, not a new one renamed over it (which
            // the shell's descriptor would no longer reach).
            XCTAssertEqual(stat(out, &after), 0)
            XCTAssertEqual(after.st_ino, before.st_ino, name)
        }
        if linkWasThere {
            XCTAssertTrue(lstat("/dev/stdout", &stdoutLink) == 0 && stdoutLink.st_mode & S_IFMT == S_IFLNK, "/dev/stdout is no longer a link")
        }
        let both = try khabar(["actors", CLITests.seed, "--mentions", "/dev/fd/1"])
        XCTAssertEqual(both.status, 1)
        XCTAssertTrue(both.stderr.contains("another report already goes to standard output"), both.stderr)
        // Through a link to a file: the file is replaced, the link stays.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("real"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: dir.appendingPathComponent("real/a.csv"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("a.csv").path, withDestinationPath: "real/a.csv")
        XCTAssertEqual(try khabar(["actors", CLITests.seed, "-o", dir.appendingPathComponent("a.csv").path, "-q"]).status, 0)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("a.csv").path), "real/a.csv")
        XCTAssertTrue(String(decoding: FileManager.default.contents(atPath: dir.appendingPathComponent("real/a.csv").path)!, as: UTF8.self)
            .hasPrefix("actor,type,mentions"))
    }

    /// `report --out` on a file, or under one: exit 1 with the file named, nothing written;
    /// missing folders are made.
    func testReportOutIsAFolder() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("a-file").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        for out in [file, file + "/sub"] {
            let r = try khabar(["report", CLITests.seed, "--out", out, "-q"])
            XCTAssertEqual(r.status, 1)
            XCTAssertEqual(r.stderr, "khabar: error: \(file): not a folder\n")
        }
        XCTAssertEqual(FileManager.default.contents(atPath: file), Data("x".utf8))
        let nested = dir.appendingPathComponent("a/b").path
        XCTAssertEqual(try khabar(["report", CLITests.seed, "--out", nested, "-q"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: nested + "/actors.csv"))
    }

    /// A report written into the folder it reads is not read back by the next run (nor by
    /// another command): the same documents, its files counted as skipped "own-output".
    func testReportsInsideTheInputFolderAreNotRead() throws {
        let dir = try temporaryDirectory()
        let folder = dir.appendingPathComponent("ant-6")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLITests.fixture("ant-6")), to: folder)
        let out = folder.appendingPathComponent("khabar-report").path
        let first = try khabar(["report", folder.path, "--out", out])
        XCTAssertEqual(first.status, 0, first.stderr)
        let documents = try XCTUnwrap(FileManager.default.contents(atPath: out + "/documents.jsonl"))
        let second = try khabar(["report", folder.path, "--out", out])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stderr.contains("6 documents (0 related)"), second.stderr)
        XCTAssertTrue(second.stderr.contains("own-output"), second.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: out + "/documents.jsonl"), documents)
        // Another command on the folder leaves the earlier run's report folder out too.
        let terms = try khabar(["terms", folder.path, "--top", "1"])
        XCTAssertEqual(terms.status, 0, terms.stderr)
        XCTAssertTrue(terms.stderr.contains("6 documents (0 related)"), terms.stderr)
    }

    func testTermsOnTheSeed() throws {
        let r = try khabar(["terms", CLITests.seed, "--top", "4"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.text, "term,count,docs\nبوتين,6,2\nالكرملين,4,2\nالنزاع,4,2\nالاسرائيلي,3,1\n")
        XCTAssertTrue(r.stderr.contains("khabar: 2 documents (1 related) from 1 entries in 1 input; 0 skipped; 1 dated, 1 without a date; 329 tokens"), r.stderr)
    }

    func testTermsJSONLAndBOMAndOutputFile() throws {
        let jsonl = try khabar(["terms", CLITests.seed, "--top", "1", "--format", "jsonl", "-q"])
        XCTAssertEqual(jsonl.text, "{\"term\":\"بوتين\",\"count\":6,\"docs\":2}\n")
        XCTAssertEqual(jsonl.stderr, "")
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("t.csv").path
        let r = try khabar(["terms", CLITests.seed, "--top", "1", "--bom", "--crlf", "-o", path, "-q"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, [])
        XCTAssertEqual([UInt8](FileManager.default.contents(atPath: path)!),
                       [0xEF, 0xBB, 0xBF] + Array("term,count,docs\r\nبوتين,6,2\r\n".utf8))
    }

    func testRawProfileOptions() throws {
        let r = try khabar(["terms", CLITests.seed, "--stopwords", "none", "--numbers", "--min-length", "1", "--top", "3", "-q"])
        XCTAssertEqual(r.text, "term,count,docs\nفي,20,2\nان,8,2\nعلي,7,2\n")
        let bigrams = try khabar(["terms", CLITests.seed, "--ngram", "2", "--top", "1", "-q"])
        XCTAssertEqual(bigrams.text, "term,count,docs\nدور بناء,3,1\n")
    }

    func testStopwordFile() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("stop.txt")
        try Data("# my list\nبوتين\nالكرملين  # the Kremlin\n".utf8).write(to: file)
        let r = try khabar(["terms", CLITests.seed, "--stopwords", "ar,\(file.path)", "--top", "1", "-q"])
        XCTAssertEqual(r.text, "term,count,docs\nالنزاع,4,2\n")
        let bad = try khabar(["terms", CLITests.seed, "--stopwords", "xx"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("'xx' is not ar, en, none or a readable UTF-8 file"), bad.stderr)
    }

    func testDocsOnTheSeed() throws {
        let r = try khabar(["docs", CLITests.seed, "-q"])
        XCTAssertEqual(r.status, 0)
        let lines = r.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[0].hasPrefix("{\"id\":\"000_8a7ac69372d375fc.txt:000_8a7ac69372d375fc.txt\",\"archive\":\"000_8a7ac69372d375fc.txt\""))
        XCTAssertTrue(lines[1].contains("\"kind\":\"related\",\"parent\":\"000_8a7ac69372d375fc.txt:000_8a7ac69372d375fc.txt\",\"title\":\"الصين مستعدة لأداء \\\"دور بناء\\\" لإنهاء حرب أوكرانيا\""))
        XCTAssertTrue(lines[0].hasSuffix("\"source\":\"RT\",\"url\":null,\"tags\":[\"الجيش الإسرائيلي الحرب على غزة القضية الفلسطينية الكرملين بنيامين نتنياهو طوفان الأقصى فلاديمير بوتين قطاع غزة\"],\"body_lines\":7,\"tokens\":142,\"invalid_bytes\":0}"))
    }

    func testArchiveStreamOnStandardInput() throws {
        let zst = try Data(contentsOf: URL(fileURLWithPath: CLITests.fixture("ant-6.tar.zst")))
        let r = try khabar(["terms", "-", "--top", "2", "-q"], stdin: zst)
        let file = try khabar(["terms", CLITests.fixture("ant-6.tar.gz"), "--top", "2", "-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.text, file.text)
        XCTAssertEqual(r.text, "term,count,docs\nالعالم,15,3\nالعربية,13,4\n")
        let page = try Data(contentsOf: URL(fileURLWithPath: CLITests.seed))
        let plain = try khabar(["docs", "-", "-q"], stdin: page)
        XCTAssertEqual(plain.text.split(separator: "\n").count, 2)
        XCTAssertTrue(plain.text.hasPrefix("{\"id\":\"stdin:-\""))
        // A web page piped in (starts with '<'): read as HTML, its title from the head.
        let html = Data("<!DOCTYPE html><html><head><title>خبر عاجل</title></head><body><p>نص الخبر</p></body></html>".utf8)
        let web = try khabar(["docs", "-", "-q"], stdin: html)
        XCTAssertEqual(web.status, 0, web.stderr)
        XCTAssertTrue(web.text.contains("\"title\":\"خبر عاجل\""), web.text)
        XCTAssertTrue(web.text.contains("\"body_lines\":1,\"tokens\":4,"), web.text)
    }

    func testJSONOnStandardInputIsStreamedWithTheLimitPerRecord() throws {
        // JSON Lines piped in: read as a stream, so --max-entry-size applies to each line (the
        // 4,102- and 4,933-byte lines 3 and 5 go; the whole 17.6 kB stream would have gone).
        let jsonl = try Data(contentsOf: URL(fileURLWithPath: CLITests.fixture("ant-6.jsonl")))
        let r = try khabar(["docs", "-", "--max-entry-size", "3000"], stdin: jsonl)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.text.split(separator: "\n").map { String($0.prefix(18)) },
                       ["{\"id\":\"stdin:-:1\",", "{\"id\":\"stdin:-:2\",", "{\"id\":\"stdin:-:6\",", "{\"id\":\"stdin:-:7\","])
        XCTAssertTrue(r.stderr.contains("khabar: warning: stdin: entry -: line 5 skipped: larger than --max-entry-size 3000 bytes"), r.stderr)
        // A JSON array piped in: items, numbered as in a file.
        let array = try Data(contentsOf: URL(fileURLWithPath: CLITests.fixture("ant-6.json")))
        let a = try khabar(["docs", "-", "-q"], stdin: array)
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.text.split(separator: "\n").map { String($0.prefix(18)) },
                       (1...6).map { "{\"id\":\"stdin:-:\($0)\"," })
    }

    func testAStoppedRunRemovesItsTemporaryFiles() throws {
        let bench = CLITests.root.appendingPathComponent("../shared/corpora/news-bench.tar.gz").standardized.path
        guard FileManager.default.fileExists(atPath: bench) else {
            throw XCTSkip("../shared/corpora/news-bench.tar.gz is missing: a corpus long enough to stop a run in")
        }
        for sig in [SIGTERM, SIGINT] {
            let dir = try temporaryDirectory()
            let process = Process()
            process.executableURL = CLITests.binary
            process.arguments = ["report", bench, "-q", "--out", dir.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Stopped once the reports are being written (their temporary files exist).
            var waited = 0
            while (try FileManager.default.contentsOfDirectory(atPath: dir.path)).isEmpty && waited < 600 {
                usleep(50_000)
                waited += 1
            }
            usleep(200_000)
            XCTAssertTrue(process.isRunning, "the run ended before it could be stopped")
            kill(process.processIdentifier, sig)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal)
            XCTAssertEqual(process.terminationStatus, sig)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [], "signal \(sig)")
        }
    }

    func testMissingInputExitsOneNamingIt() throws {
        let r = try khabar(["terms", "no-such-corpus.tar.gz"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "khabar: error: no-such-corpus.tar.gz: no such file or directory\n")
        XCTAssertEqual(r.stdout, [])
    }

    func testCorruptArchiveLeavesNoReportAndKeepsTheOldOne() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("terms.csv").path
        try Data("previous report\n".utf8).write(to: URL(fileURLWithPath: path))
        let r = try khabar(["terms", CLITests.fixture("corrupt.tar.gz"), "-o", path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("khabar: error: corrupt.tar.gz: entry after ant-6/cnn/CN-economy-152-20180809.txt: Damaged tar archive"), r.stderr)
        XCTAssertTrue(r.stderr.contains("no report written"), r.stderr)
        XCTAssertEqual(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self), "previous report\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["terms.csv"])
    }

    func testSkippedRecordsExitTwoWithMessagesAndSummary() throws {
        let r = try khabar(["terms", CLITests.fixture("mixed.tar.gz"), "--top", "1"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.text, "term,count,docs\nالعربية,25,7\n")
        XCTAssertTrue(r.stderr.contains("khabar: warning: mixed.tar.gz: entry mixed/json/articles.jsonl: line 4 skipped: not valid JSON"), r.stderr)
        XCTAssertTrue(r.stderr.contains("khabar: warning: mixed.tar.gz: entry mixed/pages/empty.txt: skipped: empty"), r.stderr)
        XCTAssertTrue(r.stderr.contains("3 skipped: 1 bad-json-record (e.g. mixed.tar.gz:mixed/json/articles.jsonl:4), 1 empty (e.g. mixed.tar.gz:mixed/pages/empty.txt), 1 unsupported-type (e.g. mixed.tar.gz:mixed/media/logo.png)"), r.stderr)
    }

    /// Windows-1256 pages are read as such by default and said so in the summary line and in
    /// summary.json; `--encoding utf-8` reads them as UTF-8 (invalid bytes, counted); a named
    /// encoding that Khabar does not know is a usage error.
    func testLegacyEncodingIsFoundAndReported() throws {
        let legacy = CLITests.fixture("ant-6-windows-1256.tar.gz")
        let plain = try khabar(["terms", CLITests.fixture("ant-6.tar.gz"), "--top", "5"])
        let found = try khabar(["terms", legacy, "--top", "5"])
        XCTAssertEqual(found.status, 0)
        XCTAssertEqual(found.text, plain.text)
        XCTAssertTrue(found.stderr.contains("; 6 entries read as Windows-1256, not UTF-8 (e.g. ant-6-windows-1256.tar.gz:ant-6/alarabiya/AL-culture-187-20180322.txt);"), found.stderr)
        let strict = try khabar(["terms", legacy, "--top", "5", "--encoding", "utf-8"])
        XCTAssertEqual(strict.status, 0)
        XCTAssertNotEqual(strict.text, plain.text)
        XCTAssertTrue(strict.stderr.contains("bytes are not valid UTF-8"), strict.stderr)
        XCTAssertFalse(strict.stderr.contains("read as Windows-1256"), strict.stderr)
        let dir = try temporaryDirectory()
        let report = try khabar(["report", legacy, "--out", dir.path, "-q"])
        XCTAssertEqual(report.status, 0, report.stderr)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("summary.json"))) as! [String: Any]
        XCTAssertEqual(summary["decoded_entries"] as? [String: Int], ["windows-1256": 6])
        XCTAssertEqual((summary["options"] as? [String: Any])?["encoding"] as? String, "auto")
        let bad = try khabar(["terms", legacy, "--encoding", "latin9"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--encoding"), bad.stderr)
    }

    func testUsageErrorsAndHelp() throws {
        let bad = try khabar(["terms", CLITests.seed, "--ngram", "4"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--ngram must be 1, 2 or 3"), bad.stderr)
        let help = try khabar(["terms", "--help"])
        for option in ["--top", "--min-count", "--ngram", "--stopwords", "--numbers", "--min-length", "--format",
                       "--bom", "--crlf", "--output", "--jobs", "--max-entry-size", "--text-field", "--title-field",
                       "--date-field", "--encoding", "--fold-teh-marbuta", "--quiet", "--max-warnings", "Memory:"] {
            XCTAssertTrue(help.text.contains(option), "help lacks \(option)")
        }
        let root = try khabar(["--help"])
        XCTAssertTrue(root.text.contains("Exit status"), root.text)
        let budget = try khabar(["terms", CLITests.seed, "--max-memory", "lots"])
        XCTAssertEqual(budget.status, 64)
        XCTAssertTrue(budget.stderr.contains("--max-memory: 'lots' is not a size"), budget.stderr)
        XCTAssertTrue(help.text.contains("--max-memory") && help.text.contains("--spill-dir"), "help lacks the budget options")
        // A folder where nothing can be created (/proc, even for root): exit 1, named, nothing written.
        let unwritable = try khabar(["terms", CLITests.seed, "--max-memory", "1G", "--spill-dir", "/proc"])
        XCTAssertEqual(unwritable.status, 1)
        XCTAssertTrue(unwritable.stderr.contains("spilling counts to disk: /proc/khabar-spill-"), unwritable.stderr)
        XCTAssertEqual(unwritable.stdout, [])
    }

    /// Bigrams of news-small under an 8 MiB budget: the tables spill sorted runs to --spill-dir,
    /// the report is the same as counted in memory, and the runs are gone afterwards.
    func testReportUnderAMemoryBudgetSpillsAndMatches() throws {
        let small = CLITests.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/news-small.tar.gz").path
        guard FileManager.default.fileExists(atPath: small) else {
            throw XCTSkip("../shared/corpora/news-small.tar.gz is missing (the shared corpora live beside the repository)")
        }
        let dir = try temporaryDirectory()
        let spill = dir.appendingPathComponent("spill").path
        try FileManager.default.createDirectory(atPath: spill, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("report").path
        let r = try khabar(["report", small, "--out", out, "--ngram", "2", "--max-memory", "8M", "--spill-dir", spill, "-q", "-j", "1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let summary = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: out + "/summary.json")!) as! [String: Any]
        XCTAssertGreaterThan(summary["spilled_runs"] as? Int ?? 0, 0, "an 8 MiB budget should make news-small's bigrams spill")
        XCTAssertEqual((summary["options"] as? [String: Any])?["max_memory"] as? String, "8M")
        // Which gzip inflater ran, as --version says.
        let version = try khabar(["--version"]).text
        XCTAssertEqual(summary["gzip_inflater"] as? String, version.contains("ISA-L") ? "isa-l" : "libarchive", version)
        XCTAssertEqual(summary["bzip2_decoder"] as? String, version.contains("bzip2 decoded in parallel") ? "parallel" : "libarchive", version)
        XCTAssertEqual(summary["xz_decoder"] as? String, version.contains("xz decoded in parallel") ? "parallel" : "libarchive", version)
        let inMemory = try khabar(["terms", small, "--ngram", "2", "-q"])
        XCTAssertEqual(inMemory.stdout, [UInt8](FileManager.default.contents(atPath: out + "/terms.csv")!))
        XCTAssertEqual(inMemory.text.split(separator: "\n").count, 64_485)  // header + 64,484 distinct bigrams
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: spill), [])
    }

    func testSameBytesWhateverTheJobs() throws {
        let inputs = [CLITests.fixture("ant-6.zip"), CLITests.fixture("ant-6"), CLITests.seed]
        let one = try khabar(["docs"] + inputs + ["-j", "1", "-q"])
        let four = try khabar(["docs"] + inputs + ["-j", "4", "-q"])
        XCTAssertEqual(one.stdout, four.stdout)
        XCTAssertEqual(one.text.split(separator: "\n").count, 15)
        XCTAssertEqual(try khabar(["terms"] + inputs + ["-j", "1", "-q"]).stdout, try khabar(["terms"] + inputs + ["-j", "4", "-q"]).stdout)
    }

    /// notebooks-data/reports are what the current code makes of the sample
    /// (regenerate with scripts/make-sample-reports).
    func testSampleReportsAreCurrent() throws {
        let dir = try temporaryDirectory()
        let sample = CLITests.root.appendingPathComponent("notebooks-data/ant-sample.tar.gz").path
        let reports = CLITests.root.appendingPathComponent("notebooks-data/reports").path
        XCTAssertEqual(try khabar(["report", sample, "--out", dir.path, "--top-terms", "10", "--top-actors", "10", "--bursts", "-q"]).status, 0)
        XCTAssertEqual(try khabar(["terms", sample, "--ngram", "2", "--min-count", "3", "-o", dir.appendingPathComponent("bigrams.csv").path, "-q"]).status, 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: reports).filter { $0 != "summary.json" }.sorted()
        XCTAssertEqual(names, ["actors.csv", "bigrams.csv", "bursts.csv", "cooccurrence.csv", "date_mentions.jsonl", "documents.jsonl",
                               "mentions.jsonl", "terms.csv", "timeline.csv"])
        for name in names {
            XCTAssertEqual(FileManager.default.contents(atPath: dir.appendingPathComponent(name).path),
                           FileManager.default.contents(atPath: (reports as NSString).appendingPathComponent(name)),
                           "\(name) is stale: run scripts/make-sample-reports")
        }
    }

    func testNoInputReadsTheBundledSample() throws {
        let r = try khabar(["terms", "--top", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("khabar: no input given: reading the bundled sample"), r.stderr)
        XCTAssertTrue(r.stderr.contains("300 documents"), r.stderr)
        XCTAssertEqual(r.text, "term,count,docs\nالرئيس,216,93\nترامب,206,42\n")
    }
}

/// Data handed from a reading thread to the test.
final class LockedData: @unchecked Sendable {  // guarded by `lock`
    private let lock = NSLock()
    private var data = Data()
    private var done = false
    func set(_ d: Data) { lock.lock(); data = d; done = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return done }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

extension CLITests {
    func testTimelineWithZeroRowsAndBursts() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("timeline.csv").path
        let r = try khabar(["timeline", CLITests.fixture("ant-6"), CLITests.seed, "--by", "year", "--terms", "بوتين",
                            "--bursts", "-o", out, "-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = String(decoding: FileManager.default.contents(atPath: out)!, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(rows.first, "period,series,key,count,docs,burst")
        XCTAssertTrue(rows.contains("2017,documents,all,1,1,0"))
        XCTAssertTrue(rows.contains("2020,documents,all,0,0,0"))  // zero rows inside the range
        XCTAssertTrue(rows.contains("2023,terms,بوتين,5,1,0"))
        XCTAssertEqual(rows.filter { $0.contains(",terms,") }.count, 7)  // 2017 … 2023
        let bursts = String(decoding: FileManager.default.contents(atPath: dir.appendingPathComponent("bursts.csv").path)!, as: UTF8.self)
        XCTAssertTrue(bursts.hasPrefix("series,key,start,end,weight\n"), bursts)
        let json = try khabar(["timeline", CLITests.seed, "--format", "jsonl", "-q"])
        XCTAssertEqual(json.text, "{\"period\":\"2023-12\",\"series\":\"documents\",\"key\":\"all\",\"count\":1,\"docs\":1}\n{\"period\":\"2023-12\",\"series\":\"source\",\"key\":\"RT\",\"count\":1,\"docs\":1}\n")
        let actors = try khabar(["timeline", CLITests.seed, "--by", "year", "--top-actors", "1", "-q"])
        // Putin: 6 mentions, but the related article's has no date of its own.
        XCTAssertEqual(actors.text.split(separator: "\n").last, "2023,actors,فلاديمير بوتين,5,1")
        let bad = try khabar(["timeline", CLITests.seed, "--terms", "الولايات المتحدة"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("timeline terms are single words"), bad.stderr)
    }
}

extension CLITests {
    func testActorsAndMentionsOnTheSeed() throws {
        let dir = try temporaryDirectory()
        let mentions = dir.appendingPathComponent("mentions.jsonl").path
        let r = try khabar(["actors", CLITests.seed, "--mentions", mentions, "-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.text.split(separator: "\n")
        XCTAssertEqual(rows[0], "actor,type,mentions,docs,tag_mentions,id,name_en,country,wikidata,discovered")
        XCTAssertEqual(rows[1], "فلاديمير بوتين,person,6,2,1,person:vladimir-putin,Vladimir Putin,RU,Q7747,false")
        XCTAssertTrue(rows.contains("إسرائيل,group,4,1,0,people:IL,people of Israel,IL,,false"))
        XCTAssertTrue(rows.contains("وانغ يي,person,3,1,0,person:wang-yi,Wang Yi,CN,,false"))
        let lines = String(decoding: FileManager.default.contents(atPath: mentions)!, as: UTF8.self).split(separator: "\n")
        XCTAssertTrue(lines.contains("{\"doc\":\"000_8a7ac69372d375fc.txt:000_8a7ac69372d375fc.txt\",\"actor\":\"بنيامين نتنياهو\",\"id\":\"person:benjamin-netanyahu\",\"type\":\"person\",\"surface\":\"لنتنياهو\",\"start\":21,\"end\":29,\"unit\":0,\"via\":\"alias\"}"))
        XCTAssertEqual(lines.filter { $0.hasSuffix("\"via\":\"tag\"}") }.count, 7)
    }

    func testMergeGroups() throws {
        let r = try khabar(["actors", CLITests.seed, "--merge-groups", "-q"])
        let rows = r.text.split(separator: "\n")
        // روسيا: 4 by name + 5 nisba mentions (الروسي ×2, الروس, الروسية, الروسي); no group rows left.
        XCTAssertTrue(rows.contains("روسيا,place,9,2,0,country:RU,Russia,RU,Q159,false"), r.text)
        XCTAssertFalse(rows.contains { $0.contains(",group,") }, r.text)
    }

    func testCooccurFormats() throws {
        let csv = try khabar(["cooccur", CLITests.seed, "-q"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.text.split(separator: "\n")
        XCTAssertEqual(rows[0], "actor_a,actor_b,together,docs_a,docs_b,units,pmi,npmi,llr,logdice,jaccard,id_a,id_b")
        XCTAssertTrue(rows.contains("الكرملين,فلاديمير بوتين,2,2,2,2,0.0000,1.0000,0.0000,14.0000,1.0000,org:kremlin,person:vladimir-putin"))
        for format in ["gexf", "graphml"] {
            let r = try khabar(["cooccur", CLITests.seed, "--format", format, "--min-pair", "1", "-q"])
            XCTAssertEqual(r.status, 0)
            let parser = XMLParser(data: Data(r.stdout))
            XCTAssertTrue(parser.parse(), "\(format) is not well-formed XML")
            XCTAssertTrue(r.text.contains("person:wang-yi"))
            XCTAssertTrue(r.text.contains(format == "gexf"
                ? #"<edge id="0" source="org:kremlin" target="country:RU" weight="2"><attvalues><attvalue for="npmi" value="1.0000"/></attvalues></edge>"#
                : #"<edge source="org:kremlin" target="country:RU"><data key="weight">2</data><data key="npmi">1.0000</data></edge>"#))
            XCTAssertTrue(r.text.contains(format == "gexf"
                ? #"<node id="org:kremlin" label="الكرملين"><attvalues><attvalue for="type" value="organization"/><attvalue for="mentions" value="4"/></attvalues><viz:size value="4"/></node>"#
                : #"<node id="org:kremlin"><data key="label">الكرملين</data><data key="type">organization</data><data key="mentions">4</data></node>"#))
        }
    }

    func testUserActorsFile() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("mine.csv")
        try Data("id,type,name,aliases\norg:rt,organization,روسيا اليوم,آر تي|RT\n".utf8).write(to: file)
        let page = dir.appendingPathComponent("p.txt")
        try Data("عنوان\nقالت قناة RT إن روسيا اليوم تبث\n".utf8).write(to: page)
        let r = try khabar(["actors", page.path, "--actors", file.path, "--no-builtin-actors", "-q"])
        XCTAssertEqual(r.text, "actor,type,mentions,docs,tag_mentions,id,name_en,country,wikidata,discovered\nروسيا اليوم,organization,2,1,0,org:rt,,,,false\n")
        let bad = try khabar(["actors", page.path, "--no-builtin-actors"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--no-builtin-actors needs at least one --actors file"), bad.stderr)
    }
}

extension CLITests {
    /// One pass, the same bytes as the single commands with the same options.
    func testReportEqualsTheSingleCommands() throws {
        let dir = try temporaryDirectory()
        let sample = CLITests.root.appendingPathComponent("notebooks-data/ant-sample.tar.gz").path
        let out = dir.appendingPathComponent("report").path
        let r = try khabar(["report", sample, "--out", out, "-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        func file(_ name: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: (out as NSString).appendingPathComponent(name)) ?? Data()) }
        let dm = dir.appendingPathComponent("dm.jsonl").path, am = dir.appendingPathComponent("am.jsonl").path
        XCTAssertEqual(try khabar(["terms", sample, "-q"]).stdout, file("terms.csv"))
        XCTAssertEqual(try khabar(["docs", sample, "-q", "--date-mentions", dm]).stdout, file("documents.jsonl"))
        XCTAssertEqual([UInt8](FileManager.default.contents(atPath: dm)!), file("date_mentions.jsonl"))
        XCTAssertEqual(try khabar(["actors", sample, "-q", "--mentions", am]).stdout, file("actors.csv"))
        XCTAssertEqual([UInt8](FileManager.default.contents(atPath: am)!), file("mentions.jsonl"))
        XCTAssertEqual(try khabar(["cooccur", sample, "-q"]).stdout, file("cooccurrence.csv"))
        XCTAssertEqual(try khabar(["timeline", sample, "-q", "--top-actors", "10"]).stdout, file("timeline.csv"))
        let summary = try JSONSerialization.jsonObject(with: Data(file("summary.json"))) as! [String: Any]
        XCTAssertEqual(summary["documents"] as? Int, 300)
        XCTAssertEqual(summary["dated_documents"] as? Int, 300)
        let inputs = summary["inputs"] as! [[String: Any]]
        XCTAssertEqual(inputs[0]["bytes"] as? Int, 243959)
        XCTAssertEqual(inputs[0]["sha256"] as? String, "712ff91a6be376ea86aed76ee9c57bc3e22d25ac2ac4aa9677007ed4aaa120a8")
        // Same bytes with one worker and with eight (spilling: `testReportUnderAMemoryBudgetSpillsAndMatches`
        // and SpillTests; the sample's tables stay under the smallest per-worker share, 8 MiB).
        for (label, jobs) in [("one", "1"), ("eight", "8")] {
            let other = dir.appendingPathComponent(label).path
            XCTAssertEqual(try khabar(["report", sample, "--out", other, "-q", "-j", jobs]).status, 0, label)
            for name in ["terms.csv", "documents.jsonl", "actors.csv", "cooccurrence.csv", "mentions.jsonl", "date_mentions.jsonl", "timeline.csv"] {
                XCTAssertEqual(FileManager.default.contents(atPath: (other as NSString).appendingPathComponent(name)), Data(file(name)), "\(label): \(name)")
            }
        }
    }

    /// A report that cannot be written whole (here the file size limit, `ulimit -f`, as a full
    /// disk would) fails the run before any file of the folder is replaced: the earlier run's
    /// reports stay as they were, and no temporary file is left.
    func testReportThatCannotWriteAFileReplacesNone() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("report").path
        XCTAssertEqual(try khabar(["report", CLITests.seed, "--out", out, "-q"]).status, 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertEqual(names.count, 8)
        let before = names.map { FileManager.default.contents(atPath: out + "/" + $0) }
        // 16 blocks of 512 bytes: the ant-6 articles' mentions.jsonl is larger, the reports before
        // it (actors.csv ... documents.jsonl) smaller. SIGXFSZ ignored: the write fails with EFBIG
        // instead of killing. Without discovery: no spool of discovered names' mentions, which
        // the limit would fail first.
        let script = "trap '' XFSZ; ulimit -f 16; exec \"$0\" report \"$1\" --out \"$2\" -q --no-discovery"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CLITests.binary.path, CLITests.fixture("ant-6"), out]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, message)
        XCTAssertTrue(message.contains("File too large"), message)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(), names)
        XCTAssertEqual(names.map { FileManager.default.contents(atPath: out + "/" + $0) }, before,
                       "a report of the earlier run was replaced")
        let written = try khabar(["report", CLITests.fixture("ant-6"), "--out", dir.appendingPathComponent("whole").path, "-q", "--no-discovery"])
        XCTAssertEqual(written.status, 0)
        let mentions = try XCTUnwrap(FileManager.default.contents(atPath: dir.appendingPathComponent("whole/mentions.jsonl").path))
        XCTAssertGreaterThan(mentions.count, 16 * 512, "the limit is below the mentions report's size")
        // Without the limit the same run replaces every file, and the old ones (moved aside,
        // removed in the background before the process exits) are gone.
        XCTAssertEqual(try khabar(["report", CLITests.fixture("ant-6"), "--out", out, "-q", "--no-discovery"]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(), names)
        XCTAssertEqual(FileManager.default.contents(atPath: out + "/mentions.jsonl"), mentions)
    }

    func testReportOnACorruptInputWritesNothing() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("report").path
        let r = try khabar(["report", CLITests.fixture("corrupt.tar.gz"), "--out", out])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), [])
    }
}
