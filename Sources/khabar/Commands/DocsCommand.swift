import ArgumentParser
import KhabarCore

/// `khabar docs`: the documents found in the inputs.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List the documents: one JSON object per article or related article.",
        discussion: """
        Output: JSONL, one object per document in input order, with the fields id, archive, \
        entry, kind (article|related), parent (the page's id, for a related article), title, \
        date_raw (the date as written), date (YYYY-MM-DD, null when not understood), datetime \
        (with the time and zone when written), date_source (line: the page's date line, field: \
        a JSON field), source, url, tags, body_lines, tokens (profile v1 tokens of title + \
        body) and invalid_bytes (bytes that were not UTF-8). English pages' labels (Published:, \
        Source:, Tags:, Read also) are read as the Arabic ones.

        Ids: <archive>:<entry path> for a page, plus #related for the related article that \
        follows a page's "read also" line, or :<line> for a JSONL record (:<item> for a JSON \
        array).

        Memory: constant; documents are written as they are read.
        """)

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "More reports in the same pass") var extra: ExtraOutputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (written to a temporary name, renamed when complete; /dev/stdout, a pipe or a device is written directly). Default: standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        var configuration = try input.configuration()
        configuration.countTerms = false
        configuration.renderDocuments = true
        let mentions: OutputFile?
        do { mentions = try extra.open(&configuration) } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let out: OutputFile
        do { out = try OutputFile(path: output) } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let outcome = try RunDriver.run(input, configuration: configuration) { batch in
            out.write(batch.documentLines)
            mentions?.write(batch.dateMentionLines)
        }
        try ExtraOutputOptions.finish(mentions, outcome: outcome)
        try RunDriver.finish(outcome, output: out)
    }
}
