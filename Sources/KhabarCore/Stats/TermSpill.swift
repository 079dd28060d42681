import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary folder for spilled runs, removed with everything in it when the last owner lets
/// go of it (the merged `TermCounts`, or the pipeline when nothing spilled).
public final class SpillFolder: Sendable {
    public let path: String
    /// Its slot in `InterruptCleanup` (its files and itself removed if the run is stopped).
    private let cleanupSlot: Int?

    /// A new folder `khabar-spill-<pid>-<uuid>` inside `parent` (default: the system's
    /// temporary folder).
    public init(parent: String? = nil) throws {
        let base = parent ?? NSTemporaryDirectory()
        path = (base as NSString).appendingPathComponent("khabar-spill-\(getpid())-\(UUID().uuidString)")
        guard mkdir(path, 0o700) == 0 else {
            throw SpillError(path: path, message: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
        cleanupSlot = InterruptCleanup.register(folder: path)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
        InterruptCleanup.unregister(folder: cleanupSlot)
    }

    /// The path of a new file in the folder (registered for removal if the run is stopped).
    func file(_ name: String) -> String {
        let file = (path as NSString).appendingPathComponent(name)
        InterruptCleanup.register(file: file)
        return file
    }
}

extension TermCounter {
    /// Bytes held by the counting tables (term table and timeline pairs).
    var tableMemoryBytes: Int { table.memoryBytes + (pairs?.memoryBytes ?? 0) }

    /// Bytes the tables would hold after the next document, if it brought `newTerms` new terms
    /// (and as many new pairs): the spill test, so that a growth never overshoots the budget.
    func tableMemoryBytes(afterNewTerms newTerms: Int) -> Int {
        table.memoryBytes(after: newTerms) + (pairs?.memoryBytes(after: newTerms) ?? 0)
    }

    /// Writes the tables as sorted runs (`<name>.terms`, and `<name>.pairs` for a timeline) and
    /// starts empty ones. Called between documents only, so each document's counts are in
    /// exactly one run and `docs` add up across runs.
    mutating func spill(into folder: SpillFolder, name: String) throws -> (terms: String, pairs: String?) {
        flush()
        let t = table
        // Sorted by key as flat records (`keyPrefix`, entry): only keys that share 16 bytes are
        // compared in the table.
        var order = (0..<t.count).map { i -> (p0: UInt64, p1: UInt64, entry: Int) in
            let (p0, p1) = keyPrefix(t.key(i))
            return (p0, p1, i)
        }
        order.sort { a, b in
            if a.p0 != b.p0 { return a.p0 < b.p0 }
            if a.p1 != b.p1 { return a.p1 < b.p1 }
            return compareKeys(t.key(a.entry), t.key(b.entry)) < 0
        }
        let termsPath = folder.file("\(name).terms")
        let writer = try RunWriter(path: termsPath)
        for (_, _, i) in order {
            try writer.appendTerm(key: t.key(i), count: t.count(i), docs: t.docs(i), flags: t.flags(i))
        }
        try writer.close()
        var pairsPath: String?
        if let p = pairs {
            var records: [SpillRecord] = []
            records.reserveCapacity(p.count)
            p.forEach { period, term, count, docs in
                records.append(SpillRecord(key: Array(t.key(term)), period: Int32(period), count: UInt64(count), docs: UInt64(docs)))
            }
            records.sort(by: SpillOrder.byKey)
            let path = folder.file("\(name).pairs")
            let w = try RunWriter(path: path)
            for r in records { try w.append(r) }
            try w.close()
            pairsPath = path
            p.deallocate()
            pairs = PairTable()
        }
        let tracked = t.trackedKeys
        t.deallocate()
        table = TermTable()
        table.trackedKeys = tracked
        return (termsPath, pairsPath)
    }
}

/// Terms counted with spilling: the runs of every worker merged into one file sorted by term
/// (and, for a timeline, one of (term, period) pairs). Read back as a stream, never loaded whole.
final class SpilledTerms: Sendable {
    let folder: SpillFolder
    /// Merged term records in key order, counts combined.
    let termsPath: String
    /// Merged (term, period) records in key order, or nil without a timeline.
    let pairsPath: String?
    /// Distinct terms (records of `termsPath`).
    let distinct: Int
    /// Runs written by the workers.
    let runs: Int
    /// Bytes of rows the report's final sort may hold before it spills in its turn.
    let sortBudget: Int

    init(folder: SpillFolder, termsPath: String, pairsPath: String?, distinct: Int, runs: Int, sortBudget: Int) {
        self.folder = folder
        self.termsPath = termsPath
        self.pairsPath = pairsPath
        self.distinct = distinct
        self.runs = runs
        self.sortBudget = sortBudget
    }

    /// Merges sorted runs into one file, combining equal records; at most `fanIn` files are
    /// open at once (larger sets are merged in rounds). Returns the number of records written.
    @discardableResult
    static func merge(_ paths: [String], into output: String, folder: SpillFolder, fanIn: Int = 64) throws -> Int {
        precondition(fanIn >= 2, "a merge takes at least two runs at once")
        var paths = paths
        var round = 0
        while paths.count > fanIn {
            var next: [String] = []
            for (g, start) in stride(from: 0, to: paths.count, by: fanIn).enumerated() {
                let group = Array(paths[start..<min(start + fanIn, paths.count)])
                let out = folder.file("round\(round)-\(g).run")
                try mergeOnce(group, into: out)
                for p in group { unlink(p) }
                next.append(out)
            }
            paths = next
            round += 1
        }
        let n = try mergeOnce(paths, into: output)
        for p in paths { unlink(p) }
        return n
    }

    @discardableResult
    private static func mergeOnce(_ paths: [String], into output: String) throws -> Int {
        var merger = try RunMerger(paths: paths, order: SpillOrder.ByKey.self)
        let writer = try RunWriter(path: output)
        while let r = try merger.nextCombined() { try writer.append(r) }
        try writer.close()
        return writer.records
    }

    /// Calls `body` with each merged term record, in key order.
    func forEachTerm(_ body: (SpillRecord) throws -> Void) throws {
        let reader = try RunReader(path: termsPath)
        while let r = try reader.next() { try body(r) }
    }

    /// The report's rows in its order (count descending, then term): selected records are
    /// sorted in memory up to `sortBudget` bytes, beyond that as sorted runs merged at the end.
    func forEachRow(select: (SpillRecord) -> Bool, top: Int?, _ body: (SpillRecord) throws -> Void) throws {
        var buffer: [SpillRecord] = []
        var bufferBytes = 0
        var runs: [String] = []
        try forEachTerm { r in
            guard select(r) else { return }
            buffer.append(r)
            // The record, its key's array header and malloc rounding, and its sort record.
            bufferBytes += r.key.count + 112 + 32
            if let top {
                // Only the best `top` can be reported: trim when twice that many are held.
                if buffer.count >= 2 * max(top, 1024) {
                    buffer = SpilledTerms.sortedOrder(buffer, limit: top).map { buffer[$0.index] }
                    bufferBytes = buffer.reduce(0) { $0 + $1.key.count + 112 + 32 }
                }
            } else if bufferBytes >= sortBudget {
                let path = folder.file("rows-\(runs.count).run")
                let w = try RunWriter(path: path)
                for o in SpilledTerms.sortedOrder(buffer) { try w.append(buffer[o.index]) }
                try w.close()
                runs.append(path)
                buffer.removeAll(keepingCapacity: true)
                bufferBytes = 0
            }
        }
        let order = SpilledTerms.sortedOrder(buffer, limit: top)
        if runs.isEmpty {
            for o in order { try body(buffer[o.index]) }
            return
        }
        let path = folder.file("rows-\(runs.count).run")
        let w = try RunWriter(path: path)
        for o in order { try w.append(buffer[o.index]) }
        try w.close()
        runs.append(path)
        buffer = []
        var merger = try RunMerger(paths: runs, order: SpillOrder.ByCountThenKey.self)
        while let r = try merger.next() { try body(r) }
        for p in runs { unlink(p) }
    }

    /// The order of `records` in the terms report (count descending, then key), at most `limit`:
    /// flat (count, first 16 key bytes, index) records sorted so that most comparisons touch no
    /// key array (comparing the records themselves costs reference counting on every step).
    static func sortedOrder(_ records: [SpillRecord], limit: Int? = nil) -> [(count: UInt64, p0: UInt64, p1: UInt64, index: Int)] {
        var order = records.indices.map { i -> (count: UInt64, p0: UInt64, p1: UInt64, index: Int) in
            let (p0, p1) = records[i].key.withUnsafeBufferPointer(keyPrefix)
            return (records[i].count, p0, p1, i)
        }
        order.sort { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.p0 != b.p0 { return a.p0 < b.p0 }
            if a.p1 != b.p1 { return a.p1 < b.p1 }
            return SpillOrder.compareBytes(records[a.index].key, records[b.index].key) < 0
        }
        if let limit, order.count > limit { order.removeSubrange(limit...) }
        return order
    }

    /// Per-period counts of the given terms, read from the merged pairs.
    func series(_ keys: Set<[UInt8]>) throws -> [[UInt8]: [Int: (count: Int, docs: Int)]] {
        var result: [[UInt8]: [Int: (count: Int, docs: Int)]] = [:]
        for key in keys { result[key] = [:] }
        guard let pairsPath else { return result }
        let reader = try RunReader(path: pairsPath)
        while let r = try reader.next() {
            if keys.contains(r.key) { result[r.key]![Int(r.period)] = (Int(r.count), Int(r.docs)) }
        }
        return result
    }
}
