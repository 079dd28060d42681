#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pair of actors' key (`a << 32 | b`) and its count, as the merge and the spilled runs hold it.
struct PairEntry {
    var key: UInt64
    var count: UInt32
}

/// Runs of actor pairs on disk (`--max-memory`): the run's pair table, written sorted by key
/// when it outgrows its share of the budget, then merged at the end with what is still in
/// memory. The pairs' ids are the run's ids (stable for the whole run: `ActorStatistics.absorb`),
/// so runs merge on their keys alone; the merge renumbers once, as it does in memory.
///
/// The runs are the terms' (`RunWriter`, `SpilledTerms.merge`, `RunReader`): a record's key is
/// the pair key's 8 bytes, big-endian, so that the runs' byte order is the keys' order, and its
/// count the pair's count.
enum PairRuns {
    /// Writes `entries` (sorted by key, keys distinct) to a new run file in `folder`.
    static func write(_ entries: [PairEntry], into folder: SpillFolder, name: String) throws -> String {
        let path = folder.file(name)
        let writer = try RunWriter(path: path)
        for e in entries {
            try withUnsafeBytes(of: e.key.bigEndian) { bytes in
                try writer.appendTerm(key: bytes.bindMemory(to: UInt8.self), count: UInt64(e.count), docs: 0, flags: 0)
            }
        }
        try writer.close()
        return path
    }

    /// Merges sorted runs and one sorted array in memory (written as a run too) into one
    /// stream, the counts of a key added: `body` sees each key once, in increasing order. The
    /// runs are removed; at most `fanIn` files are open at once (in rounds beyond that).
    static func merge(_ runs: [String], _ memory: [PairEntry], folder: SpillFolder, fanIn: Int = 64,
                      _ body: (PairEntry) -> Void) throws {
        var paths = runs
        if !memory.isEmpty { paths.append(try write(memory, into: folder, name: "actor-pairs-memory")) }
        let merged = folder.file("actor-pairs.merged")
        try SpilledTerms.merge(paths, into: merged, folder: folder, fanIn: fanIn)
        defer { unlink(merged) }
        let reader = try RunReader(path: merged)
        while let r = try reader.next() {
            guard r.key.count == 8 else { throw SpillError(path: merged, message: "a pair record's key is not 8 bytes") }
            let key = r.key.withUnsafeBytes { UInt64(bigEndian: $0.loadUnaligned(as: UInt64.self)) }
            body(PairEntry(key: key, count: UInt32(r.count)))
        }
    }
}
