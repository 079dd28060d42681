import XCTest
@testable import KhabarCore

final class TermCountsTests: XCTestCase {
    private func seedRows(_ filter: TermFilter, ngram: Int = 1, minCount: UInt64 = 1, top: Int? = nil) throws -> [TermRow] {
        let (sources, _) = try InputExpansion.expand([TestPaths.seed])
        var configuration = PipelineConfiguration(jobs: 1)
        configuration.ngram = ngram
        configuration.ngramFilter = filter
        let result = Pipeline.run(sources: sources, configuration: configuration) { _ in }
        return try result.terms!.rows(filter: filter, minCount: minCount, top: top)
    }

    private var defaultFilter: TermFilter {
        TermFilter(stopwords: Stopwords.normalized(Stopwords.arabic + Stopwords.english, profile: .v1))
    }

    func testSeedTopTermsWithTheDefaultFilter() throws {
        let rows = try seedRows(defaultFilter, top: 6)
        XCTAssertEqual(rows, [
            TermRow(term: "بوتين", count: 6, docs: 2),
            TermRow(term: "الكرملين", count: 4, docs: 2),
            TermRow(term: "النزاع", count: 4, docs: 2),
            TermRow(term: "الاسرائيلي", count: 3, docs: 1),
            TermRow(term: "الروسي", count: 3, docs: 2),
            TermRow(term: "الصين", count: 3, docs: 1),
        ])
    }

    func testSeedRawProfileCounts() throws {
        let rows = try seedRows(.none)
        XCTAssertEqual(rows.count, 212)
        XCTAssertEqual(rows.prefix(3), [TermRow(term: "في", count: 20, docs: 2),
                                        TermRow(term: "ان", count: 8, docs: 2),
                                        TermRow(term: "علي", count: 7, docs: 2)])
        let byTerm = Dictionary(uniqueKeysWithValues: rows.map { ($0.term, $0) })
        // Metadata lines are not counted: "RT" (source) and "طوفان" (tags only) never appear.
        XCTAssertNil(byTerm["rt"])
        XCTAssertNil(byTerm["طوفان"])
        XCTAssertEqual(byTerm["لنتنياهو"]?.count, 2)
        XCTAssertEqual(byTerm["2022"], TermRow(term: "2022", count: 1, docs: 1))
        XCTAssertEqual(byTerm["3"]?.count, 1)
        XCTAssertEqual(byTerm["و"], nil)  // no lone waw in the seed
    }

    func testFiltersDropStopwordsNumbersAndShortTokens() throws {
        let rows = try seedRows(defaultFilter)
        let terms = Set(rows.map(\.term))
        for dropped in ["في", "ان", "علي", "من", "مع", "2022", "31", "3"] {
            XCTAssertFalse(terms.contains(dropped), dropped)
        }
        var keepNumbers = defaultFilter
        keepNumbers.keepNumbers = true
        XCTAssertTrue(Set(try seedRows(keepNumbers).map(\.term)).contains("2022"))
        XCTAssertEqual(try seedRows(defaultFilter, minCount: 3).map(\.count).min(), 3)
    }

    func testSeedBigramsDoNotCrossPunctuationOrMetadata() throws {
        let rows = try seedRows(defaultFilter, ngram: 2)
        let byTerm = Dictionary(uniqueKeysWithValues: rows.map { ($0.term, $0) })
        XCTAssertEqual(byTerm["فلاديمير بوتين"], TermRow(term: "فلاديمير بوتين", count: 2, docs: 2))
        XCTAssertEqual(byTerm["قطاع غزة"], TermRow(term: "قطاع غزة", count: 2, docs: 1))  // the tags line is not text
        XCTAssertEqual(byTerm["دور بناء"], TermRow(term: "دور بناء", count: 3, docs: 1))
        // "... غزة. وأكد ..." : a full stop ends the sentence
        XCTAssertNil(byTerm["غزة وأكد"])
        XCTAssertNil(byTerm["غزة واكد"])
        // a bigram with a stopword is dropped
        XCTAssertNil(byTerm["في قطاع"])
        XCTAssertEqual(rows.first, TermRow(term: "دور بناء", count: 3, docs: 1))
    }

    func testTrigramsWithoutFilter() throws {
        let rows = try seedRows(.none, ngram: 3)
        let byTerm = Dictionary(uniqueKeysWithValues: rows.map { ($0.term, $0) })
        XCTAssertEqual(byTerm["لاداء دور بناء"]?.count, 3)
        XCTAssertEqual(byTerm["في قطاع غزة"]?.count, 1)
    }

    func testTableSurvivesGrowthAndMerges() throws {
        var a = TermTable(initialSlots: 16), b = TermTable(initialSlots: 16)
        defer { a.deallocate(); b.deallocate() }
        func add(_ t: inout TermTable, _ s: String) {
            var bytes = Array(s.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { t.add(UnsafeBufferPointer($0), isNumber: false) }
        }
        a.beginDocument()
        for i in 0..<5000 { add(&a, "term\(i % 2500)") }
        add(&a, String(repeating: "طويل", count: 20))  // longer than the inline key
        b.beginDocument()
        for i in 0..<3000 { add(&b, "term\(i)") }
        a.merge(b)
        XCTAssertEqual(a.count, 3001)
        let counts = TermCounts(table: a, ngram: 1, tokens: 0)
        a = TermTable(initialSlots: 16)  // ownership moved to `counts`
        let rows = try counts.rows(filter: .none)
        XCTAssertEqual(rows.first, TermRow(term: "term0", count: 3, docs: 2))
        XCTAssertEqual(rows.first { $0.term == "term2999" }, TermRow(term: "term2999", count: 1, docs: 1))
        XCTAssertEqual(rows.first { $0.term.hasPrefix("طويل") }?.count, 1)
    }

    /// Keys that differ in one byte only, at every position of every length from 1 to 40, and
    /// keys that are prefixes of one another, counted through the counter's batch (whose keys
    /// are compared with masked loads, `keyHasSlack`) and merged into another table: each stays
    /// its own term.
    func testKeysDifferingInOneByteOrLengthStayApart() throws {
        var keys: [[UInt8]] = []
        for n in 1...40 {
            let base = (0..<n).map { UInt8(0x61 + $0 % 26) }
            keys.append(base)
            for i in 0..<n { var k = base; k[i] = 0x5F; keys.append(k) }  // one byte changed
        }
        var counter = TermCounter(ngram: 1, filter: .none)
        counter.beginDocument()
        for k in keys { k.withUnsafeBufferPointer { counter.token($0, TokenInfo(isNumber: false, followsBreak: false, line: 0, sentence: 0, start: 0, end: 0, byteStart: 0, byteEnd: 0)) } }
        counter.beginDocument()
        for k in keys.reversed() { k.withUnsafeBufferPointer { counter.token($0, TokenInfo(isNumber: false, followsBreak: false, line: 0, sentence: 0, start: 0, end: 0, byteStart: 0, byteEnd: 0)) } }
        counter.flush()
        var merged = TermTable(initialSlots: 16)
        merged.merge(counter.table)
        merged.merge(counter.table)
        counter.table.deallocate()
        XCTAssertEqual(Set(keys).count, keys.count)
        XCTAssertEqual(merged.count, keys.count)
        let rows = try TermCounts(table: merged, ngram: 1, tokens: 0).rows(filter: .none)
        XCTAssertEqual(rows.count, keys.count)
        XCTAssertTrue(rows.allSatisfy { $0.count == 4 && $0.docs == 4 }, "\(rows.filter { $0.count != 4 }.prefix(3))")
        XCTAssertEqual(Set(rows.map { Array($0.term.utf8) }), Set(keys))
    }

    /// The masked compare itself (the table reaches it only when the 32-bit fingerprints match,
    /// so the test above cannot tell a wrong one): keys of 1 to 40 bytes, equal or differing in
    /// one byte, with different bytes after them in their buffers.
    func testShortKeyCompareLooksAtTheKeysBytesOnly() {
        var rng = SeededGenerator(seed: 3)
        for n in 1...40 {
            var a = [UInt8](repeating: 0, count: 48), b = [UInt8](repeating: 0xFF, count: 48)
            for i in 0..<n { a[i] = UInt8(truncatingIfNeeded: rng.next()); b[i] = a[i] }
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    XCTAssertTrue(TermTable.equalShort(pa.baseAddress!, pb.baseAddress!, n), "equal, \(n) bytes")
                }
            }
            for i in 0..<n {
                var c = b
                c[i] ^= 0x01
                a.withUnsafeBufferPointer { pa in
                    c.withUnsafeBufferPointer { pc in
                        XCTAssertFalse(TermTable.equalShort(pa.baseAddress!, pc.baseAddress!, n), "byte \(i) of \(n) differs")
                    }
                }
            }
        }
    }

    /// `top` selects by quickselect before sorting: the same rows as sorting all, ties at the
    /// boundary broken by term, for every cut.
    func testTopEqualsThePrefixOfTheFullSortWithTies() throws {
        var table = TermTable(initialSlots: 16)
        var rng = SeededGenerator(seed: 7)
        table.beginDocument()
        for i in 0..<3000 {
            let key = Array("t\(i)".utf8)
            let n = Int.random(in: 1...12, using: &rng)  // many equal counts
            for _ in 0..<n { key.withUnsafeBufferPointer { _ = table.add($0, isNumber: false) } }
        }
        let counts = TermCounts(table: table, ngram: 1, tokens: 0)
        let all = try counts.rows(filter: .none)
        XCTAssertEqual(all.count, 3000)
        for k in [1, 5, 17, 100, 499, 700] {
            XCTAssertEqual(try counts.rows(filter: .none, top: k), Array(all.prefix(k)), "top \(k)")
        }
        var values: [UInt64] = [5, 1, 5, 3, 9, 9, 2]
        XCTAssertEqual(TermCounts.largest(1, in: &values), 9)
        XCTAssertEqual(TermCounts.largest(3, in: &values), 5)
        XCTAssertEqual(TermCounts.largest(5, in: &values), 3)
        XCTAssertEqual(TermCounts.largest(7, in: &values), 1)
    }

    /// The hand-written unstable sort orders records as the standard library's sort does on the
    /// same keys (count descending, first 16 bytes), for random, sorted, reversed, all-equal and
    /// few-distinct inputs of every size around its insertion-sort cut-off.
    func testIntrosortOrdersAsTheStandardSort() {
        var rng = SeededGenerator(seed: 24)
        func key(_ r: TermCounts.SortRecord) -> [UInt64] { [r.count, r.p0, r.p1] }
        var inputs: [[TermCounts.SortRecord]] = []
        for n in [0, 1, 2, 3, 23, 24, 25, 26, 100, 1_000, 50_000] {
            inputs.append((0..<n).map { i in
                TermCounts.SortRecord(count: UInt64.random(in: 1...5, using: &rng), p0: UInt64.random(in: 0...3, using: &rng),
                                      p1: UInt64.random(in: 0...UInt64.max, using: &rng), entry: i)
            })
        }
        let ascending = (0..<30_000).map { TermCounts.SortRecord(count: UInt64(30_000 - $0), p0: 0, p1: 0, entry: $0) }
        inputs += [ascending, ascending.reversed(), (0..<30_000).map { TermCounts.SortRecord(count: 1, p0: 7, p1: 7, entry: $0) },
                   (0..<30_000).map { TermCounts.SortRecord(count: UInt64($0 % 3), p0: UInt64($0 % 2), p1: 0, entry: $0) }]
        for input in inputs {
            var sorted = input
            sorted.withUnsafeMutableBufferPointer { b in
                if let base = b.baseAddress { TermCounts.introsort(base, 0, b.count, depth: 2 * Int.bitWidth) }
            }
            let expected = input.sorted { TermCounts.SortRecord.precedes($0, $1) }
            XCTAssertEqual(sorted.map(key), expected.map(key), "\(input.count) records")
            XCTAssertEqual(Set(sorted.map(\.entry)).count, input.count, "a permutation")
        }
        // Past the depth limit the heapsort takes over: the same order.
        var deep = inputs[10]
        deep.withUnsafeMutableBufferPointer { b in TermCounts.introsort(b.baseAddress!, 0, b.count, depth: 1) }
        XCTAssertEqual(deep.map(key), inputs[10].sorted { TermCounts.SortRecord.precedes($0, $1) }.map(key))
    }

    /// A report of more than 65,536 rows is written from two sorted halves merged in chunks on
    /// the cores (`TermRowsInParallel`): the same bytes as the rows in order, as CSV and JSONL, and
    /// the same as a run limited to one thread.
    func testLargeReportsWrittenInParallelEqualTheRowsInOrder() throws {
        let path = try TestPaths.shared("news-small.tar.gz")
        let (sources, _) = try InputExpansion.expand([path])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-terms-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func written(_ terms: TermCounts, _ format: ReportFormat, _ name: String) throws -> String {
            let file = folder.appendingPathComponent(name).path
            let out = try OutputFile(path: file)
            try TermsReport.write(terms, filter: .none, format: format, to: out)
            try out.commit()
            return try String(contentsOfFile: file, encoding: .utf8)
        }
        var results: [String: String] = [:]
        for jobs in [2, 1] {
            var configuration = PipelineConfiguration(jobs: jobs)
            configuration.ngram = 2
            configuration.ngramFilter = TermFilter.none
            let terms = Pipeline.run(sources: sources, configuration: configuration) { _ in }.terms!
            XCTAssertEqual(terms.sortsInParallel, jobs > 1)
            if jobs > 1 { XCTAssertNotNil(terms.sortedHalves(filter: .none, minCount: 1), "the parallel path is taken") }
            let rows = try terms.rows(filter: .none)
            XCTAssertGreaterThan(rows.count, 1 << 16)
            for format in [ReportFormat.csv, .jsonl] {
                let reference = folder.appendingPathComponent("reference-\(format)").path
                let out = try OutputFile(path: reference)
                TermsReport.write(rows, format: format, to: out)
                try out.commit()
                let text = try written(terms, format, "written-\(jobs)-\(format)")
                XCTAssertEqual(text, try String(contentsOfFile: reference, encoding: .utf8), "jobs \(jobs), \(format)")
                if let other = results["\(format)"] { XCTAssertEqual(text, other, "jobs 1 and 2, \(format)") }
                results["\(format)"] = text
            }
        }
        XCTAssertTrue(results["csv"]!.hasPrefix("term,count,docs\nالي ان,182,144\nالولايات المتحدة,145,82\n"))
    }

    /// Terms that share their first 16 bytes and their count are ordered by their whole keys
    /// (the sort compares counts and 16-byte prefixes only, then orders such ties by key): on
    /// one thread (few rows) and on two (beyond 65,536 rows, two halves merged).
    func testTiesBeyondSixteenBytesAreOrderedByTheWholeKey() throws {
        for distinct in [40, 70_000] {
            var table = TermTable(initialSlots: 16)
            var rng = SeededGenerator(seed: 16)
            table.beginDocument()
            var expected: [(key: [UInt8], count: UInt64)] = []
            for i in 0..<distinct {
                // A shared 16-byte prefix (8 Arabic letters), a suffix in random order.
                let key = Array("الولايات_\(Int.random(in: 0..<1_000_000_000, using: &rng))_\(i)".utf8)
                let n = UInt64(1 + i % 3)
                for _ in 0..<n { key.withUnsafeBufferPointer { _ = table.add($0, isNumber: false) } }
                expected.append((key, n))
            }
            expected.sort { $0.count != $1.count ? $0.count > $1.count : $0.key.lexicographicallyPrecedes($1.key) }
            let counts = TermCounts(table: table, ngram: 1, tokens: 0)
            let rows = try counts.rows(filter: .none)
            XCTAssertEqual(rows.count, distinct)
            XCTAssertEqual(rows.map { Array($0.term.utf8) }, expected.map(\.key), "\(distinct) rows")
            XCTAssertEqual(rows.map(\.count), expected.map(\.count))
        }
    }

    /// news-small's bigrams without a filter are more than 65,536 rows, so the report sorts the
    /// two halves on two threads and merges them: the rows come out in the report's order
    /// (count descending, then term in code point order), each once, and `--top` is their prefix.
    func testNewsSmallBigramsSortedInParallelHalves() throws {
        let path = try TestPaths.shared("news-small.tar.gz")
        let (sources, _) = try InputExpansion.expand([path])
        var configuration = PipelineConfiguration(jobs: 2)
        configuration.ngram = 2
        configuration.ngramFilter = TermFilter.none
        let terms = Pipeline.run(sources: sources, configuration: configuration) { _ in }.terms!
        let rows = try terms.rows(filter: .none)
        XCTAssertEqual(rows.count, terms.distinctTerms)
        XCTAssertGreaterThan(rows.count, 1 << 16, "enough rows for the two-thread sort")
        for (a, b) in zip(rows, rows.dropFirst()) {
            let ordered = a.count > b.count || (a.count == b.count && Array(a.term.utf8).lexicographicallyPrecedes(Array(b.term.utf8)))
            if !ordered { XCTFail("\(a) before \(b)"); break }
        }
        XCTAssertEqual(Set(rows.map(\.term)).count, rows.count)
        XCTAssertEqual(try terms.rows(filter: .none, top: 100), Array(rows.prefix(100)))
        XCTAssertEqual(rows.count, 113_587)
        XCTAssertEqual(Array(rows.prefix(2)), [TermRow(term: "الي ان", count: 182, docs: 144),
                                               TermRow(term: "الولايات المتحدة", count: 145, docs: 82)])
    }
}

final class ParallelMergeTests: XCTestCase {
    /// A table of the terms of news-small's first half merged with one of its second half, on 1
    /// thread and on 2, 3 and 7: the same entries (keys, counts, documents, flags) in the same
    /// order, and the same mapping of the other table's entries.
    func testParallelMergeEqualsTheSerialOne() throws {
        let documents = try TestPaths.newsSmallDocuments()
        let tokenizer = Tokenizer()
        func table(_ docs: ArraySlice<Document>) -> TermTable {
            var t = TermTable(initialSlots: 16)
            for d in docs {
                t.beginDocument()
                for token in tokenizer.tokens(of: String(decoding: d.text, as: UTF8.self)) {
                    var bytes = Array(token.utf8)
                    bytes.withUnsafeMutableBufferPointer { t.add(UnsafeBufferPointer($0), isNumber: token.first!.isNumber) }
                }
            }
            return t
        }
        let half = documents.count / 2
        let other = table(documents[half...])
        defer { other.deallocate() }
        XCTAssertGreaterThan(other.count, 10_000)
        var serial = table(documents[..<half])
        defer { serial.deallocate() }
        let serialMapping = serial.merge(other)
        for threads in [2, 3, 7] {
            var parallel = table(documents[..<half])
            defer { parallel.deallocate() }
            let before = parallel.count
            let mapping = parallel.merge(other, threads: threads, minimumToSplit: 1)
            XCTAssertGreaterThan(parallel.count, before, "keys only in the second half were inserted")
            XCTAssertEqual(mapping, serialMapping)
            XCTAssertEqual(parallel.count, serial.count)
            for i in 0..<serial.count {
                XCTAssertEqual(Array(parallel.key(i)), Array(serial.key(i)))
                XCTAssertEqual(parallel.count(i), serial.count(i))
                XCTAssertEqual(parallel.docs(i), serial.docs(i))
                XCTAssertEqual(parallel.flags(i), serial.flags(i))
            }
        }
        // A term of both halves adds up: في (the commonest word).
        let fi = Array("في".utf8)
        let i = serial.find(fi)!, j = other.find(fi)!
        XCTAssertGreaterThan(serial.count(i), other.count(j))
    }
}
