import Foundation

/// One unit that a reader thread reads from start to end: an archive (or compressed file),
/// standard input, or a run of plain files from a folder.
public struct Source: Sendable, Equatable {
    /// A plain file read directly (no libarchive): `.txt`, `.json`, `.jsonl`.
    public struct PlainFile: Sendable, Equatable {
        public var path: String
        /// Its path in document ids.
        public var entry: String
        /// The path's bytes when they are not valid UTF-8 (`path` shows them with U+FFFD).
        var pathBytes: [UInt8]? = nil
    }

    public enum Kind: Sendable, Equatable {
        case archive(path: String)
        case standardInput
        case files([PlainFile])
    }

    /// The name in document ids and messages: the archive's file name, `stdin`, or the folder's.
    public var name: String
    public var kind: Kind
}

/// Why an input could not be used at all. The message names the input.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var input: String
    public var message: String
    public var description: String { "\(input): \(message)" }
}

/// Turns the command line's inputs into sources, in order.
///
/// - `-` is standard input (an archive stream, a compressed file or plain text);
/// - a folder is walked recursively in byte order of the relative paths: `.txt`, `.json`,
///   `.jsonl` files are read directly (grouped into sources of up to 256 files, named after the
///   folder, entry = the relative path), archives each become a source named
///   `<folder>/<relative path>`; other files are counted as skipped;
/// - a `.txt`/`.json`/`.jsonl` file is read directly, anything else goes to libarchive.
public enum InputExpansion {
    /// Files in a folder that were not used, by reason, with an example path each.
    public struct Skipped: Sendable, Equatable {
        public var counts: [String: Int] = [:]
        public var examples: [String: String] = [:]
        mutating func add(_ reason: String, _ example: String) {
            counts[reason, default: 0] += 1
            if examples[reason] == nil { examples[reason] = example }
        }
    }

    static let filesPerSource = 256

    public static func expand(_ inputs: [String]) throws -> (sources: [Source], skipped: Skipped) {
        var sources: [Source] = []
        var skipped = Skipped()
        let fm = FileManager.default
        for input in inputs {
            if input == "-" {
                sources.append(Source(name: "stdin", kind: .standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw InputError(input: input, message: "no such file or directory")
            }
            let name = URL(fileURLWithPath: input).lastPathComponent
            if isDirectory.boolValue {
                let before = sources.count
                try expandDirectory(input, name: name, into: &sources, skipped: &skipped)
                if sources.count == before {
                    throw InputError(input: input, message: "nothing readable in this folder (no .txt, .json, .jsonl or archive files)")
                }
                continue
            }
            guard fm.isReadableFile(atPath: input) else {
                throw InputError(input: input, message: "permission denied")
            }
            switch EntryFormat.forPath(input) {
            case .newsPage?, .jsonLines?, .jsonDocument?, .html?:
                sources.append(Source(name: name, kind: .files([.init(path: input, entry: name)])))
            default:
                sources.append(Source(name: name, kind: .archive(path: input)))
            }
        }
        return (sources, skipped)
    }

    private static func expandDirectory(_ root: String, name: String, into sources: inout [Source], skipped: inout Skipped) throws {
        let walk = try DirectoryWalk(root: root)
        let files = walk.files
        for rel in walk.others { skipped.add(SkipReason.notRegularFile, "\(name)/\(rel)") }
        // The paths to open: the folder as given, then the relative path (NSString's
        // appendingPathComponent per file showed in profiles of large folders).
        let base = root.hasSuffix("/") ? root : root + "/"
        // This run's reports (and Khabar's temporary files) are not read back: the folder's
        // absolute path, to compare with `OutputFile`'s.
        let resolvedBase = OutputFile.resolved(root) + "/"
        // Report folders of earlier runs (a subfolder holding Khabar's summary.json): their
        // documents.jsonl would read as articles of a title each, their other reports as bad records.
        let reportFolders = files.filter { $0.hasSuffix("/summary.json") }.compactMap { rel -> String? in
            guard let data = FileManager.default.contents(atPath: base + rel),
                  data.count < 1 << 20, String(decoding: data, as: UTF8.self).contains("\"khabar_version\"") else { return nil }
            return String(rel.dropLast("summary.json".count))
        }
        var group: [Source.PlainFile] = []
        func flush() {
            if !group.isEmpty { sources.append(Source(name: name, kind: .files(group))); group = [] }
        }
        for (rel, raw) in zip(files, walk.rawFiles) {
            let full = base + rel
            if OutputFile.isOwnOutput(folder: resolvedBase, relative: rel) || reportFolders.contains(where: { rel.hasPrefix($0) }) {
                skipped.add(SkipReason.ownOutput, "\(name)/\(rel)")
                continue
            }
            if EntryFormat.isSystemMetadata(rel) {
                skipped.add(SkipReason.systemMetadata, "\(name)/\(rel)")
                continue
            }
            switch EntryFormat.forPath(rel) {
            case .newsPage?, .jsonLines?, .jsonDocument?, .html?:
                group.append(.init(path: full, entry: rel, pathBytes: raw.map { Array(base.utf8) + $0 }))
                if group.count >= filesPerSource { flush() }
            case .archive?:
                flush()
                sources.append(Source(name: "\(name)/\(rel)", kind: .archive(path: full)))
            case nil:
                skipped.add(SkipReason.unsupportedType, "\(name)/\(rel)")
            }
        }
        flush()
    }
}
