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
        out.appendStatic(Keys.id)
        JSONObjectWriter.appendString(d.id, to: &out)
        out.appendStatic(Keys.archive)
        JSONObjectWriter.appendString(d.archive, to: &out)
        out.appendStatic(Keys.entry)
        JSONObjectWriter.appendString(d.entry, to: &out)
        out.appendStatic(Keys.kind)
        JSONObjectWriter.appendString(d.kind.rawValue, to: &out)
        out.appendStatic(Keys.parent)
        appendOptional(d.parent, to: &out)
        out.appendStatic(Keys.title)
        JSONObjectWriter.appendString(d.title, to: &out)
        out.appendStatic(Keys.dateRaw)
        appendOptional(d.dateRaw, to: &out)
        out.appendStatic(Keys.date)
        appendQuoted(d.date, withTime: false, to: &out)
        out.appendStatic(Keys.datetime)
        appendQuoted(d.date?.time != nil ? d.date : nil, withTime: true, to: &out)
        out.appendStatic(Keys.dateSource)
        appendOptional(d.dateSource, to: &out)
        out.appendStatic(Keys.source)
        appendOptional(d.source, to: &out)
        out.appendStatic(Keys.url)
        appendOptional(d.url, to: &out)
        out.appendStatic(Keys.tags)
        for (i, tag) in d.tags.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONObjectWriter.appendString(tag, to: &out)
        }
        out.appendStatic(Keys.bodyLines)
        CSVWriter.appendInteger(d.bodyLines, to: &out)
        out.appendStatic(Keys.tokens)
        CSVWriter.appendInteger(tokens, to: &out)
        out.appendStatic(Keys.invalidBytes)
        CSVWriter.appendInteger(invalidBytes, to: &out)
        out.appendStatic(Keys.end)
    }

    /// `"2018-02-18"` (`"2018-02-18T21:35:43+04:00"` with the time), or null.
    @inline(__always)
    private static func appendQuoted(_ date: PublicationDate?, withTime: Bool, to out: inout [UInt8]) {
        guard let date else { out.appendStatic(Keys.null); return }
        out.append(0x22)
        if withTime { date.appendISODateTime(to: &out) } else { date.appendISODate(to: &out) }
        out.append(0x22)
    }

    @inline(__always)
    private static func appendOptional(_ value: String?, to out: inout [UInt8]) {
        if let value { JSONObjectWriter.appendString(value, to: &out) } else { out.appendStatic(Keys.null) }
    }

    /// Each key with the punctuation around it (`{"id":`, `,"archive":` ...), as constant data
    /// (static arrays are retained and released around every use).
    private enum Keys {
        static let id: StaticString = #"{"id":"#, archive: StaticString = #","archive":"#, entry: StaticString = #","entry":"#
        static let kind: StaticString = #","kind":"#, parent: StaticString = #","parent":"#, title: StaticString = #","title":"#
        static let dateRaw: StaticString = #","date_raw":"#, date: StaticString = #","date":"#
        static let datetime: StaticString = #","datetime":"#, dateSource: StaticString = #","date_source":"#
        static let source: StaticString = #","source":"#, url: StaticString = #","url":"#, tags: StaticString = #","tags":["#
        static let bodyLines: StaticString = #"],"body_lines":"#, tokens: StaticString = #","tokens":"#
        static let invalidBytes: StaticString = #","invalid_bytes":"#, end: StaticString = "}\n", null: StaticString = "null"
    }
}
