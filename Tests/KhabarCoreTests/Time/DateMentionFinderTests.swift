import XCTest
@testable import KhabarCore

final class DateMentionFinderTests: XCTestCase {
    let finder = DateMentionFinder()

    private func found(_ text: String, published: PublicationDate? = PublicationDate(year: 2025, month: 3, day: 28)) -> [String] {
        finder.find(in: text, published: published).map { "\($0.surface)=\($0.value)\($0.resolved ? "*" : "")" }
    }

    func testSeedRelatedArticle() throws {
        // The seed's related article: "من 31 مارس إلى 2 أبريل", "في 2022", and "الثلاثاء".
        let docs = NewsPageParser().parse(TestPaths.bytes(TestPaths.seed), archive: "s", entry: "s.txt")
        let text = String(decoding: docs[1].text, as: UTF8.self)
        let mentions = finder.find(in: text, published: PublicationDate(year: 2025, month: 3, day: 28))
        XCTAssertEqual(mentions.map(\.surface), ["الثلاثاء", "31 مارس", "2 أبريل", "في 2022"])
        XCTAssertEqual(mentions.map(\.value), ["2025-03-25", "2025-03-31", "2025-04-02", "2022"])
        XCTAssertEqual(mentions.map(\.resolved), [true, true, true, false])
        // Offsets are code points of the document text.
        let scalars = Array(text.unicodeScalars)
        for m in mentions {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[m.start..<m.end])), m.surface)
        }
        // Without a publication date: no weekday, and a day-month without year stays yearless.
        XCTAssertEqual(finder.find(in: text, published: nil).map(\.value), ["--03-31", "--04-02", "2022"])
    }

    /// English text: years after a preposition ("in 2019", "from 2010 to 2015"), abbreviated
    /// months with their stop, a range of days before its year; not a count ("in 2016 million").
    func testEnglishForms() {
        XCTAssertEqual(found("In 2019, talks began; since 2011 and between 2010 and 2015 prices rose."),
                       ["In 2019=2019", "since 2011=2011", "between 2010=2010", "2015=2015"])
        XCTAssertEqual(found("The war began on Feb. 24, 2022, and the summit, held May 5-7, 2023, was delayed."),
                       ["Feb. 24, 2022=2022-02-24", "May 5=2023-05-05*", "7, 2023=2023-05-07*"])
        XCTAssertEqual(found("held on May 5 to 7 and March 31, 2025"), ["May 5=2025-05-05*", "7=2025-05-07*", "March 31, 2025=2025-03-31"])
        XCTAssertEqual(found("sales in 2016 million units"), [])
        // Weekdays (published Friday 28 March 2025): the past one, "last" back, "next" forward.
        XCTAssertEqual(found("on Tuesday, last Friday and next Friday"),
                       ["Tuesday=2025-03-25*", "last Friday=2025-03-21*", "next Friday=2025-04-04*"])
        // The same with the tokenizer's tokens and the anchor window.
        let text = "It happened in 2019 and on Feb. 24, 2022, and May 5-7, 2023."
        var buffer = TokenBuffer()
        let utf8 = Array(text.utf8)
        _ = utf8.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &buffer) }
        let published = PublicationDate(year: 2025, month: 3, day: 28)
        XCTAssertEqual(utf8.withUnsafeBufferPointer { finder.find(tokens: buffer, utf8: $0, published: published) },
                       finder.find(in: text, published: published))
    }

    func testDayMonthYearForms() {
        XCTAssertEqual(found("وصل في 5 يناير 2024 إلى القاهرة"), ["5 يناير 2024=2024-01-05"])
        XCTAssertEqual(found("يوم الأحد 10 كانون الأول/ديسمبر 2023 م"), ["يوم الأحد 10 كانون الأول/ديسمبر 2023 م=2023-12-10"])
        XCTAssertEqual(found("بتاريخ 17/05/2015 و2015-08-11"), ["17/05/2015=2015-05-17", "2015-08-11=2015-08-11"])
        XCTAssertEqual(found("منذ ١٢ جانفي ٢٠١٦"), ["١٢ جانفي ٢٠١٦=2016-01-12"])
        XCTAssertEqual(found("في 1 رمضان 1445 هـ"), ["1 رمضان 1445 هـ=2024-03-11"])
        XCTAssertEqual(found("on March 31, 2025 and 2 April"), ["March 31, 2025=2025-03-31", "2 April=2025-04-02*"])
    }

    func testMonthYearAndYears() {
        XCTAssertEqual(found("في أيار 2022 وفي مايو 2021"), ["أيار 2022=2022-05", "مايو 2021=2021-05"])
        // The year's noun between the month and the year: one mention, not a day resolved
        // against the publication and a year apart.
        XCTAssertEqual(found("في 11 سبتمبر عام 2001 دخل"), ["11 سبتمبر عام 2001=2001-09-11"])
        XCTAssertEqual(found("في 9 أغسطس من العام 1945"), ["9 أغسطس من العام 1945=1945-08-09"])
        XCTAssertEqual(found("وفي يونيو/ حزيران عام 2017، أرسل"), ["يونيو/ حزيران عام 2017=2017-06"])
        XCTAssertEqual(found("بحلول نوفمبر/ تشرين الثاني من عام 2002."), ["نوفمبر/ تشرين الثاني من عام 2002=2002-11"])
        XCTAssertEqual(found("في شهر أغسطس لعام 1983"), ["أغسطس لعام 1983=1983-08"])
    }

    /// A day written as an ordinal (the masculine of يوم) before من and its month, and a day
    /// before من شهر.
    func testOrdinalDays() {
        XCTAssertEqual(found("صبيحة الحادي عشر من سبتمبر عام 2001، دخل"), ["الحادي عشر من سبتمبر عام 2001=2001-09-11"])
        XCTAssertEqual(found("يوم التاسع من أغسطس 1945"), ["التاسع من أغسطس 1945=1945-08-09"])
        XCTAssertEqual(found("في الأول من يناير/كانون الثاني"), ["الأول من يناير/كانون الثاني=2025-01-01*"])
        XCTAssertEqual(found("في الحادي والعشرين من شهر مارس الجاري"), ["الحادي والعشرين من شهر مارس الجاري=2025-03-21*"])
        XCTAssertEqual(found("حتى الحادي والثلاثين من ديسمبر المقبل"), ["الحادي والثلاثين من ديسمبر المقبل=2025-12-31*"])
        XCTAssertEqual(found("في العشرين من مايو"), ["العشرين من مايو=2025-05-20*"])
        XCTAssertEqual(found("في 5 من شهر مارس الماضي"), ["5 من شهر مارس الماضي=2025-03-05*"])
        // Not days: an ordinal without من and a month, الحادي without its tens.
        XCTAssertEqual(found("الفصل الأول من الكتاب"), [])
        XCTAssertEqual(found("الحادي من مارس"), [])
        XCTAssertEqual(found("الطابق الثاني من المبنى في مارس"), [])
        // A week, half a month: not a day.
        XCTAssertEqual(found("خلال الأسبوع الأول من يوليو"), [])
        XCTAssertEqual(found("في النصف الثاني من يونيو المقبل"), ["يونيو المقبل=2025-06*"])
        XCTAssertEqual(found("عام 2022 والعام 2019 و2016م"), ["عام 2022=2022", "العام 2019=2019", "2016م=2016"])
        XCTAssertEqual(found("قتل 2016 شخصا وفي 2016 مليون"), [])
        XCTAssertEqual(found("رؤية 2030 وعددهم 1500"), [])
        XCTAssertEqual(found("بين عامي 2010 و2015"), ["عامي 2010=2010", "2015=2015"])
        XCTAssertEqual(found("خلال عام 2017-2018"), ["عام 2017=2017", "2018=2018"])
    }

    func testMonthWithARelativeWord() {
        // Published 2025-03-28.
        XCTAssertEqual(found("في يناير الماضي"), ["يناير الماضي=2025-01*"])
        XCTAssertEqual(found("في مارس الماضي"), ["مارس الماضي=2024-03*"])
        XCTAssertEqual(found("في يونيو المقبل"), ["يونيو المقبل=2025-06*"])
        XCTAssertEqual(found("في فبراير القادم"), ["فبراير القادم=2026-02*"])
        XCTAssertEqual(found("خلال مارس الجاري"), ["مارس الجاري=2025-03*"])
        XCTAssertEqual(found("في مارس الماضي", published: nil), [])
    }

    /// A day and month, or a month, placed in a year by the words after it: the year before, the
    /// same or the next as they say, not the nearest date (published 2025-03-28).
    func testYearNamedFromThePublication() {
        // The nearest 28 July would be 2025-07-28 (4 months ahead).
        XCTAssertEqual(found("في حكمها الصادر في 28 يوليو/تموز العام الماضي"), ["28 يوليو/تموز العام الماضي=2024-07-28*"])
        XCTAssertEqual(found("منذ 1 ديسمبر من العام الماضي"), ["1 ديسمبر من العام الماضي=2024-12-01*"])
        XCTAssertEqual(found("في 15 يناير من العام المقبل"), ["15 يناير من العام المقبل=2026-01-15*"])
        XCTAssertEqual(found("حتى 30 يونيو من العام الجاري"), ["30 يونيو من العام الجاري=2025-06-30*"])
        XCTAssertEqual(found("في 10 أبريل من هذا العام"), ["10 أبريل من هذا العام=2025-04-10*"])
        // One relative word: the last such day before publication, the next after, this year's.
        XCTAssertEqual(found("في 20 أغسطس الماضي"), ["20 أغسطس الماضي=2024-08-20*"])
        XCTAssertEqual(found("في 29 مارس الماضي"), ["29 مارس الماضي=2024-03-29*"])
        XCTAssertEqual(found("في 29 مارس المقبل"), ["29 مارس المقبل=2025-03-29*"])
        XCTAssertEqual(found("في 27 مارس المقبل"), ["27 مارس المقبل=2026-03-27*"])
        XCTAssertEqual(found("في 15 سبتمبر المقبل"), ["15 سبتمبر المقبل=2025-09-15*"])
        XCTAssertEqual(found("يوم 5 مارس الجاري"), ["5 مارس الجاري=2025-03-05*"])
        // A month alone.
        XCTAssertEqual(found("في نوفمبر من العام الماضي"), ["نوفمبر من العام الماضي=2024-11*"])
        XCTAssertEqual(found("في آذار/مارس العام المقبل"), ["آذار/مارس العام المقبل=2026-03*"])
        XCTAssertEqual(found("في أبريل من السنة الماضية"), ["أبريل من السنة الماضية=2024-04*"])
        // A year written after it is the year marker's, as before.
        XCTAssertEqual(found("في يوليو من هذا العام 2015م"), ["العام 2015م=2015"])
    }

    func testRangesAndMissingYears() {
        XCTAssertEqual(found("بين 5 و 7 مايو"), ["5=2025-05-05*", "7 مايو=2025-05-07*"])
        // An early-January article: a December mention falls in the year before.
        XCTAssertEqual(found("في 28 ديسمبر", published: PublicationDate(year: 2025, month: 1, day: 3)), ["28 ديسمبر=2024-12-28*"])
        XCTAssertEqual(found("من 30 ديسمبر إلى 2 يناير 2025"), ["30 ديسمبر=2024-12-30*", "2 يناير 2025=2025-01-02"])
    }

    func testWeekdays() {
        // 2025-03-28 is a Friday.
        XCTAssertEqual(found("قال الثلاثاء"), ["الثلاثاء=2025-03-25*"])
        XCTAssertEqual(found("أمس الخميس"), ["أمس الخميس=2025-03-27*"])
        XCTAssertEqual(found("الأحد المقبل"), ["الأحد المقبل=2025-03-30*"])
        XCTAssertEqual(found("الجمعة الماضية"), ["الجمعة الماضية=2025-03-21*"])
        XCTAssertEqual(found("يوم السبت"), ["يوم السبت=2025-03-29*"])
        XCTAssertEqual(found("اتفاق بين الاثنين"), [])
        XCTAssertEqual(found("يوم الاثنين"), ["يوم الاثنين=2025-03-24*"])
        XCTAssertEqual(found("قال الثلاثاء", published: nil), [])
    }

    /// A future verb (سي/ست/سن and more than 3 letters, or سوف) just before a weekday makes it the
    /// next one; الاثنين is a Monday only with a word that marks it.
    func testWeekdaysAfterFutureVerbsAndMarkedMondays() {
        // 2025-03-28 is a Friday: the last Tuesday was 2025-03-25, the next is 2025-04-01.
        XCTAssertEqual(found("سيعقد الثلاثاء"), ["الثلاثاء=2025-04-01*"])
        XCTAssertEqual(found("ستعقد الثلاثاء"), ["الثلاثاء=2025-04-01*"])
        XCTAssertEqual(found("سوف الثلاثاء"), ["الثلاثاء=2025-04-01*"])
        XCTAssertEqual(found("سيد الثلاثاء"), ["الثلاثاء=2025-03-25*"])
        XCTAssertEqual(found("عقد الثلاثاء"), ["الثلاثاء=2025-03-25*"])
        XCTAssertEqual(found("صباح الاثنين"), ["الاثنين=2025-03-24*"])
        XCTAssertEqual(found("أمس الاثنين"), ["أمس الاثنين=2025-03-24*"])
        XCTAssertEqual(found("الاثنين المقبل"), ["الاثنين المقبل=2025-03-31*"])
        XCTAssertEqual(found("وصل الاثنين"), [])
    }

    /// Short Latin names and بال... are weekdays only near a number (the finder's gate for words
    /// that are not ال/وال/فال weekdays): found with one, not without.
    func testWeekdaysThatNeedANumberNearby() {
        XCTAssertEqual(found("the vote on tues drew 40 people"), ["tues=2025-03-25*"])
        XCTAssertEqual(found("the vote on tues was close"), [])
        XCTAssertEqual(found("اجتمعوا بالخميس مع 40 شخصا"), ["بالخميس=2025-03-27*"])
        XCTAssertEqual(found("اجتمعوا بالخميس الماضي"), [])
        // A bare "احد" ("one") is never a weekday, near a number or not.
        XCTAssertEqual(found("احد 40 شخصا"), [])
    }
}

extension DateMentionFinderTests {
    func testNoDateSpansALineBreak() {
        XCTAssertEqual(found("رؤية 2030.\n2.2 مليون"), [])
        XCTAssertEqual(found("العام\n2015-08-10"), ["2015-08-10=2015-08-10"])
        XCTAssertEqual(found("قال أمس\nالخميس"), ["الخميس=2025-03-27*"])
    }

    func testPairedNamesAndConjunctions() {
        XCTAssertEqual(found("في نوفمبر تشرين الثاني 2017"), ["نوفمبر تشرين الثاني 2017=2017-11"])
        XCTAssertEqual(found("بين أبريل ويونيو 1986"), ["يونيو 1986=1986-06"])
        XCTAssertEqual(found("في يناير (كانون الثاني) 2011"), ["يناير (كانون الثاني) 2011=2011-01"])
        XCTAssertEqual(found("والعام 2019"), ["العام 2019=2019"])
        // A parenthesis opened before the date is not the date's to close; symbols before a year
        // are skipped to read it.
        XCTAssertEqual(found("(وذلك في 5 حزيران/يونيو) ثم"), ["5 حزيران/يونيو=2025-06-05*"])
        XCTAssertEqual(found("في 5 يونيو (حزيران)، قال"), ["5 يونيو (حزيران)=2025-06-05*"])
        XCTAssertEqual(found("في 8 أيار/مايو (1987) ولد"), ["8 أيار/مايو (1987=1987-05-08"])
        XCTAssertEqual(found("في أبريل/نيسان/ 2017"), ["أبريل/نيسان/ 2017=2017-04"])
    }
}
