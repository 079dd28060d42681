/// The terms report: `term,count,docs`, sorted by count descending then term (code point
/// order). As CSV with a header, or JSONL (`{"term":…,"count":…,"docs":…}`).
public enum TermsReport {
    public static let columns = ["term", "count", "docs"]

    public static func write(_ rows: [TermRow], format: ReportFormat, csv: CSVWriter = CSVWriter(),
                             byteOrderMark: Bool = false, to output: OutputFile) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        if byteOrderMark && format == .csv { buffer.append(contentsOf: CSVWriter.byteOrderMark) }
        if format == .csv { buffer.append(contentsOf: csv.row(columns)) }
        for row in rows {
            switch format {
            case .csv:
                CSVWriter.appendField(row.term, to: &buffer)
                buffer.append(0x2C)
                buffer.append(contentsOf: String(row.count).utf8)
                buffer.append(0x2C)
                buffer.append(contentsOf: String(row.docs).utf8)
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
        output.write(buffer)
    }
}
