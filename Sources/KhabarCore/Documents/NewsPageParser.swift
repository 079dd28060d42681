import Foundation

/// Parses a news page in the seed layout into its article and, when present, the related
/// article appended after it.
///
/// - The title is the first non-empty line that is not a metadata line.
/// - Metadata lines (their text is not counted): the date line (`تاريخ النشر:`, `نشر في:`,
///   `نُشر في:`, `نشر بتاريخ:`, `نُشر بتاريخ:`, `آخر تحديث:`; the first one's value is kept raw),
///   the source (`المصدر:`, the first wins) and the tags (`كلمات دلالية:`, split on ، , ; |).
///   Keywords are recognised whatever their diacritics, tatweel, hamza spelling or invisibles.
///   English pages of the same layout use `Published:` (`Published on:`, `Date:`, `Updated:`,
///   `Last updated:`, `Posted:`, `Posted on:`), `Source:`, `Tags:` or `Keywords:`, and `Read also`,
///   `See also` or `Related` for the related article, in any case.
/// - A "read also" line (`إقرأ|اقرأ|إقرا|اقرا` + `أيضاً|أيضا|ايضا|ايضاً`, optional `:`) after
///   the page's source or tags line starts the related article (kind `related`, id `#related`;
///   a further one after the related article's own source, `#related2`, and so on). The same
///   line inside the body is an inline box: it is dropped and the body goes on.
/// - Lines are trimmed of white space and invisible marks; `\r\n` line ends are accepted.
public struct NewsPageParser: Sendable {
    public init() {}

    enum LineKind: Equatable {
        case text
        case date(String)
        case source(String)
        case tags(String)
        case relatedMarker
    }

    private static func key(_ s: String) -> [UInt8] {
        var bytes = Array(s.utf8)
        return bytes.withUnsafeMutableBufferPointer { LineBytes.matchKey(UnsafeBufferPointer($0)) }
    }

    /// The labels, Arabic and then English (a page of the same layout in English: "Published:",
    /// "Source:", "Tags:", "Read also"); the English ones are matched whatever their case.
    private static let dateKeys = ["تاريخ النشر", "نشر في", "نشر بتاريخ", "آخر تحديث", "اخر تحديث",
                                   "published", "published on", "date", "updated", "last updated", "posted", "posted on"].map(key)
    private static let sourceKeys = ["المصدر", "source"].map(key)
    private static let tagsKeys = ["كلمات دلالية", "tags", "keywords"].map(key)
    private static let relatedKeys = ["اقرأ أيضا", "اقرا ايضا", "read also", "see also", "related"].map(key)

    /// Classifies one trimmed line. The line's match key is made on the stack and compared with
    /// the keywords' in place (an array per key, compared through the generic `starts(with:)`,
    /// was most of the page parser's time in `terms`).
    static func classify(_ line: UnsafeBufferPointer<UInt8>) -> LineKind {
        guard mayBeMetadata(line) else { return .text }
        let limit = 64
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 1) { room -> LineKind in
            let key = UnsafeBufferPointer(start: room.baseAddress!, count: LineBytes.writeMatchKey(line, limit: limit, to: room.baseAddress!))
            // "read also", optionally followed by ':' and nothing else
            for related in relatedKeys where starts(key, with: related) {
                var rest = related.count
                while rest < key.count && key[rest] == 0x20 { rest += 1 }
                if rest == key.count || (key[rest] == UInt8(ascii: ":") && key[(rest + 1)...].allSatisfy { $0 == 0x20 }) {
                    return .relatedMarker
                }
            }
            func value(after keyword: [UInt8]) -> String? {
                guard starts(key, with: keyword) else { return nil }
                var rest = keyword.count
                while rest < key.count && key[rest] == 0x20 { rest += 1 }
                guard rest < key.count, key[rest] == UInt8(ascii: ":") else { return nil }
                // The value: everything after the first ':' of the original line, trimmed.
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
                let tail = UnsafeBufferPointer(rebasing: line[(colon + 1)...])
                let range = LineBytes.trimmed(tail)
                return String(decoding: UnsafeBufferPointer(rebasing: tail[range]), as: UTF8.self)
            }
            for dateKey in dateKeys { if let v = value(after: dateKey) { return .date(v) } }
            for sourceKey in sourceKeys { if let v = value(after: sourceKey) { return .source(v) } }
            for tagsKey in tagsKeys { if let v = value(after: tagsKey) { return .tags(v) } }
            return .text
        }
    }

    /// `key` starts with `prefix`.
    @inline(__always)
    private static func starts(_ key: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
        key.count >= prefix.count && prefix.withUnsafeBufferPointer { memcmp(key.baseAddress!, $0.baseAddress!, $0.count) == 0 }
    }

    /// A cheap test that rules out most body lines: every keyword starts with ت ن ا أ إ آ ٱ ا or ك,
    /// or (English) with p d u l s t k r in either case, and a metadata line has a ':' within its
    /// first 96 bytes unless it is a short "read also".
    @inline(__always)
    static func mayBeMetadata(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 2 else { return false }
        let b0 = line[0], b1 = line[1]
        let first: Bool
        switch (b0, b1) {
        case (0xD8, 0xAA), (0xD9, 0x86), (0xD8, 0xA2), (0xD8, 0xA3), (0xD8, 0xA5), (0xD8, 0xA7), (0xD9, 0xB1), (0xD9, 0x83):
            first = true
        default:
            switch b0 | 0x20 {  // an ASCII letter in lowercase (other bytes give no letter below)
            case UInt8(ascii: "p"), UInt8(ascii: "d"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "s"),
                 UInt8(ascii: "t"), UInt8(ascii: "k"), UInt8(ascii: "r"):
                first = b0 < 0x80
            default:
                first = false
            }
        }
        guard first else { return false }
        if line.count <= 48 { return true }
        return memchr(line.baseAddress!, Int32(UInt8(ascii: ":")), min(96, line.count)) != nil
    }

    /// Splits a tags line on ، , ; | where present, else keeps it as one tag.
    static func splitTags(_ value: String) -> [String] {
        let separators: Set<Character> = ["،", ",", ";", "|"]
        let parts = value.split(whereSeparator: { separators.contains($0) })
        return parts.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    private struct Builder {
        var title: String?
        var text: [UInt8] = []
        var bodyLines = 0
        var dateRaw: String?
        var source: String?
        var tags: [String] = []
        var sawSourceOrTags = false

        mutating func addText(_ line: UnsafeBufferPointer<UInt8>) {
            if title == nil {
                title = String(decoding: line, as: UTF8.self)
                text.append(contentsOf: line)
            } else {
                text.append(0x0A)
                text.append(contentsOf: line)
                bodyLines += 1
            }
        }
    }

    /// Parses `bytes` (one `.txt` entry) into one article and its related articles.
    public func parse(_ bytes: [UInt8], archive: String, entry: String) -> [Document] {
        var builders: [Builder] = [Builder()]
        // The article's text is at most the page: reserved once (growing it line by line
        // reallocated and copied it ~6 times a page), rounded up to a power of two: blocks of
        // every page's exact size left malloc's freed memory in pieces no later block fitted
        // (bigrams under --max-memory 256M peaked at 242 MB instead of 177 MB).
        builders[0].text.reserveCapacity(powerOfTwoAbove(bytes.count))
        bytes.withUnsafeBufferPointer { all in
            var lineStart = 0
            let n = all.count
            while lineStart <= n {
                // memchr: SIMD over the bytes (lines of news bodies are paragraphs of 500+ bytes).
                var lineEnd = n
                if lineStart < n, let nl = memchr(all.baseAddress! + lineStart, 0x0A, n - lineStart) {
                    lineEnd = all.baseAddress!.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                }
                let raw = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                let range = LineBytes.trimmed(raw)
                lineStart = lineEnd + 1
                if range.isEmpty { continue }
                let line = UnsafeBufferPointer(rebasing: raw[range])
                switch NewsPageParser.classify(line) {
                case .relatedMarker:
                    if builders[builders.count - 1].sawSourceOrTags { builders.append(Builder()) }
                    // else: an inline "read also" box inside the body: dropped.
                case .date(let v):
                    if builders[builders.count - 1].dateRaw == nil { builders[builders.count - 1].dateRaw = v }
                case .source(let v):
                    if builders[builders.count - 1].source == nil { builders[builders.count - 1].source = v }
                    builders[builders.count - 1].sawSourceOrTags = true
                case .tags(let v):
                    builders[builders.count - 1].tags.append(contentsOf: NewsPageParser.splitTags(v))
                    builders[builders.count - 1].sawSourceOrTags = true
                case .text:
                    builders[builders.count - 1].addText(line)
                }
            }
        }
        let pageID = "\(archive):\(entry)"
        var documents: [Document] = []
        documents.reserveCapacity(builders.count)
        // Each builder moved out of the array (popped, not copied): its strings and text go to
        // the document without a retain and a release each.
        builders.reverse()
        var index = -1
        while let b = builders.popLast() {
            index += 1
            if index > 0 && b.title == nil && b.dateRaw == nil && b.source == nil && b.tags.isEmpty { continue }
            let id = index == 0 ? pageID : (index == 1 ? "\(pageID)#related" : "\(pageID)#related\(index)")
            documents.append(Document(
                id: id, archive: archive, entry: entry,
                kind: index == 0 ? .article : .related,
                parent: index == 0 ? nil : pageID,
                title: b.title ?? "", dateRaw: b.dateRaw, source: b.source, tags: b.tags,
                text: b.text, bodyLines: b.bodyLines))
            if b.dateRaw != nil { documents[documents.count - 1].dateSource = "line" }
        }
        return documents
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space and invisible marks.
    func trimmingBlanks() -> String {
        var bytes = Array(self.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let b = UnsafeBufferPointer(buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: b[LineBytes.trimmed(b)]), as: UTF8.self)
        }
    }
}
