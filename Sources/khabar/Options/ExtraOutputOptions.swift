import ArgumentParser
import KhabarCore

/// Reports a command can write besides its main one, in the same pass.
struct ExtraOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Also write the dates found inside the texts as JSONL (doc, surface, start, end, value, resolved): day + month (+ year), month + year, years with a marker, ranges, weekdays resolved against the publication date.", valueName: "file"))
    var dateMentions: String?

    /// Opens the extra outputs and sets the configuration to fill them.
    func open(_ configuration: inout PipelineConfiguration) throws -> OutputFile? {
        guard let dateMentions else { return nil }
        configuration.findDateMentions = true
        return try OutputFile(path: dateMentions)
    }

    /// Commits or discards them with the main report.
    static func finish(_ file: OutputFile?, outcome: RunDriver.Outcome) throws {
        guard let file else { return }
        if outcome.result.errors > 0 { file.discard(); return }
        do { try file.commit() } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
    }
}
