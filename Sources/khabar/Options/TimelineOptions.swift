import ArgumentParser
import KhabarCore

/// How timelines are counted (timeline and report).
struct TimelineOptions: ParsableArguments {
    @Option(help: "Period: day, week (ISO 8601), month or year.")
    var by: PeriodGranularity = .month

    @Option(help: ArgumentHelp("Follow the n most frequent terms overall (after --stopwords, --numbers, --min-length); costs a 24-byte cell per period and term.", valueName: "n"))
    var topTerms: Int = 0

    @Option(help: ArgumentHelp("Follow the n actors mentioned most (series `actors`). Default: 0 for timeline, 10 for report.", valueName: "n"))
    var topActors: Int?

    @Flag(help: "Detect bursts: add a burst column and write bursts.csv.")
    var bursts = false

    @Option(help: ArgumentHelp("Burst detector: the burst state's rate as a multiple of the base rate.", valueName: "s"))
    var burstS: Double = 2

    @Option(help: ArgumentHelp("Burst detector: the cost of entering a burst, × ln(number of periods).", valueName: "gamma"))
    var burstGamma: Double = 1

    func validate() throws {
        guard topTerms >= 0, (topActors ?? 0) >= 0 else { throw ValidationError("--top-terms and --top-actors must be 0 or more") }
        guard burstS > 1 else { throw ValidationError("--burst-s must be more than 1") }
        guard burstGamma > 0 else { throw ValidationError("--burst-gamma must be more than 0") }
    }

    var burstParameters: TimelineReport.BurstParameters { .init(s: burstS, gamma: burstGamma) }
}

extension PeriodGranularity: ExpressibleByArgument {}
