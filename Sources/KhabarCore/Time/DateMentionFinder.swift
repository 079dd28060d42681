/// A calendar expression found in a document's text.
public struct DateMention: Sendable, Equatable {
    /// Offsets in Unicode scalars (code points) of the document text (title, newline, body).
    public var start: Int
    public var end: Int
    public var surface: String
    /// ISO 8601 at the precision written: `2025-03-31`, `2022-05`, `2016` (`--03-31` when a
    /// day and month have no year and the document no date to take it from).
    public var value: String
    /// The year (or, for a weekday, the day) was inferred, from the publication date or from
    /// the other end of a range.
    public var resolved: Bool
}

/// Finds explicit calendar expressions in text: day + month (+ year), month + year, a year with a
/// marker (`عام 2022`, `في 2016`, `2016م`), numeric dates (`17/05/2015`), ranges (`من 31 مارس إلى
/// 2 أبريل`: each end is a mention), and weekdays (`الثلاثاء`, `أمس الأربعاء`, `الخميس المقبل`)
/// resolved against the publication date. Month names of every Arabic system and English;
/// Hijri day-month-year converted with Umm al-Qura. A missing year comes from the nearest such
/// date to the publication date (a March mention in an early-January article may fall in the
/// year before).
public struct DateMentionFinder: Sendable {
    public init() {}

    /// Rule words out on all their flags before the patterns look at them (the default). Off,
    /// the looser test the finder used first (any word within 6 tokens of a number goes through
    /// every pattern): the reference the tests compare the tight test with.
    var gatesWords = true
    /// Tokens kept around each anchor when the finder reads the tokenizer's tokens
    /// (`DateTextTokens.init(tokens:text:window:)`; nil: every token). Used only with
    /// `gatesWords`, whose gates the window's size rests on.
    var anchorWindow: Int? = DateTextTokens.anchorWindow

    static let yearMarkers: Set<String> = ["عام", "العام", "لعام", "للعام", "بعام", "وعام", "سنة", "السنة", "لسنة", "للسنة",
                                           "عامي", "العامين", "سنتي",
                                           "في", "منذ", "حتى", "بحلول", "قبل", "بعد", "خلال", "مطلع", "اواخر", "اوائل", "نهاية", "بداية",
                                           // English: "in 2019", "since 2011", "between 2010 and 2015"
                                           "in", "since", "until", "till", "by", "before", "after", "during", "from", "between",
                                           "year", "early", "late"]
    static let rangeConnectors: Set<String> = ["الي", "حتى", "لغاية", "و"]
    static let pastWords: Set<String> = ["الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت"]
    static let nextWords: Set<String> = ["المقبل", "المقبلة", "القادم", "القادمة"]

    /// Finds the mentions in `text` (offsets in Unicode scalars of `text`).
    public func find(in text: String, published: PublicationDate?) -> [DateMention] {
        var text = text
        return text.withUTF8 { find(utf8: $0, published: published) }
    }

    /// Finds the mentions in valid UTF-8 text (repair invalid bytes first: `find(in:)` on
    /// `String(decoding:as:)` does).
    public func find(utf8 text: UnsafeBufferPointer<UInt8>, published: PublicationDate?) -> [DateMention] {
        find(DateTextTokens(utf8: text), utf8: text, published: published)
    }

    /// Finds the mentions in valid UTF-8 text from the tokenizer's tokens of it (see
    /// `DateTextTokens.init(tokens:text:)` for when that is allowed): the text is not lexed again.
    func find(tokens: TokenBuffer, utf8 text: UnsafeBufferPointer<UInt8>, published: PublicationDate?) -> [DateMention] {
        find(DateTextTokens(tokens: tokens, text: text, window: gatesWords ? anchorWindow : nil), utf8: text, published: published)
    }

    private func find(_ t: DateTextTokens, utf8 text: UnsafeBufferPointer<UInt8>, published: PublicationDate?) -> [DateMention] {
        var mentions: [DateMention] = []
        func add(_ first: Int, _ last: Int, _ value: String, _ resolved: Bool, skip: Int = 0) {
            var skip = skip
            // A month written with a conjunction or preposition in front ("ويونيو"): leave it out.
            if skip == 0, t.isMonthAfterProclitic(first) { skip = 1 }
            let s = t.start(first) + skip, e = t.end(last)
            // The skipped scalars' bytes (lead bytes say how long each is).
            var bs = t.byteStart(first)
            for _ in 0..<skip {
                let b0 = text[bs]
                bs += b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
            }
            let surface = String(decoding: UnsafeBufferPointer(rebasing: text[bs..<t.byteEnd(last)]), as: UTF8.self)
            mentions.append(DateMention(start: s, end: e, surface: surface, value: value, resolved: resolved))
        }

        // For each token, how far ahead the next word that may be الماضي/المقبل/الجاري... is, and
        // the next number (one pass from the end instead of a look-ahead at every word), both
        // in the same pass, saturating at 255 (the finder asks about 6 tokens ahead at most).
        // (Both in one allocation of raw memory: two arrays were two allocations and two
        // initialisations per document.)
        let n = t.count
        let within = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * (n + 1))
        defer { within.deallocate() }
        let relativeWithin = within, numberWithin = within + (n + 1)
        relativeWithin[n] = .max
        numberWithin[n] = .max
        var k = n - 1
        while k >= 0 {
            let r = relativeWithin[k + 1], m = numberWithin[k + 1]
            let nextIsRelative = k + 1 < n && t.mayBeRelative(k + 1), nextIsNumber = k + 1 < n && t.kind(k + 1) == .number
            relativeWithin[k] = nextIsRelative ? 1 : (r == .max ? .max : r + 1)
            numberWithin[k] = nextIsNumber ? 1 : (m == .max ? .max : m + 1)
            k -= 1
        }
        var i = 0
        while i < t.count {
            // Most words start nothing. A word starts something only as a month (with a number
            // or a relative word soon after), a year marker just before a number, or a weekday:
            // one that starts with ال (after و or ف) or is English anywhere, others (بال...,
            // short English forms) only within 6 tokens of a number.
            if t.kind(i) == .word && !t.mayBeWeekday(i) {
                let numberSoon = numberWithin[i] <= 6
                let mayStart = gatesWords
                    ? (numberSoon && (t.mayBeAnyWeekday(i) || (numberWithin[i] == 1 && t.mayBeMarker(i))))
                        || ((numberSoon || relativeWithin[i] <= 5) && t.mayBeMonth(i)) || t.mayBeOrdinal(i)
                    : numberSoon || (relativeWithin[i] <= 5 && t.mayBeMonth(i)) || t.mayBeOrdinal(i)
                if !mayStart {
                    i += 1
                    continue
                }
            }
            if let m = dayMonth(t, at: i) {
                // A weekday (with يوم) just before is part of the expression.
                var first = i
                if i >= 1, t.weekday(i - 1) != nil {
                    first = i - 1
                    if i >= 2, t.isWord(i - 2, DateMentionFinder.yawm) { first = i - 2 }
                } else if i >= 2, t.isSymbol(i - 1, "،") || t.isSymbol(i - 1, ","), t.weekday(i - 2) != nil {
                    first = i - 2
                }
                var year = m.year
                var resolved = false
                var last = m.last
                // "من 31 مارس إلى 2 أبريل 2025": the first end takes the second's year.
                if year == nil, m.next < t.count, isRangeConnector(t, m.next),
                   let other = dayMonth(t, at: m.next + 1), let y = other.year, !other.hijri {
                    year = other.month >= m.month ? y : y - 1
                    resolved = true
                }
                // "20 أغسطس الماضي", "28 يوليو من العام الماضي": the year from the publication
                // date, as the words say (the nearest date could be the wrong one).
                if year == nil, !m.hijri, let published, let r = relativeYear(t, at: m.next) {
                    let py = published.year
                    if r.namesYear {
                        year = py + r.relation
                    } else {
                        let here = DayNumber.from(year: py, month: m.month, day: Swift.min(m.day, DayNumber.daysInMonth(year: py, month: m.month)))
                        switch r.relation {
                        case -1: year = here <= published.dayNumber ? py : py - 1
                        case 1: year = here >= published.dayNumber ? py : py + 1
                        default: year = py
                        }
                    }
                    resolved = true
                    last = r.last
                }
                if let value = value(day: m.day, month: m.month, year: year, hijri: m.hijri, published: published, resolved: &resolved) {
                    add(first, last, value, resolved)
                    i = last + 1
                } else {
                    i = m.next
                }
                continue
            }
            // "31 و 2 أبريل", "5 - 7 مايو": a day whose month follows another day.
            if let d = t.number(i), t.digits(i) <= 2, (1...31).contains(d), i + 2 < t.count,
               isRangeConnector(t, i + 1),
               let other = dayMonth(t, at: i + 2), !other.hijri, d < other.day {
                var resolved = true  // the month (and maybe the year) comes from the other end
                if let value = value(day: d, month: other.month, year: other.year, hijri: false, published: published, resolved: &resolved) {
                    add(i, i, value, resolved)
                }
                i += 1
                continue
            }
            if let (value, last) = numericDate(t, at: i) {
                add(i, last, value, false)
                i = last + 1
                continue
            }
            if let (month, width) = MonthNames.month(in: t, at: i), month.calendar == .gregorian {
                var j = i + width
                j = skipPaired(t, from: j, month: month.number)
                // English "March 31, 2025", "Feb. 24, 2022" (an abbreviation's stop), and a range
                // of days before the year: "May 5-7, 2023", "May 5 to 7, 2023" (each end a mention,
                // the first taking the year after the second).
                if t.isASCIIWord(i), j + 1 < t.count, t.symbol(j) == "." { j += 1 }
                if t.isASCIIWord(i), j < t.count, let d = t.number(j),
                   t.digits(j) <= 2, (1...31).contains(d) {
                    var k = j + 1
                    var secondDay: (index: Int, day: Int)?
                    if k + 1 < t.count, t.isSymbol(k, "-") || t.isSymbol(k, "–") || t.isWord(k, in: DateMentionFinder.yearSpanWords),
                       let d2 = t.number(k + 1), t.digits(k + 1) <= 2, d2 > d, d2 <= 31 {
                        secondDay = (k + 1, d2)
                        k += 2
                    }
                    if k < t.count, t.symbol(k) == "," { k += 1 }
                    var resolved = false
                    let year = (k < t.count && t.digits(k) == 4) ? t.number(k) : nil
                    if let second = secondDay {
                        var resolvedSecond = true  // its month comes from the first end
                        resolved = year != nil  // the year comes from the second end
                        if let v1 = value(day: d, month: month.number, year: year, hijri: false, published: published, resolved: &resolved),
                           let v2 = value(day: second.day, month: month.number, year: year, hijri: false, published: published, resolved: &resolvedSecond) {
                            add(i, j, v1, resolved)
                            let last = year != nil ? k : second.index
                            add(second.index, last, v2, resolvedSecond)
                            i = last + 1
                            continue
                        }
                    }
                    if let value = value(day: d, month: month.number, year: year, hijri: false, published: published, resolved: &resolved) {
                        let last = year != nil ? k : j
                        add(i, last, value, resolved)
                        i = last + 1
                        continue
                    }
                }
                // Month + relative word: "مارس الماضي", "يونيو المقبل" ("الشهر الجاري" is not
                // one), or a year named from the publication's: "مارس من العام الماضي".
                if let published, let r = relativeYear(t, at: j) {
                    let m = month.number, pm = published.month, py = published.year
                    let year: Int
                    if r.namesYear { year = py + r.relation }
                    else if r.relation < 0 { year = m < pm ? py : py - 1 }
                    else if r.relation > 0 { year = m > pm ? py : py + 1 }
                    else { year = py }
                    add(i, r.last, "\(zeroPadded(year, 4))-\(zeroPadded(m, 2))", true)
                    i = r.last + 1
                    continue
                }
                // Month + year, also with the year's noun between ("يونيو/ حزيران عام 2017",
                // "ديسمبر من العام 2013": one mention of the month, not of the year alone).
                let k = yearAfterMonth(t, from: j)
                if k < t.count, let y = t.number(k), t.digits(k) == 4, (1000...2999).contains(y) {
                    var last = k
                    if k + 1 < t.count, t.isWord(k + 1, DateMentionFinder.meem) { last = k + 1 }
                    add(i, last, "\(zeroPadded(y, 4))-\(zeroPadded(month.number, 2))", false)
                    i = last + 1
                    continue
                }
            }
            // A year with a marker (a conjunction in front, "والعام", is left out of the mention).
            if !gatesWords || t.mayBeMarker(i), i + 1 < t.count, let y = t.number(i + 1), t.digits(i + 1) == 4, (1900...2100).contains(y),
               let skip = t.withWordBytes(i, { DateMentionFinder.markerSkip(bytes: $0) }) ?? nil {
                var last = i + 1
                if last + 1 < t.count, t.isWord(last + 1, DateMentionFinder.meem) { last += 1 }
                // "في 2016 مليون" is a count: a year is not followed by a unit of counting.
                if !(last + 1 < t.count && t.isWord(last + 1, in: DateMentionFinder.countUnits)) {
                    add(i, last, String(y), false, skip: skip)
                    i = last + 1
                    // The other end of a span of years: "عامي 2010 و2015", "عام 2017-2018", "2014 إلى 2016".
                    if i + 1 < t.count,
                       t.isSymbol(i, "-") || t.isSymbol(i, "–") || t.isWord(i, in: DateMentionFinder.yearSpanWords),
                       let y2 = t.number(i + 1), t.digits(i + 1) == 4, (1900...2100).contains(y2), y2 > y {
                        add(i + 1, i + 1, String(y2), false)
                        i += 2
                    }
                    continue
                }
            }
            if let y = t.number(i), t.digits(i) == 4, (1900...2100).contains(y), i + 1 < t.count, t.isWord(i + 1, DateMentionFinder.meem) {
                add(i, i + 1, String(y), false)
                i += 2
                continue
            }
            // Weekdays, resolved against the publication date.
            // `weekday` takes only a name that starts with a Latin letter or ال (after و ف ب).
            if let published, !gatesWords || (t.mayBeAnyWeekday(i) && t.startsLikeWeekday(i)),
               let weekday = t.weekday(i) {
                // The words around it, as bytes (a String made and compared for each was ~1% of
                // `report`'s instructions; these words have one spelling in bytes, see `weekday(bytes:)`).
                let afterIsPast = i + 1 < t.count && t.isWord(i + 1, in: DateMentionFinder.pastWordSet)
                let afterIsNext = i + 1 < t.count && t.isWord(i + 1, in: DateMentionFinder.nextWordSet)
                let beforeIsYawm = i >= 1 && t.isWord(i - 1, DateMentionFinder.yawm)
                let beforeIsAms = i >= 1 && t.isWord(i - 1, DateMentionFinder.ams)
                // "الاثنين" is also "the two" ("بين الاثنين", "كلا الاثنين"): a Monday only after يوم or أمس,
                // or before الماضي/المقبل.
                if t.withWordBytes(i, { DateMentionFinder.hasSuffix($0, DateMentionFinder.ithnayn) || DateMentionFinder.hasSuffix($0, DateMentionFinder.itnayn) }) == true {
                    let marked = beforeIsYawm || beforeIsAms || afterIsPast || afterIsNext
                        || (i >= 1 && t.isWord(i - 1, in: DateMentionFinder.speechAndTimeWords))
                    if !marked { i += 1; continue }
                }
                // "الأحد 10 ديسمبر": the weekday belongs to the date that follows.
                if dayMonth(t, at: i + 1) != nil || (i + 2 < t.count && (t.symbol(i + 1) == "،" || t.symbol(i + 1) == ",") && dayMonth(t, at: i + 2) != nil) {
                    i += 1
                    continue
                }
                var first = i, last = i
                var direction = 0
                // A future verb before it ("سيلتقي الخميس", "سوف"): the next one. (Its length in
                // Characters, as a String, only for a word that starts as one.)
                if i >= 1, t.isWord(i - 1, DateMentionFinder.sawfa)
                    || (t.withWordBytes(i - 1, { DateMentionFinder.startsAsFutureVerb($0) }) == true && (t.word(i - 1)?.count ?? 0) > 3) {
                    direction = 1
                }
                if beforeIsYawm { first = i - 1 }
                if beforeIsAms { first = i - 1; direction = -1 }
                // English: "last Tuesday", "next Friday" (the word before the name).
                if i >= 1, t.isWord(i - 1, DateMentionFinder.last) { first = i - 1; direction = -1 }
                if i >= 1, t.isWord(i - 1, DateMentionFinder.next) { first = i - 1; direction = 1 }
                if afterIsPast { last = i + 1; direction = -1 }
                else if afterIsNext { last = i + 1; direction = 1 }
                let p = published.dayNumber
                let pw = DayNumber.weekday(p)
                let back = (pw - weekday + 7) % 7, forward = (weekday - pw + 7) % 7
                let day: Int
                switch direction {
                case -1: day = p - (back == 0 ? 7 : back)
                case 1: day = p + (forward == 0 ? 7 : forward)
                // News mostly reports what happened: the past one, unless it is more than 4 days back.
                default: day = back <= 4 ? p - back : p + forward
                }
                let c = DayNumber.civil(day)
                add(first, last, PublicationDate(year: c.year, month: c.month, day: c.day).isoDate, true)
                i = last + 1
                continue
            }
            i += 1
        }
        return mentions
    }

    /// "م" (after a year: ميلادي) and "من" (between a day and its month), as normalised bytes.
    static let meem = Array("م".utf8), min = Array("من".utf8)
    /// يوم, أمس, سوف as normalised bytes, and English "last" and "next" (before a weekday).
    static let yawm = Array("يوم".utf8), ams = Array("امس".utf8), sawfa = Array("سوف".utf8)
    static let last = Array("last".utf8), next = Array("next".utf8)
    /// The word sets the patterns test, as bytes. Every word is plain letters (no marks, nothing
    /// that decomposes), so a word equal to one as a `String` (canonical equivalence) has the
    /// same bytes: the byte lookups answer as the `Set<String>` lookups they replace.
    static let yearMarkerSet = byteSet(yearMarkers), pastWordSet = byteSet(pastWords), nextWordSet = byteSet(nextWords)
    static let relativeWordSet = byteSet(DateTextTokens.relativeWords)
    /// Units of counting after a number ("في 2016 مليون" is no year).
    static let countUnits = byteSet(["مليون", "الف", "مليار", "دولار", "شخص", "million", "billion", "thousand", "dollars", "percent"])
    /// The words between the two years of a span ("عامي 2010 و2015").
    static let yearSpanWords = byteSet(["و", "الي", "حتى", "to", "and", "through", "until"])
    /// Words before الاثنين that make it a Monday ("قال الاثنين", "صباح الاثنين").
    static let speechAndTimeWords = byteSet(["قال", "اعلن", "اكد", "ذكر", "صباح", "مساء", "ليل", "فجر"])
    /// After a day, month and year: the Hijri era (هـ) and the Gregorian one (م).
    static let hijriEraWords = byteSet(["ه", "هـ", "هجري", "هجرية"]), gregorianEraWords = byteSet(["م", "ميلادي"])

    private static func byteSet(_ words: Set<String>) -> ByteKeySet {
        ByteKeySet(words.map { ByteKey(Array($0.utf8)) })
    }
    /// `rangeConnectors` as bytes.
    static let rangeConnectorBytes = rangeConnectors.sorted().map { Array($0.utf8) }

    /// The token between the two ends of a range: a connector word, "-" or "–".
    func isRangeConnector(_ t: DateTextTokens, _ i: Int) -> Bool {
        t.isSymbol(i, "-") || t.isSymbol(i, "–") || t.isWord(i, in: DateMentionFinder.rangeConnectorBytes)
    }

    /// How many scalars of the word `u` (normalised bytes) to leave out when it is a year marker
    /// (0, or 1 for a و/ف in front), or nil when it is not one.
    static func markerSkip(bytes u: UnsafeBufferPointer<UInt8>) -> Int? {
        if yearMarkerSet.contains(u) { return 0 }
        // و (D9 88) or ف (D9 81), then a marker (which starts with a letter: و is a Character of its own).
        if u.count > 2, u[0] == 0xD9, u[1] == 0x88 || u[1] == 0x81, yearMarkerSet.contains(UnsafeBufferPointer(rebasing: u[2...])) { return 1 }
        return nil
    }

    /// ال, اثنين, اتنين as bytes.
    static let al = Array("ال".utf8), ithnayn = Array("اثنين".utf8), itnayn = Array("اتنين".utf8)
    /// سي ست سن: the future prefix of a verb ("سيلتقي").
    static let futurePrefixes = [Array("سي".utf8), Array("ست".utf8), Array("سن".utf8)]

    /// The bytes `u` end with `suffix`.
    static func hasSuffix(_ u: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        u.count >= suffix.count && UnsafeBufferPointer(rebasing: u[(u.count - suffix.count)...]).elementsEqual(suffix)
    }

    /// The bytes `u` start with سي, ست or سن.
    static func startsAsFutureVerb(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        futurePrefixes.contains { u.starts(with: $0) }
    }

    /// The weekday a word of running text names: the definite Arabic forms (الثلاثاء, also with
    /// و or ف in front) or English names; bare forms (احد, سبت) are ordinary words too often.
    static func weekday(_ w: String) -> Int? {
        var w = w
        return w.withUTF8 { weekday(bytes: $0) }
    }

    /// `weekday(_:)` on a word's normalised bytes, looked up as bytes (`MonthNames.weekdayKeys`):
    /// the names are ASCII or Arabic letters that no other sequence is canonically equal to, so
    /// byte equality is the `String` equality it replaces, without a `String` made, normalised
    /// and hashed for every word that may be a weekday (~1% of `report`'s worker time).
    static func weekday(bytes u: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = u.baseAddress, MonthNames.weekdayHashes.contains(byteHash(base, u.count)) else { return nil }
        // A weekday name may carry و, ف or ب in front ("والثلاثاء"): two bytes, then ال (D8 A7 D9 84).
        var s = u
        if MonthNames.weekday(s) == nil, u.count > 6,
           (u[0] == 0xD9 && (u[1] == 0x88 || u[1] == 0x81)) || (u[0] == 0xD8 && u[1] == 0xA8),
           u[2] == 0xD8, u[3] == 0xA7, u[4] == 0xD9, u[5] == 0x84 {
            s = UnsafeBufferPointer(rebasing: u[2...])
        }
        let startsWithAl = s.count >= 4 && s[0] == 0xD8 && s[1] == 0xA7 && s[2] == 0xD9 && s[3] == 0x84  // ال
        guard startsWithAl || (s.allSatisfy { $0 < 0x80 } && s.count > 3) else { return nil }
        return MonthNames.weekday(s)
    }

    /// Words naming the year of a date relative to the publication's (after [من]): العام, السنة.
    static let yearNouns = byteSet(["العام", "السنة", "عام", "سنة", "لعام", "للعام", "لسنة"])
    /// This one: الجاري, الحالي (also after العام).
    static let currentWordSet = byteSet(["الجاري", "الجارية", "الحالي", "الحالية"])
    /// "هذا العام", "هذه السنة".
    static let thisWords = byteSet(["هذا", "هذه"])

    /// After a day and month, or a month, with no year: the words that place it relative to the
    /// publication date, and the last of them. A relative word alone ("الماضي", "المقبل",
    /// "الجاري": the last such date before publication, the next after, this year's), or a year
    /// named from the publication's ("من العام الماضي", "العام المقبل", "من هذا العام",
    /// "السنة الجارية": `namesYear`, the year before, after, the same).
    func relativeYear(_ t: DateTextTokens, at j: Int) -> (relation: Int, namesYear: Bool, last: Int)? {
        guard j < t.count else { return nil }
        func relation(_ k: Int) -> Int? {
            if t.isWord(k, in: DateMentionFinder.pastWordSet) { return -1 }
            if t.isWord(k, in: DateMentionFinder.nextWordSet) { return 1 }
            if t.isWord(k, in: DateMentionFinder.currentWordSet) { return 0 }
            return nil
        }
        if t.mayBeRelative(j), let r = relation(j) { return (r, false, j) }
        var k = j
        if t.isWord(k, DateMentionFinder.min) { k += 1 }
        guard k + 1 < t.count else { return nil }
        // ("من هذا العام 2015": the year written after it is the year marker's.)
        if k + 2 < t.count, t.digits(k + 2) == 4 { return nil }
        if t.isWord(k, in: DateMentionFinder.thisWords), t.isWord(k + 1, in: DateMentionFinder.yearNouns) { return (0, true, k + 1) }
        if t.isWord(k, in: DateMentionFinder.yearNouns), let r = relation(k + 1) { return (r, true, k + 1) }
        return nil
    }

    /// Where a year after a month name would be: past a comma, and past the year's noun when a
    /// year of four digits follows it ("مارس، 2017", "11 سبتمبر عام 2001", "ديسمبر من العام 2013",
    /// "أغسطس لعام 1983").
    func yearAfterMonth(_ t: DateTextTokens, from j: Int) -> Int {
        var k = j
        if k < t.count, t.symbol(k) == "," || t.symbol(k) == "،" { k += 1 }
        if k + 1 < t.count, t.isWord(k, in: DateMentionFinder.yearNouns), t.digits(k + 1) == 4 { return k + 1 }
        if k + 2 < t.count, t.isWord(k, DateMentionFinder.min), t.isWord(k + 1, in: DateMentionFinder.yearNouns),
           t.digits(k + 2) == 4 { return k + 2 }
        return k
    }

    struct DayMonth {
        var day: Int
        var month: Int
        var year: Int?
        var hijri: Bool
        var last: Int  // last token of the expression
        var next: Int  // first token after it
    }

    /// The ordinals of a day's number (masculine, for يوم), normalised: units, and the tens alone.
    static let ordinalDays: [String: Int] = [
        "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
        "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي": 1, "العشرين": 20, "الثلاثين": 30,
    ]
    static let ordinalDayKeys = ByteKeyMap(Dictionary(uniqueKeysWithValues: ordinalDays.map { (ByteKey(Array($0.key.utf8)), $0.value) }))
    /// Nouns an ordinal qualifies that are no day: "الأسبوع الأول من يوليو" is a week,
    /// "النصف الثاني من يونيو" half a month (on news-bench 66 of 3,224 ordinal dates were such).
    static let periodNouns = byteSet(["الاسبوع", "والاسبوع", "الاسبوعين", "النصف", "والنصف", "الربع", "الشطر", "الثلث",
                                      "العقد", "القرن", "الجزء", "الفصل", "الموسم", "الشهر"])
    static let ashar = Array("عشر".utf8), waIshrin = Array("والعشرين".utf8), waThalathin = Array("والثلاثين".utf8),
               hadi = Array("الحادي".utf8), shahr = Array("شهر".utf8)

    /// A day written as an ordinal at `i`, and the token after it: "التاسع", "الحادي عشر",
    /// "الثاني والعشرين", "الحادي والثلاثين", "العشرين" (الحادي only with its tens).
    func ordinalDay(_ t: DateTextTokens, at i: Int) -> (day: Int, next: Int)? {
        guard t.mayBeOrdinal(i), let unit = t.withWordBytes(i, { u in
            DateMentionFinder.ordinalDayKeys.value(hash: byteHash(u.baseAddress!, u.count), bytes: u)
        }) ?? nil else { return nil }
        let isHadi = t.isWord(i, DateMentionFinder.hadi)
        if unit <= 10, i + 1 < t.count {
            if unit < 10, t.isWord(i + 1, DateMentionFinder.ashar) { return (10 + unit, i + 2) }
            if unit < 10, t.isWord(i + 1, DateMentionFinder.waIshrin) { return (20 + unit, i + 2) }
            if unit == 1, t.isWord(i + 1, DateMentionFinder.waThalathin) { return (31, i + 2) }
        }
        return isHadi ? nil : (unit, i + 1)
    }

    /// `D [من] [شهر] Month[/Month] [،] [[من] عام] [Year [م|هـ]]` at `i`, or an ordinal day then
    /// من: "التاسع من أغسطس عام 1945", "الحادي والعشرين من شهر مارس الجاري".
    func dayMonth(_ t: DateTextTokens, at i: Int) -> DayMonth? {
        guard i < t.count else { return nil }
        let d: Int
        var j: Int
        if let n = t.number(i), t.digits(i) <= 2, (1...31).contains(n) {
            d = n
            j = i + 1
            if j < t.count, t.isWord(j, DateMentionFinder.min) { j += 1 }
        } else if t.kind(i) == .word, let o = ordinalDay(t, at: i), o.next < t.count, t.isWord(o.next, DateMentionFinder.min),
                  !(i >= 1 && t.isWord(i - 1, in: DateMentionFinder.periodNouns)) {
            d = o.day
            j = o.next + 1
        } else {
            return nil
        }
        if j + 1 < t.count, t.isWord(j, DateMentionFinder.shahr) { j += 1 }
        guard j < t.count, let (month, width) = MonthNames.month(in: t, at: j) else { return nil }
        var last = j + width - 1
        j = skipPaired(t, from: j + width, month: month.number)
        if j > last + 1 { last = j - 1 }
        let k = yearAfterMonth(t, from: j)
        var year: Int?
        var hijri = month.calendar == .hijri
        if k < t.count, let y = t.number(k), t.digits(k) == 4 {
            year = y
            last = k
            if k + 1 < t.count {
                if t.isWord(k + 1, in: DateMentionFinder.hijriEraWords) { hijri = true; last = k + 1 }
                else if t.isWord(k + 1, in: DateMentionFinder.gregorianEraWords) { last = k + 1 }
            }
        }
        return DayMonth(day: d, month: month.number, year: year, hijri: hijri, last: last, next: last + 1)
    }

    /// After a month name: a paired name (`كانون الأول/ديسمبر`, `ديسمبر (كانون الأول)`).
    func skipPaired(_ t: DateTextTokens, from start: Int, month: Int) -> Int {
        var j = start
        var k = j
        var open = false  // a "(" before the last paired name, not closed yet
        while k < t.count {
            if let s = t.symbol(k), "/()".contains(s) {
                if s == "(" { open = true } else if s == ")" { open = false }
                k += 1
                continue
            }
            // The same month in another system only: "يوليو وأكتوبر" is two months.
            if let (m, w) = MonthNames.month(in: t, at: k), m.number == month {
                k += w
                j = k
                // The closing parenthesis of "ديسمبر (كانون الأول)", not one that closes a
                // parenthesis opened before the date ("(... حزيران/يونيو)").
                if open, j < t.count, t.symbol(j) == ")" { j += 1; k = j; open = false }
                continue
            }
            break
        }
        // Symbols between the last name and a year ("أبريل/نيسان/ 2017", "أيار/مايو (1987)"):
        // skipped, so that the year is read.
        if j > start {
            var y = j
            while y < t.count, let s = t.symbol(y), s == "/" || s == "(" { y += 1 }
            if y > j, y < t.count, t.digits(y) == 4 { j = y }
        }
        return j
    }

    /// `D/M/YYYY`, `D-M-YYYY`, `D.M.YYYY` (day first) or `YYYY-MM-DD` at `i`.
    func numericDate(_ t: DateTextTokens, at i: Int) -> (String, Int)? {
        // (Symbols compared as scalars: a `Character` made and compared for every number was
        // ~0.2% of `report`'s instructions.)
        guard i + 4 < t.count, let a = t.number(i), t.isSymbol(i + 1, "/") || t.isSymbol(i + 1, "-") || t.isSymbol(i + 1, "."),
              let b = t.number(i + 2), t.sameSymbol(i + 3, i + 1), let c = t.number(i + 4) else { return nil }
        let (da, db, dc) = (t.digits(i), t.digits(i + 2), t.digits(i + 4))
        var y = 0, m = 0, d = 0
        if da == 4 && db <= 2 && dc <= 2 { (y, m, d) = (a, b, c) }
        else if da <= 2 && db <= 2 && dc == 4 { (y, m, d) = (c, b, a) }
        else { return nil }
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= DayNumber.daysInMonth(year: y, month: m) else { return nil }
        return (PublicationDate(year: y, month: m, day: d).isoDate, i + 4)
    }

    /// The ISO value of a day and month, with the year written, or the nearest to `published`.
    func value(day: Int, month: Int, year: Int?, hijri: Bool, published: PublicationDate?, resolved: inout Bool) -> String? {
        if hijri {
            guard let year, let g = Hijri.toGregorian(year: year, month: month, day: day) else { return nil }
            return PublicationDate(year: g.year, month: g.month, day: g.day).isoDate
        }
        if let year {
            guard (1000...2999).contains(year), day <= DayNumber.daysInMonth(year: year, month: month) else { return nil }
            return PublicationDate(year: year, month: month, day: day).isoDate
        }
        guard let published else {
            guard day <= DayNumber.daysInMonth(year: 2000, month: month) else { return nil }
            return "--\(zeroPadded(month, 2))-\(zeroPadded(day, 2))"
        }
        resolved = true
        var best: (distance: Int, year: Int)?
        for y in [published.year - 1, published.year, published.year + 1] where day <= DayNumber.daysInMonth(year: y, month: month) {
            let distance = abs(DayNumber.from(year: y, month: month, day: day) - published.dayNumber)
            if best == nil || distance < best!.distance { best = (distance, y) }
        }
        guard let best else { return nil }
        return PublicationDate(year: best.year, month: month, day: day).isoDate
    }
}
