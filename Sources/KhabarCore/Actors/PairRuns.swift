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
/// A run is a flat file of 12-byte records, little-endian: key (u64), count (u32), in
/// increasing key order, each key once.
enum PairRuns {
    /// Writes `entries` (sorted by key, keys distinct) to a new run file in `folder`.
    static func write(_ entries: [PairEntry], into folder: SpillFolder, name: String) throws -> String {
        let path = folder.file(name)
        let writer = try PairRunWriter(path: path)
        for e in entries { try writer.append(e) }
        try writer.close()
        return path
    }

    /// Merges sorted sources (runs and, last, one array in memory) into one sorted stream, the
    /// counts of a key added: `body` sees each key once, in increasing order. More than
    /// `fanIn` runs are first merged in groups into new runs (one open file per run).
    static func merge(_ runs: [String], _ memory: [PairEntry], folder: SpillFolder, fanIn: Int = 64,
                      _ body: (PairEntry) -> Void) throws {
        var runs = runs, round = 0
        while runs.count > fanIn {
            var merged: [String] = []
            for start in stride(from: 0, to: runs.count, by: fanIn) {
                let group = Array(runs[start..<min(runs.count, start + fanIn)])
                let writer = try PairRunWriter(path: folder.file("pairs-merge-\(round)-\(start)"))
                var failure: Error?
                try mergeOnce(group, []) { e in
                    guard failure == nil else { return }
                    do { try writer.append(e) } catch { failure = error }
                }
                if let failure { throw failure }
                try writer.close()
                for path in group { unlink(path) }
                merged.append(writer.path)
            }
            runs = merged
            round += 1
        }
        try mergeOnce(runs, memory, body)
    }

    /// One k-way merge with a binary heap of the sources' next keys.
    private static func mergeOnce(_ runs: [String], _ memory: [PairEntry], _ body: (PairEntry) -> Void) throws {
        let readers = try runs.map { try PairRunReader(path: $0) }
        var memoryIndex = 0
        let memorySource = readers.count
        // The next entry of each source.
        var heads = [PairEntry?](repeating: nil, count: readers.count + 1)
        func advance(_ s: Int) throws {
            if s == memorySource {
                heads[s] = memoryIndex < memory.count ? memory[memoryIndex] : nil
                memoryIndex += 1
            } else {
                heads[s] = try readers[s].next()
            }
        }
        var heap: [Int] = []  // sources, by their head's key
        func less(_ x: Int, _ y: Int) -> Bool { heads[x]!.key < heads[y]!.key }
        func siftUp(_ k: Int) {
            var k = k
            while k > 0 {
                let parent = (k - 1) / 2
                guard less(heap[k], heap[parent]) else { break }
                heap.swapAt(k, parent)
                k = parent
            }
        }
        func siftDown(_ k: Int) {
            var k = k
            while true {
                let l = 2 * k + 1, r = l + 1
                var m = k
                if l < heap.count && less(heap[l], heap[m]) { m = l }
                if r < heap.count && less(heap[r], heap[m]) { m = r }
                guard m != k else { return }
                heap.swapAt(k, m)
                k = m
            }
        }
        for s in 0...memorySource {
            try advance(s)
            if heads[s] != nil { heap.append(s); siftUp(heap.count - 1) }
        }
        var pending: PairEntry?
        while let s = heap.first {
            let e = heads[s]!
            if pending?.key == e.key { pending!.count += e.count } else {
                if let p = pending { body(p) }
                pending = e
            }
            try advance(s)
            if heads[s] == nil {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            if !heap.isEmpty { siftDown(0) }
        }
        if let p = pending { body(p) }
    }
}

/// Writes 12-byte pair records through a 1 MiB buffer.
final class PairRunWriter {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer = [UInt8]()
    private var lastKey: UInt64 = 0

    init(path: String) throws {
        self.path = path
        guard let f = fopen(path, "wb") else { throw SpillError(path: path, message: String(cString: strerror(errno))) }
        file = f
        buffer.reserveCapacity(1 << 20)
    }

    deinit { if let file { fclose(file) } }

    func append(_ e: PairEntry) throws {
        precondition(e.key > lastKey, "pair runs are written in increasing key order, each key once")
        lastKey = e.key
        withUnsafeBytes(of: e.key.littleEndian) { buffer.append(contentsOf: $0) }
        withUnsafeBytes(of: e.count.littleEndian) { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else { throw SpillError(path: path, message: String(cString: strerror(errno))) }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        let status = fclose(file)
        file = nil
        guard status == 0 else { throw SpillError(path: path, message: String(cString: strerror(errno))) }
    }
}

/// Reads a run of pair records through a 1 MiB buffer.
final class PairRunReader {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer = [UInt8](repeating: 0, count: 12 << 16)
    private var used = 0, filled = 0

    init(path: String) throws {
        self.path = path
        guard let f = fopen(path, "rb") else { throw SpillError(path: path, message: String(cString: strerror(errno))) }
        file = f
    }

    deinit { if let file { fclose(file) } }

    func next() throws -> PairEntry? {
        if used == filled {
            filled = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            used = 0
            if filled == 0 {
                if ferror(file) != 0 { throw SpillError(path: path, message: String(cString: strerror(errno))) }
                return nil
            }
            guard filled % 12 == 0 else { throw SpillError(path: path, message: "a run of pairs ends inside a record") }
        }
        let e = buffer.withUnsafeBytes { b in
            PairEntry(key: UInt64(littleEndian: b.loadUnaligned(fromByteOffset: used, as: UInt64.self)),
                      count: UInt32(littleEndian: b.loadUnaligned(fromByteOffset: used + 8, as: UInt32.self)))
        }
        used += 12
        return e
    }
}
