import ArgumentParser
import KhabarCore

/// `khabar`: news archives in, statistics out.
@main
struct Khabar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Statistics from compressed corpora of news articles: terms, documents, actors and who appears with whom, dates, timelines.",
        discussion: """
        Reads .tar(.gz|.bz2|.xz|.zst|.lz4), .zip, .7z, .cpio archives, lone compressed files \
        (x.txt.gz), folders, .txt/.html/.json/.jsonl files, or a stream on standard input (-), in one \
        streaming pass, never extracting to disk. With no input, reads the bundled sample corpus \
        (notebooks-data/ant-sample.tar.gz).

        Exit status: 0 all input read; 1 an input could not be read to the end (no report is \
        written); 2 the report was written but some entries or records were skipped as \
        unreadable (bad JSON record, entry over --max-entry-size, unreadable nested archive: \
        see the summary); 64 bad usage. A run stopped by Ctrl-C, SIGTERM or SIGHUP removes its \
        temporary files and leaves the reports already in place untouched.
        """,
        version: KhabarVersion.string + (ArchiveReader.inflatesGzipWithISAL ? " (gzip inflated with ISA-L" : " (gzip inflated by libarchive")
            + (ArchiveReader.decodesBzip2InParallel ? ", bzip2 decoded in parallel" : ", bzip2 by libarchive")
            + (ArchiveReader.decodesXzInParallel ? ", xz decoded in parallel)" : ", xz by libarchive)"),
        subcommands: [ReportCommand.self, TermsCommand.self, DocsCommand.self, TimelineCommand.self, ActorsCommand.self, CooccurCommand.self],
        defaultSubcommand: nil
    )
}

enum KhabarVersion {
    static let string = "0.1.0"
}
