/// The date mentions report: one JSON object per date found in a document's text, in input
/// order: `doc`, `surface`, `start`, `end` (code point offsets in the document text: title,
/// newline, body), `value` (ISO 8601 at the precision written), `resolved` (the year or day was
/// inferred).
public enum DateMentionsReport {
    public static func line(for m: DateMention, document: String) -> [UInt8] {
        var out: [UInt8] = []
        append(m, documentPrefix: ActorMentionsReport.documentPrefix(document), to: &out)
        return out
    }

    /// Appends one line to `out`; `documentPrefix` is `ActorMentionsReport.documentPrefix` of the
    /// document (`{"doc":"…",`, escaped once per document and shared with the actor mentions).
    public static func append(_ m: DateMention, documentPrefix: [UInt8], to out: inout [UInt8]) {
        out.append(contentsOf: documentPrefix)
        out.appendStatic(surfaceKey)
        JSONObjectWriter.appendString(m.surface, to: &out)
        out.appendStatic(startKey)
        CSVWriter.appendInteger(m.start, to: &out)
        out.appendStatic(endKey)
        CSVWriter.appendInteger(m.end, to: &out)
        out.appendStatic(valueKey)
        JSONObjectWriter.appendString(m.value, to: &out)
        out.appendStatic(m.resolved ? resolvedTrue : resolvedFalse)
    }

    private static let surfaceKey: StaticString = #""surface":"#, startKey: StaticString = #","start":"#,
                       endKey: StaticString = #","end":"#, valueKey: StaticString = #","value":"#,
                       resolvedTrue: StaticString = ",\"resolved\":true}\n",
                       resolvedFalse: StaticString = ",\"resolved\":false}\n"
}
