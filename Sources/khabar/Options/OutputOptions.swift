import ArgumentParser
import KhabarCore

/// Where and how a tabular report is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (written to a temporary name, renamed when complete; /dev/stdout, a pipe or a device is written directly). Default: standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Output format: csv or jsonl.")
    var format: ReportFormat = .csv

    @Flag(help: "Start CSV output with a UTF-8 byte order mark (for spreadsheet programs opening Arabic CSV).")
    var bom = false

    @Flag(help: "End CSV rows with CRLF, as RFC 4180 says (default: LF).")
    var crlf = false
}

extension ReportFormat: ExpressibleByArgument {}
