import ArgumentParser
import Foundation
import KhabarCore

/// Options shared by every command: what to read and how (xsv's shared config).
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Archives, compressed files, folders, .txt/.html/.json/.jsonl files, or - for standard input.",
        discussion: "Default: the bundled sample corpus in notebooks-data/. A folder's files not yet in memory are read ahead from disk by 4 threads (KHABAR_NO_PREFETCH=1 turns that off).",
        valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.customShort("j"), .long], help: "Worker threads that parse, tokenize and count (the default is the number of cores), and that sort and format the largest reports at the end; several inputs are read by as many reader threads, up to the cores and 4. A bzip2 input, and an .xz of several blocks, is decoded on as many threads (up to the cores, shared by the inputs read at once; bzip2 inputs alone are read one at a time on all of them; not when actors are matched, where the workers keep the cores busy).")
    var jobs: Int = PipelineConfiguration.coreCount

    @Option(help: ArgumentHelp("Skip (and report) entries larger than this; K, M, G suffixes. JSON Lines are read as a stream: the limit applies to each line; a tar or compressed archive inside an archive is read as a stream, without a limit.", valueName: "size"))
    var maxEntrySize: String = "256M"

    @Option(help: ArgumentHelp(
        "Memory budget for the counting tables; K, M, G suffixes (default: no budget).",
        discussion: "Beyond half of it (shared by the workers, at least 8 MiB each), the term table and a timeline's (period, term) counts are written to disk as sorted runs and merged at the end; beyond an eighth of it (at least 8 MiB), the pairs of actors: the same output, more disk I/O. The actors' names and the reports' final rows stay in memory.",
        valueName: "size"))
    var maxMemory: String?

    @Option(help: ArgumentHelp("Folder for the runs spilled under --max-memory (default: the system's temporary folder, $TMPDIR).", valueName: "dir"))
    var spillDir: String?

    @Option(help: ArgumentHelp("JSON field(s) holding the article text, comma-separated, tried in order (default: content,text,body,article).", valueName: "names"))
    var textField: String?

    @Option(help: ArgumentHelp("JSON field(s) holding the title (default: title,headline).", valueName: "names"))
    var titleField: String?

    @Option(help: ArgumentHelp("JSON field(s) holding the date (default: date,published,pubDate,date_extracted,...).", valueName: "names"))
    var dateField: String?

    @Option(help: ArgumentHelp("How numeric dates are read: dmy (day first, the Arabic convention: 05/06/2016 is 5 June) or mdy. A date that is impossible one way is read the other.", valueName: "order"))
    var dateOrder: DateParser.Order = .dayFirst

    @Option(help: ArgumentHelp(
        "How text entries (news pages, .txt and .html files) are encoded: auto, utf-8, windows-1256, iso-8859-6 or utf-16.",
        discussion: "auto (the default) reads UTF-8, and an entry that starts with a UTF-16 byte order mark as UTF-16, and one whose first non-ASCII bytes are not UTF-8 but runs of Arabic letters in Windows-1256 or ISO-8859-6 as that (the summary counts them, with an example); a web page whose first 64 KiB are ASCII only, in the Windows-1256 or ISO-8859-6 charset it declares unless its text is UTF-8; other bytes that are not UTF-8 are counted and read as U+FFFD. utf-8 turns the detection off; the others read every text entry so (utf-16: little-endian unless a byte order mark says otherwise). JSON is always read as UTF-8. Offsets in the reports are in Unicode scalars of the decoded text (for a single-byte encoding, the byte offsets of the file).",
        valueName: "encoding"))
    var encoding: TextEncoding = .auto

    @Flag(help: "Text profile: fold teh marbuta ة into heh ه (off in profile v1).")
    var foldTehMarbuta = false

    @Option(help: ArgumentHelp("Print at most this many warnings (the summary still counts all).", valueName: "n"))
    var maxWarnings: Int = 20

    @Flag(name: .shortAndLong, help: "No warnings and no summary on standard error (errors are still printed).")
    var quiet = false

    mutating func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (try? ByteSize.parse(maxEntrySize)) != nil else {
            throw ValidationError("--max-entry-size: '\(maxEntrySize)' is not a size (examples: 512K, 64M, 2G)")
        }
        if let maxMemory, (try? ByteSize.parse(maxMemory)) == nil {
            throw ValidationError("--max-memory: '\(maxMemory)' is not a size (examples: 512M, 2G)")
        }
        if let spillDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: spillDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--spill-dir: '\(spillDir)' is not a folder")
            }
        }
        guard maxWarnings >= 0 else { throw ValidationError("--max-warnings must be 0 or more") }
    }

    var profile: TextProfile { TextProfile(foldTehMarbuta: foldTehMarbuta) }

    var jsonFields: JSONFieldNames {
        var fields = JSONFieldNames.common
        func list(_ s: String) -> [String] { s.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
        if let textField { fields.text = list(textField) }
        if let titleField { fields.title = list(titleField) }
        if let dateField { fields.date = list(dateField) }
        return fields
    }

    func configuration() throws -> PipelineConfiguration {
        var c = PipelineConfiguration(jobs: jobs, profile: profile)
        c.jsonFields = jsonFields
        c.encoding = encoding
        c.maxEntryBytes = try ByteSize.parse(maxEntrySize)
        c.dateParser = DateParser(order: dateOrder)
        c.maxMemory = try maxMemory.map(ByteSize.parse)
        c.spillDirectory = spillDir
        return c
    }

    /// The inputs to read: as given, or the bundled sample.
    func resolvedInputs() throws -> [String] {
        if !inputs.isEmpty { return inputs }
        guard let sample = BundledSample.path else {
            throw ValidationError("no input given, and the bundled sample (notebooks-data/\(BundledSample.fileName)) was not found; name an archive, folder or file, or - for standard input")
        }
        if !quiet { Diagnostics.print("khabar: no input given: reading the bundled sample \(sample)") }
        return [sample]
    }
}

extension DateParser.Order: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}

/// Sizes written as 123, 512K, 64M, 2G (powers of 1024).
enum ByteSize {
    struct Invalid: Error {}
    static func parse(_ text: String) throws -> Int {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        var digits = Substring(t)
        var multiplier = 1
        if t.hasSuffix("B") { digits = digits.dropLast() }
        if let last = digits.last, let m = multipliers[last] { multiplier = m; digits = digits.dropLast() }
        guard let value = Int(digits), value > 0 else { throw Invalid() }
        return value * multiplier
    }
}

/// The sample corpus shipped in the repository, found from the working directory or from the
/// source tree this binary was built from.
enum BundledSample {
    static let fileName = "ant-sample.tar.gz"
    static var path: String? {
        let relative = "notebooks-data/\(fileName)"
        let fm = FileManager.default
        if fm.fileExists(atPath: relative) { return relative }
        // Sources/khabar/Options/InputOptions.swift → the repository root
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidate = root.appendingPathComponent(relative).path
        return fm.fileExists(atPath: candidate) ? candidate : nil
    }
}
