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
        var w = JSONObjectWriter()
        w.field("id", d.id)
        w.field("archive", d.archive)
        w.field("entry", d.entry)
        w.field("kind", d.kind.rawValue)
        w.field("parent", d.parent)
        w.field("title", d.title)
        w.field("date_raw", d.dateRaw)
        w.field("date", d.date?.isoDate)
        w.field("datetime", d.date?.isoDateTime)
        w.field("date_source", d.dateSource)
        w.field("source", d.source)
        w.field("url", d.url)
        w.field("tags", d.tags)
        w.field("body_lines", d.bodyLines)
        w.field("tokens", tokens)
        w.field("invalid_bytes", invalidBytes)
        return w.line()
    }
}
