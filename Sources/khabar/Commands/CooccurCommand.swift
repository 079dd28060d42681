import ArgumentParser
import KhabarCore

/// `khabar cooccur`: which actors are written about together.
struct CooccurCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccur",
        abstract: "Count pairs of actors that appear in the same document, paragraph or sentence.",
        discussion: """
        Output: CSV `actor_a,actor_b,together,docs_a,docs_b,units,pmi,npmi,llr,logdice,jaccard,id_a,id_b` \
        (actor_a < actor_b in code point order), sorted by together descending; or JSONL, or the \
        same network as GEXF (Gephi) or GraphML (networkx), nodes sized by mentions.

        For each pair: together = units with both (f_xy), docs_a/docs_b = units with each \
        (f_x, f_y; documents when --unit document), units = N, all units of the corpus. \
        pmi = log2(f_xy·N / (f_x·f_y)); npmi = pmi / −log2(f_xy/N), in [−1, 1]; llr = Dunning's \
        G² over the 2×2 table; logdice = 14 + log2(2·f_xy / (f_x + f_y)); jaccard = \
        f_xy / (f_x + f_y − f_xy). Tag mentions are metadata and do not count here.

        Memory: one counter per pair of actor ids seen together (12 bytes), in one table for \
        the run (spilled to disk as sorted runs under --max-memory) and a small one (3 MiB) per \
        worker. A unit with more than \
        2,000 distinct actors (not an article: a book, thousands of pages as one) keeps its \
        counts but not its pairs, which grow with the square of its actors; a warning names it.
        """)

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Actors") var actorOptions: ActorOptions
    @OptionGroup(title: "Provenance") var mentions: MentionsOptions
    @OptionGroup(title: "More reports in the same pass") var extra: ExtraOutputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (written to a temporary name, renamed when complete; /dev/stdout, a pipe or a device is written directly). Default: standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Output format: csv, jsonl, gexf or graphml.")
    var format: CooccurrenceReport.Format = .csv

    @Option(help: ArgumentHelp("Write only pairs seen together in at least n units.", valueName: "n"))
    var minPair: Int = 2

    @Flag(help: "Start CSV output with a UTF-8 byte order mark.")
    var bom = false

    @Flag(help: "End CSV rows with CRLF.")
    var crlf = false

    func validate() throws {
        guard minPair >= 1 else { throw ValidationError("--min-pair must be at least 1") }
    }

    func run() throws {
        try ActorRun.run(input: input, extra: extra, actorOptions: actorOptions, mentions: mentions.mentions, output: output) { counts, out in
            CooccurrenceReport.write(counts, minPair: minPair, format: format, csv: CSVWriter(crlf: crlf), byteOrderMark: bom,
                                     threads: input.jobs, to: out)
        }
    }
}
