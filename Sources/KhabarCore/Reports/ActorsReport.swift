import Foundation

/// The actors report: `actor,type,mentions,docs,tag_mentions,id,name_en,country,wikidata,discovered`,
/// one row per actor mentioned (in the text or the tags), sorted by mentions descending, then
/// name (code point order), then id.
public enum ActorsReport {
    public static let columns = ["actor", "type", "mentions", "docs", "tag_mentions", "id", "name_en", "country", "wikidata", "discovered"]

    public static func rows(_ c: ActorCounts) -> [Int] {
        (0..<c.actors.count).filter { c.mentions[$0] > 0 || c.tagMentions[$0] > 0 }.sorted { x, y in
            if c.mentions[x] != c.mentions[y] { return c.mentions[x] > c.mentions[y] }
            let nx = Array(c.actors[x].name.utf8), ny = Array(c.actors[y].name.utf8)
            if nx != ny { return nx.lexicographicallyPrecedes(ny) }
            return c.actors[x].id < c.actors[y].id
        }
    }

    public static func write(_ c: ActorCounts, format: ReportFormat, csv: CSVWriter = CSVWriter(), byteOrderMark: Bool = false, to out: OutputFile) {
        var buffer: [UInt8] = byteOrderMark && format == .csv ? CSVWriter.byteOrderMark : []
        if format == .csv { buffer += csv.row(columns) }
        for i in rows(c) {
            let a = c.actors[i]
            switch format {
            case .csv:
                buffer += csv.row([a.name, a.type.rawValue, String(c.mentions[i]), String(c.documents[i]), String(c.tagMentions[i]),
                                   a.id, a.nameEn ?? "", a.country ?? "", a.wikidata ?? "", a.discovered ? "true" : "false"])
            case .jsonl:
                var w = JSONObjectWriter()
                w.field("actor", a.name); w.field("type", a.type.rawValue); w.field("mentions", c.mentions[i])
                w.field("docs", c.documents[i]); w.field("tag_mentions", c.tagMentions[i]); w.field("id", a.id)
                w.field("name_en", a.nameEn); w.field("country", a.country); w.field("wikidata", a.wikidata)
                w.field("discovered", a.discovered)
                buffer += w.line()
            }
        }
        out.write(buffer)
    }
}

/// Association measures of a pair in N units: f_xy units with both, f_x and f_y with each.
public struct Association: Sendable, Equatable {
    public var pmi: Double
    public var npmi: Double
    public var llr: Double
    public var logDice: Double
    public var jaccard: Double

    public init(together fxy: Int, x fx: Int, y fy: Int, units n: Int) {
        let (xy, x, y, N) = (Double(fxy), Double(fx), Double(fy), Double(n))
        pmi = log2(xy * N / (x * y))
        if fxy >= n { npmi = 1 } else { npmi = max(-1, min(1, pmi / -log2(xy / N))) }
        // Dunning's G² over the 2×2 table (cells in row order, without arrays: this runs for
        // every pair of the report).
        let x0 = N - x, y0 = N - y
        var g = 0.0
        @inline(__always) func cell(_ k: Double, _ r: Double, _ c: Double) { if k > 0 { g += k * log(k * N / (r * c)) } }
        cell(xy, x, y)
        cell(x - xy, x, y0)
        cell(y - xy, x0, y)
        cell(N - x - y + xy, x0, y0)
        llr = 2 * g
        logDice = 14 + log2(2 * xy / (x + y))
        jaccard = xy / (x + y - xy)
    }
}

/// The co-occurrence report: pairs of actors that appear in the same unit at least
/// `minPair` times: `actor_a,actor_b,together,docs_a,docs_b,units,pmi,npmi,llr,logdice,jaccard,id_a,id_b`
/// (actor_a < actor_b in code point order; docs_a/docs_b are the units with each, N = units),
/// sorted by together descending, then actor_a, actor_b. Also as JSONL, GEXF (Gephi) or GraphML
/// (networkx): nodes are actors sized by mentions, edges carry together and npmi.
public enum CooccurrenceReport {
    public enum Format: String, Sendable, CaseIterable { case csv, jsonl, gexf, graphml }

    public static let columns = ["actor_a", "actor_b", "together", "docs_a", "docs_b", "units", "pmi", "npmi", "llr", "logdice", "jaccard", "id_a", "id_b"]

    public struct Row: Sendable {
        public var a: Int
        public var b: Int
        public var together: Int
        public var association: Association
    }

    static func key(_ a: Actor) -> [UInt8] { Array(a.name.utf8) + [0] + Array(a.id.utf8) }

    public static func rows(_ c: ActorCounts, minPair: Int) -> [Row] {
        // Rank every actor once by (name, id) in code point order; compare ranks after.
        let keys = c.actors.map(key)
        let order = (0..<c.actors.count).sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var rank = [Int](repeating: 0, count: c.actors.count)
        for (r, i) in order.enumerated() { rank[i] = r }
        var rows: [Row] = []
        for (pair, together) in c.pairs where together >= minPair {
            var (a, b) = (pair.a, pair.b)
            if rank[b] < rank[a] { swap(&a, &b) }
            rows.append(Row(a: a, b: b, together: together,
                            association: Association(together: together, x: c.unitsWith[a], y: c.unitsWith[b], units: c.units)))
        }
        rows.sort { x, y in
            if x.together != y.together { return x.together > y.together }
            if x.a != y.a { return rank[x.a] < rank[y.a] }
            return rank[x.b] < rank[y.b]
        }
        return rows
    }

    /// Four decimals, as `%.4f` prints them (hand-written: `String(format:)` costs microseconds
    /// and a large corpus has millions of measures to print).
    static func f(_ v: Double) -> String {
        guard v.isFinite else { return "" }
        let raw = abs(v) * 10000
        // Near a tie the product's rounding may differ from printf's exact decimal: ask printf.
        guard raw < 9e15, abs(raw - raw.rounded(.down) - 0.5) > 1e-6 else { return String(format: "%.4f", v) }
        let scaled = raw.rounded()
        let n = Int64(scaled)
        let whole = n / 10000, frac = Int(n % 10000)
        let digits = String(frac)
        return (v < 0 && n != 0 ? "-" : "") + String(whole) + "." + String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// `f(v)`'s bytes appended to `out`, without making a String in the common case.
    static func appendFixed4(_ v: Double, to out: inout [UInt8]) {
        guard v.isFinite else { return }
        let raw = abs(v) * 10000
        guard raw < 9e15, abs(raw - raw.rounded(.down) - 0.5) > 1e-6 else { out += Array(f(v).utf8); return }
        let n = Int(raw.rounded())
        if v < 0 && n != 0 { out.append(0x2D) }
        CSVWriter.appendInteger(n / 10000, to: &out)
        out.append(0x2E)
        let frac = n % 10000
        out.append(UInt8(truncatingIfNeeded: 0x30 + frac / 1000))
        out.append(UInt8(truncatingIfNeeded: 0x30 + frac / 100 % 10))
        out.append(UInt8(truncatingIfNeeded: 0x30 + frac / 10 % 10))
        out.append(UInt8(truncatingIfNeeded: 0x30 + frac % 10))
    }

    public static func write(_ c: ActorCounts, minPair: Int, format: Format, csv: CSVWriter = CSVWriter(),
                             byteOrderMark: Bool = false, to out: OutputFile) {
        let rows = rows(c, minPair: minPair)
        var buffer: [UInt8] = []
        // Written in pieces of about 1 MiB: the report can be far larger than the tables.
        func flushIfLarge() {
            if buffer.count >= 1 << 20 { out.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        switch format {
        case .csv:
            if byteOrderMark { buffer += CSVWriter.byteOrderMark }
            buffer += csv.row(columns)
            // Each actor's name and id as CSV fields, escaped once; numbers written as bytes
            // (the report has a row per pair: hundreds of thousands on a large corpus).
            var names = [[UInt8]?](repeating: nil, count: c.actors.count), ids = names
            func field(_ i: Int, _ cache: inout [[UInt8]?], _ text: String) -> [UInt8] {
                if let f = cache[i] { return f }
                var f: [UInt8] = []
                CSVWriter.appendField(text, to: &f)
                cache[i] = f
                return f
            }
            for r in rows {
                let s = r.association
                buffer += field(r.a, &names, c.actors[r.a].name); buffer.append(0x2C)
                buffer += field(r.b, &names, c.actors[r.b].name); buffer.append(0x2C)
                CSVWriter.appendInteger(r.together, to: &buffer); buffer.append(0x2C)
                CSVWriter.appendInteger(c.unitsWith[r.a], to: &buffer); buffer.append(0x2C)
                CSVWriter.appendInteger(c.unitsWith[r.b], to: &buffer); buffer.append(0x2C)
                CSVWriter.appendInteger(c.units, to: &buffer); buffer.append(0x2C)
                appendFixed4(s.pmi, to: &buffer); buffer.append(0x2C)
                appendFixed4(s.npmi, to: &buffer); buffer.append(0x2C)
                appendFixed4(s.llr, to: &buffer); buffer.append(0x2C)
                appendFixed4(s.logDice, to: &buffer); buffer.append(0x2C)
                appendFixed4(s.jaccard, to: &buffer); buffer.append(0x2C)
                buffer += field(r.a, &ids, c.actors[r.a].id); buffer.append(0x2C)
                buffer += field(r.b, &ids, c.actors[r.b].id)
                buffer += csv.lineEnding
                flushIfLarge()
            }
        case .jsonl:
            for r in rows {
                let (a, b, s) = (c.actors[r.a], c.actors[r.b], r.association)
                var w = JSONObjectWriter()
                w.field("actor_a", a.name); w.field("actor_b", b.name); w.field("together", r.together)
                w.field("docs_a", c.unitsWith[r.a]); w.field("docs_b", c.unitsWith[r.b]); w.field("units", c.units)
                w.field("pmi", s.pmi); w.field("npmi", s.npmi); w.field("llr", s.llr); w.field("logdice", s.logDice)
                w.field("jaccard", s.jaccard); w.field("id_a", a.id); w.field("id_b", b.id)
                buffer += w.line()
                flushIfLarge()
            }
        case .gexf, .graphml:
            var nodes: [Int] = []
            var seen = Set<Int>()
            for r in rows { for x in [r.a, r.b] where seen.insert(x).inserted { nodes.append(x) } }
            nodes.sort { key(c.actors[$0]).lexicographicallyPrecedes(key(c.actors[$1])) }
            func x(_ s: String) -> String {
                s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            }
            var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            if format == .gexf {
                s += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n<graph defaultedgetype=\"undirected\">\n"
                s += "<attributes class=\"node\"><attribute id=\"type\" title=\"type\" type=\"string\"/><attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/></attributes>\n"
                s += "<attributes class=\"edge\"><attribute id=\"npmi\" title=\"npmi\" type=\"double\"/></attributes>\n<nodes>\n"
                for n in nodes {
                    let a = c.actors[n]
                    s += "<node id=\"\(x(a.id))\" label=\"\(x(a.name))\"><attvalues><attvalue for=\"type\" value=\"\(a.type.rawValue)\"/><attvalue for=\"mentions\" value=\"\(c.mentions[n])\"/></attvalues><viz:size value=\"\(c.mentions[n])\"/></node>\n"
                }
                s += "</nodes>\n<edges>\n"
                for (i, r) in rows.enumerated() {
                    if s.utf8.count >= 1 << 20 { out.write(Array(s.utf8)); s = "" }
                    s += "<edge id=\"\(i)\" source=\"\(x(c.actors[r.a].id))\" target=\"\(x(c.actors[r.b].id))\" weight=\"\(r.together)\"><attvalues><attvalue for=\"npmi\" value=\"\(f(r.association.npmi))\"/></attvalues></edge>\n"
                }
                s += "</edges>\n</graph>\n</gexf>\n"
            } else {
                s += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                s += "<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n<key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
                s += "<key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
                s += "<key id=\"npmi\" for=\"edge\" attr.name=\"npmi\" attr.type=\"double\"/>\n<graph edgedefault=\"undirected\">\n"
                for n in nodes {
                    let a = c.actors[n]
                    s += "<node id=\"\(x(a.id))\"><data key=\"label\">\(x(a.name))</data><data key=\"type\">\(a.type.rawValue)</data><data key=\"mentions\">\(c.mentions[n])</data></node>\n"
                }
                for r in rows {
                    if s.utf8.count >= 1 << 20 { out.write(Array(s.utf8)); s = "" }
                    s += "<edge source=\"\(x(c.actors[r.a].id))\" target=\"\(x(c.actors[r.b].id))\"><data key=\"weight\">\(r.together)</data><data key=\"npmi\">\(f(r.association.npmi))</data></edge>\n"
                }
                s += "</graph>\n</graphml>\n"
            }
            buffer = Array(s.utf8)
        }
        out.write(buffer)
    }
}
