/// The periods a timeline is counted in: days, ISO 8601 weeks, months or years.
public enum PeriodGranularity: String, Sendable, CaseIterable {
    case day, week, month, year

    /// A sequential index: consecutive periods have consecutive indices.
    public func index(of date: PublicationDate) -> Int {
        switch self {
        case .day: return date.dayNumber
        case .week:
            let d = date.dayNumber
            let monday = d - (DayNumber.weekday(d) - 1)
            return PeriodGranularity.floorDiv(monday - 4, 7)  // 1970-01-05 was a Monday
        case .month: return date.year * 12 + date.month - 1
        case .year: return date.year
        }
    }

    /// The period's label: `2018-03-22`, `2018-W12` (ISO week-numbering year), `2018-03`, `2018`.
    public func label(_ index: Int) -> String {
        switch self {
        case .day:
            let c = DayNumber.civil(index)
            return PublicationDate(year: c.year, month: c.month, day: c.day).isoDate
        case .week:
            let thursday = index * 7 + 4 + 3
            let year = DayNumber.civil(thursday).year
            let week = (thursday - DayNumber.from(year: year, month: 1, day: 1)) / 7 + 1
            return "\(year)-W" + (week < 10 ? "0\(week)" : "\(week)")
        case .month:
            let m = index % 12 + 1
            return "\(index / 12)-" + (m < 10 ? "0\(m)" : "\(m)")
        case .year:
            return "\(index)"
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
