import ArgumentParser
import Foundation
import KhabarCore
#if canImport(Glibc)
import Glibc
#endif

/// `khabar report`: every report in one pass.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Read the inputs once and write every report into a folder.",
        discussion: """
        Output, in --out DIR (default ./khabar-report): terms.csv, documents.jsonl, actors.csv, \
        cooccurrence.csv, mentions.jsonl, date_mentions.jsonl, timeline.csv (bursts.csv with \
        --bursts) and summary.json (inputs with sizes and SHA-256, text profile and options, \
        Khabar's version, documents, entries skipped by reason, tokens, bytes, dates, elapsed \
        seconds, peak memory). Each file is what the single command writes with the same \
        options (see khabar terms|docs|actors|cooccur|timeline --help); each is written to a \
        temporary name and renamed when the run is complete, and none is written when an input \
        cannot be read to the end. With no input, reads the bundled sample.

        Memory: the terms table, actor counts and pairs, and the timeline's counts; documents \
        are streamed.
        """)

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Terms") var termFilter: TermFilterOptions

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var out: String = "khabar-report"

    @Option(help: ArgumentHelp("terms.csv: count n-grams of n tokens (1–3).", valueName: "n"))
    var ngram: Int = 1

    @Option(help: ArgumentHelp("terms.csv: only the first n rows.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("terms.csv: only terms occurring at least n times.", valueName: "n"))
    var minCount: UInt64 = 1

    @Option(name: .customLong("actors"), help: ArgumentHelp("Add actors from a file (see khabar actors --help). Repeatable.", valueName: "file"))
    var actorFiles: [String] = []

    @Flag(help: "Use only the --actors files, not the built-in gazetteer.")
    var noBuiltinActors = false

    @Option(help: "Co-occurrence unit: document, paragraph or sentence.")
    var unit: CooccurrenceUnit = .document

    @Option(help: ArgumentHelp("Report a discovered person seen in at least n documents.", valueName: "n"))
    var minDiscovery: Int = 2

    @Flag(help: "Do not look for people outside the gazetteer.")
    var noDiscovery = false

    @Option(help: ArgumentHelp("cooccurrence.csv: pairs seen together in at least n units.", valueName: "n"))
    var minPair: Int = 2

    @Option(help: "timeline.csv: day, week, month or year.")
    var by: PeriodGranularity = .month

    @Option(help: ArgumentHelp("timeline.csv: follow the n most frequent terms (costs a cell per period and term).", valueName: "n"))
    var topTerms: Int = 0

    @Option(help: ArgumentHelp("timeline.csv: follow the n actors mentioned most.", valueName: "n"))
    var topActors: Int = 10

    @Flag(help: "timeline.csv: add the burst column and write bursts.csv.")
    var bursts = false

    @Option(help: ArgumentHelp("Burst detector: burst rate as a multiple of the base rate.", valueName: "s"))
    var burstS: Double = 2

    @Option(help: ArgumentHelp("Burst detector: cost of entering a burst, × ln(periods).", valueName: "gamma"))
    var burstGamma: Double = 1

    func validate() throws {
        guard (1...3).contains(ngram) else { throw ValidationError("--ngram must be 1, 2 or 3") }
        guard minPair >= 1, minDiscovery >= 1, topTerms >= 0, topActors >= 0 else {
            throw ValidationError("--min-pair and --min-discovery must be at least 1, --top-terms and --top-actors 0 or more")
        }
        if noBuiltinActors && actorFiles.isEmpty { throw ValidationError("--no-builtin-actors needs at least one --actors file") }
    }

    func run() throws {
        let started = Date()
        let profile = input.profile
        let filter = try termFilter.filter(profile: profile)
        var configuration = try input.configuration()
        configuration.ngram = ngram
        configuration.ngramFilter = filter
        configuration.renderDocuments = true
        configuration.findDateMentions = true
        configuration.actors = try ActorOptions.configuration(files: actorFiles, noBuiltin: noBuiltinActors, unit: unit,
                                                              discover: !noDiscovery, minDiscovery: minDiscovery,
                                                              renderMentions: true, profile: profile)
        configuration.timeline = TimelineConfiguration(granularity: by, trackTerms: topTerms > 0, trackedKeys: nil)

        var files: [String: OutputFile] = [:]
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for name in ["terms.csv", "documents.jsonl", "actors.csv", "cooccurrence.csv", "mentions.jsonl",
                         "date_mentions.jsonl", "timeline.csv", "summary.json"] + (bursts ? ["bursts.csv"] : []) {
                files[name] = try OutputFile(path: (out as NSString).appendingPathComponent(name))
            }
        } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        // Checksums of the inputs, read on a thread of their own while the pipeline runs.
        let inputs = try input.resolvedInputs()
        let checksums = LockedChecksums()
        let hashing = Thread {
            for path in inputs where path != "-" {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    checksums.set(path, SHA256.file(path))
                }
            }
            checksums.finish()
        }
        hashing.start()

        let discovered: MentionSpool
        do { discovered = try MentionSpool() } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let outcome = try RunDriver.run(input, configuration: configuration, inputs: inputs) { batch in
            files["documents.jsonl"]!.write(batch.documentLines)
            files["date_mentions.jsonl"]!.write(batch.dateMentionLines)
            files["mentions.jsonl"]!.write(batch.actorMentionLines)
            for d in batch.discoveredMentionLines { discovered.add(candidate: d.candidate, line: d.line) }
        }
        checksums.wait()
        let result = outcome.result
        if result.errors == 0 {
            if let terms = result.terms {
                TermsReport.write(terms.rows(filter: filter, minCount: minCount, top: top), format: .csv, to: files["terms.csv"]!)
            }
            if let actors = result.actors {
                ActorsReport.write(actors, format: .csv, to: files["actors.csv"]!)
                CooccurrenceReport.write(actors, minPair: minPair, format: .csv, to: files["cooccurrence.csv"]!)
                discovered.replay(kept: actors.discoveredKept, to: files["mentions.jsonl"]!)
            }
            if let timeline = result.timeline {
                var keys: [[UInt8]] = []
                if topTerms > 0, let terms = timeline.terms {
                    keys = terms.rows(filter: filter, top: topTerms).map { Array($0.term.utf8) }
                }
                var series = TimelineReport.series(of: timeline, terms: keys)
                if let actors = result.actors { series += TimelineReport.actorSeries(of: timeline, actors: actors, top: topActors) }
                TimelineReport.write(series, timeline: timeline, format: .csv,
                                     bursts: bursts ? (TimelineReport.BurstParameters(s: burstS, gamma: burstGamma), files["bursts.csv"]!) : nil,
                                     to: files["timeline.csv"]!)
            }
            files["summary.json"]!.write(summary(result, inputs: inputs, checksums: checksums.values, started: started))
        }
        // Commit the folder's files together (or none), then the usual exit status.
        let main = files.removeValue(forKey: "summary.json")!
        for (_, file) in files.sorted(by: { $0.key < $1.key }) {
            if result.errors > 0 { file.discard() } else {
                do { try file.commit() } catch { Diagnostics.print("khabar: error: \(error)"); throw ExitCode(1) }
            }
        }
        if !input.quiet && result.errors == 0 { Diagnostics.print("khabar: reports written to \(out)/") }
        try RunDriver.finish(outcome, output: main)
    }

    private func summary(_ r: PipelineResult, inputs: [String], checksums: [String: String?], started: Date) -> [UInt8] {
        let c = r.counters
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let inputInfo: [[String: Any]] = inputs.map { path in
            var entry: [String: Any] = ["path": path]
            if path == "-" { entry["stdin"] = true; entry["bytes"] = c.inputBytes; return entry }
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            if (attributes?[.type] as? FileAttributeType) == .typeDirectory {
                entry["directory"] = true
            } else {
                entry["bytes"] = (attributes?[.size] as? NSNumber)?.intValue ?? NSNull()
                entry["sha256"] = (checksums[path] ?? nil) ?? NSNull()
            }
            return entry
        }
        let object: [String: Any] = [
            "khabar_version": KhabarVersion.string,
            "text_profile": input.profile.name,
            "inputs": inputInfo,
            "options": [
                "jobs": input.jobs, "ngram": ngram, "stopwords": termFilter.stopwords, "numbers": termFilter.numbers,
                "min_length": termFilter.minLength, "unit": unit.rawValue, "min_pair": minPair, "min_discovery": minDiscovery,
                "discovery": !noDiscovery, "builtin_actors": !noBuiltinActors, "actors_files": actorFiles, "by": by.rawValue,
                "top_terms": topTerms, "top_actors": topActors, "bursts": bursts, "burst_s": burstS, "burst_gamma": burstGamma,
                "date_order": input.dateOrder.rawValue, "max_entry_size": input.maxEntrySize,
            ] as [String: Any],
            "documents": c.documents,
            "related_documents": c.relatedDocuments,
            "entries": c.entries,
            "skipped": c.skipped,
            "skipped_examples": c.skippedExamples,
            "tokens": c.tokens,
            "distinct_terms": r.terms?.distinctTerms ?? 0,
            "text_bytes": c.bytes,
            "input_bytes": c.inputBytes,
            "invalid_utf8_bytes": c.invalidBytes,
            "documents_with_invalid_utf8": c.documentsWithInvalidBytes,
            "dated_documents": c.datedDocuments,
            "documents_without_date": c.undatedDocuments,
            "unparsed_dates": c.unparsedDates,
            "date_mentions": c.dateMentions,
            "actor_mentions": r.actors?.mentions.reduce(0, +) ?? 0,
            "actors_mentioned": r.actors.map { a in a.mentions.filter { $0 > 0 }.count } ?? 0,
            "discovered_people": r.actors?.discoveredKept.count ?? 0,
            "elapsed_seconds": (Date().timeIntervalSince(started) * 1000).rounded() / 1000,
            "peak_memory_bytes": Int(usage.ru_maxrss) * 1024,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return [UInt8](data) + [0x0A]
    }
}

/// Input checksums computed on another thread. `@unchecked Sendable`: state guarded by `condition`.
final class LockedChecksums: @unchecked Sendable {
    private let condition = NSCondition()
    private var map: [String: String?] = [:]
    private var done = false
    func set(_ path: String, _ digest: String?) { condition.lock(); map[path] = digest; condition.unlock() }
    func finish() { condition.lock(); done = true; condition.broadcast(); condition.unlock() }
    func wait() { condition.lock(); while !done { condition.wait() }; condition.unlock() }
    var values: [String: String?] { condition.lock(); defer { condition.unlock() }; return map }
}
