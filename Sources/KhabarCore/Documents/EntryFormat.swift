/// How an archive entry or file is read, decided by its name.
public enum EntryFormat: String, Sendable, CaseIterable {
    /// `*.txt`: a news page in the seed layout.
    case newsPage
    /// `*.jsonl`, `*.ndjson`: one JSON article per line.
    case jsonLines
    /// `*.json`: an array of articles (or one article object).
    case jsonDocument
    /// An archive or compressed file inside an archive or folder (`*.zip`, `*.tar.gz`, `*.gz`, ...).
    case archive

    /// Extensions of archives and compressed streams that libarchive reads.
    static let archiveSuffixes = [
        ".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst", ".tlz4", ".zip", ".7z", ".cpio", ".ar",
        ".iso", ".gz", ".bz2", ".xz", ".lzma", ".zst", ".zstd", ".lz4", ".z", ".cab", ".rar", ".xar",
    ]

    /// The format for a path, or nil when the entry is not something Khabar reads.
    public static func forPath(_ path: String) -> EntryFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") { return .newsPage }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines }
        if lower.hasSuffix(".json") { return .jsonDocument }
        if archiveSuffixes.contains(where: { lower.hasSuffix($0) }) { return .archive }
        return nil
    }

    /// For data with no usable name (a raw stream on standard input): JSON when it starts
    /// with `{` or `[`, a news page otherwise.
    public static func sniff(_ bytes: [UInt8]) -> EntryFormat {
        for b in bytes.prefix(4096) {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "{"): return .jsonLines
            case UInt8(ascii: "["): return .jsonDocument
            default: return .newsPage
            }
        }
        return .newsPage
    }

    /// The name of a raw (single-stream) input's entry: its file name less the compression
    /// suffix (`x.txt.gz` → `x.txt`).
    public static func rawEntryName(forFile name: String) -> String {
        let lower = name.lowercased()
        for suffix in [".gz", ".bz2", ".xz", ".lzma", ".zst", ".zstd", ".lz4", ".z"] where lower.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
