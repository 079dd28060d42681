/// The format of a tabular report.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// RFC 4180 CSV with a header row.
    case csv
    /// One JSON object per line.
    case jsonl
}
