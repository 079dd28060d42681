import XCTest
@testable import KhabarCore

final class DateParserTests: XCTestCase {
    let parser = DateParser()

    private func check(_ raw: String, _ date: String?, _ datetime: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let d = parser.parse(raw)
        XCTAssertEqual(d?.isoDate, date, raw, file: file, line: line)
        XCTAssertEqual(d?.isoDateTime, datetime, raw, file: file, line: line)
    }

    func testTheCorporaFormats() {
        // The six forms of ../shared/corpora (README, "Date formats seen") and the seed's.
        check("Thu, 22 Mar 2018 03:39:39 +0400", "2018-03-22", "2018-03-22T03:39:39+04:00")
        check("Sun, 18 Feb 2018 17:21:49 GMT", "2018-02-18", "2018-02-18T17:21:49+00:00")
        check("Tue, 13 Feb 2018 10:22:00 +0000", "2018-02-13", "2018-02-13T10:22:00+00:00")
        check("2017-01-20T21:43:00+01:00", "2017-01-20", "2017-01-20T21:43:00+01:00")
        check("2017-01-22T185600", "2017-01-22", "2017-01-22T18:56:00")
        check("17/05/2015", "2015-05-17")
        check("2015-08-11 13:44:43", "2015-08-11", "2015-08-11T13:44:43")
        check("10th, December 2023 GMT", "2023-12-10")
    }

    func testISOAndNumericVariants() {
        check("20170122", "2017-01-22")
        check("2017-01-22T18:56Z", "2017-01-22", "2017-01-22T18:56:00+00:00")
        check("2017-01-22 18:56:00.123-05:00", "2017-01-22", "2017-01-22T18:56:00-05:00")
        check("05/06/2016", "2016-06-05")          // day first
        check("09.06.2016", "2016-06-09")
        check("9-6-2016", "2016-06-09")
        check("05/17/2015", "2015-05-17")          // only month-first is possible
        check("2016/06/09", "2016-06-09")
        check("31/02/2016", nil)
        check("17/05/15", "2015-05-17")
        XCTAssertEqual(DateParser(order: .monthFirst).parse("05/06/2016")?.isoDate, "2016-05-06")
    }

    func testEnglishWords() {
        check("December 10, 2023", "2023-12-10")
        check("Monday, 3 Sept 2018 5:07 pm EDT", "2018-09-03", "2018-09-03T17:07:00-04:00")
        check("1st Jan 2019", "2019-01-01")
    }

    func testArabicMonthSystems() {
        check("الأحد، 10 ديسمبر 2023", "2023-12-10")
        check("الاثنين 2 كانون الثاني 2017", "2017-01-02")
        check("2 كانون الثاني/يناير 2017", "2017-01-02")
        check("15 تشرين الأول (أكتوبر) 2018", "2018-10-15")
        check("3 نيسان 2018 - 14:05", "2018-04-03", "2018-04-03T14:05:00")
        check("12 جانفي 2016", "2016-01-12")
        check("1 فيفري 2016", "2016-02-01")
        check("5 أفريل 2017", "2017-04-05")
        check("20 جويلية 2015", "2015-07-20")
        check("15 أوت 2016", "2016-08-15")
        check("7 يوليوز 2018", "2018-07-07")
        check("14 غشت 2018", "2018-08-14")
        check("30 شتنبر 2018", "2018-09-30")
        check("4 نونبر 2018", "2018-11-04")
        check("25 دجنبر 2018", "2018-12-25")
        check("1 إبريل 2020", "2020-04-01")
        check("9 يونيه 2014", "2014-06-09")
        check("23 يوليه 2014", "2014-07-23")
        check("6 اغسطس 2015م", "2015-08-06")
        check("٢٢ مارس ٢٠١٨", "2018-03-22")          // Arabic-Indic digits
        check("نشر في 15 مايو 2019 الساعة 10:30", "2019-05-15", "2019-05-15T10:30:00")
    }

    func testFrench() {
        check("Publié le 10 décembre 2023 à 14:05", "2023-12-10", "2023-12-10T14:05:00")
        check("mardi 5 février 2019", "2019-02-05")
        check("1er août 2016", "2016-08-01")
    }

    func testHijriUmmAlQura() {
        check("1 رمضان 1445 هـ", "2024-03-11")
        check("1 شوال 1445هـ", "2024-04-10")
        check("10 ذو الحجة 1444 هـ", "2023-06-28")
        check("10 ذي الحجة 1444", "2023-06-28")
        check("1 محرم 1446 هـ", "2024-07-07")
        XCTAssertEqual(parser.parse("1 رمضان 1445 هـ")?.fromHijri, true)
        // In figures: marked, or of a year no Gregorian publication date has (Saudi sites write
        // "1439/06/27"); the short cuts leave such years to the general parser, which converts.
        check("1439/06/27 هـ", "2018-03-15")
        check("1439/06/27", "2018-03-15")
        check("27/06/1439", "2018-03-15")
        check("1439-06-27", "2018-03-15")
        check("1445/09/01 هـ 10:30", "2024-03-11", "2024-03-11T10:30:00")
        XCTAssertEqual(parser.parse("27/06/1439")?.fromHijri, true)
        XCTAssertNil(parser.parse("1439/06/31"))  // no day 31 in a Hijri month
        check("2018/03/15", "2018-03-15")
    }

    /// The half of the day after a time: "PM", "p.m.", مساءً and its short form م (after a time,
    /// not after a year), ص; a zone after them.
    func testHalfOfTheDay() {
        check("March 3, 2023 at 10:15 p.m. EST", "2023-03-03", "2023-03-03T22:15:00-05:00")
        check("March 3, 2023 12:05 a.m.", "2023-03-03", "2023-03-03T00:05:00")
        check("March 3, 2023 10:15 PM", "2023-03-03", "2023-03-03T22:15:00")
        check("الجمعة 3 مارس 2023 - 10:15 م", "2023-03-03", "2023-03-03T22:15:00")
        check("الجمعة 3 مارس 2023 م - 10:15 ص", "2023-03-03", "2023-03-03T10:15:00")
        check("الجمعة 3 مارس 2023 - 10:15 مساءً", "2023-03-03", "2023-03-03T22:15:00")
    }

    func testDoubleDatesPreferTheGregorianHalf() {
        let d = parser.parse("الأحد 28 رمضان 1445 هـ الموافق 7 أبريل 2024 م")
        XCTAssertEqual(d?.isoDate, "2024-04-07")
        XCTAssertNil(d?.warning)
        let disagree = parser.parse("1 رمضان 1445 هـ الموافق 20 مارس 2024")
        XCTAssertEqual(disagree?.isoDate, "2024-03-20")
        XCTAssertEqual(disagree?.warning, "the two halves of the double date disagree: 2024-03-11 and 2024-03-20")
    }

    func testWhatIsNotADate() {
        for raw in ["", "غير معروف", "قبل ساعتين", "2018", "مارس", "99/99/9999"] {
            XCTAssertNil(parser.parse(raw), raw)
        }
        XCTAssertEqual(DateParser.shape(of: "17/05/2015"), "99/99/9999")
        XCTAssertEqual(DateParser.shape(of: "قبل ساعتين"), "ع ع")
    }

    func testDayNumbers() {
        XCTAssertEqual(DayNumber.from(year: 1970, month: 1, day: 1), 0)
        XCTAssertEqual(DayNumber.from(year: 2024, month: 3, day: 11), 19793)
        XCTAssertEqual(DayNumber.civil(19793).day, 11)
        XCTAssertEqual(DayNumber.weekday(DayNumber.from(year: 2023, month: 12, day: 10)), 7)  // a Sunday
    }
}

/// RFC 2822 dates are read on their bytes when written exactly so; the result must be the general
/// parser's, and anything else (or a value it would refuse) must be left to it.
final class RFC2822ShortCutTests: XCTestCase {
    private func assertSame(_ raw: String, file: StaticString = #filePath, line: UInt = #line) {
        let general = DateParser().parseGenerally(raw)
        XCTAssertEqual(DateParser().parse(raw), general, raw, file: file, line: line)
        if let fast = DateParser.rfc2822(raw) { XCTAssertEqual(fast, general, raw, file: file, line: line) }
    }

    func testTheShortCutTakesTheCommonForms() {
        XCTAssertEqual(DateParser.rfc2822("Sun, 18 Feb 2018 21:35:43 +0400")?.isoDateTime, "2018-02-18T21:35:43+04:00")
        XCTAssertEqual(DateParser.rfc2822("Sun, 18 Feb 2018 17:21:49 GMT")?.isoDateTime, "2018-02-18T17:21:49+00:00")
        XCTAssertEqual(DateParser.rfc2822("mon, 5 jan 2015 09:00:00 -0530")?.isoDateTime, "2015-01-05T09:00:00-05:30")
        XCTAssertNil(DateParser.rfc2822("Sun, 18 Feb 2018 21:35:43 EST"))      // left to the general parser
        XCTAssertNil(DateParser.rfc2822("Sun, 18 Sept 2018 21:35:43 +0400"))
        XCTAssertNil(DateParser.rfc2822("2017-01-20T21:43:00+01:00"))
    }

    /// Every publication date of news-small (707 articles, RFC 2822 and others).
    func testNewsSmallDateLines() throws {
        var dates = 0, fast = 0
        for d in try TestPaths.newsSmallDocuments() {
            guard let raw = d.dateRaw else { continue }
            assertSame(raw)
            dates += 1
            if DateParser.rfc2822(raw) != nil { fast += 1 }
        }
        XCTAssertEqual(dates, 707)
        XCTAssertGreaterThan(fast, 300)
    }

    /// Made-up dates around every bound the general parser checks: days 0–32 (29 February in leap
    /// and other years), hours 23/24, minutes 59/60, seconds 60/61, zones up to ±14:00 and beyond,
    /// minutes of zone over 59, other zone names, case, one-digit days, extra spaces and text.
    func testMadeUpDatesAgreeWithTheGeneralParser() {
        var rng = SeededGenerator(seed: 2822)
        let weekdays = ["Sun", "mon", "TUE", "Wed", "Thu", "Fri", "Sat", "Xyz", "Sunday"]
        let months = ["Jan", "Feb", "mar", "APR", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Foo"]
        let zones = ["+0400", "-0000", "+1400", "+1401", "-0530", "+0460", "GMT", "UTC", "EST", "gmt", "+04:00", "+04", "Z", ""]
        for _ in 0..<20_000 {
            let day = Int.random(in: 0...32, using: &rng)
            let year = [1999, 2000, 2016, 2018, 2100, 999, 3000].randomElement(using: &rng)!
            let h = [0, 9, 23, 24, 7].randomElement(using: &rng)!, m = [0, 59, 60, 5].randomElement(using: &rng)!
            let s = [0, 59, 60, 61, 7].randomElement(using: &rng)!
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            let dayText = Bool.random(using: &rng) ? "\(day)" : two(day)
            var raw = "\(weekdays.randomElement(using: &rng)!), \(dayText) \(months.randomElement(using: &rng)!) \(year) \(two(h)):\(two(m)):\(two(s))"
            let zone = zones.randomElement(using: &rng)!
            if !zone.isEmpty { raw += " " + zone }
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: raw = " " + raw
            case 1: raw += " "
            case 2: raw = raw.replacingOccurrences(of: ", ", with: ",")
            default: break
            }
            assertSame(raw)
        }
    }
}

/// ISO 8601 dates (`2015-07-25`, `2015-07-25 10:20:30`, `2018-02-18T21:35:43+04:00`) are read on
/// their bytes when written exactly so; the result must be the general parser's, and anything else
/// (or a value it would refuse or read otherwise) must be left to it.
final class ISO8601ShortCutTests: XCTestCase {
    func testTheShortCutTakesTheCommonForms() {
        XCTAssertEqual(DateParser.iso8601("2015-07-25")?.isoDate, "2015-07-25")
        XCTAssertNil(DateParser.iso8601("2015-07-25")?.time)
        XCTAssertEqual(DateParser.iso8601("2015-07-25 10:20:30")?.isoDateTime, "2015-07-25T10:20:30")
        XCTAssertEqual(DateParser.iso8601("2018-02-18T21:35:43+04:00")?.isoDateTime, "2018-02-18T21:35:43+04:00")
        XCTAssertEqual(DateParser.iso8601("2018-02-18T21:35:43-05:30")?.offsetMinutes, -330)
        XCTAssertNil(DateParser.iso8601("2015-07-25 24:00:00"))  // the general parser keeps the date alone
        XCTAssertNil(DateParser.iso8601("2015-02-29"))
        XCTAssertNil(DateParser.iso8601("25/07/2015"))
        XCTAssertNil(DateParser.iso8601("2018-02-18T21:35:43Z"))
        XCTAssertEqual(DateParser().slashed("25/07/2015")?.isoDate, "2015-07-25")
        XCTAssertEqual(DateParser(order: .monthFirst).slashed("07/25/2015")?.isoDate, "2015-07-25")
        XCTAssertEqual(DateParser().slashed("07/25/2015")?.isoDate, "2015-07-25")  // no month 25: read the other way
        XCTAssertNil(DateParser().slashed("25-07-2015"))
    }

    /// `D/M/Y` of ten bytes against the general parser, in both orders, around the bounds.
    func testMadeUpSlashedDatesAgreeWithTheGeneralParser() {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        for order in DateParser.Order.allCases {
            let parser = DateParser(order: order)
            for a in 0...32 {
                for b in [0, 1, 2, 12, 13, 29, 31, 32] {
                    for year in [999, 1439, 2000, 2015, 2016, 3000] {
                        let raw = "\(two(a))/\(two(b))/\(year)"
                        XCTAssertEqual(parser.parse(raw), parser.parseGenerally(raw), raw)
                        if let short = parser.slashed(raw) { XCTAssertEqual(short, parser.parseGenerally(raw), raw) }
                    }
                }
            }
        }
    }

    /// Made-up dates around every bound: days 0–32 (29 February in leap and other years), months
    /// 0–13, hours 23/24, minutes 59/60, seconds 60/61, zones up to ±14:00 and beyond, separators
    /// other than the ISO ones, and digits where separators go.
    func testMadeUpDatesAgreeWithTheGeneralParser() {
        var rng = SeededGenerator(seed: 8601)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var fast = 0
        for _ in 0..<20_000 {
            let year = [1999, 2000, 2016, 2018, 2100, 999, 3000].randomElement(using: &rng)!
            let month = [0, 1, 2, 6, 12, 13].randomElement(using: &rng)!, day = Int.random(in: 0...32, using: &rng)
            let dash = ["-", "-", "-", "/", "."].randomElement(using: &rng)!
            var raw = "\(year)\(dash)\(two(month))\(dash)\(two(day))"
            if Bool.random(using: &rng) {
                let h = [0, 9, 23, 24, 7].randomElement(using: &rng)!, m = [0, 59, 60, 5].randomElement(using: &rng)!
                let s = [0, 59, 60, 61, 7].randomElement(using: &rng)!
                raw += ["T", " ", "t", "_"].randomElement(using: &rng)! + "\(two(h)):\(two(m)):\(two(s))"
                raw += ["", "+04:00", "-05:30", "+14:00", "+14:01", "+04:75", "+0400", "Z", "+04"].randomElement(using: &rng)!
            }
            let general = DateParser().parseGenerally(raw)
            XCTAssertEqual(DateParser().parse(raw), general, raw)
            if let short = DateParser.iso8601(raw) {
                XCTAssertEqual(short, general, raw)
                fast += 1
            }
        }
        XCTAssertGreaterThan(fast, 1_000)
    }
}
