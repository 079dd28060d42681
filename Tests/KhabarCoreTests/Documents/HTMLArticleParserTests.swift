import XCTest
@testable import KhabarCore

final class HTMLArticleParserTests: XCTestCase {
    private func parse(_ html: String) -> Document {
        HTMLArticleParser().parse(Array(html.utf8), archive: "a", entry: "p.html")
    }

    /// The six fixture articles as web pages (`ant-6-html.tar.gz`, made by
    /// scripts/make-fixtures.sh: metas, a script and a style with markup, a menu, an aside, a
    /// footer, references) give the terms of the pages they were made from, and their title, date
    /// and source; the url and tags come from the head.
    func testFixturePagesGiveTheirArticles() throws {
        let html = try runPipeline([TestPaths.fixture("ant-6-html.tar.gz")])
        let txt = try runPipeline([TestPaths.fixture("ant-6.tar.gz")])
        XCTAssertEqual(html.rows, txt.rows)
        XCTAssertEqual(html.counters.documents, 6)
        XCTAssertEqual(html.counters.tokens, txt.counters.tokens)
        for (h, t) in zip(html.documents, txt.documents) {
            for key in ["title", "date_raw", "date", "datetime", "source", "body_lines", "tokens"] {
                XCTAssertEqual("\(h[key] ?? "nil")", "\(t[key] ?? "nil")", key)
            }
            XCTAssertEqual(h["date_source"] as? String, "meta")
            XCTAssertTrue((h["url"] as? String)?.hasPrefix("https://example.org/") == true)
            XCTAssertEqual((h["tags"] as? [String])?.first, "أخبار")
        }
        XCTAssertEqual(html.documents[0]["title"] as? String, "اليونسكو تجمع شعراء العالم بباريس")
    }

    /// Without <article>: the body's text, block elements as lines; the title from <title> (no
    /// og:title, no h1), the date from <time datetime>; scripts, styles, comments, menus and
    /// footers left out; references decoded; a lone & or < kept; tags in capitals; a <head>
    /// left open ends at <body>.
    func testBodyTextAndReferences() {
        let d = parse("""
            <HTML><HEAD><TITLE>عنوان &amp; خبر</TITLE>
            <script>if (a<b) { x = "<p>لا</p>"; }</script>
            <BODY><nav>قائمة</nav><div>السطر الأول<br>السطر &#1575;لثاني &#x627;لثالث</div>
            <p>أرباح &laquo;أرامكو&raquo; 5 &lt; 6 & نصف</p><!-- <p>تعليق</p> -->
            <time datetime="2020-01-02T10:00:00Z">2 يناير</time>
            <p>سعر &unknown; &#0; ثابت</p>
            <footer>حقوق</footer></BODY></HTML>
            """)
        XCTAssertEqual(d.title, "عنوان & خبر")
        XCTAssertEqual(d.dateRaw, "2020-01-02T10:00:00Z")
        XCTAssertEqual(d.dateSource, "meta")
        XCTAssertEqual(d.body, "السطر الأول\nالسطر الثاني الثالث\nأرباح «أرامكو» 5 < 6 & نصف\n2 يناير\nسعر &unknown; \u{FFFD} ثابت")
        XCTAssertEqual(d.bodyLines, 5)
    }

    /// Soups of markup pieces, cut anywhere (tags, comments, references, quotes left open): the
    /// parser ends, and from valid UTF-8 it makes valid UTF-8; plain text without markup is its
    /// lines, white space collapsed.
    func testMarkupSoupsAndPlainText() {
        let pieces = ["<", ">", "</", "/>", "<p>", "</p>", "<article>", "</article>", "<script>", "</script>", "<!--", "-->",
                      "&", "&amp;", "&#", "&#x6", "&#1575;", "&nbsp", ";", "\"", "'", "=", " ", "\n", "a", "نص", "<br/>",
                      "<meta content=\"", "property=og:title", "<title>", "</title", "<h1>", "<!doctype", "<?xml", "<nav>"]
        var rng = SeededGenerator(seed: 24)
        for _ in 0..<400 {
            var soup = ""
            for _ in 0..<Int.random(in: 1...60, using: &rng) { soup += pieces.randomElement(using: &rng)! }
            let d = parse(soup)
            XCTAssertNotNil(String(validatingUTF8: d.text.map { CChar(bitPattern: $0) } + [0]), soup)
        }
        let plain = parse("سطر أول   فيه\tمسافات\n\n  سطر ثان  ")
        XCTAssertEqual(plain.title, "")
        XCTAssertEqual(plain.body, "سطر أول فيه مسافات سطر ثان")
    }

    /// With an <article> of 200 bytes or more, only its text (the h1 that repeats the title left
    /// out); with a shorter one, the whole body; a page with no text at all is empty (skipped as
    /// such by the pipeline).
    func testArticleOrBody() {
        let long = String(repeating: "كلمة ", count: 50)
        let d = parse("""
            <html><head><meta property="og:title" content="العنوان"><meta name="news_keywords" content="سياسة، اقتصاد">
            <meta property="og:site_name" content="الموقع"><meta property="article:published_time" content="2019-05-06">
            <link rel="canonical" href="https://x.example/1"></head><body><p>خارج المقال</p>
            <article><h1>العنوان</h1><p>\(long)</p></article><p>بعد المقال</p></body></html>
            """)
        XCTAssertEqual(d.title, "العنوان")
        XCTAssertEqual(d.body, long.trimmingCharacters(in: .whitespaces))
        XCTAssertEqual(d.tags, ["سياسة", "اقتصاد"])
        XCTAssertEqual(d.source, "الموقع")
        XCTAssertEqual(d.url, "https://x.example/1")
        XCTAssertEqual(d.dateRaw, "2019-05-06")
        let short = parse("<body><p>قبل</p><article><p>قصير</p></article><h1>عنوان</h1></body>")
        XCTAssertEqual(short.title, "عنوان")
        XCTAssertEqual(short.body, "قبل\nقصير")
        XCTAssertEqual(parse("<html><head><script>x()</script></head><body> </body></html>").text, [])
        // A page wrapped in a form (ASP.NET) keeps its text; a button's label is none.
        XCTAssertEqual(parse("<body><form id=\"form1\"><h1>خبر</h1><p>نص الخبر</p><button>إرسال</button></form></body>").body, "نص الخبر")
    }
}
