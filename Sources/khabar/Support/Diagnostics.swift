import Foundation
import KhabarCore

/// Messages on standard error.
enum Diagnostics {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Prints the notes of a run as they arrive in input order: every error, and warnings up to a
/// limit (the summary counts all of them).
final class NotePrinter {
    let maxWarnings: Int
    let quiet: Bool
    private(set) var warnings = 0
    private(set) var errors = 0

    init(maxWarnings: Int, quiet: Bool) {
        self.maxWarnings = maxWarnings
        self.quiet = quiet
    }

    func print(_ notes: [InputNote]) {
        for note in notes {
            switch note.severity {
            case .error:
                errors += 1
                Diagnostics.print("khabar: error: \(note)")
            case .warning:
                warnings += 1
                if !quiet && warnings <= maxWarnings { Diagnostics.print("khabar: warning: \(note)") }
            }
        }
    }

    func finish() {
        if !quiet && warnings > maxWarnings {
            Diagnostics.print("khabar: \(warnings - maxWarnings) more warnings not shown (--max-warnings)")
        }
    }
}
