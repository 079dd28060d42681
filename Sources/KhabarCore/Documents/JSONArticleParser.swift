import Foundation

/// Which JSON fields hold an article's parts. Each list is tried in order; the first field
/// present wins. A name may be a dotted path into nested objects (`article.body`).
public struct JSONFieldNames: Sendable, Equatable {
    public var title: [String]
    public var text: [String]
    public var date: [String]
    public var source: [String]
    public var url: [String]
    public var tags: [String]

    /// The common names: `title`/`headline`; `content`/`text`/`body`/`article`;
    /// `date`/`published`/`pubDate`/`date_extracted`; `source`; `url`; `tags`/`keywords`.
    public static let common = JSONFieldNames(
        title: ["title", "headline"],
        text: ["content", "text", "body", "article"],
        date: ["date", "published", "pubDate", "date_extracted", "published_at", "publishedAt"],
        source: ["source"],
        url: ["url", "link"],
        tags: ["tags", "keywords"])

    public init(title: [String], text: [String], date: [String], source: [String], url: [String], tags: [String]) {
        self.title = title
        self.text = text
        self.date = date
        self.source = source
        self.url = url
        self.tags = tags
    }
}

/// A record that could not be read, with its position (1-based line for JSONL, item for JSON).
public struct JSONRecordError: Sendable, Equatable {
    public var position: Int
    public var message: String
}

/// Reads articles from JSON Lines (one object per line) and JSON documents (an array of
/// objects, or one object). A bad record is reported with its position and skipped; the rest
/// of the file is read.
public struct JSONArticleParser: Sendable {
    public var fields: JSONFieldNames {
        didSet { scanner = JSONFieldScanner(fields: fields) }
    }
    /// The fast reader of JSON Lines records (nil with dotted field names); a record it leaves
    /// goes through `JSONSerialization`.
    private var scanner: JSONFieldScanner?
    /// Off: every record through `JSONSerialization` (tests compare the two).
    var usesFieldScanner = true

    public init(fields: JSONFieldNames = .common) {
        self.fields = fields
        scanner = JSONFieldScanner(fields: fields)
    }

    /// Parses a `.jsonl` entry, or a run of its lines starting at line `firstLine` (ids and
    /// errors carry the line numbers of the whole entry). Blank lines are allowed and ignored.
    ///
    /// `arrayItems`: the lines are the items of a JSON array (`JSONArrayLines`), where a value
    /// that is not an object or array is "not a JSON object", as in `parseDocument`.
    public func parseLines(_ bytes: [UInt8], archive: String, entry: String, firstLine: Int = 1,
                           arrayItems: Bool = false) -> (documents: [Document], errors: [JSONRecordError]) {
        var documents: [Document] = []
        var errors: [JSONRecordError] = []
        var lineNumber = firstLine - 1
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            let n = p.count
            var start = 0
            while start < n {
                let end = memchr(base + start, 0x0A, n - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
                lineNumber += 1
                let lineStart = start
                start = end + 1
                var k = lineStart
                while k < end && (base[k] == 0x20 || base[k] == 0x09 || base[k] == 0x0D) { k += 1 }
                if k == end { continue }  // blank
                let id = "\(archive):\(entry):\(lineNumber)"
                let line = UnsafeBufferPointer(start: base + lineStart, count: end - lineStart)
                let result: RecordResult
                if usesFieldScanner, let values = scanner?.scan(line) {
                    result = record(fromObject: values, id: id, archive: archive, entry: entry)
                } else {
                    result = record(from: Data(buffer: line), id: id, archive: archive, entry: entry,
                                    options: arrayItems ? [.fragmentsAllowed] : [])
                }
                switch result {
                case .success(let doc): documents.append(doc)
                case .failure(let message): errors.append(JSONRecordError(position: lineNumber, message: message))
                }
            }
        }
        return (documents, errors)
    }

    /// Parses a `.json` entry: an array of articles (ids `:<item>`, from 1) or one article.
    /// (Arrays in files and archives are streamed item by item, `JSONArrayLines`; a document of
    /// one object comes here, read by the fast scanner when it can. Invalid UTF-8 is repaired
    /// with U+FFFD, as in JSON Lines.)
    public func parseDocument(_ bytes: [UInt8], archive: String, entry: String) -> (documents: [Document], errors: [JSONRecordError]) {
        if usesFieldScanner, let scanner, let values = bytes.withUnsafeBufferPointer({ scanner.scan($0) }) {
            switch record(fromObject: values, id: "\(archive):\(entry)", archive: archive, entry: entry) {
            case .success(let doc): return ([doc], [])
            case .failure(let message): return ([], [JSONRecordError(position: 1, message: message)])
            }
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let data = Data(bytes)
            if String(data: data, encoding: .utf8) == nil,
               let repaired = try? JSONSerialization.jsonObject(with: Data(String(decoding: data, as: UTF8.self).utf8), options: [.fragmentsAllowed]) {
                object = repaired
            } else {
                return ([], [JSONRecordError(position: 0, message: "not valid JSON: \(JSONArticleParser.describe(error))")])
            }
        }
        if let array = object as? [Any] {
            var documents: [Document] = []
            var errors: [JSONRecordError] = []
            for (i, item) in array.enumerated() {
                switch record(fromObject: item, id: "\(archive):\(entry):\(i + 1)", archive: archive, entry: entry) {
                case .success(let doc): documents.append(doc)
                case .failure(let message): errors.append(JSONRecordError(position: i + 1, message: message))
                }
            }
            return (documents, errors)
        }
        switch record(fromObject: object, id: "\(archive):\(entry)", archive: archive, entry: entry) {
        case .success(let doc): return ([doc], [])
        case .failure(let message): return ([], [JSONRecordError(position: 1, message: message)])
        }
    }

    enum RecordResult {
        case success(Document)
        case failure(String)
    }

    private func record(from data: Data, id: String, archive: String, entry: String,
                        options: JSONSerialization.ReadingOptions) -> RecordResult {
        do {
            let object = try JSONSerialization.jsonObject(with: data, options: options)
            return record(fromObject: object, id: id, archive: archive, entry: entry)
        } catch {
            // Not valid UTF-8 is not a reason to lose the article: decode with U+FFFD and retry.
            if String(data: data, encoding: .utf8) == nil {
                let repaired = Data(String(decoding: data, as: UTF8.self).utf8)
                if let object = try? JSONSerialization.jsonObject(with: repaired, options: options) {
                    return record(fromObject: object, id: id, archive: archive, entry: entry)
                }
            }
            return .failure("not valid JSON: \(JSONArticleParser.describe(error))")
        }
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }

    private func record(fromObject object: Any, id: String, archive: String, entry: String) -> RecordResult {
        guard let dict = object as? [String: Any] else {
            return .failure("not a JSON object")
        }
        let titleValue = first(fields.title, in: dict)
        let textValue = first(fields.text, in: dict)
        if titleValue == nil && textValue == nil {
            return .failure("no title or text field (looked for \((fields.title + fields.text).joined(separator: ", ")))")
        }
        let title = (titleValue.flatMap(JSONArticleParser.string) ?? "").trimmingBlanks()
        let body = textValue.flatMap(JSONArticleParser.bytes) ?? []
        var text = Array(title.utf8)
        var bodyLines = 0
        if !body.isEmpty {
            text.reserveCapacity(text.count + 1 + body.count)
            text.append(0x0A)
            text.append(contentsOf: body)
            bodyLines = body.withUnsafeBufferPointer { JSONArticleParser.nonBlankLines($0) }
        }
        var tags: [String] = []
        if let t = first(fields.tags, in: dict) {
            if let list = t as? [Any] {
                tags = list.compactMap(JSONArticleParser.string).map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
            } else if let s = JSONArticleParser.string(t) {
                tags = NewsPageParser.splitTags(s)
            }
        }
        var document = Document(
            id: id, archive: archive, entry: entry, kind: .article, parent: nil, title: title,
            dateRaw: first(fields.date, in: dict).flatMap(JSONArticleParser.string).map { $0.trimmingBlanks() }.flatMap { $0.isEmpty ? nil : $0 },
            source: first(fields.source, in: dict).flatMap(JSONArticleParser.string).flatMap { $0.isEmpty ? nil : $0 },
            url: first(fields.url, in: dict).flatMap(JSONArticleParser.string).flatMap { $0.isEmpty ? nil : $0 },
            tags: tags, text: text, bodyLines: bodyLines)
        if document.dateRaw != nil { document.dateSource = "field" }
        return .success(document)
    }

    /// The lines of `body` that hold more than blanks, lines ending at each "\n" that is a
    /// character of its own (the lines of `body.split(separator: "\n")`: "\r\n" is one character
    /// and ends no line there). On the bytes: splitting a long body into Characters (grapheme
    /// breaking over every scalar) took half of `report` on JSON articles.
    static func nonBlankLines(_ body: String) -> Int {
        var body = body
        return body.withUTF8 { nonBlankLines($0) }
    }

    /// `nonBlankLines` of a body's UTF-8.
    static func nonBlankLines(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = u.baseAddress else { return 0 }
        let n = u.count
        var count = 0, start = 0, from = 0
        while true {
            let end = from < n ? memchr(base + from, 0x0A, n - from).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n : n
            if end < n && end > 0 && base[end - 1] == 0x0D {
                from = end + 1  // "\r\n" is one Character: no line ends here
                continue
            }
            let line = UnsafeBufferPointer(start: base + start, count: end - start)
            var k = 0
            while k < line.count {
                let blank = LineBytes.blankLength(line, at: k)
                if blank == 0 { break }
                k += blank
            }
            if k < line.count { count += 1 }
            if end >= n { return count }
            start = end + 1
            from = start
        }
    }

    /// The value of the first of `names` present in `dict` (dotted paths walk nested objects).
    private func first(_ names: [String], in dict: [String: Any]) -> Any? {
        for name in names {
            var current: Any?
            if name.utf8.contains(0x2E) {
                current = dict
                for part in name.split(separator: ".") {
                    current = (current as? [String: Any])?[String(part)]
                }
            } else {
                current = dict[name]
            }
            if let value = current, !(value is NSNull) { return value }
        }
        return nil
    }

    /// The UTF-8 of `string(value)`, without a `String` for the scanner's strings.
    static func bytes(_ value: Any) -> [UInt8]? {
        if let t = value as? JSONText { return t.bytes }
        return string(value).map { Array($0.utf8) }
    }

    /// Strings as they are, numbers and booleans written out, arrays of strings joined by lines.
    static func string(_ value: Any) -> String? {
        switch value {
        case let t as JSONText: return t.string
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let list as [Any]: return list.compactMap { string($0) }.joined(separator: "\n")
        default: return nil
        }
    }
}
