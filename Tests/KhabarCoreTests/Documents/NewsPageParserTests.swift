import XCTest
@testable import KhabarCore

final class NewsPageParserTests: XCTestCase {
    private func parse(_ text: String, entry: String = "p.txt") -> [Document] {
        NewsPageParser().parse(Array(text.utf8), archive: "a.tar", entry: entry)
    }

    func testSeedArticle() throws {
        let docs = NewsPageParser().parse(TestPaths.bytes(TestPaths.seed), archive: "seeds", entry: "000_8a7ac69372d375fc.txt")
        XCTAssertEqual(docs.count, 2)
        let page = docs[0]
        XCTAssertEqual(page.id, "seeds:000_8a7ac69372d375fc.txt")
        XCTAssertEqual(page.kind, .article)
        XCTAssertNil(page.parent)
        XCTAssertEqual(page.title, "الكرملين: بوتين يؤكد لنتنياهو موقفه المبدئي المتمثل في رفضه وإدانته للإرهاب بكل أشكاله")
        XCTAssertEqual(page.dateRaw, "10th, December 2023 GMT")
        XCTAssertEqual(page.source, "RT")  // the first of "RT" and "RT Arabic"
        XCTAssertEqual(page.tags, ["الجيش الإسرائيلي الحرب على غزة القضية الفلسطينية الكرملين بنيامين نتنياهو طوفان الأقصى فلاديمير بوتين قطاع غزة"])
        XCTAssertEqual(page.bodyLines, 7)
        XCTAssertTrue(page.body.hasPrefix("بحث الرئيس الروسي فلاديمير بوتين"))
        XCTAssertTrue(page.body.hasSuffix("واتفقا على مواصلة الاتصالات الثنائية بهذا الصدد."))
        let text = String(decoding: page.text, as: UTF8.self)
        XCTAssertFalse(text.contains("المصدر"))
        XCTAssertFalse(text.contains("كلمات دلالية"))
        XCTAssertFalse(text.contains("تاريخ النشر"))
        XCTAssertFalse(text.contains("الصين مستعدة"))
    }

    func testSeedRelatedArticle() throws {
        let docs = NewsPageParser().parse(TestPaths.bytes(TestPaths.seed), archive: "seeds", entry: "000_8a7ac69372d375fc.txt")
        let related = docs[1]
        XCTAssertEqual(related.id, "seeds:000_8a7ac69372d375fc.txt#related")
        XCTAssertEqual(related.kind, .related)
        XCTAssertEqual(related.parent, "seeds:000_8a7ac69372d375fc.txt")
        XCTAssertEqual(related.title, "الصين مستعدة لأداء \"دور بناء\" لإنهاء حرب أوكرانيا")
        XCTAssertEqual(related.bodyLines, 8)
        XCTAssertNil(related.dateRaw)
        XCTAssertNil(related.source)
        XCTAssertTrue(related.body.hasPrefix("أعلن وزير الخارجية الصيني وانغ يي"))
        XCTAssertFalse(String(decoding: related.text, as: UTF8.self).contains("إقرأ أيضاً"))
    }

    func testReadAlsoInsideTheBodyIsDroppedAndTheBodyGoesOn() {
        let docs = parse("عنوان\nتاريخ النشر: 2018-01-01\nفقرة أولى\nاقرأ أيضا\nعنوان مقال آخر\nفقرة ثانية\nالمصدر: BBC\n")
        XCTAssertEqual(docs.count, 1)
        XCTAssertEqual(docs[0].body, "فقرة أولى\nعنوان مقال آخر\nفقرة ثانية")
        XCTAssertEqual(docs[0].source, "BBC")
    }

    func testReadAlsoSpellingsAfterSourceStartRelated() {
        for marker in ["إقرأ أيضاً:", "اقرأ أيضا", "إقرا ايضا:", "اقرا ايضاً :"] {
            let docs = parse("عنوان\nنص\nالمصدر: X\n\(marker)\nعنوان ثان\nنص ثان\n")
            XCTAssertEqual(docs.count, 2, marker)
            XCTAssertEqual(docs[1].title, "عنوان ثان", marker)
            XCTAssertEqual(docs[1].body, "نص ثان", marker)
        }
    }

    func testReadAlsoWithTextAfterItIsBodyText() {
        let docs = parse("عنوان\nالمصدر: X\nاقرأ أيضا: تقرير عن الاقتصاد\n")
        XCTAssertEqual(docs.count, 1)
        XCTAssertEqual(docs[0].body, "اقرأ أيضا: تقرير عن الاقتصاد")
    }

    func testEmptyTitleLineMeansTheDateLineComesFirst() {
        let docs = parse("\nتاريخ النشر: 2015-08-11 13:44:43\nأول سطر\nثاني سطر\nالمصدر: okaz\n")
        XCTAssertEqual(docs[0].title, "أول سطر")
        XCTAssertEqual(docs[0].body, "ثاني سطر")
        XCTAssertEqual(docs[0].dateRaw, "2015-08-11 13:44:43")
    }

    func testDateKeywordsWithDiacriticsAndVariants() {
        let cases = ["نُشر في: 5 مارس 2020": "5 مارس 2020", "نشر بتاريخ : 2020/03/05": "2020/03/05",
                     "آخر تحديث: الأحد": "الأحد", "نُشر بتاريخ: x": "x", "تاريخ النشر:17/05/2015": "17/05/2015"]
        for (line, value) in cases {
            XCTAssertEqual(parse("عنوان\n\(line)\nنص\n")[0].dateRaw, value, line)
        }
    }

    func testFirstDateAndFirstSourceWin() {
        let d = parse("عنوان\nتاريخ النشر: أ\nآخر تحديث: ب\nنص\nالمصدر: س1\nالمصدر: س2\n")[0]
        XCTAssertEqual(d.dateRaw, "أ")
        XCTAssertEqual(d.source, "س1")
        XCTAssertEqual(d.body, "نص")
    }

    func testTagsAreSplitOnArabicCommaCommaSemicolonBar() {
        XCTAssertEqual(parse("ع\nكلمات دلالية: روسيا، الصين, أوكرانيا; غزة | لبنان\n")[0].tags,
                       ["روسيا", "الصين", "أوكرانيا", "غزة", "لبنان"])
    }

    func testCRLFAndInvisibleMarksAroundLines() {
        let d = parse("\u{FEFF}عنوان\r\n\u{200F}تاريخ النشر: 2018\u{00A0}\r\n  نص الخبر  \r\n\u{200E}المصدر: CNN\r\n")[0]
        XCTAssertEqual(d.title, "عنوان")
        XCTAssertEqual(d.dateRaw, "2018")
        XCTAssertEqual(d.body, "نص الخبر")
        XCTAssertEqual(d.source, "CNN")
    }

    func testWordsThatOnlyStartLikeKeywordsStayInTheBody() {
        let d = parse("عنوان\nالمصدر الرئيسي للخبر كان وكالة\nنشر في الصحيفة خبر\n")[0]
        XCTAssertNil(d.source)
        XCTAssertNil(d.dateRaw)
        XCTAssertEqual(d.bodyLines, 2)
    }

    /// An English page of the same layout: its labels in any case, the related article after
    /// "Read also"; lines that only start like a label stay in the body.
    func testEnglishLabels() {
        let docs = parse("Biden meets Macron in Paris\nPublished: March 3, 2023\nPARIS - The two leaders met.\nSource said the talks went well.\n"
                         + "Dates: none\nSOURCE: Reuters\nTags: Biden, Macron; NATO\nRead also:\nPutin warns the West\nPosted on: 2023-03-02\nMoscow - Text.\n")
        XCTAssertEqual(docs.count, 2)
        XCTAssertEqual(docs[0].title, "Biden meets Macron in Paris")
        XCTAssertEqual(docs[0].dateRaw, "March 3, 2023")
        XCTAssertEqual(docs[0].source, "Reuters")
        XCTAssertEqual(docs[0].tags, ["Biden", "Macron", "NATO"])
        XCTAssertEqual(docs[0].body, "PARIS - The two leaders met.\nSource said the talks went well.\nDates: none")
        XCTAssertEqual(docs[1].title, "Putin warns the West")
        XCTAssertEqual(docs[1].dateRaw, "2023-03-02")
        XCTAssertEqual(docs[1].body, "Moscow - Text.")
        for (line, value) in ["Date: 2020-01-05": "2020-01-05", "last UPDATED : 5 March 2020": "5 March 2020", "Keywords: a|b": nil] {
            XCTAssertEqual(parse("T\n\(line)\nx\n")[0].dateRaw, value, line)
        }
    }
}
