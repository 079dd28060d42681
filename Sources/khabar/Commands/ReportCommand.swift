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
        Khabar's version, documents, entries skipped by reason, entries read in another encoding \
        than UTF-8, tokens, bytes, dates, elapsed seconds, peak memory). Each file is what the single command writes with the same \
        options (see khabar terms|docs|actors|cooccur|timeline --help); each is written to a \
        temporary name and renamed when the run is complete, and none is written when an input \
        cannot be read to the end. With no input, reads the bundled sample.

        Memory: the terms table (as in terms), actor counts and pairs (as in actors), and the \
        timeline's counts; documents are streamed. With --max-memory the term table, the \
        timeline's (period, term) counts and the pairs of actors spill sorted runs to disk \
        beyond the budget and are merged at the end (same output).
        """)

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Terms") var termFilter: TermFilterOptions

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var out: String = "khabar-report"

    @OptionGroup(title: "Terms table") var table: TermsTableOptions
    @OptionGroup(title: "Actors") var actorOptions: ActorOptions
    @OptionGroup(title: "Timeline") var timeline: TimelineOptions

    @Option(help: ArgumentHelp("cooccurrence.csv: pairs seen together in at least n units.", valueName: "n"))
    var minPair: Int = 2

    func validate() throws {
        guard minPair >= 1 else { throw ValidationError("--min-pair must be at least 1") }
    }

    func run() throws {
        let started = Date()
        // Checksums of the inputs, read on a thread of their own from the start: beside the
        // set-up (the character table, the gazetteer's index: ~25 ms on one core), then while
        // the pipeline runs.
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
        let profile = input.profile
        let filter = try termFilter.filter(profile: profile)
        var configuration = try input.configuration()
        let (ngram, top, minCount) = (table.ngram, table.top, table.minCount)
        let (by, topTerms, topActors, bursts) = (timeline.by, timeline.topTerms, timeline.topActors ?? 10, timeline.bursts)
        configuration.ngram = ngram
        configuration.ngramFilter = filter
        configuration.renderDocuments = true
        configuration.findDateMentions = true
        configuration.actors = try actorOptions.configuration(profile: profile, renderMentions: true)
        configuration.timeline = TimelineConfiguration(granularity: by, trackTerms: topTerms > 0, trackedKeys: nil)

        var files: [String: OutputFile] = [:]
        do {
            try OutputFile.makeFolder(out)
            OutputFile.noteOwn(folder: out)  // not read back when it lies in an input folder
            for name in ["terms.csv", "documents.jsonl", "actors.csv", "cooccurrence.csv", "mentions.jsonl",
                         "date_mentions.jsonl", "timeline.csv", "summary.json"] + (bursts ? ["bursts.csv"] : []) {
                files[name] = try OutputFile(path: (out as NSString).appendingPathComponent(name))
            }
        } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }

        let discovered: MentionSpool
        do { discovered = try MentionSpool() } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        // The terms report (and the timeline's top terms) on a thread of their own, started as
        // soon as the term counts are final: beside the merge of the actor counts, which the
        // rest of the reports wait for (they share no file and no table).
        let termsFile = files["terms.csv"]!
        var termsJob: BackgroundJob<[[UInt8]]>?
        let startTerms = { (terms: TermCounts?, timeline: TimelineCounts?) in
            let timelineTerms = timeline?.terms
            termsJob = BackgroundJob { () throws -> [[UInt8]] in
                if let terms {
                    try TermsReport.write(terms, filter: filter, minCount: minCount, top: top, format: .csv, to: termsFile)
                }
                guard topTerms > 0, let timelineTerms else { return [] }
                return try timelineTerms.rows(filter: filter, top: topTerms).map { Array($0.term.utf8) }
            }
        }
        // The discovered people's mentions (read back from their spool) on another thread, as soon
        // as the names kept are known (early in the merge of the actor counts).
        let mentionsFile = files["mentions.jsonl"]!
        var replayJob: BackgroundJob<Void>?
        let startReplay = { (kept: [String]) in
            replayJob = BackgroundJob {
                defer { discovered.close() }
                try discovered.replay(kept: kept, to: mentionsFile)
            }
        }
        var outcome = try RunDriver.run(input, configuration: configuration, inputs: inputs, termsReady: startTerms,
                                        discoveredReady: startReplay) { batch in
            files["documents.jsonl"]!.write(batch.documentLines)
            files["date_mentions.jsonl"]!.write(batch.dateMentionLines)
            files["mentions.jsonl"]!.write(batch.actorMentionLines)
            discovered.add(batch.discoveredMentions)
        }
        checksums.wait()
        var result = outcome.result
        func writeReports() throws {
            if termsJob == nil { startTerms(result.terms, result.timeline) }
            if replayJob == nil, let kept = result.actors?.discoveredKept { startReplay(kept) }
            // The timeline (which waits for the terms report's top terms) and the actors report on
            // threads of their own, beside the co-occurrence report: each was a stretch of the end
            // of the run on one core with the other idle (~10 ms each on news-bench, perf timeline).
            // They share no file and only read the finished counts.
            let (terms, counts, actors) = (termsJob!, result.timeline, result.actors)
            let (timelineFile, burstsFile, actorsFile) = (files["timeline.csv"]!, files["bursts.csv"], files["actors.csv"]!)
            let burstParameters = timeline.burstParameters
            let timelineJob = BackgroundJob { () throws -> Void in
                let keys = try terms.wait()
                guard let counts else { return }
                var series = try TimelineReport.series(of: counts, terms: keys)
                if let actors { series += TimelineReport.actorSeries(of: counts, actors: actors, top: topActors) }
                TimelineReport.write(series, timeline: counts, format: .csv,
                                     bursts: bursts ? (burstParameters, burstsFile!) : nil, to: timelineFile)
            }
            if let actors {
                let actorsJob = BackgroundJob { ActorsReport.write(actors, format: .csv, to: actorsFile) }
                CooccurrenceReport.write(actors, minPair: minPair, format: .csv, threads: input.jobs, to: files["cooccurrence.csv"]!)
                try actorsJob.wait()
            }
            // Both waited for, whatever fails: a job still writing when the files are discarded
            // would write to a closed file.
            let replayed = Result { try replayJob?.wait() }
            try timelineJob.wait()
            try replayed.get()
            files["summary.json"]!.write(summary(result, inputs: inputs, checksums: checksums.values, started: started,
                                                  topActors: topActors))
        }
        if result.errors == 0 {
            do {
                try writeReports()
            } catch {
                Diagnostics.print("khabar: error: \(error)")
                result.errors += 1
                outcome.result.errors += 1
            }
        } else {
            // Started before an error of the actor merge: done before their files are discarded.
            _ = try? termsJob?.wait()
            _ = try? replayJob?.wait()
        }
        // Commit the folder's files together (or none), then the usual exit status. Every file
        // is written out and closed before any is renamed into place: a full disk fails one of
        // them while the folder still holds the earlier run's reports, none replaced.
        if result.errors == 0 {
            do {
                for (_, file) in files.sorted(by: { $0.key < $1.key }) { try file.finishWriting() }
            } catch {
                Diagnostics.print("khabar: error: \(error)")
                for (_, file) in files { file.discard() }
                throw ExitCode(1)
            }
        }
        let main = files.removeValue(forKey: "summary.json")!
        for (_, file) in files.sorted(by: { $0.key < $1.key }) {
            if result.errors > 0 { file.discard() } else {
                do { try file.commit() } catch { Diagnostics.print("khabar: error: \(error)"); throw ExitCode(1) }
            }
        }
        if !input.quiet && result.errors == 0 { Diagnostics.print("khabar: reports written to \(out)/") }
        try RunDriver.finish(outcome, output: main)
    }

    private func summary(_ r: PipelineResult, inputs: [String], checksums: [String: String?], started: Date, topActors: Int) -> [UInt8] {
        let a = actorOptions, t = timeline
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
            "gzip_inflater": ArchiveReader.inflatesGzipWithISAL ? "isa-l" : "libarchive",
            "bzip2_decoder": ArchiveReader.decodesBzip2InParallel ? "parallel" : "libarchive",
            "xz_decoder": ArchiveReader.decodesXzInParallel ? "parallel" : "libarchive",
            "text_profile": input.profile.name,
            "inputs": inputInfo,
            "options": [
                "jobs": input.jobs, "ngram": table.ngram, "stopwords": termFilter.stopwords, "numbers": termFilter.numbers,
                "min_length": termFilter.minLength, "unit": a.unit.rawValue, "min_pair": minPair, "min_discovery": a.minDiscovery,
                "min_discovery_mentions": a.minDiscoveryMentions, "discovery": !a.noDiscovery, "merge_groups": a.mergeGroups,
                "builtin_actors": !a.noBuiltinActors, "actors_files": a.actorFiles, "by": t.by.rawValue,
                "top_terms": t.topTerms, "top_actors": topActors, "bursts": t.bursts, "burst_s": t.burstS, "burst_gamma": t.burstGamma,
                "date_order": input.dateOrder.rawValue, "encoding": input.encoding.rawValue, "max_entry_size": input.maxEntrySize,
                "max_memory": input.maxMemory ?? NSNull(),
            ] as [String: Any],
            "documents": c.documents,
            "related_documents": c.relatedDocuments,
            "entries": c.entries,
            "skipped": c.skipped,
            "skipped_examples": c.skippedExamples,
            "tokens": c.tokens,
            "distinct_terms": r.terms?.distinctTerms ?? 0,
            "spilled_runs": r.terms?.spilledRuns ?? 0,
            "spilled_actor_pair_runs": r.actors?.spilledPairRuns ?? 0,
            "text_bytes": c.bytes,
            "input_bytes": c.inputBytes,
            "invalid_utf8_bytes": c.invalidBytes,
            "documents_with_invalid_utf8": c.documentsWithInvalidBytes,
            "decoded_entries": c.decodedEntries,
            "dated_documents": c.datedDocuments,
            "documents_without_date": c.undatedDocuments,
            "unparsed_dates": c.unparsedDates,
            "date_mentions": c.dateMentions,
            "units_without_pairs": c.unitsWithoutPairs,
            "actor_mentions": r.actors?.mentions.reduce(0, +) ?? 0,
            "actors_mentioned": r.actors.map { a in a.mentions.filter { $0 > 0 }.count } ?? 0,
            "discovered_people": r.actors?.discoveredKept.filter { ActorCounts.discoveredType($0) == .person }.count ?? 0,
            "discovered_organizations": r.actors?.discoveredKept.filter { ActorCounts.discoveredType($0) == .organization }.count ?? 0,
            "discovered_places": r.actors?.discoveredKept.filter { ActorCounts.discoveredType($0) == .place }.count ?? 0,
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
