import Foundation

/// The actors report: `actor,type,mentions,docs,tag_mentions,id,name_en,country,wikidata,discovered`,
/// one row per actor mentioned (in the text or the tags), sorted by mentions descending, then
/// name (code point order), then id.
public enum ActorsReport {
    public static let columns = ["actor", "type", "mentions", "docs", "tag_mentions", "id", "name_en", "country", "wikidata", "discovered"]

    public static func rows(_ c: ActorCounts) -> [Int] {
        // Each name's bytes once (not per comparison: ties on mentions are many), packed.
        var shown: [Int] = []
        for i in c.actors.indices where c.mentions[i] > 0 || c.tagMentions[i] > 0 { shown.append(i) }
        let names = PackedBytes(count: shown.count) { Array(c.actors[shown[$0]].name.utf8) }
        defer { names.deallocate() }
        let mentions = shown.map { c.mentions[$0] }
        return (0..<shown.count).sorted { x, y in
            if mentions[x] != mentions[y] { return mentions[x] > mentions[y] }
            if !names.equal(x, y) { return names.precedes(x, y) }
            return c.actors[shown[x]].id < c.actors[shown[y]].id
        }.map { shown[$0] }
    }

    public static func write(_ c: ActorCounts, format: ReportFormat, csv: CSVWriter = CSVWriter(), byteOrderMark: Bool = false, to out: OutputFile) {
        var buffer: [UInt8] = byteOrderMark && format == .csv ? CSVWriter.byteOrderMark : []
        if format == .csv { buffer += csv.row(columns) }
        for i in rows(c) {
            let a = c.actors[i]
            switch format {
            case .csv:
                // Fields appended as bytes (a String per number cost more than the rest of the row).
                CSVWriter.appendField(a.name, to: &buffer); buffer.append(0x2C)
                buffer.append(contentsOf: a.type.rawValue.utf8); buffer.append(0x2C)
                CSVWriter.appendInteger(c.mentions[i], to: &buffer); buffer.append(0x2C)
                CSVWriter.appendInteger(c.documents[i], to: &buffer); buffer.append(0x2C)
                CSVWriter.appendInteger(c.tagMentions[i], to: &buffer); buffer.append(0x2C)
                CSVWriter.appendField(a.id, to: &buffer); buffer.append(0x2C)
                CSVWriter.appendField(a.nameEn ?? "", to: &buffer); buffer.append(0x2C)
                CSVWriter.appendField(a.country ?? "", to: &buffer); buffer.append(0x2C)
                CSVWriter.appendField(a.wikidata ?? "", to: &buffer); buffer.append(0x2C)
                buffer.append(contentsOf: (a.discovered ? "true" : "false").utf8)
                buffer += csv.lineEnding
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
        orderedPairs(c, minPair: minPair).map { p in
            let (a, b) = (p.a, p.b)
            return Row(a: a, b: b, together: p.together,
                       association: Association(together: Int(p.together), x: c.unitsWith[a], y: c.unitsWith[b], units: c.units))
        }
    }

    /// A pair in the report's order, as compact as sorting wants it (12 bytes): together, then
    /// the two actors' ranks in (name, id) order; the actors are the ones at those ranks.
    struct RankedPair {
        var together: UInt32
        var rankA: UInt32
        var rankB: UInt32
    }

    /// The pairs of the report in its order: pairs of actors (ids into `actors`) and the units
    /// with both.
    struct OrderedPairs: RandomAccessCollection {
        let ranked: [RankedPair]
        /// The actor at each rank of (name, id) order.
        let actorAtRank: [UInt32]

        var startIndex: Int { 0 }
        var endIndex: Int { ranked.count }

        subscript(i: Int) -> (a: Int, b: Int, together: Int) {
            let p = ranked[i]
            return (Int(actorAtRank[Int(p.rankA)]), Int(actorAtRank[Int(p.rankB)]), Int(p.together))
        }
    }

    /// The pairs with at least `minPair` units, actor_a before actor_b in (name, id) order,
    /// sorted by together descending, then actor_a, actor_b. Comparing two pairs reads their
    /// 12 bytes: no actor, name or rank table is looked up while sorting (a large corpus has a
    /// million pairs, sorted at the end of the run, when memory peaks: 12 bytes a pair, not 24).
    static func orderedPairs(_ c: ActorCounts, minPair: Int) -> OrderedPairs {
        // Rank every actor once by (name, id) in code point order; compare ranks after.
        let order: [Int] = {
            let keys = PackedBytes(count: c.actors.count) { key(c.actors[$0]) }
            defer { keys.deallocate() }
            return (0..<c.actors.count).sorted { keys.precedes($0, $1) }
        }()
        var rank = [UInt32](repeating: 0, count: c.actors.count)
        for (r, i) in order.enumerated() { rank[i] = UInt32(r) }
        var pairs: [RankedPair] = []
        pairs.reserveCapacity(c.pairs.count)
        for (pair, together) in c.pairs where together >= minPair {
            let (x, y) = (rank[pair.a], rank[pair.b])
            pairs.append(RankedPair(together: UInt32(together), rankA: Swift.min(x, y), rankB: Swift.max(x, y)))
        }
        // Two stable passes: by the ranks, then by together descending (the ranks' order stays
        // within equal counts).
        RadixSort.sort(&pairs) { UInt64($0.rankA) << 32 | UInt64($0.rankB) }
        RadixSort.sort(&pairs) { UInt64(UInt32.max - $0.together) }
        return OrderedPairs(ranked: pairs, actorAtRank: order.map { UInt32($0) })
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

    /// `s` with & < > " written as XML entities, as bytes.
    static func xmlEscaped(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            default: out.append(b)
            }
        }
        return out
    }

    /// Writes the report; the CSV and JSONL rows are formatted on up to `threads` threads.
    public static func write(_ c: ActorCounts, minPair: Int, format: Format, csv: CSVWriter = CSVWriter(),
                             byteOrderMark: Bool = false, threads: Int = PipelineConfiguration.coreCount, to out: OutputFile) {
        var buffer: [UInt8] = []
        switch format {
        case .csv:
            if byteOrderMark { buffer += CSVWriter.byteOrderMark }
            buffer += csv.row(columns)
            out.write(buffer)
            // Each actor's name and id as CSV fields, escaped once, in one arena; numbers written as
            // bytes. The rows are formatted on the cores, in chunks written in order.
            var fields: [UInt8] = [], fieldEnds: [Int] = []  // actor i: name 2i, id 2i + 1
            for a in c.actors {
                CSVWriter.appendField(a.name, to: &fields); fieldEnds.append(fields.count)
                CSVWriter.appendField(a.id, to: &fields); fieldEnds.append(fields.count)
            }
            let pairs = orderedPairs(c, minPair: minPair), lineEnding = csv.lineEnding
            let unitsWith = c.unitsWith, units = c.units
            // Constants for the rows' closure, and the sink declared inside the innermost one: a
            // `var` captured by these closures (which `ParallelRows` stores) is checked for
            // exclusive access at run time on every use, ~15% of this report's time.
            let fieldBytes = fields, ends = fieldEnds
            ParallelRows.write(count: pairs.count, threads: threads, to: out) { range, buffer in
                fieldBytes.withUnsafeBufferPointer { fields in
                    func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                        let start = k == 0 ? 0 : ends[k - 1]
                        return UnsafeBufferPointer(rebasing: fields[start..<ends[k]])
                    }
                    lineEnding.withUnsafeBufferPointer { lineEnding in
                        var sink = ByteSink(capacity: range.count * 160)
                        for p in pairs[range] {
                            let (a, b, together) = p
                            let s = Association(together: together, x: unitsWith[a], y: unitsWith[b], units: units)
                            sink.append(field(2 * a)); sink.append(0x2C)
                            sink.append(field(2 * b)); sink.append(0x2C)
                            sink.appendInteger(together); sink.append(0x2C)
                            sink.appendInteger(unitsWith[a]); sink.append(0x2C)
                            sink.appendInteger(unitsWith[b]); sink.append(0x2C)
                            sink.appendInteger(units); sink.append(0x2C)
                            sink.appendFixed4(s.pmi); sink.append(0x2C)
                            sink.appendFixed4(s.npmi); sink.append(0x2C)
                            sink.appendFixed4(s.llr); sink.append(0x2C)
                            sink.appendFixed4(s.logDice); sink.append(0x2C)
                            sink.appendFixed4(s.jaccard); sink.append(0x2C)
                            sink.append(field(2 * a + 1)); sink.append(0x2C)
                            sink.append(field(2 * b + 1))
                            sink.append(lineEnding)
                        }
                        buffer.append(contentsOf: sink.bytes)
                    }
                }
            }
            return
        case .jsonl:
            let pairs = orderedPairs(c, minPair: minPair)
            ParallelRows.write(count: pairs.count, threads: threads, to: out) { range, buffer in
                for p in pairs[range] {
                    let (i, j, together) = p
                    let (a, b) = (c.actors[i], c.actors[j])
                    let s = Association(together: together, x: c.unitsWith[i], y: c.unitsWith[j], units: c.units)
                    var w = JSONObjectWriter()
                    w.field("actor_a", a.name); w.field("actor_b", b.name); w.field("together", together)
                    w.field("docs_a", c.unitsWith[i]); w.field("docs_b", c.unitsWith[j]); w.field("units", c.units)
                    w.field("pmi", s.pmi); w.field("npmi", s.npmi); w.field("llr", s.llr); w.field("logdice", s.logDice)
                    w.field("jaccard", s.jaccard); w.field("id_a", a.id); w.field("id_b", b.id)
                    buffer += w.line()
                }
            }
            return
        case .gexf, .graphml:
            // Each actor's id and name escaped for XML once, as bytes; the edges formatted in
            // chunks on the cores as the CSV rows are (escaping every edge's ids through
            // `replacingOccurrences` took ~2.8 s for news-bench's 250,000 pairs).
            let pairs = orderedPairs(c, minPair: minPair)
            var nodes: [Int] = []
            var seen = Set<Int>()
            for p in pairs { for x in [p.a, p.b] where seen.insert(x).inserted { nodes.append(x) } }
            let keys = PackedBytes(count: c.actors.count) { key(c.actors[$0]) }
            defer { keys.deallocate() }
            nodes.sort { keys.precedes($0, $1) }
            var escaped: [[UInt8]] = Array(repeating: [], count: 2 * c.actors.count)  // id 2i, name 2i + 1
            for n in nodes {
                escaped[2 * n] = xmlEscaped(c.actors[n].id)
                escaped[2 * n + 1] = xmlEscaped(c.actors[n].name)
            }
            let gexf = format == .gexf
            var head = ByteSink(capacity: 4096 + nodes.count * 200)
            head.append(#"<?xml version="1.0" encoding="UTF-8"?>\#n"#)
            if gexf {
                head.append(#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\#n<graph defaultedgetype="undirected">\#n"#)
                head.append(#"<attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="mentions" title="mentions" type="integer"/></attributes>\#n"#)
                head.append(#"<attributes class="edge"><attribute id="npmi" title="npmi" type="double"/></attributes>\#n<nodes>\#n"#)
            } else {
                head.append(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\#n"#)
                head.append(#"<key id="label" for="node" attr.name="label" attr.type="string"/>\#n<key id="type" for="node" attr.name="type" attr.type="string"/>\#n"#)
                head.append(#"<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>\#n<key id="weight" for="edge" attr.name="weight" attr.type="int"/>\#n"#)
                head.append(#"<key id="npmi" for="edge" attr.name="npmi" attr.type="double"/>\#n<graph edgedefault="undirected">\#n"#)
            }
            for n in nodes {
                let type = Array(c.actors[n].type.rawValue.utf8)
                escaped[2 * n].withUnsafeBufferPointer { id in
                    escaped[2 * n + 1].withUnsafeBufferPointer { label in
                        type.withUnsafeBufferPointer { type in
                            if gexf {
                                head.append(#"<node id=""#); head.append(id); head.append(#"" label=""#); head.append(label)
                                head.append(#""><attvalues><attvalue for="type" value=""#); head.append(type)
                                head.append(#""/><attvalue for="mentions" value=""#); head.appendInteger(c.mentions[n])
                                head.append(#""/></attvalues><viz:size value=""#); head.appendInteger(c.mentions[n])
                                head.append(#""/></node>\#n"#)
                            } else {
                                head.append(#"<node id=""#); head.append(id); head.append(#""><data key="label">"#); head.append(label)
                                head.append(#"</data><data key="type">"#); head.append(type)
                                head.append(#"</data><data key="mentions">"#); head.appendInteger(c.mentions[n])
                                head.append("</data></node>\n")
                            }
                        }
                    }
                }
            }
            if gexf { head.append("</nodes>\n<edges>\n") }
            out.write(head.bytes)
            let unitsWith = c.unitsWith, units = c.units
            // The escaped ids in one arena, constants for the edges' closure, and the sink inside
            // it (as for the CSV rows: no `var` captured, no run-time exclusivity checks).
            var idBytes: [UInt8] = [], idEnds: [Int] = []
            for k in 0..<c.actors.count { idBytes += escaped[2 * k]; idEnds.append(idBytes.count) }
            let ids = idBytes, ends = idEnds
            ParallelRows.write(count: pairs.count, threads: threads, to: out) { range, buffer in
                ids.withUnsafeBufferPointer { ids in
                    func id(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                        UnsafeBufferPointer(rebasing: ids[(k == 0 ? 0 : ends[k - 1])..<ends[k]])
                    }
                    var sink = ByteSink(capacity: range.count * 200)
                    for i in range {
                        let (a, b, together) = pairs[i]
                        let npmi = Association(together: together, x: unitsWith[a], y: unitsWith[b], units: units).npmi
                        let source = id(a), target = id(b)
                        if gexf {
                            sink.append(#"<edge id=""#); sink.appendInteger(i)
                            sink.append(#"" source=""#); sink.append(source); sink.append(#"" target=""#); sink.append(target)
                            sink.append(#"" weight=""#); sink.appendInteger(together)
                            sink.append(#""><attvalues><attvalue for="npmi" value=""#); sink.appendFixed4(npmi)
                            sink.append(#""/></attvalues></edge>\#n"#)
                        } else {
                            sink.append(#"<edge source=""#); sink.append(source); sink.append(#"" target=""#); sink.append(target)
                            sink.append(#""><data key="weight">"#); sink.appendInteger(together)
                            sink.append(#"</data><data key="npmi">"#); sink.appendFixed4(npmi)
                            sink.append("</data></edge>\n")
                        }
                    }
                    buffer.append(contentsOf: sink.bytes)
                }
            }
            buffer = Array((gexf ? "</edges>\n</graph>\n</gexf>\n" : "</graph>\n</graphml>\n").utf8)
        }
        out.write(buffer)
    }
}
