/// Parses publication dates in the forms real corpora use:
/// - RFC 2822 / RFC 1123 with named zones or offsets (`Sun, 18 Feb 2018 17:21:49 GMT`, `+0400`);
/// - ISO 8601 with and without separators, seconds and zone (`2017-01-20T21:43:00+01:00`,
///   `2017-01-22T185600`, `2015-08-11 13:44:43`, `20170122`);
/// - numeric `D/M/Y`, `D-M-Y`, `D.M.Y` (day first, the Arabic convention; `order: .monthFirst` for
///   US data; an impossible month with a possible day is read the other way), and `Y/M/D`; Hijri
///   when a marker follows (`1439/06/27 هـ`) or the year is 1300–1500;
/// - words: English (`10th, December 2023 GMT`, `December 10, 2023`) and Arabic month names of every
///   system (يناير, كانون الثاني, جانفي, يوليوز...), paired forms (`كانون الأول/ديسمبر`), weekday
///   prefixes, Arabic-Indic digits, year markers م and هـ, Hijri months (converted with Umm al-Qura),
///   and `الموافق` double dates (the Gregorian half wins; halves more than a day apart are flagged).
public struct DateParser: Sendable {
    public enum Order: String, Sendable, CaseIterable { case dayFirst = "dmy", monthFirst = "mdy" }

    public var order: Order

    public init(order: Order = .dayFirst) { self.order = order }

    public func parse(_ raw: String) -> PublicationDate? {
        if let date = DateParser.rfc2822(raw) ?? DateParser.iso8601(raw) ?? slashed(raw) { return date }
        return parseGenerally(raw)
    }

    /// `parse` without the RFC 2822 short cut (tests compare both).
    func parseGenerally(_ raw: String) -> PublicationDate? {
        let tokens = DateLexer.lex(raw)
        if let split = tokens.firstIndex(where: { $0.token.word == "الموافق" || $0.token.word == "الموافقة" }) {
            let left = parse(Array(tokens[..<split]))
            let right = parse(Array(tokens[(split + 1)...]))
            guard let left, let right else { return left ?? right }
            var gregorian = right.fromHijri && !left.fromHijri ? left : right
            let other = gregorian == right ? left : right
            if abs(gregorian.dayNumber - other.dayNumber) > 1 {
                gregorian.warning = "the two halves of the double date disagree: \(left.isoDate) and \(right.isoDate)"
            }
            return gregorian
        }
        return parse(tokens)
    }

    func parse(_ all: [DateLexer.Located]) -> PublicationDate? {
        let t = all.map(\.token)
        var i = 0
        // Skip a leading weekday and punctuation ("Sun,", "الأحد،").
        while i < t.count {
            if let w = t[i].word, MonthNames.weekdays[w] != nil { i += 1; continue }
            if let s = t[i].symbol, ",،-".contains(s) { i += 1; continue }
            break
        }
        if let d = numeric(t, from: i) { return d }
        return words(all, from: i)
    }

    // MARK: - RFC 2822 on bytes

    /// `Sun, 18 Feb 2018 21:35:43 +0400` and `... GMT` / `UTC` exactly so written (nine news
    /// dates in ten), read on the bytes with the result the general path gives (it lexes the
    /// line into Strings: ~1.5 µs a document). Nil for anything else, and for values the general
    /// path would refuse (it then decides): `DateParserTests` compares both on real and made-up
    /// dates.
    static func rfc2822(_ raw: String) -> PublicationDate? {
        var raw = raw
        return raw.withUTF8 { u -> PublicationDate? in
            let n = u.count
            guard n == 31 || n == 30 || n == 29 || n == 28 else { return nil }
            var i = 0
            @inline(__always) func letters3() -> UInt32? {
                guard i + 3 <= n else { return nil }
                var v: UInt32 = 0
                for k in 0..<3 {
                    let c = u[i + k] | 0x20
                    guard c >= 0x61 && c <= 0x7A else { return nil }
                    v = v << 8 | UInt32(c)
                }
                i += 3
                return v
            }
            @inline(__always) func digits(_ count: ClosedRange<Int>) -> Int? {
                var v = 0, d = 0
                while i < n, u[i] >= 0x30, u[i] <= 0x39, d < count.upperBound { v = v * 10 + Int(u[i] - 0x30); i += 1; d += 1 }
                guard count.contains(d), i == n || u[i] < 0x30 || u[i] > 0x39 else { return nil }
                return v
            }
            @inline(__always) func byte(_ b: UInt8) -> Bool {
                guard i < n, u[i] == b else { return false }
                i += 1
                return true
            }
            guard let weekday = letters3(), DateParser.rfcWeekdays.contains(weekday), byte(0x2C), byte(0x20),
                  let day = digits(1...2), byte(0x20), let monthName = letters3(),
                  let month = DateParser.rfcMonths.firstIndex(of: monthName), byte(0x20),
                  let year = digits(4...4), byte(0x20), let hour = digits(2...2), byte(0x3A),
                  let minute = digits(2...2), byte(0x3A), let second = digits(2...2), byte(0x20) else { return nil }
            guard (1000...2999).contains(year), day >= 1, day <= DayNumber.daysInMonth(year: year, month: month + 1),
                  hour < 24, minute < 60, second < 61 else { return nil }
            var date = PublicationDate(year: year, month: month + 1, day: day, time: (hour, minute, second))
            if i < n, u[i] == 0x2B || u[i] == 0x2D {
                let negative = u[i] == 0x2D
                i += 1
                guard let hhmm = digits(4...4), i == n else { return nil }
                let minutes = (hhmm / 100) * 60 + hhmm % 100
                if minutes <= 14 * 60 { date.offsetMinutes = negative ? -minutes : minutes }
                return date
            }
            guard let zone = letters3(), i == n, zone == DateParser.gmt || zone == DateParser.utc else { return nil }
            date.offsetMinutes = 0
            return date
        }
    }

    /// `2015-07-25`, `2015-07-25 10:20:30` and `2018-02-18T21:35:43+04:00` exactly so written
    /// (half of the bench's dates: SaudiNewsNet, some ANT sources), read on the bytes with the
    /// general path's result; nil for anything else and for values it would refuse or read
    /// otherwise (an hour of 24 leaves the date without its time there): it then decides.
    static func iso8601(_ raw: String) -> PublicationDate? {
        var raw = raw
        return raw.withUTF8 { u -> PublicationDate? in
            let n = u.count
            guard n == 10 || n == 19 || n == 25 else { return nil }
            @inline(__always) func number(_ at: Int, _ count: Int) -> Int? {
                var v = 0
                for k in at..<(at + count) {
                    let d = u[k] &- 0x30
                    guard d < 10 else { return nil }
                    v = v * 10 + Int(d)
                }
                return v
            }
            guard let year = number(0, 4), u[4] == 0x2D, let month = number(5, 2), u[7] == 0x2D, let day = number(8, 2),
                  (1000...2999).contains(year), !DateParser.hijriYears.contains(year), (1...12).contains(month),
                  day >= 1, day <= DayNumber.daysInMonth(year: year, month: month) else { return nil }
            var date = PublicationDate(year: year, month: month, day: day)
            guard n > 10 else { return date }
            guard u[10] == 0x20 || (n == 25 && (u[10] == 0x54 || u[10] == 0x74)),  // space, or T with a zone
                  let hour = number(11, 2), u[13] == 0x3A, let minute = number(14, 2), u[16] == 0x3A,
                  let second = number(17, 2), hour < 24, minute < 60, second < 61 else { return nil }
            date.time = (hour, minute, second)
            guard n == 25 else { return date }
            guard u[19] == 0x2B || u[19] == 0x2D, let hh = number(20, 2), u[22] == 0x3A, let mm = number(23, 2) else { return nil }
            let minutes = hh * 60 + mm
            if minutes <= 14 * 60 { date.offsetMinutes = u[19] == 0x2D ? -minutes : minutes }
            return date
        }
    }

    /// `25/07/2015` exactly so written (day first, or as `order` says; an impossible month with a
    /// possible day read the other way, as the general path does), on the bytes; nil otherwise.
    func slashed(_ raw: String) -> PublicationDate? {
        var raw = raw
        return raw.withUTF8 { u -> PublicationDate? in
            guard u.count == 10, u[2] == 0x2F, u[5] == 0x2F else { return nil }
            var v = [0, 0, 0]
            for (slot, range) in [(0, 0..<2), (1, 3..<5), (2, 6..<10)] {
                for k in range {
                    let d = u[k] &- 0x30
                    guard d < 10 else { return nil }
                    v[slot] = v[slot] * 10 + Int(d)
                }
            }
            guard !DateParser.hijriYears.contains(v[2]) else { return nil }  // `numeric` converts it
            let (first, second) = order == .dayFirst ? (v[0], v[1]) : (v[1], v[0])  // (day, month)
            return make(year: v[2], month: second, day: first) ?? make(year: v[2], month: first, day: second)
        }
    }

    private static func code(_ s: String) -> UInt32 { s.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
    private static let rfcWeekdays: Set<UInt32> = Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map(code))
    private static let rfcMonths: [UInt32] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map(code)
    private static let gmt = code("gmt"), utc = code("utc")

    // MARK: - Numeric forms

    private func numeric(_ t: [DateToken], from start: Int) -> PublicationDate? {
        guard start < t.count, let a = t[start].number else { return nil }
        let da = t[start].digits
        // yyyymmdd[Thhmmss]
        if da == 8 {
            guard let date = make(year: a / 10000, month: a / 100 % 100, day: a % 100) else { return nil }
            return withTime(date, t, from: start + 1)
        }
        guard start + 4 < t.count, let sep = t[start + 1].symbol, "/-.".contains(sep),
              let b = t[start + 2].number, t[start + 3].symbol == sep, let c = t[start + 4].number else { return nil }
        let db = t[start + 2].digits, dc = t[start + 4].digits
        var date: PublicationDate?
        if da == 4 && db <= 2 && dc <= 2 {
            date = make(year: a, month: b, day: c)
        } else if da <= 2 && db <= 2 && (dc == 4 || dc == 2) {
            let year = dc == 4 ? c : (c < 70 ? 2000 + c : 1900 + c)
            let (first, second) = order == .dayFirst ? (a, b) : (b, a)  // (day, month)
            date = make(year: year, month: second, day: first)
            if date == nil { date = make(year: year, month: first, day: second) }  // only one reading is possible
        }
        guard var date else { return nil }
        // A Hijri date written in figures ("1439/06/27 هـ", "27-06-1439"): marked so after it, or
        // of a year no Gregorian publication date has (1300–1500).
        let marked = t[(start + 5)...].contains { DateParser.hijriMarkers.contains($0.word ?? "") }
        if marked || DateParser.hijriYears.contains(date.year) {
            guard let g = Hijri.toGregorian(year: date.year, month: date.month, day: date.day) else { return nil }
            let converted = PublicationDate(year: g.year, month: g.month, day: g.day, fromHijri: true)
            // The time after the marker ("1445/09/01 هـ 10:30").
            let timeAt = start + 5 < t.count && DateParser.hijriMarkers.contains(t[start + 5].word ?? "") ? start + 6 : start + 5
            return withTime(converted, t, from: timeAt)
        }
        return withTime(date, t, from: start + 5)
    }

    /// The words that mark a year as Hijri (after it), and the years read as Hijri unmarked.
    static let hijriMarkers: Set<String> = ["ه", "هـ", "هجري", "هجرية", "هجريه", "ah"]
    static let hijriYears = 1300...1500

    // MARK: - Word forms

    private func words(_ all: [DateLexer.Located], from start: Int) -> PublicationDate? {
        let t = all.map(\.token)
        var m = start
        var found: (MonthNames.Month, Int)?
        while m < t.count {
            if let f = MonthNames.month(in: all, at: m) { found = f; break }
            m += 1
        }
        guard let (month, width) = found else { return nil }
        var hijri = month.calendar == .hijri
        // Day before the month ("10th, December", "18 Feb", "الأحد 10 ديسمبر") ...
        var day: Int?
        var k = m - 1
        while k >= start, t[k].symbol == "," || t[k].symbol == "،" || ["st", "nd", "rd", "th", "er", "re", "من"].contains(t[k].word ?? "") { k -= 1 }
        if k >= start, let d = t[k].number, t[k].digits <= 2 { day = d }
        // ... the paired name ("كانون الأول/ديسمبر", "ديسمبر (كانون الأول)") ...
        var j = m + width
        while j < t.count {
            if let s = t[j].symbol, "/()-".contains(s) { j += 1; continue }
            if let (_, w) = MonthNames.month(in: all, at: j) { j += w; continue }
            break
        }
        // ... or after it ("December 10, 2023").
        if day == nil, j < t.count, let d = t[j].number, t[j].digits <= 2 {
            day = d
            j += 1
            while j < t.count, t[j].symbol == "," || ["st", "nd", "rd", "th"].contains(t[j].word ?? "") { j += 1 }
        }
        while j < t.count, t[j].symbol == "," || t[j].symbol == "،" || t[j].word == "سنة" || t[j].word == "عام" { j += 1 }
        guard let day, j < t.count, let year = t[j].number, t[j].digits == 4 else { return nil }
        j += 1
        // Year marker.
        if j < t.count, let w = t[j].word {
            if DateParser.hijriMarkers.contains(w) { hijri = true; j += 1 }
            else if ["م", "ميلادي", "ميلادية", "ad", "ce"].contains(w) { j += 1 }
        }
        var date: PublicationDate?
        if hijri {
            guard let g = Hijri.toGregorian(year: year, month: month.number, day: day) else { return nil }
            date = PublicationDate(year: g.year, month: g.month, day: g.day, fromHijri: true)
        } else {
            date = make(year: year, month: month.number, day: day)
        }
        guard let date else { return nil }
        return withTime(date, t, from: j)
    }

    // MARK: - Time and zone

    /// Adds the time and zone that follow `from`, when there are any.
    private func withTime(_ date: PublicationDate, _ t: [DateToken], from start: Int) -> PublicationDate {
        var d = date
        var i = start
        if i < t.count, ["t", "في", "at", "à", "a", "الساعة"].contains(t[i].word ?? "") || t[i].symbol == "," || t[i].symbol == "-" { i += 1 }
        var parsedTime = false
        if i < t.count, let h = t[i].number {
            if t[i].digits == 6 && h / 10000 < 24 && h / 100 % 100 < 60 && h % 100 < 61 {
                d.time = (h / 10000, h / 100 % 100, h % 100); i += 1; parsedTime = true
            } else if t[i].digits <= 2, h < 24, i + 2 < t.count, t[i + 1].symbol == ":", let mi = t[i + 2].number, mi < 60 {
                var s = 0
                i += 3
                if i + 1 < t.count, t[i].symbol == ":", let sec = t[i + 1].number, sec < 61 {
                    s = sec; i += 2
                    if i + 1 < t.count, t[i].symbol == ".", t[i + 1].number != nil { i += 2 }  // fraction
                }
                var hour = h
                if i < t.count, var w = t[i].word {
                    // "p.m." / "a.m." are lexed as p . m . (each stop a symbol).
                    if (w == "p" || w == "a"), i + 2 < t.count, t[i + 1].symbol == ".", t[i + 2].word == "m" {
                        w += "m"
                        i += 2
                        if i + 1 < t.count, t[i + 1].symbol == "." { i += 1 }
                    }
                    // After a time, م is مساءً and ص صباحاً ("10:15 م"; after a year م is the era).
                    if w == "pm" || w == "مساء" || w == "مساءا" || w == "م" { if hour < 12 { hour += 12 }; i += 1 }
                    else if w == "am" || w == "صباحا" || w == "صباح" || w == "ص" { if hour == 12 { hour = 0 }; i += 1 }
                }
                d.time = (hour, mi, s); parsedTime = true
            }
        }
        // Zone: a name, "+hhmm", "+hh:mm", "+hh" (also after "بتوقيت").
        if i < t.count, t[i].word == "بتوقيت" || t[i].word == "توقيت" { i += 1 }
        if i < t.count, let w = t[i].word, let offset = MonthNames.zones[w] {
            d.offsetMinutes = offset
            i += 1
            if i + 1 < t.count, let s = t[i].symbol, s == "+" || s == "-", let n = t[i + 1].number {
                let extra = t[i + 1].digits <= 2 ? n * 60 : (n / 100) * 60 + n % 100
                d.offsetMinutes = offset + (s == "-" ? -extra : extra)
            }
        } else if parsedTime, i + 1 < t.count, let s = t[i].symbol, s == "+" || s == "-", let n = t[i + 1].number {
            var minutes: Int?
            if t[i + 1].digits == 4 { minutes = (n / 100) * 60 + n % 100 }
            else if t[i + 1].digits <= 2 {
                if i + 3 < t.count, t[i + 2].symbol == ":", let mm = t[i + 3].number { minutes = n * 60 + mm }
                else { minutes = n * 60 }
            }
            if let minutes, minutes <= 14 * 60 { d.offsetMinutes = s == "-" ? -minutes : minutes }
        }
        if !parsedTime { d.time = nil }
        return d
    }

    private func make(year: Int, month: Int, day: Int) -> PublicationDate? {
        guard (1000...2999).contains(year), (1...12).contains(month),
              day >= 1, day <= DayNumber.daysInMonth(year: year, month: month) else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    /// A date's shape, for counting the forms that could not be read: digits become 9, Latin
    /// letters a, Arabic letters ع (`17/05/2015` → `99/99/9999`).
    public static func shape(of raw: String) -> String {
        var out = ""
        var last: Character = " "
        for ch in raw.prefix(60) {
            let c: Character
            if ch.isNumber { c = "9" }
            else if ch.isLetter { c = ch.isASCII ? "a" : "ع" }
            else { c = ch }
            if (c == "a" || c == "ع") && c == last { continue }  // a word is one letter
            out.append(c)
            last = c
        }
        return out
    }
}
