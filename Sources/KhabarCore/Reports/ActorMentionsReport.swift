/// The mentions report (`--mentions FILE`): one JSON object per actor mention, provenance for
/// every count: `doc`, `actor` (canonical name), `id`, `type`, `surface` (as written, clitics
/// included), `start`, `end` (code point offsets in the document text; for `via: tag`, within
/// the tag), `unit` (index of the paragraph or sentence in the document, 0 for documents; null
/// for tags), `via` (`gazetteer`, `alias`, `discovered`, `tag`). Text mentions come in input
/// order; mentions of discovered people follow at the end, once the run knows which are kept.
public enum ActorMentionsReport {
    public static func line(for m: ActorMention, surface: String, document: String, index: ActorIndex, unit: CooccurrenceUnit) -> [UInt8] {
        var w = JSONObjectWriter()
        w.field("doc", document)
        if let a = m.actor {
            let actor = index.actors[a]
            w.field("actor", actor.name)
            w.field("id", actor.id)
            w.field("type", actor.type.rawValue)
        } else {
            w.field("actor", m.candidate)
            w.field("id", "discovered:" + (m.candidate ?? ""))
            w.field("type", ActorType.person.rawValue)
        }
        w.field("surface", surface)
        w.field("start", m.start)
        w.field("end", m.end)
        if m.via == .tag {
            w.field("unit", nil as String?)
        } else {
            switch unit {
            case .document: w.field("unit", 0)
            case .paragraph: w.field("unit", m.line)
            case .sentence: w.field("unit", m.sentence)
            }
        }
        w.field("via", m.via.rawValue)
        return w.line()
    }
}
