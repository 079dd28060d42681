/// What a document is: a page's own article, or the related article appended to it.
public enum DocumentKind: String, Sendable, Codable {
    case article
    case related
}

/// One news document, as parsed from a page or a JSON record.
///
/// `text` is what term statistics count: the title, a newline, then the body lines joined by
/// newlines, as UTF-8 bytes exactly as in the input (invalid bytes included; the tokenizer
/// replaces and counts them). Metadata lines are not part of it.
public struct Document: Sendable, Equatable {
    /// `<archive>:<entry>`, plus `#related` for a related document, or `:<line>` for JSONL.
    public var id: String
    /// The input (archive, file or directory) as named in ids.
    public var archive: String
    /// The entry path inside the archive.
    public var entry: String
    public var kind: DocumentKind
    /// For a related document, the id of the page it came with.
    public var parent: String?
    public var title: String
    /// The date line's value or the JSON date field, exactly as written.
    public var dateRaw: String?
    /// Where `dateRaw` came from: `line` (a page's date line) or `field` (a JSON field).
    public var dateSource: String?
    /// `dateRaw` parsed (filled by the pipeline's `DateParser`), nil when absent or not understood.
    public var date: PublicationDate?
    public var source: String?
    public var url: String?
    public var tags: [String]
    /// Title + "\n" + body, UTF-8.
    public var text: [UInt8]
    /// Number of body lines (or paragraphs, for JSON text).
    public var bodyLines: Int

    public init(id: String, archive: String, entry: String, kind: DocumentKind = .article,
                parent: String? = nil, title: String, dateRaw: String? = nil, source: String? = nil,
                url: String? = nil, tags: [String] = [], text: [UInt8], bodyLines: Int) {
        self.id = id
        self.archive = archive
        self.entry = entry
        self.kind = kind
        self.parent = parent
        self.title = title
        self.dateRaw = dateRaw
        self.source = source
        self.dateSource = nil
        self.date = nil
        self.url = url
        self.tags = tags
        self.text = text
        self.bodyLines = bodyLines
    }

    /// The body alone (the text after the title line).
    public var body: String {
        let bytes = text
        if let newline = bytes.firstIndex(of: 0x0A) {
            return String(decoding: bytes[(newline + 1)...], as: UTF8.self)
        }
        return ""
    }
}
