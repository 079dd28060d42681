/// The terms report: `term,count,docs`, sorted by count descending then term (code point
/// order). As CSV with a header, or JSONL (`{"term":…,"count":…,"docs":…}`).
public enum TermsReport {
    public static let columns = ["term", "count", "docs"]

    public static func write(_ rows: [TermRow], format: ReportFormat, csv: CSVWriter = CSVWriter(),
                             byteOrderMark: Bool = false, to output: OutputFile) {
        var sink = RowSink(format: format, csv: csv, byteOrderMark: byteOrderMark, output: output)
        for row in rows { sink.append(row) }
        sink.finish()
    }

    /// Writes the rows of `terms`: from a large table counted in memory on several threads
    /// (sorted halves merged and formatted in chunks, `TermRowsInParallel`), else as they are
    /// produced (from disk after spilling: the list of rows is never held whole).
    public static func write(_ terms: TermCounts, filter: TermFilter, minCount: UInt64 = 1, top: Int? = nil,
                             format: ReportFormat, csv: CSVWriter = CSVWriter(), byteOrderMark: Bool = false,
                             to output: OutputFile) throws {
        var sink = RowSink(format: format, csv: csv, byteOrderMark: byteOrderMark, output: output)
        if top == nil, let halves = terms.sortedHalves(filter: filter, minCount: minCount) {
            sink.finish()  // the header
            ParallelRows.write(count: halves.count, threads: terms.threads, to: output) { range, buffer in
                guard format == .csv else {
                    terms.mergedRows(halves, range) { term, count, docs in
                        RowSink.appendRow(term: term, count: count, docs: docs, format: format, csv: csv, to: &buffer)
                    }
                    return
                }
                // CSV rows through a raw buffer (`ByteSink`): a byte or a digit at a time into an
                // Array, with its capacity and uniqueness checks, was most of the rows' time.
                var sink = ByteSink(capacity: range.count * 40)
                csv.lineEnding.withUnsafeBufferPointer { lineEnding in
                    terms.mergedRows(halves, range) { term, count, docs in
                        sink.appendCSVField(term)
                        sink.append(0x2C)
                        sink.appendInteger(Int(count))
                        sink.append(0x2C)
                        sink.appendInteger(Int(docs))
                        sink.append(lineEnding)
                    }
                }
                buffer.append(contentsOf: sink.bytes)
            }
            return
        }
        try terms.forEachRowBytes(filter: filter, minCount: minCount, top: top) { sink.append(term: $0, count: $1, docs: $2) }
        sink.finish()
    }

    private struct RowSink {
        let format: ReportFormat
        let csv: CSVWriter
        let output: OutputFile
        var buffer: [UInt8] = []

        init(format: ReportFormat, csv: CSVWriter, byteOrderMark: Bool, output: OutputFile) {
            self.format = format
            self.csv = csv
            self.output = output
            buffer.reserveCapacity(1 << 20)
            if byteOrderMark && format == .csv { buffer.append(contentsOf: CSVWriter.byteOrderMark) }
            if format == .csv { buffer.append(contentsOf: csv.row(TermsReport.columns)) }
        }

        mutating func append(_ row: TermRow) {
            switch format {
            case .csv:
                CSVWriter.appendField(row.term, to: &buffer)
                buffer.append(0x2C)
                CSVWriter.appendInteger(row.count, to: &buffer)
                buffer.append(0x2C)
                CSVWriter.appendInteger(row.docs, to: &buffer)
                buffer.append(contentsOf: csv.lineEnding)
            case .jsonl:
                var w = JSONObjectWriter()
                w.field("term", row.term)
                w.field("count", row.count)
                w.field("docs", row.docs)
                buffer.append(contentsOf: w.line())
            }
            if buffer.count >= 1 << 20 {
                output.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }

        /// A row with its term as UTF-8 bytes.
        mutating func append(term: UnsafeBufferPointer<UInt8>, count: UInt64, docs: UInt64) {
            RowSink.appendRow(term: term, count: count, docs: docs, format: format, csv: csv, to: &buffer)
            if buffer.count >= 1 << 20 {
                output.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }

        /// A row's bytes: CSV, or JSONL as `JSONObjectWriter` writes it, from the term's bytes.
        static func appendRow(term: UnsafeBufferPointer<UInt8>, count: UInt64, docs: UInt64, format: ReportFormat,
                              csv: CSVWriter, to buffer: inout [UInt8]) {
            switch format {
            case .csv:
                CSVWriter.appendField(term, to: &buffer)
                buffer.append(0x2C)
                CSVWriter.appendInteger(count, to: &buffer)
                buffer.append(0x2C)
                CSVWriter.appendInteger(docs, to: &buffer)
                buffer.append(contentsOf: csv.lineEnding)
            case .jsonl:
                buffer.append(contentsOf: #"{"term":"#.utf8)
                JSONObjectWriter.appendString(utf8: term, to: &buffer)
                buffer.append(contentsOf: #","count":"#.utf8)
                CSVWriter.appendInteger(count, to: &buffer)
                buffer.append(contentsOf: #","docs":"#.utf8)
                CSVWriter.appendInteger(docs, to: &buffer)
                buffer.append(contentsOf: "}\n".utf8)
            }
        }

        mutating func finish() { output.write(buffer) }
    }
}
