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
        var d = d
        append(&d, tokens: tokens, invalidBytes: invalidBytes, to: &out)
    }

    /// `append(_:tokens:invalidBytes:to:)` for the worker, which passes its document `inout`
    /// (not changed): a borrowed document captured by the line's closure was copied into it,
    /// every string retained and released (~0.7% of `report`'s cycles); an `inout` one is
    /// captured in place.
    static func append(_ d: inout Document, tokens: Int, invalidBytes: Int, to out: inout [UInt8]) {
        // Room: the keys (~190 bytes), 3 integers, 2 dates, and every string escaped (6 bytes a
        // byte at most) and quoted, the tags with their commas.
        var textBytes = d.id.utf8.count + d.archive.utf8.count + d.entry.utf8.count + d.title.utf8.count
            + (d.parent?.utf8.count ?? 0) + (d.dateRaw?.utf8.count ?? 0) + (d.dateSource?.utf8.count ?? 0)
            + (d.source?.utf8.count ?? 0) + (d.url?.utf8.count ?? 0)
        for tag in d.tags { textBytes += tag.utf8.count }
        let bound = 256 + 3 * 21 + 2 * 40 + 6 * textBytes + 3 * (10 + d.tags.count)
        guard bound <= 1 << 16 else { write(&d, tokens: tokens, invalidBytes: invalidBytes, to: &out); return }
        RawLine.append(maxBytes: bound, to: &out) { line in write(&d, tokens: tokens, invalidBytes: invalidBytes, to: &line) }
    }

    /// The line's bytes, written to a `RawLine` or appended to an array piece by piece. (The
    /// document `inout`, not changed: passed on from a closure's inout capture by value, it was
    /// copied.)
    @inline(__always)
    static func write<Out: LineWriter>(_ d: inout Document, tokens: Int, invalidBytes: Int, to out: inout Out) {
        out.put(Keys.id)
        out.put(jsonString: d.id)
        out.put(Keys.archive)
        out.put(jsonString: d.archive)
        out.put(Keys.entry)
        out.put(jsonString: d.entry)
        out.put(Keys.kind)
        out.put(jsonString: d.kind.rawValue)
        out.put(Keys.parent)
        putOptional(d.parent, to: &out)
        out.put(Keys.title)
        out.put(jsonString: d.title)
        out.put(Keys.dateRaw)
        putOptional(d.dateRaw, to: &out)
        out.put(Keys.date)
        appendQuoted(d.date, withTime: false, to: &out)
        out.put(Keys.datetime)
        appendQuoted(d.date?.time != nil ? d.date : nil, withTime: true, to: &out)
        out.put(Keys.dateSource)
        putOptional(d.dateSource, to: &out)
        out.put(Keys.source)
        putOptional(d.source, to: &out)
        out.put(Keys.url)
        putOptional(d.url, to: &out)
        out.put(Keys.tags)
        for (i, tag) in d.tags.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.put(jsonString: tag)
        }
        out.put(Keys.bodyLines)
        out.put(integer: d.bodyLines)
        out.put(Keys.tokens)
        out.put(integer: tokens)
        out.put(Keys.invalidBytes)
        out.put(integer: invalidBytes)
        out.put(Keys.end)
    }

    @inline(__always)
    private static func putOptional<Out: LineWriter>(_ value: String?, to out: inout Out) {
        if let value { out.put(jsonString: value) } else { out.put(Keys.null) }
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
