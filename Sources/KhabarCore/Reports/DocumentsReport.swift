/// The documents report: one JSON object per document, in input order.
///
/// Fields: `id`, `archive`, `entry`, `kind` (`article`|`related`), `parent`, `title`,
/// `date_raw`, `date` (ISO, the calendar date as written), `datetime` (with the offset when a zone
/// was written; null without a time), `date_source` (`line`|`field`), `source`, `url`, `tags`,
/// `body_lines`, `tokens`, `invalid_bytes`.
public enum DocumentsReport {
    public static let fields = ["id", "archive", "entry", "kind", "parent", "title", "date_raw", "date", "datetime", "date_source", "source",
                                "url", "tags", "body_lines", "tokens", "invalid_bytes"]

    public static func line(for d: Document, tokens: Int, invalidBytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        append(d, tokens: tokens, invalidBytes: invalidBytes, to: &out)
        return out
    }

    /// Appends the document's line to `out`: the keys as bytes made once, the values escaped
    /// straight into `out`, the dates written as digits (a `JSONObjectWriter` per line, with its
    /// keys escaped and its dates formatted as Strings, was ~4% of `report`'s instructions).
    public static func append(_ d: Document, tokens: Int, invalidBytes: Int, to out: inout [UInt8]) {
        out.append(contentsOf: Keys.id)
        JSONObjectWriter.appendString(d.id, to: &out)
        out.append(contentsOf: Keys.archive)
        JSONObjectWriter.appendString(d.archive, to: &out)
        out.append(contentsOf: Keys.entry)
        JSONObjectWriter.appendString(d.entry, to: &out)
        out.append(contentsOf: Keys.kind)
        JSONObjectWriter.appendString(d.kind.rawValue, to: &out)
        out.append(contentsOf: Keys.parent)
        appendOptional(d.parent, to: &out)
        out.append(contentsOf: Keys.title)
        JSONObjectWriter.appendString(d.title, to: &out)
        out.append(contentsOf: Keys.dateRaw)
        appendOptional(d.dateRaw, to: &out)
        out.append(contentsOf: Keys.date)
        if let date = d.date {
            out.append(0x22)
            date.appendISODate(to: &out)
            out.append(0x22)
        } else {
            out.append(contentsOf: Keys.null)
        }
        out.append(contentsOf: Keys.datetime)
        if let date = d.date, date.time != nil {
            out.append(0x22)
            date.appendISODateTime(to: &out)
            out.append(0x22)
        } else {
            out.append(contentsOf: Keys.null)
        }
        out.append(contentsOf: Keys.dateSource)
        appendOptional(d.dateSource, to: &out)
        out.append(contentsOf: Keys.source)
        appendOptional(d.source, to: &out)
        out.append(contentsOf: Keys.url)
        appendOptional(d.url, to: &out)
        out.append(contentsOf: Keys.tags)
        for (i, tag) in d.tags.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONObjectWriter.appendString(tag, to: &out)
        }
        out.append(contentsOf: Keys.bodyLines)
        CSVWriter.appendInteger(d.bodyLines, to: &out)
        out.append(contentsOf: Keys.tokens)
        CSVWriter.appendInteger(tokens, to: &out)
        out.append(contentsOf: Keys.invalidBytes)
        CSVWriter.appendInteger(invalidBytes, to: &out)
        out.append(contentsOf: Keys.end)
    }

    @inline(__always)
    private static func appendOptional(_ value: String?, to out: inout [UInt8]) {
        if let value { JSONObjectWriter.appendString(value, to: &out) } else { out.append(contentsOf: Keys.null) }
    }

    /// Each key with the punctuation around it, as bytes (`{"id":`, `,"archive":` ...).
    private enum Keys {
        static let id = Array(#"{"id":"#.utf8), archive = Array(#","archive":"#.utf8), entry = Array(#","entry":"#.utf8)
        static let kind = Array(#","kind":"#.utf8), parent = Array(#","parent":"#.utf8), title = Array(#","title":"#.utf8)
        static let dateRaw = Array(#","date_raw":"#.utf8), date = Array(#","date":"#.utf8)
        static let datetime = Array(#","datetime":"#.utf8), dateSource = Array(#","date_source":"#.utf8)
        static let source = Array(#","source":"#.utf8), url = Array(#","url":"#.utf8), tags = Array(#","tags":["#.utf8)
        static let bodyLines = Array(#"],"body_lines":"#.utf8), tokens = Array(#","tokens":"#.utf8)
        static let invalidBytes = Array(#","invalid_bytes":"#.utf8), end = Array("}\n".utf8), null = Array("null".utf8)
    }
}
