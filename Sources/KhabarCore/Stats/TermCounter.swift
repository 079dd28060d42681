/// Counts the tokens of documents into a `TermTable`: unigrams, or n-grams (n = 2, 3) that
/// never span a sentence break or a line end and in which every token passes the filter.
///
/// One counter per worker; unigrams are counted unfiltered (the filter is applied once per
/// distinct term when the report is written), n-grams are filtered as they are formed.
struct TermCounter: HashedTokenSink, Sendable {
    var table: TermTable
    let ngram: Int
    let filter: TermFilter
    /// Tokens seen (all of them, filtered or not).
    var tokens = 0
    // The n-gram window: a ring of the previous n - 1 tokens (oldest at `windowStart`), whether
    // each passed the filter, and how many it holds. The slots' storage is reused token after token.
    private var window: [[UInt8]] = [[], []]
    private var windowKept: [Bool] = [false, false]
    private var windowStart = 0
    private var windowCount = 0
    private var scratch: [UInt8] = []
    /// Timeline: the current document's period (nil: not counted in the timeline), and the
    /// (period, term) counts of the tracked terms.
    var period: Int?
    var pairs: PairTable?
    /// Terms waiting to be counted (see `TokenBatch`, which owns the buffers). The fill state
    /// and the bytes' pointer live here, in the struct: a class's stored `var`s cost a dynamic
    /// exclusivity check (swift_beginAccess) on every modification, i.e. on every token.
    private let batch: TokenBatch
    private var batchCount = 0
    private var batchUsed = 0
    /// `nonisolated(unsafe)`: the pointer is `batch.bytes`, owned like the batch (see `TokenBatch`:
    /// only the worker that owns the counter touches it).
    nonisolated(unsafe) private var batchBytes: UnsafeMutablePointer<UInt8>
    private var batchByteCapacity: Int
    /// Tokens buffered before a batch is counted (a long document is counted in several).
    static let batchSize = 512

    init(ngram: Int, filter: TermFilter) {
        precondition((1...3).contains(ngram), "n-gram size is 1, 2 or 3")
        self.table = TermTable()
        self.ngram = ngram
        self.filter = filter
        batch = TokenBatch(capacity: TermCounter.batchSize)
        batchBytes = batch.bytes
        batchByteCapacity = batch.byteCapacity
    }

    /// Adds a term to the batch; true when the batch is full.
    @inline(__always)
    private mutating func appendToBatch(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, isNumber: Bool) -> Bool {
        let n = token.count
        // 8 bytes of room stay after the last term: the table compares a short key in one load.
        if batchUsed + n + 8 > batchByteCapacity { growBatchBytes(batchUsed + n + 8) }
        copyShortBytes(batchBytes + batchUsed, token.baseAddress!, n)
        batchUsed += n
        batch.hashes[batchCount] = hash
        batch.ends[batchCount] = UInt32(batchUsed) | (isNumber ? 0x8000_0000 : 0)
        batchCount += 1
        return batchCount == TermCounter.batchSize
    }

    private mutating func growBatchBytes(_ needed: Int) {
        precondition(needed < 0x8000_0000, "a batch of tokens beyond 2 GiB")
        growByteBuffer(&batchBytes, capacity: &batchByteCapacity, used: batchUsed, needed: needed)
        batch.bytes = batchBytes  // the owner frees the grown buffer
    }

    mutating func beginDocument(period: Int? = nil) {
        flush()
        table.beginDocument()
        self.period = period
        pairs?.beginDocument()
        windowCount = 0
    }

    /// Counts the buffered unigrams (n-grams). Called at the end of each document's text (and
    /// before the table is read).
    mutating func flush() {
        let n = batchCount
        guard n > 0 else { return }
        let hashes = batch.hashes, ends = batch.ends, base = UnsafePointer(batchBytes)
        addAll(n, hashes: hashes) { j in
            let start = j == 0 ? 0 : Int(ends[j - 1] & 0x7FFF_FFFF), end = Int(ends[j] & 0x7FFF_FFFF)
            return (UnsafeBufferPointer(start: base + start, count: end - start), ends[j] & 0x8000_0000 != 0)
        }
        batchCount = 0
        batchUsed = 0
    }

    /// Counts a document's unigrams straight from the token buffer the tokenizer filled for the
    /// matcher and the date finder (`report`): the tokens are not copied into a batch of their
    /// own as well. The same adds in the same order as `token` then `flush` (so the same table).
    /// The buffer keeps 8 bytes of room after its last token (`TokenBuffer`), as the batch does.
    mutating func countUnigrams(of buffer: TokenBuffer) {
        precondition(ngram == 1, "countUnigrams(of:) counts unigrams")
        flush()
        let n = buffer.count
        tokens += n
        guard n > 0 else { return }
        let spans = buffer.spans, infos = buffer.infos, base = buffer.bytes.baseAddress!
        addAll(n, hashes: buffer.hashes.baseAddress!) { j in
            (UnsafeBufferPointer(start: base + spans[j].start, count: spans[j].count), infos[j].isNumber)
        }
    }

    /// Adds `n` terms (term `j`: `term(j)`, its hash `hashes[j]`) to the table, and the tracked
    /// ones to the timeline's pairs; prefetches the slot 32 terms ahead and the entry 16 ahead
    /// (A/B against 16 and 8: `terms -j 1` 0.91 → 0.86 s, `report` CPU 3.36 → 3.30 s; 64 and 32
    /// no better than 32 and 16).
    @inline(__always)
    private mutating func addAll(_ n: Int, hashes: UnsafePointer<UInt64>,
                                 _ term: (Int) -> (bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool)) {
        for j in 0..<min(32, n) { table.prefetchSlot(hashes[j]) }
        for j in 0..<min(16, n) { table.prefetchEntry(hashes[j]) }
        for j in 0..<n {
            if j + 32 < n { table.prefetchSlot(hashes[j + 32]) }
            if j + 16 < n { table.prefetchEntry(hashes[j + 16]) }
            let (bytes, isNumber) = term(j)
            let e = table.add(bytes, hash: hashes[j], isNumber: isNumber, keyHasSlack: true)
            if let period, pairs != nil, table.isTracked(e) { pairs!.add(period: period, term: e) }
        }
    }

    /// Adds this counter's terms (and a timeline's (period, term) counts) to `totals`, the run's,
    /// and empties its tables, keeping their memory. Between documents only, so a term's `docs`
    /// add up. `tokens` stays here (the run adds every worker's).
    mutating func moveCounts(into totals: inout TermCounter) {
        flush()
        let mapping = totals.table.merge(table)
        if let p = pairs {
            p.forEach { period, term, count, docs in totals.pairs!.add(period: period, term: mapping[term], count: count, docs: docs) }
            pairs!.removeAll()
        }
        table.removeAll()
    }

    /// `token` with the unigram's `byteHash` already computed.
    @inline(__always)
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo, hash: UInt64) {
        if ngram == 1 {
            tokens += 1
            if appendToBatch(bytes, hash: hash, isNumber: info.isNumber) { flush() }
        } else {
            token(bytes, info)
        }
    }

    @inline(__always)
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) {
        let isNumber = info.isNumber
        tokens += 1
        if ngram == 1 {
            if appendToBatch(bytes, hash: byteHash(bytes.baseAddress!, bytes.count), isNumber: isNumber) { flush() }
            return
        }
        if info.followsBreak { windowCount = 0 }
        let kept = filter.keeps(bytes, isNumber: isNumber)
        let size = ngram - 1
        if windowCount == size {
            var allKept = kept
            for k in 0..<size where !windowKept[(windowStart + k) % size] { allKept = false }
            if allKept {
                scratch.removeAll(keepingCapacity: true)
                for k in 0..<size { scratch.append(contentsOf: window[(windowStart + k) % size]); scratch.append(0x20) }
                scratch.append(contentsOf: bytes)
                // Counted in batches like unigrams (the n-gram table is larger still).
                let full = scratch.withUnsafeBufferPointer { appendToBatch($0, hash: byteHash($0.baseAddress!, $0.count), isNumber: false) }
                if full { flush() }
            }
            windowStart = (windowStart + 1) % size  // the oldest slot takes the new token
            windowCount -= 1
        }
        let slot = (windowStart + windowCount) % size
        window[slot].removeAll(keepingCapacity: true)
        window[slot].append(contentsOf: bytes)
        windowKept[slot] = kept
        windowCount += 1
    }
}

/// A batch of terms (unigrams, or n-grams already joined) waiting for the term table: their bytes
/// one after another, and for each its hash and end offset (top bit: a number). Raw storage, hand-written, because every token
/// of the corpus passes through it (Array appends cost more than the copy itself).
///
/// `@unchecked Sendable`: each `TermCounter` creates its own batch and only the worker that owns
/// the counter appends to it or flushes it; copies of a finished counter (moved to the merging
/// thread) find it empty and never touch it again.
final class TokenBatch: @unchecked Sendable {
    let capacity: Int
    let hashes: UnsafeMutablePointer<UInt64>
    let ends: UnsafeMutablePointer<UInt32>
    /// The bytes' buffer: its counter replaces it when it grows (and sets it here to be freed).
    var bytes: UnsafeMutablePointer<UInt8>
    let byteCapacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        hashes = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        byteCapacity = capacity * 32
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        hashes.deallocate()
        ends.deallocate()
        bytes.deallocate()
    }
}
