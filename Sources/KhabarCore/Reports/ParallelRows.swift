import Dispatch

/// Formats the rows of a large report on every core and writes them in order.
///
/// The end of a run writes reports of hundreds of thousands of rows (the co-occurrence pairs)
/// while the other threads of the run are done: formatting them on one thread leaves the other
/// cores idle for a few tenths of a second. Rows are cut into chunks; a wave of chunks is
/// formatted in parallel, each into a buffer of its own, then the buffers are written in chunk
/// order (the same bytes as one thread would write). The writing of a wave (a copy of a few
/// megabytes into the page cache) runs on a thread of its own while the next wave is formatted:
/// written between the waves, it left all but one core idle (a `perf` timeline of `report`'s
/// end: the co-occurrence rows on one core and a third of the other). Memory: two waves of
/// formatted rows.
enum ParallelRows {
    /// Rows per chunk, and at most this many chunks per wave (a wave is ~8 MiB of CSV at ~130 bytes
    /// a row): as many as `threads`, so that no more threads than asked format at once.
    static let chunkRows = 8192
    static let chunksPerWave = 8

    /// Calls `format` for consecutive ranges of `0..<count` (on up to `threads` threads at once;
    /// each call appends its rows to the buffer it is given) and writes the buffers to `out` in
    /// range order.
    static func write(count: Int, threads: Int, to out: OutputFile, _ format: (Range<Int>, inout [UInt8]) -> Void) {
        let wave = Swift.max(1, Swift.min(chunksPerWave, threads))
        // Two sets of buffers: one being formatted, the other being written.
        let buffers = WaveBuffers(waves: 2, chunks: wave)
        defer { buffers.deallocate() }
        let writer = DispatchQueue(label: "khabar.parallel-rows.writer")
        let written = DispatchGroup()
        let output = WaveOutput(file: out)
        var start = 0, set = 0
        withoutActuallyEscaping(format) { format in
            let shared = SharedFormatter(format: format)
            while start < count {
                let chunks = min(wave, (count - start + chunkRows - 1) / chunkRows)
                let first = start
                let slots = buffers.set(set)
                // This set was last written two waves ago: `written.wait()` below saw it done.
                DispatchQueue.concurrentPerform(iterations: chunks) { k in
                    let lo = first + k * chunkRows
                    slots.base[k].removeAll(keepingCapacity: true)
                    shared.format(lo..<min(count, lo + chunkRows), &slots.base[k])
                }
                // The previous wave is written before this one (and its set is then free).
                written.wait()
                writer.async(group: written) {
                    for k in 0..<chunks { output.file.write(slots.base[k]) }
                }
                start += chunks * chunkRows
                set ^= 1
            }
            written.wait()
        }
    }
}

/// The buffers of two waves, in raw memory shared by the formatting threads and the writer.
/// `@unchecked Sendable`: a wave's set is formatted (chunk `k` by one thread, into `base[k]`)
/// and only then handed to the writer; it is formatted again only after the writer is done with
/// it (`ParallelRows.write` waits for the previous write before it starts another wave).
private struct WaveBuffers: @unchecked Sendable {
    let base: UnsafeMutablePointer<[UInt8]>
    let chunks: Int
    let waves: Int

    init(waves: Int, chunks: Int) {
        self.waves = waves
        self.chunks = chunks
        base = .allocate(capacity: waves * chunks)
        base.initialize(repeating: [], count: waves * chunks)
    }

    func set(_ k: Int) -> BufferSlots { BufferSlots(base: base + k * chunks) }

    func deallocate() {
        base.deinitialize(count: waves * chunks)
        base.deallocate()
    }
}

/// The output the writer thread appends to. `@unchecked Sendable`: only the writer's serial
/// queue writes to the file while `ParallelRows.write` runs, and the caller waits for it to
/// finish before it returns.
private struct WaveOutput: @unchecked Sendable {
    let file: OutputFile
}

/// The buffers of one wave. `@unchecked Sendable`: chunk `k` touches only `base[k]`, and the
/// memory outlives the `concurrentPerform` and the write that use it.
private struct BufferSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<[UInt8]>
}

/// The row formatter, called from the wave's threads. `@unchecked Sendable`: the formatters
/// given to `ParallelRows` only read values that no thread writes while the report is written
/// (the finished counts) and write to the buffer they are handed.
private struct SharedFormatter: @unchecked Sendable {
    let format: (Range<Int>, inout [UInt8]) -> Void
}
