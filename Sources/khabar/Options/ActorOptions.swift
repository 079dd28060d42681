import ArgumentParser
import KhabarCore

/// How actors are found and counted (shared by actors and cooccur).
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("actors"), help: ArgumentHelp("Add actors from a file (.csv/.tsv with columns id,type,name[,name_en,country,wikidata,aliases,roles], or .json/.jsonl objects with those keys; aliases separated by |). An actor with a built-in id replaces it. Repeatable.", valueName: "file"))
    var actorFiles: [String] = []

    @Flag(help: "Use only the --actors files, not the built-in gazetteer.")
    var noBuiltinActors = false

    @Option(help: "Co-occurrence unit: document, paragraph (a line of the page) or sentence.")
    var unit: CooccurrenceUnit = .document

    @Option(help: ArgumentHelp("Report a person found outside the gazetteer (after a title: الرئيس, وزير الخارجية ...; from a given name: جون كيري, عبد الله صالح; after a verb of saying: وقال فيشمان; after a nationality: البرازيلي كاسيميرو دوس سانتوس), or an organisation (حزب الاتحاد الديمقراطي, جامعة القاهرة) or a place (مدينة قوانغتشو), when seen in at least n documents.", valueName: "n"))
    var minDiscovery: Int = 2

    @Option(help: ArgumentHelp("Also report such a person when named at least n times in all, in fewer documents (a name after a title, then the surname alone in the same article), or once by a name that stands alone (a given name with a family name that is no word of the language, a name after a nationality, or one whose letters look like a foreign name's: جون برينان, البرازيلي كاسيميرو دوس سانتوس, القاضي ميخا لندنشتراوس; an organisation with a known actor or a word that is no word of the language in its name: جامعة القاهرة); 0: documents only.", valueName: "n"))
    var minDiscoveryMentions: Int = 2

    @Flag(help: "Do not look for people, organisations or places outside the gazetteer.")
    var noDiscovery = false

    @Flag(help: "Count nisba mentions (الروسي, الروس) as the country (روسيا, place), not as its people (group); peoples that are no country's (الأكراد) stay groups.")
    var mergeGroups = false

    func validate() throws {
        guard minDiscovery >= 1 else { throw ValidationError("--min-discovery must be at least 1") }
        guard minDiscoveryMentions >= 0 else { throw ValidationError("--min-discovery-mentions must be 0 (off) or more") }
        if noBuiltinActors && actorFiles.isEmpty { throw ValidationError("--no-builtin-actors needs at least one --actors file") }
    }

    func configuration(profile: TextProfile, renderMentions: Bool) throws -> ActorConfiguration {
        try ActorOptions.configuration(files: actorFiles, noBuiltin: noBuiltinActors, unit: unit, discover: !noDiscovery,
                                       minDiscovery: minDiscovery, minDiscoveryMentions: minDiscoveryMentions,
                                       renderMentions: renderMentions, mergeGroups: mergeGroups, profile: profile)
    }

    static func configuration(files actorFiles: [String], noBuiltin noBuiltinActors: Bool = false, unit: CooccurrenceUnit = .document,
                              discover: Bool, minDiscovery: Int = 2, minDiscoveryMentions: Int = 2, renderMentions: Bool = false,
                              mergeGroups: Bool = false,
                              profile: TextProfile) throws -> ActorConfiguration {
        var gazetteer = noBuiltinActors ? Gazetteer() : Gazetteer.builtin
        for file in actorFiles {
            do { gazetteer.add(try Gazetteer.load(file)) } catch {
                throw ValidationError("--actors: \(error)")
            }
        }
        let index = (noBuiltinActors || !actorFiles.isEmpty || profile != .v1 || mergeGroups)
            ? ActorIndex(gazetteer: gazetteer, profile: profile, mergeGroups: mergeGroups) : ActorIndex.builtin
        return ActorConfiguration(index: index, unit: unit, discover: discover, minDiscovery: minDiscovery,
                                  minDiscoveryMentions: minDiscoveryMentions, renderMentions: renderMentions)
    }
}

/// `--mentions FILE` (actors, cooccur).
struct MentionsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Also write every mention as JSONL (doc, actor, id, type, surface, start, end, unit, via).", valueName: "file"))
    var mentions: String?
}

extension CooccurrenceUnit: ExpressibleByArgument {}
extension CooccurrenceReport.Format: ExpressibleByArgument {}

/// Runs an actor command: the pipeline with actors on, the mentions file, then `write`.
enum ActorRun {
    static func run(input: InputOptions, extra: ExtraOutputOptions, actorOptions: ActorOptions, mentions: String?, output: String?,
                    write: (ActorCounts, OutputFile) -> Void) throws {
        var configuration = try input.configuration()
        configuration.countTerms = false
        configuration.actors = try actorOptions.configuration(profile: input.profile, renderMentions: mentions != nil)
        let out: OutputFile
        let mentionsOut: OutputFile?
        let dates: OutputFile?
        do {
            dates = try extra.open(&configuration)
            out = try OutputFile(path: output)
            mentionsOut = try mentions.map { try OutputFile(path: $0) }
        } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let discovered: MentionSpool
        do { discovered = try MentionSpool() } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let outcome = try RunDriver.run(input, configuration: configuration) { batch in
            dates?.write(batch.dateMentionLines)
            mentionsOut?.write(batch.actorMentionLines)
            discovered.add(batch.discoveredMentions)
        }
        if outcome.result.errors == 0, let counts = outcome.result.actors {
            write(counts, out)
            if let mentionsOut {
                do { try discovered.replay(kept: counts.discoveredKept, to: mentionsOut) } catch {
                    Diagnostics.print("khabar: error: \(error)")
                    mentionsOut.discard()
                    out.discard()
                    throw ExitCode(1)
                }
            }
        }
        if outcome.result.errors == 0 {
            // Every file written out before any is renamed into place (see `report`).
            do {
                try mentionsOut?.finishWriting()
                try dates?.finishWriting()
                try out.finishWriting()
            } catch {
                Diagnostics.print("khabar: error: \(error)")
                mentionsOut?.discard()
                dates?.discard()
                out.discard()
                throw ExitCode(1)
            }
        }
        if let mentionsOut {
            if outcome.result.errors > 0 { mentionsOut.discard() } else {
                do { try mentionsOut.commit() } catch { Diagnostics.print("khabar: error: \(error)"); throw ExitCode(1) }
            }
        }
        try ExtraOutputOptions.finish(dates, outcome: outcome)
        try RunDriver.finish(outcome, output: out)
    }
}
