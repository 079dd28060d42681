import ArgumentParser
import Foundation
import KhabarCore

/// `khabar timeline`: how documents and terms move over time.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Count documents and terms per day, week, month or year.",
        discussion: """
        Output: long-format CSV `period,series,key,count,docs` (or JSONL), one row per series, \
        key and period from the first to the last period with a dated document, zero rows \
        included. Series: `documents` (key `all`), `source` (one key per source), `terms` (one \
        key per term of --terms or --top-terms; count = occurrences, docs = documents \
        containing it), `actors` (the --top-actors actors mentioned most; count = mentions, \
        docs = documents mentioning them). Periods: 2018-03-22, 2018-W12 (ISO weeks), 2018-03, 2018.

        Dates come from each document's date line or JSON date field (see `khabar docs`). \
        Documents without a readable date, and related articles without a date of their own, \
        are left out and counted in the summary.

        --bursts adds a `burst` column (1 inside a burst) and writes bursts.csv \
        (`series,key,start,end,weight`) from Kleinberg's two-state burst detector over each \
        series: documents of a source or containing a term among all documents of the period; \
        the burst state's rate is --burst-s times the base rate, entering it costs \
        --burst-gamma × ln(periods).

        Memory: the documents series are tiny; term series keep one 24-byte cell per \
        (period, term) pair seen, for all terms with --top-terms (the top is known only at the \
        end; the workers move theirs to the run's table every 32,768 terms), for the listed \
        ones with --terms; they spill to disk with the terms under --max-memory.
        """)

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "More reports in the same pass") var extra: ExtraOutputOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Terms (for --top-terms)") var termFilter: TermFilterOptions
    @OptionGroup(title: "Timeline") var timeline: TimelineOptions
    @OptionGroup(title: "Actors (for --top-actors)") var actorOptions: ActorOptions

    @Option(help: ArgumentHelp("Terms to follow: a comma-separated list, or a file with one per line (# comments). Written in any spelling; normalised with the text profile; one word each.", valueName: "list|file"))
    var terms: String?

    @Option(help: ArgumentHelp("Where bursts go (default: bursts.csv beside the -o file, or in the current folder).", valueName: "file"))
    var burstsFile: String?

    /// The listed terms, normalised.
    func listedTerms(profile: TextProfile) throws -> [[UInt8]] {
        guard let terms else { return [] }
        var words: [String]
        if FileManager.default.fileExists(atPath: terms) {
            guard let text = try? String(contentsOfFile: terms, encoding: .utf8) else {
                throw ValidationError("--terms: cannot read \(terms) as UTF-8")
            }
            words = text.split(whereSeparator: \.isNewline).map {
                $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces)
            }
        } else {
            words = terms.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let tokenizer = Tokenizer(profile: profile)
        var keys: [[UInt8]] = []
        for word in words where !word.isEmpty {
            let tokens = tokenizer.tokens(of: word)
            guard tokens.count == 1 else {
                throw ValidationError("--terms: '\(word)' is \(tokens.count) tokens after normalisation; timeline terms are single words")
            }
            let key = Array(tokens[0].utf8)
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    func run() throws {
        let profile = input.profile
        let listed = try listedTerms(profile: profile)
        let filter = try termFilter.filter(profile: profile)
        var configuration = try input.configuration()
        let (by, topTerms, topActors, bursts) = (timeline.by, timeline.topTerms, timeline.topActors ?? 0, timeline.bursts)
        let trackTerms = !listed.isEmpty || topTerms > 0
        configuration.countTerms = trackTerms
        configuration.timeline = TimelineConfiguration(granularity: by, trackTerms: trackTerms,
                                                       trackedKeys: topTerms > 0 ? nil : Set(listed))
        if topActors > 0 {
            // The same matching as `khabar actors`, so the series agree with actors.csv.
            configuration.actors = try actorOptions.configuration(profile: profile, renderMentions: false)
        }
        let mentions: OutputFile?
        do { mentions = try extra.open(&configuration) } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let out: OutputFile
        var burstsOut: OutputFile?
        do {
            out = try OutputFile(path: output.output)
            if bursts {
                let folder = output.output.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "."
                burstsOut = try OutputFile(path: burstsFile ?? (folder as NSString).appendingPathComponent("bursts.csv"))
            }
        } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let outcome = try RunDriver.run(input, configuration: configuration) { batch in
            mentions?.write(batch.dateMentionLines)
        }
        if outcome.result.errors == 0, let counts = outcome.result.timeline {
            var keys = listed
            var series: [TimelineReport.Series]
            do {
                if topTerms > 0, let terms = counts.terms {
                    for row in try terms.rows(filter: filter, top: topTerms) where !keys.contains(Array(row.term.utf8)) {
                        keys.append(Array(row.term.utf8))
                    }
                }
                series = try TimelineReport.series(of: counts, terms: keys)
            } catch {
                Diagnostics.print("khabar: error: \(error)")
                out.discard()
                burstsOut?.discard()
                mentions?.discard()
                throw ExitCode(1)
            }
            if let actors = outcome.result.actors {
                series += TimelineReport.actorSeries(of: counts, actors: actors, top: topActors)
            }
            TimelineReport.write(series, timeline: counts, format: output.format, csv: CSVWriter(crlf: output.crlf),
                                 byteOrderMark: output.bom,
                                 bursts: burstsOut.map { (timeline.burstParameters, $0) },
                                 to: out)
            if !input.quiet {
                let d = counts.documents
                let span = counts.range.map { "\(by.label($0.lowerBound)) to \(by.label($0.upperBound)), \($0.count) periods" } ?? "no dated documents"
                Diagnostics.print("khabar: timeline: \(span); left out: \(d.undatedArticles) articles without a readable date, \(d.undatedRelated) related documents without a date of their own")
            }
        }
        if let burstsOut {
            if outcome.result.errors > 0 { burstsOut.discard() } else {
                do { try burstsOut.commit() } catch { Diagnostics.print("khabar: error: \(error)"); throw ExitCode(1) }
            }
        }
        try ExtraOutputOptions.finish(mentions, outcome: outcome)
        try RunDriver.finish(outcome, output: out)
    }
}

