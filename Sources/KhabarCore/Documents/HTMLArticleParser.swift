/// A news article from an HTML page (`*.html`, `*.htm`, `*.xhtml`: a scraped site, a saved page),
/// read on its bytes in one pass, never as a DOM:
///
/// - title: `og:title`, else the first `<h1>`, else `<title>`; the body's line equal to it is not
///   counted twice;
/// - date: `article:published_time` (or `og:published_time`, `date`, `pubdate`, `publishdate`,
///   `dc.date`, `dcterms.created`, `sailthru.date` metas), else the first `<time datetime>`; read
///   by the date parser as a JSON field's (`date_source` "meta");
/// - source `og:site_name`, url `<link rel="canonical">` or `og:url`, tags `keywords` /
///   `news_keywords` (split on commas as a page's tags line);
/// - text: what the first `<article>` holds, or the whole `<body>` when there is none (or it holds
///   less than 200 bytes of text), without `script`, `style`, `noscript`, `template`, `svg`,
///   `nav`, `footer`, `aside`, `button`, `select` and comments; block elements (p, div,
///   br, li, headings, table rows ...) end lines; character references decoded (named ones of
///   HTML's common set, numeric ones all); white space collapsed, empty lines dropped.
///
/// Hand-written (no HTML library among the chosen dependencies) and byte-level like the page
/// parser: a page is read once, tags are matched on their lowercased ASCII names.
struct HTMLArticleParser {
    /// Elements whose content is never text. (Not `form`: ASP.NET pages wrap the whole body in one.)
    private static let skipped: Set<[UInt8]> = Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "aside",
                                                    "button", "select", "head", "iframe", "object"].map { Array($0.utf8) })
    /// Elements that end a line.
    private static let blocks: Set<[UInt8]> = Set(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                                   "td", "th", "table", "section", "article", "header", "blockquote", "figure",
                                                   "figcaption", "main", "pre", "hr", "dt", "dd", "dl", "body", "title"].map { Array($0.utf8) })
    /// Elements whose attributes are read.
    private static let withAttributes: Set<[UInt8]> = Set(["meta", "link", "time"].map { Array($0.utf8) })
    /// Metas that hold the publication date, most specific first.
    private static let dateMetas = ["article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                                    "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date"]

    /// The article of `bytes` (valid UTF-8 or not: invalid bytes go through to the tokenizer).
    func parse(_ bytes: [UInt8], archive: String, entry: String) -> Document {
        var scan = Scan()
        bytes.withUnsafeBufferPointer { scan.run($0) }
        var metas = scan.metas
        let articleText = scan.article.lines
        let useArticle = scan.sawArticle && articleText.reduce(0, { $0 + $1.count }) >= 200
        var lines = useArticle ? articleText : scan.body.lines
        let title = [metas["og:title"], scan.h1, scan.title].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        // The title once: the body's line that repeats it (the page's <h1>) is left out.
        if !title.isEmpty, let k = lines.firstIndex(where: { String(decoding: $0, as: UTF8.self) == title }) { lines.remove(at: k) }
        // Title + "\n" + body lines, as a page's; nothing at all for a page with neither (an
        // empty page, skipped as such).
        var text: [UInt8] = []
        if !title.isEmpty || !lines.isEmpty {
            text = Array(title.utf8)
            text.append(0x0A)
            for (k, line) in lines.enumerated() {
                if k > 0 { text.append(0x0A) }
                text += line
            }
        }
        let dateRaw = HTMLArticleParser.dateMetas.lazy.compactMap { metas[$0] }.first { !$0.isEmpty } ?? scan.timeDatetime
        let tagsValue = metas["news_keywords"] ?? metas["keywords"]
        var document = Document(id: "\(archive):\(entry)", archive: archive, entry: entry, title: title, dateRaw: dateRaw,
                                source: metas.removeValue(forKey: "og:site_name").flatMap { $0.isEmpty ? nil : $0 },
                                url: scan.canonical ?? metas["og:url"],
                                tags: tagsValue.map { NewsPageParser.splitTags($0) } ?? [], text: text, bodyLines: lines.count)
        if dateRaw != nil { document.dateSource = "meta" }
        return document
    }

    /// Text collected line by line: spaces collapsed, lines trimmed, empty lines dropped.
    private struct Lines {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var pendingSpace = false

        mutating func append(_ b: UInt8) {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = !current.isEmpty
                return
            }
            if pendingSpace { current.append(0x20); pendingSpace = false }
            current.append(b)
        }

        /// The lines and the current one, joined by spaces.
        var joined: String {
            String(decoding: Array((lines + (current.isEmpty ? [] : [current])).joined(separator: [0x20])), as: UTF8.self)
        }

        mutating func endLine() {
            if !current.isEmpty { lines.append(current) }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
    }

    /// One pass over a page.
    private struct Scan {
        var body = Lines(), article = Lines()
        var sawArticle = false
        var title: String?, h1: String?, timeDatetime: String?, canonical: String?
        var metas: [String: String] = [:]
        /// Depth of skipped elements and of the first article; the text of <title> and <h1>.
        private var skipDepth = 0, articleDepth = 0, articleDone = false
        private var titleText: Lines?, h1Text: Lines?

        mutating func run(_ p: UnsafeBufferPointer<UInt8>) {
            let n = p.count
            var i = 0
            while i < n {
                let b = p[i]
                if b == UInt8(ascii: "<") {
                    i = tag(p, i)
                    continue
                }
                if b == UInt8(ascii: "&") {
                    let (decoded, next) = HTMLArticleParser.reference(p, i)
                    for c in decoded { text(c) }
                    i = next
                    continue
                }
                text(b)
                i += 1
            }
            body.endLine()
            article.endLine()
        }

        @inline(__always)
        private mutating func text(_ b: UInt8) {
            if titleText != nil { titleText!.append(b) }
            guard skipDepth == 0 else { return }
            if h1Text != nil { h1Text!.append(b) }
            body.append(b)
            if articleDepth > 0 { article.append(b) }
        }

        private mutating func endLine() {
            body.endLine()
            if articleDepth > 0 { article.endLine() }
        }

        /// Reads the tag (or comment, doctype, processing instruction) at `i` ('<'); returns
        /// where the text goes on.
        private mutating func tag(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
            let n = p.count
            var i = start + 1
            if i + 2 < n && p[i] == UInt8(ascii: "!") && p[i + 1] == UInt8(ascii: "-") && p[i + 2] == UInt8(ascii: "-") {
                var k = i + 3
                while k + 2 < n && !(p[k] == UInt8(ascii: "-") && p[k + 1] == UInt8(ascii: "-") && p[k + 2] == UInt8(ascii: ">")) { k += 1 }
                return min(n, k + 3)
            }
            var closing = false
            if i < n && p[i] == UInt8(ascii: "/") { closing = true; i += 1 }
            var name: [UInt8] = []
            while i < n, HTMLArticleParser.isNameByte(p[i]) {
                name.append(p[i] | (p[i] >= 0x41 && p[i] <= 0x5A ? 0x20 : 0))
                i += 1
            }
            guard !name.isEmpty else {
                // "<!doctype ...>", "<?xml ...?>", or a lone '<' in the text.
                if i < n && (p[i] == UInt8(ascii: "!") || p[i] == UInt8(ascii: "?")) {
                    while i < n && p[i] != UInt8(ascii: ">") { i += 1 }
                    return min(n, i + 1)
                }
                text(UInt8(ascii: "<"))
                return start + 1
            }
            // The attributes, quotes respected, up to '>': read into a dictionary for the three
            // elements that use them only (a dictionary per tag was most of the parser's time).
            var attributes: [String: String] = [:]
            var selfClosing = false
            if !HTMLArticleParser.withAttributes.contains(name) {
                var quote: UInt8 = 0
                while i < n {
                    let c = p[i]
                    if quote != 0 { if c == quote { quote = 0 } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                    } else if c == UInt8(ascii: ">") {
                        break
                    }
                    i += 1
                }
                selfClosing = i > 0 && i < n && p[i - 1] == UInt8(ascii: "/")
            }
            while i < n && p[i] != UInt8(ascii: ">") {
                if p[i] == UInt8(ascii: "/") { selfClosing = true; i += 1; continue }
                guard HTMLArticleParser.isNameByte(p[i]) || p[i] == UInt8(ascii: ":") else { i += 1; continue }
                var key: [UInt8] = []
                while i < n, HTMLArticleParser.isNameByte(p[i]) || p[i] == UInt8(ascii: ":") || p[i] == UInt8(ascii: ".") {
                    key.append(p[i] | (p[i] >= 0x41 && p[i] <= 0x5A ? 0x20 : 0))
                    i += 1
                }
                while i < n && (p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x09 || p[i] == 0x0D) { i += 1 }
                var value: [UInt8] = []
                if i < n && p[i] == UInt8(ascii: "=") {
                    i += 1
                    while i < n && (p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x09 || p[i] == 0x0D) { i += 1 }
                    if i < n && (p[i] == UInt8(ascii: "\"") || p[i] == UInt8(ascii: "'")) {
                        let quote = p[i]
                        i += 1
                        while i < n && p[i] != quote {
                            if p[i] == UInt8(ascii: "&") {
                                let (decoded, next) = HTMLArticleParser.reference(p, i)
                                value += decoded
                                i = next
                            } else {
                                value.append(p[i])
                                i += 1
                            }
                        }
                        i += 1
                    } else {
                        while i < n && p[i] != UInt8(ascii: ">") && p[i] != 0x20 { value.append(p[i]); i += 1 }
                    }
                }
                selfClosing = false
                attributes[String(decoding: key, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
            }
            let end = min(n, i + 1)
            element(name, closing: closing, selfClosing: selfClosing, attributes: attributes)
            // The raw text of a script or style is skipped whole (it may hold '<').
            if !closing && !selfClosing, name == Array("script".utf8) || name == Array("style".utf8) {
                let close = Array("</".utf8) + name
                var k = end
                while k + close.count <= n {
                    if p[k] == UInt8(ascii: "<"), (0..<close.count).allSatisfy({ j in
                        let c = p[k + j]
                        return (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) == close[j]
                    }) { break }
                    k += 1
                }
                skipDepth -= 1
                if k + close.count > n { return n }
                var e = k
                while e < n && p[e] != UInt8(ascii: ">") { e += 1 }
                return min(n, e + 1)
            }
            return end
        }

        private mutating func element(_ name: [UInt8], closing: Bool, selfClosing: Bool, attributes: [String: String]) {
            let s = String(decoding: name, as: UTF8.self)
            switch s {
            case "meta":
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
                if let key, let content = attributes["content"], metas[key] == nil {
                    metas[key] = content.trimmingBlanks()
                }
                return
            case "link":
                if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"], canonical == nil { canonical = href }
                return
            case "time":
                if !closing, timeDatetime == nil, let d = attributes["datetime"], !d.isEmpty { timeDatetime = d }
            case "title":
                if closing {
                    if let t = titleText, title == nil { title = t.joined }
                    titleText = nil
                } else if title == nil {
                    titleText = Lines()
                }
                return
            case "h1":
                if closing {
                    if let t = h1Text, h1 == nil { h1 = t.joined }
                    h1Text = nil
                } else if h1 == nil && skipDepth == 0 {
                    h1Text = Lines()
                }
            case "body":
                // Whatever was left open before the body (a <head> without its end tag) ends here.
                if !closing { skipDepth = 0 }
            case "article":
                if closing {
                    if articleDepth > 0 {
                        articleDepth -= 1
                        if articleDepth == 0 { article.endLine(); articleDone = true }
                    }
                } else if !articleDone && skipDepth == 0 {
                    articleDepth += 1
                    sawArticle = true
                }
            default:
                break
            }
            if HTMLArticleParser.skipped.contains(name) && !selfClosing {
                skipDepth = max(0, skipDepth + (closing ? -1 : 1))
                return
            }
            if HTMLArticleParser.blocks.contains(name) { endLine() }
        }
    }

    @inline(__always)
    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    /// The named references of news pages (HTML's full list has ~2,000; these are the ones text
    /// uses). Others are kept as written.
    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "laquo": 0xAB, "raquo": 0xBB,
        "hellip": 0x2026, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C,
        "rdquo": 0x201D, "bull": 0x2022, "middot": 0xB7, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0,
        "times": 0xD7, "divide": 0xF7, "euro": 0x20AC, "pound": 0xA3, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
        "rlm": 0x200F, "shy": 0xAD, "eacute": 0xE9, "egrave": 0xE8, "agrave": 0xE0, "ccedil": 0xE7, "ouml": 0xF6,
        "uuml": 0xFC, "auml": 0xE4,
    ]

    /// The character reference at `i` ('&') as UTF-8, and where the text goes on; a lone '&' or an
    /// unknown name stays as written.
    static func reference(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> ([UInt8], Int) {
        let n = p.count
        var k = i + 1
        if k < n && p[k] == UInt8(ascii: "#") {
            k += 1
            var value: UInt32 = 0, digits = 0
            let hex = k < n && (p[k] | 0x20) == UInt8(ascii: "x")
            if hex { k += 1 }
            while k < n, digits < 8 {
                let c = p[k]
                let d: UInt32
                if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) } else if hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 {
                    d = UInt32((c | 0x20) - 0x61 + 10)
                } else { break }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                k += 1
            }
            guard digits > 0 else { return ([0x26], i + 1) }
            if k < n && p[k] == UInt8(ascii: ";") { k += 1 }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (Array(String(Character(scalar == "\0" ? "\u{FFFD}" : scalar)).utf8), k)
        }
        var name: [UInt8] = []
        while k < n, name.count < 10, (p[k] >= 0x61 && p[k] <= 0x7A) || (p[k] >= 0x41 && p[k] <= 0x5A) {
            name.append(p[k])
            k += 1
        }
        guard k < n, p[k] == UInt8(ascii: ";"), let v = named[String(decoding: name, as: UTF8.self)], let scalar = Unicode.Scalar(v)
        else { return ([0x26], i + 1) }
        return (Array(String(Character(scalar)).utf8), k + 1)
    }
}
