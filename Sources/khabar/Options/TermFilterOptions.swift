import ArgumentParser
import KhabarCore

/// Which terms count as terms: stopwords, numbers, short tokens (shared by terms and timeline).
struct TermFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Stopwords to drop: a comma-separated mix of ar (Khabar's Arabic list), en (English), and files (one word per line, # comments); or none.", valueName: "lists"))
    var stopwords: String = "ar,en"

    @Flag(help: "Keep tokens made only of digits (dropped by default).")
    var numbers = false

    @Option(help: ArgumentHelp("Drop tokens shorter than n characters (default 2; 1 keeps one-letter tokens).", valueName: "n"))
    var minLength: Int = 2

    func validate() throws {
        guard minLength >= 1 else { throw ValidationError("--min-length must be at least 1") }
    }

    func filter(profile: TextProfile) throws -> TermFilter {
        TermFilter(stopwords: try StopwordOption.load(stopwords, profile: profile), keepNumbers: numbers, minLength: minLength)
    }
}
