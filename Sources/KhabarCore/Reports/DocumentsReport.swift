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

    /// Appends the document's line to `out`, in one piece (`RawLine`): room for the longest the
    /// line can be, reserved once, the keys, values and digits written through a pointer, then one
    /// append (~30 appends to the array, each checking its uniqueness and capacity, were ~1% of
    /// `report`'s instructions). A line that could need more than 64 KiB (a page whose first line
    /// is a book) is appended piece by piece, the same bytes.
    public static func append(_ d: Document, tokens: Int, invalidBytes: Int, to out: inout [UInt8]) {
        // Room: the keys (~190 bytes), 3 integers, 2 dates, and every string escaped (6 bytes a
        // byte at most) and quoted, the tags with their commas.
        var textBytes = d.id.utf8.count + d.archive.utf8.count + d.entry.utf8.count + d.title.utf8.count
            + (d.parent?.utf8.count ?? 0) + (d.dateRaw?.utf8.count ?? 0) + (d.dateSource?.utf8.count ?? 0)
            + (d.source?.utf8.count ?? 0) + (d.url?.utf8.count ?? 0)
        for tag in d.tags { textBytes += tag.utf8.count }
        let bound = 256 + 3 * 21 + 2 * 40 + 6 * textBytes + 3 * (10 + d.tags.count)
        guard bound <= 1 << 16 else { appendPiecewise(d, tokens: tokens, invalidBytes: invalidBytes, to: &out); return }
        RawLine.append(maxBytes: bound, to: &out) { line in
            line.put(Keys.id)
            line.put(jsonString: d.id)
            line.put(Keys.archive)
            line.put(jsonString: d.archive)
            line.put(Keys.entry)
            line.put(jsonString: d.entry)
            line.put(Keys.kind)
            line.put(jsonString: d.kind.rawValue)
            line.put(Keys.parent)
            putOptional(d.parent, to: &line)
            line.put(Keys.title)
            line.put(jsonString: d.title)
            line.put(Keys.dateRaw)
            putOptional(d.dateRaw, to: &line)
            line.put(Keys.date)
            appendQuoted(d.date, withTime: false, to: &line)
            line.put(Keys.datetime)
            appendQuoted(d.date?.time != nil ? d.date : nil, withTime: true, to: &line)
            line.put(Keys.dateSource)
            putOptional(d.dateSource, to: &line)
            line.put(Keys.source)
            putOptional(d.source, to: &line)
            line.put(Keys.url)
            putOptional(d.url, to: &line)
            line.put(Keys.tags)
            for (i, tag) in d.tags.enumerated() {
                if i > 0 { line.put(byte: UInt8(ascii: ",")) }
                line.put(jsonString: tag)
            }
            line.put(Keys.bodyLines)
            line.put(integer: d.bodyLines)
            line.put(Keys.tokens)
            line.put(integer: tokens)
            line.put(Keys.invalidBytes)
            line.put(integer: invalidBytes)
            line.put(Keys.end)
        }
    }

    @inline(__always)
    private static func putOptional(_ value: String?, to line: inout RawLine) {
        if let value { line.put(jsonString: value) } else { line.put(Keys.null) }
    }

    /// `append`, one piece at a time (for lines too long for its room).
    static func appendPiecewise(_ d: Document, tokens: Int, invalidBytes: Int, to out: inout [UInt8]) {
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
    private static func appendQuoted<Out: DigitSink>(_ date: PublicationDate?, withTime: Bool, to out: inout Out) {
        guard let date else {
            for b: UInt8 in [0x6E, 0x75, 0x6C, 0x6C] { out.append(b) }  // null
            return
        }
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
