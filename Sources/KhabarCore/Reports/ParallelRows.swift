import Dispatch

/// Formats the rows of a large report on every core and writes them in order.
///
/// The end of a run writes reports of hundreds of thousands of rows (the co-occurrence pairs)
/// while the other threads of the run are done: formatting them on one thread leaves the other
/// cores idle for a few tenths of a second. Rows are cut into chunks; a wave of chunks is
/// formatted in parallel, each into a buffer of its own, then the buffers are written in chunk
/// order (the same bytes as one thread would write). Memory: one wave of formatted rows.
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
        var buffers = [[UInt8]](repeating: [], count: wave)
        var start = 0
        withoutActuallyEscaping(format) { format in
            let shared = SharedFormatter(format: format)
            while start < count {
                let chunks = min(wave, (count - start + chunkRows - 1) / chunkRows)
                let first = start
                buffers.withUnsafeMutableBufferPointer { b in
                    let slots = BufferSlots(base: b.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: chunks) { k in
                        let lo = first + k * chunkRows
                        slots.base[k].removeAll(keepingCapacity: true)
                        shared.format(lo..<min(count, lo + chunkRows), &slots.base[k])
                    }
                }
                for k in 0..<chunks { out.write(buffers[k]) }
                start += chunks * chunkRows
            }
        }
    }
}

/// The buffers of one wave. `@unchecked Sendable`: chunk `k` touches only `base[k]`, and the
/// array outlives the `concurrentPerform` that uses it.
private struct BufferSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<[UInt8]>
}

/// The row formatter, called from the wave's threads. `@unchecked Sendable`: the formatters
/// given to `ParallelRows` only read values that no thread writes while the report is written
/// (the finished counts) and write to the buffer they are handed.
private struct SharedFormatter: @unchecked Sendable {
    let format: (Range<Int>, inout [UInt8]) -> Void
}
