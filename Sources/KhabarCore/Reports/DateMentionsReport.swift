/// The date mentions report: one JSON object per date found in a document's text, in input
/// order: `doc`, `surface`, `start`, `end` (code point offsets in the document text: title,
/// newline, body), `value` (ISO 8601 at the precision written), `resolved` (the year or day was
/// inferred).
public enum DateMentionsReport {
    public static func line(for m: DateMention, document: String) -> [UInt8] {
        var w = JSONObjectWriter()
        w.field("doc", document)
        w.field("surface", m.surface)
        w.field("start", m.start)
        w.field("end", m.end)
        w.field("value", m.value)
        w.field("resolved", m.resolved)
        return w.line()
    }
}
