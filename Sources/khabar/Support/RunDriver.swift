import ArgumentParser
import Foundation
import KhabarCore

/// Runs the pipeline for a command: expands the inputs, prints notes in order, prints the
/// summary, and decides the exit status.
enum RunDriver {
    struct Outcome {
        var result: PipelineResult
        var inputs: Int
        var options: InputOptions
    }

    static func run(_ options: InputOptions, configuration: PipelineConfiguration, inputs resolved: [String]? = nil,
                    termsReady: ((TermCounts?, TimelineCounts?) -> Void)? = nil,
                    discoveredReady: (([String]) -> Void)? = nil,
                    deliver: (BatchOutput) -> Void) throws -> Outcome {
        let started = Date()
        InterruptCleanup.install()  // an interrupted run removes its temporary files
        let inputs = try resolved ?? options.resolvedInputs()
        let expansion: (sources: [Source], skipped: InputExpansion.Skipped)
        do {
            expansion = try InputExpansion.expand(inputs)
        } catch let error as InputError {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let printer = NotePrinter(maxWarnings: options.maxWarnings, quiet: options.quiet)
        var result = Pipeline.run(sources: expansion.sources, configuration: configuration, termsReady: termsReady,
                                  discoveredReady: discoveredReady) { output in
            printer.print(output.notes)
            deliver(output)
        }
        for (reason, count) in expansion.skipped.counts {
            result.counters.skipped[reason, default: 0] += count
            result.counters.entries += count
            if result.counters.skippedExamples[reason] == nil {
                result.counters.skippedExamples[reason] = expansion.skipped.examples[reason]
            }
        }
        printer.finish()
        for message in result.messages { Diagnostics.print("khabar: error: \(message)") }
        if !options.quiet {
            Diagnostics.print(RunSummaryText.line(result.counters, inputs: inputs.count,
                                                  elapsed: Date().timeIntervalSince(started)))
        }
        return Outcome(result: result, inputs: inputs.count, options: options)
    }

    /// Commits `output` (or discards it when the run is incomplete) and ends with the right
    /// exit status.
    static func finish(_ outcome: Outcome, output: OutputFile) throws {
        let options = outcome.options
        if outcome.result.errors > 0 {
            output.discard()
            Diagnostics.print("khabar: error: \(outcome.result.errors) error\(outcome.result.errors == 1 ? "" : "s") (see above): the result is incomplete\(output.path != nil ? ", no report written" : "")")
            throw ExitCode(1)
        }
        do {
            try output.commit()
        } catch {
            Diagnostics.print("khabar: error: \(error)")
            throw ExitCode(1)
        }
        let lost = outcome.result.counters.lost
        if lost > 0 {
            Diagnostics.print("khabar: \(lost) entries or records could not be read and were skipped (\(options.quiet ? "run without -q to see which" : "see the warnings above")): exit status 2")
            throw ExitCode(2)
        }
    }
}
