import Foundation

/// The one-line summary printed on standard error at the end of a run.
public enum RunSummaryText {
    public static func line(_ c: RunCounters, inputs: Int, elapsed: Double) -> String {
        var parts: [String] = []
        parts.append("\(c.documents) documents (\(c.relatedDocuments) related) from \(c.entries) entries in \(inputs) input\(inputs == 1 ? "" : "s")")
        let skipped = c.skipped.values.reduce(0, +)
        if skipped == 0 {
            parts.append("0 skipped")
        } else {
            let reasons = c.skipped.sorted { $0.key < $1.key }
                .map { "\($0.value) \($0.key) (e.g. \(c.skippedExamples[$0.key] ?? "?"))" }
            parts.append("\(skipped) skipped: " + reasons.joined(separator: ", "))
        }
        if c.documentsWithInvalidBytes > 0 {
            parts.append("\(c.invalidBytes) invalid UTF-8 bytes in \(c.documentsWithInvalidBytes) documents")
        }
        for (name, n) in c.decodedEntries.sorted(by: { $0.key < $1.key }) {
            let shown = LegacyText.Encoding(rawValue: name).map(LegacyText.displayName) ?? name
            parts.append("\(n) \(n == 1 ? "entry" : "entries") read as \(shown), not UTF-8 (e.g. \(c.decodedExamples[name] ?? "?"))")
        }
        if c.unitsWithoutPairs > 0 {
            parts.append("\(c.unitsWithoutPairs) unit\(c.unitsWithoutPairs == 1 ? "" : "s") with too many actors (more than 2,000 by default), whose pairs were not counted (e.g. \(c.unitsWithoutPairsExample ?? "?"))")
        }
        let unparsed = c.unparsedDates.values.reduce(0, +)
        var dates = "\(c.datedDocuments) dated"
        if c.undatedDocuments > 0 { dates += ", \(c.undatedDocuments) without a date" }
        if unparsed > 0 {
            let top = c.unparsedDates.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10)
            dates += ", \(unparsed) dates not understood: " + top.map { "\($0.value) × \"\($0.key)\" (e.g. \(c.unparsedDateExamples[$0.key] ?? ""))" }.joined(separator: ", ")
        }
        parts.append(dates)
        parts.append("\(c.tokens) tokens")
        let mb = Double(c.bytes) / 1_000_000
        parts.append(String(format: "%.1f MB of text (%.1f MB read)", mb, Double(c.inputBytes) / 1_000_000))
        parts.append(String(format: "%.2f s (%.0f MB/s)", elapsed, elapsed > 0 ? mb / elapsed : 0))
        return "khabar: " + parts.joined(separator: "; ")
    }
}
