/// The mentions report (`--mentions FILE`): one JSON object per actor mention, provenance for
/// every count: `doc`, `actor` (canonical name), `id`, `type`, `surface` (as written, clitics
/// included), `start`, `end` (code point offsets in the document text; for `via: tag`, within
/// the tag), `unit` (index of the paragraph or sentence in the document, 0 for documents; null
/// for tags), `via` (`gazetteer`, `alias`, `discovered`, `tag`). Text mentions come in input
/// order; mentions of discovered people follow at the end, once the run knows which are kept.
public enum ActorMentionsReport {
    /// One mention's line; `candidateName`: the name of `m`'s discovered candidate, if it is one.
    public static func line(for m: ActorMention, surface: String, document: String, index: ActorIndex, unit: CooccurrenceUnit,
                            candidateName: String? = nil) -> [UInt8] {
        var out: [UInt8] = []
        append(m, surface: surface, documentPrefix: documentPrefix(document),
               actorFields: actorFields(actor: m.actor, candidate: candidateName, index: index), unit: unit, to: &out)
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
            // A discovered person (a mention each: built from bytes, no String concatenated):
            // the name as reported (`ActorCounts.displayName`), the id from the key.
            let key = candidate ?? ""
            var name = ActorCounts.discoveredName(key)
            var display = ActorCounts.displayName(ofDiscovered: key)
            display.withUTF8 { u in
                out.append(contentsOf: actorKey)
                JSONObjectWriter.appendString(utf8: u, to: &out)
                out.append(UInt8(ascii: ","))
            }
            let type = ActorCounts.discoveredType(key)
            name.withUTF8 { u in
                out.append(contentsOf: type == .organization ? discoveredOrganizationIDKey : type == .place ? discoveredPlaceIDKey : discoveredIDKey)
                JSONObjectWriter.appendEscaped(utf8: u, to: &out)
                out.append(contentsOf: #"","#.utf8)
            }
            out.append(contentsOf: type == .organization ? organizationTypeField : type == .place ? placeTypeField : personTypeField)
        }
        return out
    }

    private static let actorKey = Array(#""actor":"#.utf8), idKey = Array(#""id":"#.utf8), typeKey = Array(#""type":"#.utf8)
    private static let discoveredIDKey = Array(#""id":"discovered:"#.utf8)
    private static let discoveredOrganizationIDKey = Array(#""id":"discovered-org:"#.utf8)
    private static let personTypeField = Array(#""type":"person","#.utf8)
    private static let organizationTypeField = Array(#""type":"organization","#.utf8)
    private static let discoveredPlaceIDKey = Array(#""id":"discovered-place:"#.utf8)
    private static let placeTypeField = Array(#""type":"place","#.utf8)

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

    /// `append` with the surface as valid UTF-8 bytes (a slice of the document's text): no String
    /// per mention, numbers written as bytes (a large corpus has millions of mentions).
    public static func append(_ m: ActorMention, surfaceUTF8: UnsafeBufferPointer<UInt8>, documentPrefix: [UInt8],
                              actorFields: [UInt8], unit: CooccurrenceUnit, to out: inout [UInt8]) {
        documentPrefix.withUnsafeBufferPointer { prefix in
            actorFields.withUnsafeBufferPointer { fields in
                appendLine(start: m.start, end: m.end, unit: unitValue(m, unit), via: m.via, surfaceUTF8: surfaceUTF8,
                           documentPrefix: prefix, actorFields: fields, to: &out)
            }
        }
    }

    /// The `unit` field of a mention: its paragraph or sentence (0 for documents), nil for a tag.
    @inline(__always)
    static func unitValue(_ m: ActorMention, _ unit: CooccurrenceUnit) -> Int? {
        if m.via == .tag { return nil }
        switch unit {
        case .document: return 0
        case .paragraph: return m.line
        case .sentence: return m.sentence
        }
    }

    /// One line from its parts, all given as bytes or numbers: what `report` calls for every
    /// mention. Written in one piece (`RawLine`): appending `[UInt8]` values retained and
    /// released each of them, and each append of a piece checked the array again.
    @inline(__always)
    static func appendLine(start: Int, end: Int, unit: Int?, via: ActorMention.Via, surfaceUTF8: UnsafeBufferPointer<UInt8>,
                           documentPrefix: UnsafeBufferPointer<UInt8>, actorFields: UnsafeBufferPointer<UInt8>,
                           to out: inout [UInt8]) {
        let most = documentPrefix.count + actorFields.count + RawLine.jsonStringBound(surfaceUTF8.count) + 128
        RawLine.append(maxBytes: most, to: &out) { line in
            line.put(documentPrefix)
            line.put(actorFields)
            line.put(#""surface":"#)
            line.put(jsonString: surfaceUTF8)
            line.put(#","start":"#)
            line.put(integer: start)
            line.put(#","end":"#)
            line.put(integer: end)
            line.put(#","unit":"#)
            if let unit { line.put(integer: unit) } else { line.put("null") }
            switch via {
            case .gazetteer: line.put(",\"via\":\"gazetteer\"}\n")
            case .alias: line.put(",\"via\":\"alias\"}\n")
            case .discovered: line.put(",\"via\":\"discovered\"}\n")
            case .tag: line.put(",\"via\":\"tag\"}\n")
            }
        }
    }
}
