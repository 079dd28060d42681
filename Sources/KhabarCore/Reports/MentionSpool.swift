import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Mentions of discovered candidates wait here until the run knows which candidates are kept:
/// in a temporary file, not in memory, so memory does not grow with the corpus.
public final class MentionSpool {
    private let path: String
    private var file: UnsafeMutablePointer<FILE>?

    /// A spool in the system's temporary folder.
    public init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("khabar-spool-\(getpid())-\(UUID().uuidString)")
        guard let f = fopen(path, "w+b") else {
            throw OutputError(path: path, message: String(cString: strerror(errno)))
        }
        unlink(path)  // gone when closed, whatever happens
        file = f
    }

    deinit { if let file { fclose(file) } }

    /// Keeps `line` (one JSON line) for `candidate`.
    public func add(candidate: String, line: [UInt8]) {
        var record = Array(candidate.utf8)
        record.append(0x09)
        record += line  // ends with a newline
        _ = record.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    }

    /// Writes, in the order they came, the lines of the candidates in `kept`.
    public func replay(kept: Set<String>, to out: OutputFile) {
        guard let file else { return }
        fflush(file)
        rewind(file)
        var linePointer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(linePointer) }
        while true {
            let n = getline(&linePointer, &capacity, file)
            if n <= 0 { break }
            let bytes = UnsafeRawBufferPointer(start: linePointer, count: n).bindMemory(to: UInt8.self)
            // The last tab: keys may hold one ("organization\t..."), JSON lines never do (tabs are escaped).
            guard let tab = bytes.lastIndex(of: 0x09) else { continue }
            let candidate = String(decoding: bytes[..<tab], as: UTF8.self)
            if kept.contains(candidate) { out.write(Array(bytes[(tab + 1)...])) }
        }
    }
}
