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
        out.append(contentsOf: surfaceKey)
        JSONObjectWriter.appendString(m.surface, to: &out)
        out.append(contentsOf: startKey)
        CSVWriter.appendInteger(m.start, to: &out)
        out.append(contentsOf: endKey)
        CSVWriter.appendInteger(m.end, to: &out)
        out.append(contentsOf: valueKey)
        JSONObjectWriter.appendString(m.value, to: &out)
        out.append(contentsOf: m.resolved ? resolvedTrue : resolvedFalse)
    }

    private static let surfaceKey = Array(#""surface":"#.utf8), startKey = Array(#","start":"#.utf8),
                       endKey = Array(#","end":"#.utf8), valueKey = Array(#","value":"#.utf8),
                       resolvedTrue = Array(#","resolved":true}"#.utf8) + [0x0A],
                       resolvedFalse = Array(#","resolved":false}"#.utf8) + [0x0A]
}
