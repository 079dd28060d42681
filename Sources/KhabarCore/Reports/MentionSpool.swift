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
        setvbuf(f, nil, _IOFBF, 1 << 20)
        file = f
    }

    deinit { if let file { fclose(file) } }

    /// Keeps `line` (one JSON line) for `candidate`.
    public func add(candidate: String, line: [UInt8]) {
        var candidate = candidate
        candidate.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        fputc(0x09, file)
        _ = line.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }  // ends with a newline
    }

    /// Writes, in the order they came, the lines of the candidates in `kept`.
    public func replay(kept: [String], to out: OutputFile) {
        guard let file else { return }
        // Looked up on the line's bytes (a String and its hash per line showed in profiles:
        // most lines are of candidates that are not kept).
        let keptNames = ByteKeySet(kept.map { ByteKey(Array($0.utf8)) })
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
            let name = UnsafeBufferPointer(rebasing: bytes[..<tab])
            if keptNames.contains(name, hash: byteHash(name.baseAddress ?? UnsafePointer(bitPattern: 1)!, name.count)) {
                out.write(UnsafeBufferPointer(rebasing: bytes[(tab + 1)...]))
            }
        }
    }
}
