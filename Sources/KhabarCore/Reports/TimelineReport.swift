import Foundation

/// The timeline report: long-format rows `period,series,key,count,docs` (plus `burst` with
/// bursts), one per series, key and period of the covered range, zero rows included (plots
/// need them). Series: `documents` (key `all`), `source` (key: the source as written), `terms`
/// (key: the normalised term; `count` occurrences, `docs` documents containing it), `actors`
/// (key: the canonical name; `count` mentions, `docs` documents). Ordered documents, sources (by
/// name, code point order), terms and actors (in the order asked: listed, or most frequent first),
/// then by period.
public enum TimelineReport {
    public static let columns = ["period", "series", "key", "count", "docs"]

    /// One series: per period, (count, docs).
    public struct Series: Sendable {
        public var series: String
        public var key: String
        public var values: [Int: (count: Int, docs: Int)]
        /// Whether bursts are computed for it (not for the total, which is its own base rate).
        public var burstable: Bool
    }

    /// The series of the `top` actors with the most mentions (gazetteer actors), series `actors`,
    /// key = the actor's canonical name (its id when two share a name).
    public static func actorSeries(of timeline: TimelineCounts, actors: ActorCounts, top: Int) -> [Series] {
        guard top > 0 else { return [] }
        let chosen = ActorsReport.rows(actors).filter { !actors.actors[$0].discovered && actors.mentions[$0] > 0 }.prefix(top)
        var byActor: [Int: [Int: (count: Int, docs: Int)]] = [:]
        for (key, v) in timeline.documents.actors { byActor[key.b, default: [:]][key.a] = v }
        let names = chosen.map { actors.actors[$0].name }
        return chosen.map { i in
            let a = actors.actors[i]
            let key = names.filter { $0 == a.name }.count > 1 ? "\(a.name) (\(a.id))" : a.name
            return Series(series: "actors", key: key, values: byActor[i] ?? [:], burstable: true)
        }
    }

    /// The series of a timeline: documents, sources, and the given terms.
    public static func series(of timeline: TimelineCounts, terms: [[UInt8]]) throws -> [Series] {
        var out: [Series] = []
        out.append(Series(series: "documents", key: "all",
                          values: timeline.documents.documents.mapValues { ($0, $0) }, burstable: false))
        for source in timeline.documents.bySource.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            out.append(Series(series: "source", key: source,
                              values: timeline.documents.bySource[source]!.mapValues { ($0, $0) }, burstable: true))
        }
        let termValues = try timeline.termSeries(terms)
        for key in terms {
            out.append(Series(series: "terms", key: String(decoding: key, as: UTF8.self),
                              values: termValues[key] ?? [:], burstable: true))
        }
        return out
    }

    public struct BurstParameters: Sendable {
        public var s: Double
        public var gamma: Double
        public init(s: Double = 2, gamma: Double = 1) { self.s = s; self.gamma = gamma }
    }

    /// Writes the rows, and the bursts (`series,key,start,end,weight`) when `bursts` is given.
    public static func write(_ series: [Series], timeline: TimelineCounts, format: ReportFormat,
                             csv: CSVWriter = CSVWriter(), byteOrderMark: Bool = false,
                             bursts: (parameters: BurstParameters, output: OutputFile)?, to output: OutputFile) {
        guard let range = timeline.range else {
            if format == .csv { output.write((byteOrderMark ? CSVWriter.byteOrderMark : []) + csv.row(columns + (bursts != nil ? ["burst"] : []))) }
            if let bursts { bursts.output.write(csv.row(["series", "key", "start", "end", "weight"])) }
            return
        }
        let g = timeline.granularity
        let labels = range.map { g.label($0) }
        let totals = range.map { timeline.documents.documents[$0] ?? 0 }
        var buffer: [UInt8] = byteOrderMark && format == .csv ? CSVWriter.byteOrderMark : []
        if format == .csv { buffer += csv.row(columns + (bursts != nil ? ["burst"] : [])) }
        var burstRows: [UInt8] = csv.row(["series", "key", "start", "end", "weight"])
        for s in series {
            var states = [Bool](repeating: false, count: range.count)
            if let bursts, s.burstable {
                let relevant = range.map { s.values[$0]?.docs ?? 0 }
                let detected = BurstDetector.detect(relevant: relevant, total: totals,
                                                    s: bursts.parameters.s, gamma: bursts.parameters.gamma)
                states = detected.states
                for b in detected.bursts {
                    burstRows += csv.row([s.series, s.key, labels[b.start], labels[b.end], String(format: "%.3f", b.weight)])
                }
            }
            for (i, period) in range.enumerated() {
                let v = s.values[period] ?? (0, 0)
                switch format {
                case .csv:
                    var fields = [labels[i], s.series, s.key, String(v.count), String(v.docs)]
                    if bursts != nil { fields.append(states[i] ? "1" : "0") }
                    buffer += csv.row(fields)
                case .jsonl:
                    var w = JSONObjectWriter()
                    w.field("period", labels[i])
                    w.field("series", s.series)
                    w.field("key", s.key)
                    w.field("count", v.count)
                    w.field("docs", v.docs)
                    if bursts != nil { w.field("burst", states[i]) }
                    buffer += w.line()
                }
            }
            if buffer.count > 1 << 20 { output.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        output.write(buffer)
        bursts?.output.write(burstRows)
    }
}
