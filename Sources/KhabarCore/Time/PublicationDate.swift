import Foundation

/// A calendar date as written, with the time and zone when given.
public struct PublicationDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hour, minute, second, when a time was written.
    public var time: (hour: Int, minute: Int, second: Int)?
    /// The zone's offset from UTC in minutes, when one was written.
    public var offsetMinutes: Int?
    /// The date was written in the Hijri calendar (converted with Umm al-Qura).
    public var fromHijri: Bool = false
    /// Something worth telling the user (a double date whose halves disagree).
    public var warning: String?

    public init(year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)? = nil,
                offsetMinutes: Int? = nil, fromHijri: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.offsetMinutes = offsetMinutes
        self.fromHijri = fromHijri
    }

    public static func == (a: PublicationDate, b: PublicationDate) -> Bool {
        a.year == b.year && a.month == b.month && a.day == b.day && a.time?.hour == b.time?.hour
            && a.time?.minute == b.time?.minute && a.time?.second == b.time?.second
            && a.offsetMinutes == b.offsetMinutes && a.fromHijri == b.fromHijri && a.warning == b.warning
    }

    /// `YYYY-MM-DD`: the calendar date as written (in the page's own time zone).
    public var isoDate: String {
        var out: [UInt8] = []
        out.reserveCapacity(10)
        appendISODate(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `YYYY-MM-DDTHH:MM:SS` plus `±HH:MM` when a zone was given; nil when no time was written.
    public var isoDateTime: String? {
        guard time != nil else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(25)
        appendISODateTime(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `isoDate`'s bytes (report lines write dates without making a String).
    func appendISODate<Out: DigitSink>(to out: inout Out) {
        appendZeroPadded(year, 4, to: &out)
        out.append(UInt8(ascii: "-"))
        appendZeroPadded(month, 2, to: &out)
        out.append(UInt8(ascii: "-"))
        appendZeroPadded(day, 2, to: &out)
    }

    /// Appends `isoDateTime`'s bytes (nothing when no time was written).
    func appendISODateTime<Out: DigitSink>(to out: inout Out) {
        guard let time else { return }
        appendISODate(to: &out)
        out.append(UInt8(ascii: "T"))
        appendZeroPadded(time.hour, 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendZeroPadded(time.minute, 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendZeroPadded(time.second, 2, to: &out)
        if let offset = offsetMinutes {
            out.append(UInt8(ascii: offset < 0 ? "-" : "+"))
            appendZeroPadded(abs(offset) / 60, 2, to: &out)
            out.append(UInt8(ascii: ":"))
            appendZeroPadded(abs(offset) % 60, 2, to: &out)
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for periods and distances.
    public var dayNumber: Int { DayNumber.from(year: year, month: month, day: day) }
}

/// Civil date ↔ day number arithmetic (Howard Hinnant's algorithms), without Foundation.
public enum DayNumber {
    public static func from(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601 weekday, Monday = 1 … Sunday = 7.
    public static func weekday(_ dayNumber: Int) -> Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }
}

/// Hijri (Umm al-Qura) → Gregorian, through Foundation's calendar.
enum Hijri {
    private static let calendars: (Calendar, Calendar) = {
        var hijri = Calendar(identifier: .islamicUmmAlQura)
        hijri.timeZone = TimeZone(identifier: "UTC")!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        return (hijri, gregorian)
    }()

    static func toGregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...12).contains(month), (1...30).contains(day), (1300...1600).contains(year) else { return nil }
        let (hijri, gregorian) = calendars
        guard let date = hijri.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        // Day 30 of a 29-day month rolls over: reject it.
        if hijri.component(.month, from: date) != month { return nil }
        let c = gregorian.dateComponents([.year, .month, .day], from: date)
        return (c.year!, c.month!, c.day!)
    }
}

/// `v` in decimal with zeros in front up to `width` digits, as `%0*d` prints it for `|v|` (a
/// minus sign goes in front, outside the width; dates never have one). Hand-written:
/// `String(format:)` goes through Foundation's formatter, microseconds a call, and every date
/// mention and document line formats a date.
@inline(__always)
func zeroPadded(_ v: Int, _ width: Int) -> String {
    var out: [UInt8] = []
    appendZeroPadded(v, width, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// `zeroPadded` as bytes appended to `out`.
func appendZeroPadded<Out: DigitSink>(_ v: Int, _ width: Int, to out: inout Out) {
    if v < 0 { out.append(UInt8(ascii: "-")) }
    var m = v.magnitude, digits = 1
    while m >= 10 { m /= 10; digits += 1 }
    for _ in digits..<max(digits, width) { out.append(UInt8(ascii: "0")) }
    out.appendDecimal(v.magnitude)
}

/// Where a report line's dates and numbers are written: a byte array, or a `RawLine`.
protocol DigitSink {
    mutating func append(_ byte: UInt8)
    /// `v` in decimal.
    mutating func appendDecimal(_ v: UInt)
}

extension Array: DigitSink where Element == UInt8 {
    @inline(__always)
    mutating func appendDecimal(_ v: UInt) { CSVWriter.appendInteger(v, to: &self) }
}

