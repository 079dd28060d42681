import ArgumentParser
import Foundation
import KhabarCore

/// `khabar terms`: term frequencies.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Count terms: how often each occurs and in how many documents.",
        discussion: """
        Output: CSV `term,count,docs` (or JSONL with --format jsonl), one row per distinct \
        term, sorted by count descending, then term in code point order. `count` is the \
        number of occurrences, `docs` the number of documents containing the term. Terms are \
        the tokens of each document's title and body after text profile v1 (see README): \
        Arabic diacritics and tatweel removed, alef/yeh/kaf variants folded, Arabic-Indic \
        digits made ASCII, lowercased. Metadata lines (date, source, tags) are not counted.

        Memory: one table per worker holding every distinct term (80 bytes per term, terms up \
        to 32 bytes included; up to twice that while the table doubles), merged at the end; \
        with more than two workers or --ngram 2 or 3, each worker moves its table to the run's \
        every 32,768 terms, so the vocabulary is held once. Documents are streamed, never all \
        held. With \
        --max-memory SIZE a worker whose table outgrows its share of the budget writes it to \
        disk as a sorted run (between documents) and starts again; the runs are merged at the \
        end (as KenLM counts n-grams): the same output, in bounded memory.

        Examples:
          khabar terms corpus.tar.gz --top 50
          khabar terms corpus.zip --ngram 2 --stopwords ar,en -o bigrams.csv
          cat corpus.tar.zst | khabar terms - --format jsonl
        """)

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "More reports in the same pass") var extra: ExtraOutputOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @OptionGroup(title: "Terms table") var table: TermsTableOptions

    @OptionGroup(title: "Terms") var termFilter: TermFilterOptions

    func run() throws {
        let filter = try termFilter.filter(profile: input.profile)
        var configuration = try input.configuration()
        configuration.ngram = table.ngram
        configuration.ngramFilter = filter
        let mentions: OutputFile?
        do { mentions = try extra.open(&configuration) } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let out: OutputFile
        do { out = try OutputFile(path: output.output) } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let outcome = try RunDriver.run(input, configuration: configuration) { batch in
            mentions?.write(batch.dateMentionLines)
        }
        if outcome.result.errors == 0, let terms = outcome.result.terms {
            do {
                try TermsReport.write(terms, filter: filter, minCount: table.minCount, top: table.top, format: output.format,
                                      csv: CSVWriter(crlf: output.crlf), byteOrderMark: output.bom, to: out)
            } catch {
                Diagnostics.print("khabar: error: \(error)")
                out.discard()
                mentions?.discard()
                throw ExitCode(1)
            }
        }
        try ExtraOutputOptions.finish(mentions, outcome: outcome)
        try RunDriver.finish(outcome, output: out)
    }
}

/// `--stopwords`: built-in lists and files.
enum StopwordOption {
    static func load(_ spec: String, profile: TextProfile) throws -> Set<[UInt8]> {
        var words: [String] = []
        for item in spec.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            switch item {
            case "none": continue
            case "ar": words += Stopwords.arabic
            case "en": words += Stopwords.english
            default:
                guard let text = try? String(contentsOfFile: item, encoding: .utf8) else {
                    throw ValidationError("--stopwords: '\(item)' is not ar, en, none or a readable UTF-8 file")
                }
                for line in text.split(whereSeparator: \.isNewline) {
                    let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                        .trimmingCharacters(in: .whitespaces)
                    if !word.isEmpty { words.append(word) }
                }
            }
        }
        return Stopwords.normalized(words, profile: profile)
    }
}
