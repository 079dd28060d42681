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
        // The mention's numbers taken out: a closure that captured the mention copied it (its
        // two strings retained and released) for every line.
        var surface = m.surface, value = m.value
        let start = m.start, end = m.end, resolved = m.resolved
        surface.withUTF8 { surface in
            value.withUTF8 { value in
                documentPrefix.withUnsafeBufferPointer { prefix in
                    // In one piece (`RawLine`), as the actor mention lines.
                    let most = prefix.count + RawLine.jsonStringBound(surface.count) + RawLine.jsonStringBound(value.count) + 128
                    RawLine.append(maxBytes: most, to: &out) { line in
                        line.put(prefix)
                        line.put(#""surface":"#)
                        line.put(jsonString: surface)
                        line.put(#","start":"#)
                        line.put(integer: start)
                        line.put(#","end":"#)
                        line.put(integer: end)
                        line.put(#","value":"#)
                        line.put(jsonString: value)
                        line.put(resolved ? ",\"resolved\":true}\n" : ",\"resolved\":false}\n")
                    }
                }
            }
        }
    }
}
