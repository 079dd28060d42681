/// The mentions report (`--mentions FILE`): one JSON object per actor mention, provenance for
/// every count: `doc`, `actor` (canonical name), `id`, `type`, `surface` (as written, clitics
/// included), `start`, `end` (code point offsets in the document text; for `via: tag`, within
/// the tag), `unit` (index of the paragraph or sentence in the document, 0 for documents; null
/// for tags), `via` (`gazetteer`, `alias`, `discovered`, `tag`). Text mentions come in input
/// order; mentions of discovered people follow at the end, once the run knows which are kept.
public enum ActorMentionsReport {
    public static func line(for m: ActorMention, surface: String, document: String, index: ActorIndex, unit: CooccurrenceUnit) -> [UInt8] {
        var out: [UInt8] = []
        append(m, surface: surface, documentPrefix: documentPrefix(document),
               actorFields: actorFields(actor: m.actor, candidate: m.candidate, index: index), unit: unit, to: &out)
        return out
    }

    /// `{"doc":"…",`: the start of every line of one document (escaped once per document).
    public static func documentPrefix(_ document: String) -> [UInt8] {
        var out: [UInt8] = Array(#"{"doc":"#.utf8)
        JSONObjectWriter.appendString(document, to: &out)
        out.append(UInt8(ascii: ","))
        return out
    }

    /// `"actor":…,"id":…,"type":…,` of a gazetteer actor or a discovered candidate (escaped once
    /// per actor and worker: a large corpus has millions of mentions of a few thousand actors).
    public static func actorFields(actor: Int?, candidate: String?, index: ActorIndex) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(160)
        if let actor {
            let a = index.actors[actor]
            appendField(actorKey, a.name, to: &out)
            appendField(idKey, a.id, to: &out)
            appendField(typeKey, a.type.rawValue, to: &out)
        } else {
            // A discovered person (a mention each: built from bytes, no String concatenated).
            var name = candidate ?? ""
            name.withUTF8 { u in
                out.append(contentsOf: actorKey)
                JSONObjectWriter.appendString(utf8: u, to: &out)
                out.append(UInt8(ascii: ","))
                out.append(contentsOf: discoveredIDKey)
                JSONObjectWriter.appendEscaped(utf8: u, to: &out)
                out.append(contentsOf: #"","#.utf8)
            }
            out.append(contentsOf: personTypeField)
        }
        return out
    }

    private static let actorKey = Array(#""actor":"#.utf8), idKey = Array(#""id":"#.utf8), typeKey = Array(#""type":"#.utf8)
    private static let discoveredIDKey = Array(#""id":"discovered:"#.utf8)
    private static let personTypeField = Array(#""type":"person","#.utf8)

    private static func appendField(_ key: [UInt8], _ value: String, to out: inout [UInt8]) {
        out.append(contentsOf: key)
        JSONObjectWriter.appendString(value, to: &out)
        out.append(UInt8(ascii: ","))
    }

    /// Appends one line: the document's prefix, the actor's fields, then the mention's own.
    public static func append(_ m: ActorMention, surface: String, documentPrefix: [UInt8], actorFields: [UInt8],
                              unit: CooccurrenceUnit, to out: inout [UInt8]) {
        var surface = surface
        surface.withUTF8 { append(m, surfaceUTF8: $0, documentPrefix: documentPrefix, actorFields: actorFields, unit: unit, to: &out) }
    }

    private static let viaKey = Array(#","via":"#.utf8)


    /// `append` with the surface as valid UTF-8 bytes (a slice of the document's text): no String
    /// per mention, numbers written as bytes (a large corpus has millions of mentions).
    public static func append(_ m: ActorMention, surfaceUTF8: UnsafeBufferPointer<UInt8>, documentPrefix: [UInt8],
                              actorFields: [UInt8], unit: CooccurrenceUnit, to out: inout [UInt8]) {
        out.append(contentsOf: documentPrefix)
        out.append(contentsOf: actorFields)
        out.appendStatic(#""surface":"#)
        JSONObjectWriter.appendString(utf8: surfaceUTF8, to: &out)
        out.appendStatic(#","start":"#)
        CSVWriter.appendInteger(m.start, to: &out)
        out.appendStatic(#","end":"#)
        CSVWriter.appendInteger(m.end, to: &out)
        out.appendStatic(#","unit":"#)
        if m.via == .tag {
            out.append(contentsOf: "null".utf8)
        } else {
            switch unit {
            case .document: out.append(UInt8(ascii: "0"))
            case .paragraph: CSVWriter.appendInteger(m.line, to: &out)
            case .sentence: CSVWriter.appendInteger(m.sentence, to: &out)
            }
        }
        out.append(contentsOf: viaEnd(m.via))
    }

    /// `,"via":"…"}` and the line end, by how the mention was found (made once).
    @inline(__always)
    private static func viaEnd(_ via: ActorMention.Via) -> [UInt8] {
        switch via {
        case .gazetteer: viaGazetteer
        case .alias: viaAlias
        case .discovered: viaDiscovered
        case .tag: viaTag
        }
    }

    private static let viaGazetteer = viaLineEnd(.gazetteer), viaAlias = viaLineEnd(.alias),
                       viaDiscovered = viaLineEnd(.discovered), viaTag = viaLineEnd(.tag)
    private static func viaLineEnd(_ via: ActorMention.Via) -> [UInt8] {
        var out = viaKey
        JSONObjectWriter.appendString(via.rawValue, to: &out)
        return out + Array("}\n".utf8)
    }
}
