#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One record of a spilled run: a term (or a (term, period) pair of a timeline) with its counts.
///
/// Runs are files of these records sorted by an order (`SpillOrder`); records with equal keys
/// are merged by adding counts (documents are disjoint between runs: a run is cut only at a
/// document boundary, so a term's `docs` in two runs never count the same document).
struct SpillRecord: Equatable {
    /// The normalised term bytes.
    var key: [UInt8]
    /// The timeline period (pairs only; 0 for terms).
    var period: Int32 = 0
    var count: UInt64
    var docs: UInt64
    /// `TermTable` flags: bit 0 number, bit 1 tracked by a timeline.
    var flags: UInt32 = 0
}

/// Record orders of runs.
enum SpillOrder {
    /// Key bytes (code point order), then period: the order in which equal records meet.
    static func byKey(_ a: SpillRecord, _ b: SpillRecord) -> Bool {
        let c = compareBytes(a.key, b.key)
        if c != 0 { return c < 0 }
        return a.period < b.period
    }

    /// The terms report's order: count descending, then key.
    static func byCountThenKey(_ a: SpillRecord, _ b: SpillRecord) -> Bool {
        if a.count != b.count { return a.count > b.count }
        return compareBytes(a.key, b.key) < 0
    }

    static func compareBytes(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in compareKeys(pa, pb) } }
    }
}

/// A failure to write or read a spilled run (disk full, folder removed...): the run's result
/// would be incomplete, so it is an error of the run.
public struct SpillError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "spilling counts to disk: \(path): \(message)" }
}

/// Writes records to a run file through a 1 MiB buffer (fwrite: the format is ours and flat).
///
/// Record layout, little-endian: key length (u32), flags (u32), period (i32), count (u64),
/// docs (u64), then the key bytes.
final class RunWriter {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    /// The write buffer: raw memory, records stored in place (a spill writes millions of them).
    private var buffer: UnsafeMutableRawPointer
    private var used = 0
    private var capacity = 1 << 20
    private(set) var records = 0

    init(path: String) throws {
        self.path = path
        guard let f = fopen(path, "wb") else { throw SpillError(path: path, message: String(cString: strerror(errno))) }
        file = f
        buffer = .allocate(byteCount: capacity, alignment: 8)
    }

    deinit {
        if let file { fclose(file) }
        buffer.deallocate()
    }

    func append(_ r: SpillRecord) throws {
        try r.key.withUnsafeBufferPointer { try appendRecord(key: $0, flags: r.flags, period: r.period, count: r.count, docs: r.docs) }
    }

    /// `append` for a term record given by its key bytes (no Array per record: a spill writes
    /// every term of a worker's table).
    func appendTerm(key: UnsafeBufferPointer<UInt8>, count: UInt64, docs: UInt64, flags: UInt32) throws {
        try appendRecord(key: key, flags: flags, period: 0, count: count, docs: docs)
    }

    @inline(__always)
    private func appendRecord(key: UnsafeBufferPointer<UInt8>, flags: UInt32, period: Int32, count: UInt64, docs: UInt64) throws {
        let size = RunReader.headerSize + key.count
        if used + size > capacity {
            try flush()
            if size > capacity {
                buffer.deallocate()
                capacity = size
                buffer = .allocate(byteCount: capacity, alignment: 8)
            }
        }
        let p = buffer + used
        p.storeBytes(of: UInt32(key.count).littleEndian, toByteOffset: 0, as: UInt32.self)
        p.storeBytes(of: flags.littleEndian, toByteOffset: 4, as: UInt32.self)
        p.storeBytes(of: period.littleEndian, toByteOffset: 8, as: Int32.self)
        p.storeBytes(of: count.littleEndian, toByteOffset: 12, as: UInt64.self)
        p.storeBytes(of: docs.littleEndian, toByteOffset: 20, as: UInt64.self)
        if let base = key.baseAddress { (p + RunReader.headerSize).copyMemory(from: base, byteCount: key.count) }
        used += size
        records += 1
    }

    private func flush() throws {
        guard used > 0 else { return }
        let written = fwrite(buffer, 1, used, file)
        if written != used { throw SpillError(path: path, message: String(cString: strerror(errno))) }
        used = 0
    }

    /// Flushes and closes the file.
    func close() throws {
        try flush()
        guard let f = file else { return }
        file = nil
        if fclose(f) != 0 { throw SpillError(path: path, message: String(cString: strerror(errno))) }
    }
}

/// Reads the records of a run file in order.
final class RunReader {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8]
    private var position = 0
    private var filled = 0
    private var atEnd = false
    static let headerSize = 28

    init(path: String) throws {
        self.path = path
        guard let f = fopen(path, "rb") else { throw SpillError(path: path, message: String(cString: strerror(errno))) }
        file = f
        buffer = [UInt8](repeating: 0, count: 1 << 18)
    }

    deinit { if let file { fclose(file) } }

    /// Ensures `n` bytes are buffered from `position`; false at the end of the file.
    private func ensure(_ n: Int) throws -> Bool {
        if filled - position >= n { return true }
        if atEnd { return false }
        let left = filled - position
        if left > 0 { buffer.withUnsafeMutableBufferPointer { b in b.baseAddress!.update(from: b.baseAddress! + position, count: left) } }
        filled = left
        position = 0
        if buffer.count < n { buffer += [UInt8](repeating: 0, count: n - buffer.count) }
        while filled < n {
            let want = buffer.count - filled
            let got = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress! + filled, 1, want, file) }
            if got == 0 {
                if ferror(file) != 0 { throw SpillError(path: path, message: String(cString: strerror(errno))) }
                atEnd = true
                break
            }
            filled += got
        }
        return filled - position >= n
    }

    @inline(__always)
    private func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        buffer.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: position + offset, as: T.self)) }
    }

    /// The next record, or nil at the end of the run.
    func next() throws -> SpillRecord? {
        guard try ensure(RunReader.headerSize) else {
            if filled - position > 0 { throw SpillError(path: path, message: "truncated record") }
            return nil
        }
        let length = Int(integer(UInt32.self, at: 0))
        let flags = integer(UInt32.self, at: 4)
        let period = integer(Int32.self, at: 8)
        let count = integer(UInt64.self, at: 12)
        let docs = integer(UInt64.self, at: 20)
        guard try ensure(RunReader.headerSize + length) else { throw SpillError(path: path, message: "truncated record") }
        let start = position + RunReader.headerSize
        let key = Array(buffer[start..<(start + length)])
        position = start + length
        return SpillRecord(key: key, period: period, count: count, docs: docs, flags: flags)
    }
}

/// A record order for `RunMerger`, as a type: the merge is specialised for it (a stored closure
/// took the records by copy, and the retains showed in profiles of spilled runs).
protocol SpillOrdering {
    static func less(_ a: SpillRecord, _ b: SpillRecord) -> Bool
}

extension SpillOrder {
    enum ByKey: SpillOrdering {
        @inline(__always) static func less(_ a: SpillRecord, _ b: SpillRecord) -> Bool { SpillOrder.byKey(a, b) }
    }
    enum ByCountThenKey: SpillOrdering {
        @inline(__always) static func less(_ a: SpillRecord, _ b: SpillRecord) -> Bool { SpillOrder.byCountThenKey(a, b) }
    }
}

/// A k-way merge of sorted runs (KenLM's counting does the same): a binary heap of run numbers,
/// ordered by each run's current record, smallest first; ties go to the earlier run, so the
/// merge is deterministic.
struct RunMerger<Order: SpillOrdering> {
    private var readers: [RunReader]
    /// Each run's current record (valid while the run is in the heap).
    private var current: [SpillRecord]
    private var heap: [Int] = []

    init(paths: [String], order: Order.Type) throws {
        readers = try paths.map { try RunReader(path: $0) }
        current = []
        current.reserveCapacity(readers.count)
        for (i, r) in readers.enumerated() {
            if let rec = try r.next() {
                current.append(rec)
                push(i)
            } else {
                current.append(SpillRecord(key: [], count: 0, docs: 0))
            }
        }
    }

    @inline(__always)
    private func before(_ a: Int, _ b: Int) -> Bool {
        if Order.less(current[a], current[b]) { return true }
        if Order.less(current[b], current[a]) { return false }
        return a < b
    }

    private mutating func push(_ run: Int) {
        heap.append(run)
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !before(heap[i], heap[parent]) { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    private mutating func siftDown() {
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count && before(heap[l], heap[m]) { m = l }
            if r < heap.count && before(heap[r], heap[m]) { m = r }
            if m == i { break }
            heap.swapAt(i, m)
            i = m
        }
    }

    /// The next record in order (records are not combined).
    mutating func next() throws -> SpillRecord? {
        guard let run = heap.first else { return nil }
        if let rec = try readers[run].next() {
            let out = current[run]
            current[run] = rec
            siftDown()
            return out
        }
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        siftDown()
        return current[run]
    }

    /// The next record with all records of equal key and period combined (counts added,
    /// flags or-ed); for runs sorted by `SpillOrder.byKey`.
    mutating func nextCombined() throws -> SpillRecord? {
        guard var r = try next() else { return nil }
        while let run = heap.first, current[run].period == r.period, current[run].key == r.key {
            let o = try next()!
            r.count &+= o.count
            r.docs &+= o.docs
            r.flags |= o.flags
        }
        return r
    }
}
