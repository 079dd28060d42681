import ArgumentParser

/// What the terms table holds: n-gram size and which rows are written (terms and report).
struct TermsTableOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Count n-grams of n tokens (1–3). N-grams never span sentence punctuation (. ! ? ؟ ; ؛ …) or a line end, and are dropped when any of their tokens is filtered out.", valueName: "n"))
    var ngram: Int = 1

    @Option(help: ArgumentHelp("Write only the first n rows.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("Write only terms occurring at least n times.", valueName: "n"))
    var minCount: UInt64 = 1

    func validate() throws {
        guard (1...3).contains(ngram) else { throw ValidationError("--ngram must be 1, 2 or 3") }
        if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
    }
}
