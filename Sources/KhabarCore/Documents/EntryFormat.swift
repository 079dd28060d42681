#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an archive entry or file is read, decided by its name.
public enum EntryFormat: String, Sendable, CaseIterable {
    /// `*.txt`: a news page in the seed layout.
    case newsPage
    /// `*.jsonl`, `*.ndjson`: one JSON article per line.
    case jsonLines
    /// `*.json`: an array of articles (or one article object).
    case jsonDocument
    /// `*.html`, `*.htm`, `*.xhtml`: a web page (`HTMLArticleParser`).
    case html
    /// An archive or compressed file inside an archive or folder (`*.zip`, `*.tar.gz`, `*.gz`, ...).
    case archive

    /// Extensions of archives and compressed streams that libarchive reads.
    static let archiveSuffixes: [StaticString] = [
        ".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst", ".tlz4", ".zip", ".7z", ".cpio", ".ar",
        ".iso", ".gz", ".bz2", ".xz", ".lzma", ".zst", ".zstd", ".lz4", ".z", ".cab", ".rar", ".xar",
    ]

    /// The format for a path, or nil when the entry is not something Khabar reads.
    ///
    /// Suffixes are compared on the name's last bytes, ASCII letters in any case: this runs on
    /// every entry of every archive and folder, where lowercasing the whole path as a String
    /// showed in profiles. (`lowercased()` also mapped a few non-ASCII letters to ASCII ones,
    /// U+212A KELVIN SIGN to k; no suffix ends in a letter they could make.)
    public static func forPath(_ path: String) -> EntryFormat? {
        var path = path
        return path.withUTF8 { p -> EntryFormat? in
            var tail: (UInt64, UInt64) = (0, 0)  // the last 16 bytes, ASCII letters lowercased
            let n = Swift.min(p.count, 16)
            withUnsafeMutableBytes(of: &tail) { t in
                for i in 0..<n {
                    let b = p[p.count - n + i]
                    t[16 - n + i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
            }
            func ends(_ suffix: StaticString) -> Bool {
                let k = suffix.utf8CodeUnitCount
                guard k <= n else { return false }
                return withUnsafeBytes(of: &tail) { t in
                    memcmp(t.baseAddress! + 16 - k, suffix.utf8Start, k) == 0
                }
            }
            if ends(".txt") { return .newsPage }
            if ends(".jsonl") || ends(".ndjson") { return .jsonLines }
            if ends(".json") { return .jsonDocument }
            if ends(".html") || ends(".htm") || ends(".xhtml") { return .html }
            for suffix in archiveSuffixes where ends(suffix) { return .archive }
            return nil
        }
    }

    /// A file an operating system adds beside the data (`SkipReason.systemMetadata`): a name
    /// starting with `._` (macOS AppleDouble), or anything under a `__MACOSX` folder.
    public static func isSystemMetadata(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { p -> Bool in
            // The last component's start, and any component equal to __MACOSX.
            var start = 0
            for i in 0...p.count {
                if i == p.count || p[i] == 0x2F {
                    let n = i - start
                    if n == 8 && memcmp(p.baseAddress! + start, "__MACOSX", 8) == 0 { return true }
                    if i == p.count { return n > 2 && p[start] == 0x2E && p[start + 1] == 0x5F }
                    start = i + 1
                }
            }
            return false
        }
    }

    /// An archive that libarchive reads without seeking (tar, cpio, ar, a compressed stream),
    /// so that one inside another can be read as its blocks come; zip, 7z, iso, cab, rar and xar
    /// are read from memory.
    static func isStreamedArchive(_ path: String) -> Bool {
        guard forPath(path) == .archive else { return false }
        let lower = path.lowercased()
        return ![".zip", ".7z", ".iso", ".cab", ".rar", ".xar"].contains { lower.hasSuffix($0) }
    }

    /// For data with no usable name (a raw stream on standard input): JSON when it starts
    /// with `{` or `[`, HTML with `<`, a news page otherwise.
    public static func sniff(_ bytes: [UInt8]) -> EntryFormat {
        sniffed(bytes) ?? .newsPage
    }

    /// `sniff`'s answer once `bytes` (the first bytes of the data) decide it: nil while they
    /// are fewer than 4,096 and white space (or a byte order mark) only.
    static func sniffed(_ bytes: [UInt8]) -> EntryFormat? {
        for b in bytes.prefix(4096) {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "{"): return .jsonLines
            case UInt8(ascii: "["): return .jsonDocument
            case UInt8(ascii: "<"): return .html
            default: return .newsPage
            }
        }
        return bytes.count >= 4096 ? .newsPage : nil
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
