#if KHABAR_BZ2
import CBZ2
import Foundation

/// Decodes a bzip2 stream (or several one after another, as pbzip2 writes them) on several
/// threads, block by block, and hands the blocks' bytes out in order.
///
/// bzip2 compresses blocks of at most 900 kB independently, but marks them only with a 48-bit
/// magic number at any bit offset, and libbzip2 (like libarchive, which uses it) decodes one
/// block after another on one thread: 5.3 s of CPU for news-bench as `.tar.bz2`, while the
/// workers wait. Here the reading thread finds the blocks (`khabar_bz2_find_magic`, one table
/// lookup a byte), copies each into a stream of its own (`khabar_bz2_single_block_stream`:
/// header, the block, end marker, the block's CRC as the stream's) and libbzip2 decodes the
/// streams on `threads` threads at once. Each block's CRC is checked by libbzip2, each stream's
/// (the blocks' CRCs combined) here, so damage is found as `bzip2 -t` would find it.
///
/// The magic can also occur by chance inside compressed data (odds of about 1 in 3 × 10^14 a
/// bit): a block that fails to decode and was cut at a block magic is decoded again joined with
/// the next piece, and only a failure then is reported as damage; an end magic counts only when
/// another stream or the input's end follows it (or no magic does). Bytes after the last stream
/// that do not start another one are ignored, as `bzip2 -d` does.
///
/// Memory: the blocks in flight (up to twice the threads, ~1 MB each, and their output).
/// Threads: `threads` of its own, started with the first block.
final class Bzip2Decoder {
    private let source: DescriptorSource
    private let threads: Int
    /// Single-block streams to decode, taken by `threads` threads of the decoder's own (started
    /// with the first block; they end when the decoder is freed). Not Dispatch's pool: its
    /// threads are as many as the cores, and a decoder per input of several read at once kept
    /// them blocked (4 bzip2 archives 3.5 → 4.0 s).
    private let jobs: BlockingQueue<Job>
    private var threadsStarted = false
    private struct Job: Sendable {
        let stream: [UInt8]
        let level: UInt8
        let piece: Piece
    }

    /// The compressed bytes from `windowStart` on (earlier ones are no longer needed), with 16
    /// bytes of zeros after `windowCount` (the C steps read 8 bytes past the bits they use); the
    /// rest of the capacity is not initialised.
    private var window: UnsafeMutablePointer<UInt8>
    private var windowCapacity: Int
    private var windowCount = 0
    private var windowStart: Int64 = 0
    private var inputEnded = false
    private static let readSize = 1 << 20

    /// Where the scan is.
    private enum ScanState {
        /// A stream header ("BZh" and the level) is expected at this byte.
        case header(byte: Int64)
        /// A block starts at this bit; the scan looks for the next magic after it.
        case block(start: Int64)
        /// No more streams.
        case done
    }
    private var scan: ScanState = .header(byte: 0)
    private var level: UInt8 = UInt8(ascii: "9")

    /// A block being decoded (or decoded) on a thread of the pool.
    private final class Piece: @unchecked Sendable {
        // `@unchecked Sendable`: `output` and `failure` are written by the decoding thread
        // before it signals `done`, and read by the reader only after waiting on `done`.
        let startBit: Int64, endBit: Int64
        let crc: UInt32
        /// Cut at a block magic (not at a stream's end): the magic may be one by chance.
        let endsAtBlockMagic: Bool
        var output: [UInt8] = []
        var failure: String?
        let done = DispatchSemaphore(value: 0)
        init(startBit: Int64, endBit: Int64, crc: UInt32, endsAtBlockMagic: Bool) {
            self.startBit = startBit
            self.endBit = endBit
            self.crc = crc
            self.endsAtBlockMagic = endsAtBlockMagic
        }
    }

    /// What the reader meets, in the order of the input.
    private enum Item {
        case piece(Piece)
        /// A stream's end, with the CRC it stores.
        case streamEnd(crc: UInt32)
        case failure(ArchiveInputError)
    }
    /// Tests only: bit offsets taken for magics (kind 1: block, 2: end) as if found there, to
    /// check the handling of magics that occur by chance (too rare to meet in real data).
    var magicsByChance: [(bit: Int64, kind: Int32)] = []

    private var items: [Item] = []
    private var itemsHead = 0
    private var piecesInFlight = 0
    /// The blocks' CRCs of the current stream, combined as bzip2 combines them.
    private var combinedCRC: UInt32 = 0
    /// The bytes handed out last (valid until the next call).
    private var current: [UInt8] = []
    private var failed: ArchiveInputError?

    /// True when the input starts as a bzip2 stream: "BZh", a level 1–9, and a block's or the
    /// end's magic.
    static func isBzip2(_ head: [UInt8]) -> Bool {
        guard head.count >= 10, head[0] == 0x42, head[1] == 0x5A, head[2] == 0x68, (0x31...0x39).contains(head[3]) else { return false }
        let magic = head[4..<10].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return magic == KHABAR_BZ2_BLOCK_MAGIC || magic == KHABAR_BZ2_END_MAGIC
    }

    init(source: DescriptorSource, threads: Int) {
        self.source = source
        self.threads = max(1, threads)
        jobs = BlockingQueue(capacity: 4 * max(1, threads))
        // Only the 16 bytes after the data are read before they are written (`readMore` zeroes them).
        windowCapacity = 4 << 20
        window = .allocate(capacity: windowCapacity + 16)
        window.initialize(repeating: 0, count: 16)
    }

    // Pieces still decoding hold their own bytes (not the window's); the threads end when the
    // queue is closed and drained.
    deinit {
        jobs.close()
        window.deallocate()
    }

    /// The next decoded bytes; empty at the end. Bytes before a damaged block are handed out
    /// before its error.
    func next() throws(ArchiveInputError) -> UnsafeRawBufferPointer {
        if let failed { throw failed }
        do throws(ArchiveInputError) {
            while true {
                try fill()
                guard itemsHead < items.count else {
                    current = []
                    return UnsafeRawBufferPointer(start: nil, count: 0)
                }
                let item = items[itemsHead]
                items[itemsHead] = .streamEnd(crc: 0)  // drop the reference
                itemsHead += 1
                if itemsHead > 64 && itemsHead * 2 > items.count {
                    items.removeFirst(itemsHead)
                    itemsHead = 0
                }
                switch item {
                case .failure(let error):
                    throw error
                case .streamEnd(let crc):
                    if crc != combinedCRC {
                        throw ArchiveInputError(message: "bzip2 decompression failed: a stream's checksum does not match its blocks (damaged data)",
                                                errno: EILSEQ)
                    }
                    combinedCRC = 0
                case .piece(let piece):
                    piece.done.wait()
                    piecesInFlight -= 1
                    var decoded = piece
                    if piece.failure != nil && piece.endsAtBlockMagic { decoded = try rejoin(piece) }
                    if let failure = decoded.failure {
                        throw ArchiveInputError(message: "bzip2 decompression failed: \(failure)", errno: EILSEQ)
                    }
                    combinedCRC = (combinedCRC << 1 | combinedCRC >> 31) ^ decoded.crc
                    releaseWindow()
                    guard !decoded.output.isEmpty else { continue }
                    current = decoded.output
                    decoded.output = []
                    // `current` is not touched until the next call: its storage stays put.
                    return current.withUnsafeBytes { $0 }
                }
            }
        } catch {
            failed = error
            throw error
        }
    }

    /// Scans on until enough blocks are in flight (or the input is done).
    private func fill() throws(ArchiveInputError) {
        while piecesInFlight < 2 * threads {
            if case .done = scan { return }
            try scanOne()
        }
    }

    /// Finds the next item of the input and queues it.
    private func scanOne() throws(ArchiveInputError) {
        switch scan {
        case .done:
            return
        case .header(let byte):
            try ensure(bits: (byte + 10) * 8)
            let at = Int(byte - windowStart)
            let available = Int64(windowCount) - (byte - windowStart)
            guard available >= 4, window[at] == 0x42, window[at + 1] == 0x5A, window[at + 2] == 0x68,
                  (0x31...0x39).contains(window[at + 3]) else {
                // No further stream: the rest (if any) is ignored, as `bzip2 -d` does. The first
                // stream's header was checked before this decoder was chosen.
                scan = .done
                return
            }
            level = window[at + 3]
            guard available >= 10 else { return fail("truncated bzip2 input") }
            let magic = khabar_bz2_read_bits(window, (byte - windowStart) * 8 + 32, 48)
            if magic == KHABAR_BZ2_BLOCK_MAGIC {
                scan = .block(start: (byte + 4) * 8)
            } else if magic == KHABAR_BZ2_END_MAGIC {
                try endOfStream(at: (byte + 4) * 8)
            } else {
                return fail("invalid bzip2 data after a stream header")
            }
        case .block(let start):
            // The block's header: its magic and CRC.
            try ensure(bits: start + 80)
            guard bitsAvailable >= start + 80 else { return fail("truncated bzip2 input") }
            let crc = UInt32(truncatingIfNeeded: khabar_bz2_read_bits(window, start - windowStart * 8 + 48, 32))
            var from = start + 48
            // An end magic followed neither by another stream nor by the end of the input: the
            // stream's end before bytes to ignore, or a magic by chance inside the block. Taken
            // as the end only if no other magic follows.
            var uncertainEnd: Int64?
            while true {
                var kind: Int32 = 0
                var found = khabar_bz2_find_magic(window, Int64(windowCount), from - windowStart * 8, &kind)
                if let forced = magicsByChance.first(where: { $0.bit >= from && $0.bit + 48 <= bitsAvailable }),
                   found < 0 || forced.bit < found + windowStart * 8 {
                    found = forced.bit - windowStart * 8
                    kind = forced.kind
                }
                if found >= 0 {
                    let end = found + windowStart * 8
                    if kind == 2, try !endIsFollowedByStreamOrNothing(end) {
                        if uncertainEnd == nil { uncertainEnd = end }
                        from = end + 1
                        continue
                    }
                    submit(Piece(startBit: start, endBit: end, crc: crc, endsAtBlockMagic: kind == 1))
                    if kind == 1 { scan = .block(start: end) } else { try endOfStream(at: end) }
                    return
                }
                if inputEnded || bitsAvailable - start > Bzip2Decoder.maxBlockBits {
                    guard let end = uncertainEnd else {
                        return fail(inputEnded ? "truncated bzip2 input" : "no block end where one must be (damaged data)")
                    }
                    submit(Piece(startBit: start, endBit: end, crc: crc, endsAtBlockMagic: false))
                    return try endOfStream(at: end)
                }
                from = max(from, bitsAvailable - 47)
                try readMore()
            }
        }
    }

    /// Whether the end-of-stream magic at `bit` is followed (after its CRC, at the next byte) by
    /// another stream's header or by the end of the input.
    private func endIsFollowedByStreamOrNothing(_ bit: Int64) throws(ArchiveInputError) -> Bool {
        let next = (bit + 80 + 7) / 8
        try ensure(bits: (next + 4) * 8)
        let available = windowStart + Int64(windowCount) - next
        if available <= 0 { return available == 0 }
        guard available >= 4 else { return false }
        let at = Int(next - windowStart)
        return window[at] == 0x42 && window[at + 1] == 0x5A && window[at + 2] == 0x68 && (0x31...0x39).contains(window[at + 3])
    }

    /// After the end-of-stream magic at `bit`: its CRC, then another stream may start at the
    /// next byte.
    private func endOfStream(at bit: Int64) throws(ArchiveInputError) {
        try ensure(bits: bit + 80)
        guard bitsAvailable >= bit + 80 else { return fail("truncated bzip2 input") }
        let crc = UInt32(truncatingIfNeeded: khabar_bz2_read_bits(window, bit - windowStart * 8 + 48, 32))
        items.append(.streamEnd(crc: crc))
        scan = .header(byte: (bit + 80 + 7) / 8)
    }

    private func fail(_ message: String) {
        items.append(.failure(ArchiveInputError(message: "bzip2 decompression failed: \(message)", errno: EILSEQ)))
        scan = .done
    }

    private var bitsAvailable: Int64 { (windowStart + Int64(windowCount)) * 8 }

    /// More bits than any block has (at most 900,000 symbols of at most 20 bits, and its
    /// tables): a damaged input is not read whole into memory looking for a block's end.
    static let maxBlockBits: Int64 = 24 << 20

    /// Reads until the window holds the input's bits up to `bits` (or the input ends).
    private func ensure(bits: Int64) throws(ArchiveInputError) {
        while bitsAvailable < bits && !inputEnded { try readMore() }
    }

    private func readMore() throws(ArchiveInputError) {
        if windowCount + Bzip2Decoder.readSize > windowCapacity {
            let capacity = max(windowCapacity * 2, windowCount + Bzip2Decoder.readSize)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 16)
            grown.initialize(from: window, count: windowCount)
            window.deallocate()
            window = grown
            windowCapacity = capacity
        }
        let n = try source.read(into: window + windowCount, capacity: Bzip2Decoder.readSize)
        if n == 0 { inputEnded = true }
        windowCount += n
        (window + windowCount).initialize(repeating: 0, count: 16)
    }

    /// Drops the window's bytes before the oldest piece still to be handed out, or before the
    /// scan when none is.
    private func releaseWindow() {
        var keepBit: Int64
        switch scan {
        case .header(let byte): keepBit = byte * 8
        case .block(let start): keepBit = start
        case .done: keepBit = bitsAvailable
        }
        for k in itemsHead..<items.count {
            if case .piece(let p) = items[k] { keepBit = min(keepBit, p.startBit); break }
        }
        let drop = Int(keepBit / 8 - windowStart)
        guard drop >= 1 << 20 else { return }  // in large steps: each moves the rest down
        memmove(window, window + drop, windowCount - drop)
        windowCount -= drop
        windowStart += Int64(drop)
        (window + windowCount).initialize(repeating: 0, count: 16)
    }

    /// Copies the piece's bits into a stream of its own and decodes it on the pool.
    private func submit(_ piece: Piece) {
        let stream = singleBlockStream(from: piece.startBit, to: piece.endBit, crc: piece.crc)
        piecesInFlight += 1
        items.append(.piece(piece))
        if !threadsStarted {
            threadsStarted = true
            let jobs = self.jobs
            let threads = WorkerThreads()
            for t in 0..<self.threads {
                threads.start(name: "khabar-bzip2-\(t)") {
                    while let job = jobs.pop() {
                        Bzip2Decoder.decode(job.stream, level: job.level, into: job.piece)
                        job.piece.done.signal()
                    }
                }
            }
        }
        jobs.push(Job(stream: stream, level: level, piece: piece))
    }

    private func singleBlockStream(from start: Int64, to end: Int64, crc: UInt32) -> [UInt8] {
        let bits = end - start
        var stream = [UInt8](repeating: 0, count: 4 + Int(bits + 80) / 8 + 9)
        let n = stream.withUnsafeMutableBufferPointer { out in
            khabar_bz2_single_block_stream(out.baseAddress!, level, window, start - windowStart * 8, bits, crc)
        }
        stream.removeLast(stream.count - n)
        return stream
    }

    /// A piece that failed and was cut at a block magic: decoded again joined with the next
    /// piece, in case the magic that cut it was one by chance (once: two such magics in one
    /// block are beyond any odds, and a damaged block is not decoded again and again).
    private func rejoin(_ piece: Piece) throws(ArchiveInputError) -> Piece {
        while itemsHead >= items.count {
            if case .done = scan { return piece }
            try scanOne()
        }
        guard case .piece(let next) = items[itemsHead], next.startBit == piece.endBit else { return piece }
        next.done.wait()
        piecesInFlight -= 1
        itemsHead += 1
        let joined = Piece(startBit: piece.startBit, endBit: next.endBit, crc: piece.crc, endsAtBlockMagic: next.endsAtBlockMagic)
        Bzip2Decoder.decode(singleBlockStream(from: piece.startBit, to: next.endBit, crc: piece.crc), level: level, into: joined)
        return joined
    }

    /// Decodes one single-block stream with libbzip2 into `piece` (its output, or why not).
    private static func decode(_ stream: [UInt8], level: UInt8, into piece: Piece) {
        var strm = bz_stream()
        guard BZ2_bzDecompressInit(&strm, 0, 0) == BZ_OK else {
            piece.failure = "out of memory"
            return
        }
        defer { BZ2_bzDecompressEnd(&strm) }
        var output = [UInt8](repeating: 0, count: Int(level - 0x30) * 100_000 + 4096)
        var produced = 0
        var status: Int32 = BZ_OK
        stream.withUnsafeBufferPointer { input in
            strm.next_in = UnsafeMutableRawPointer(mutating: input.baseAddress!).assumingMemoryBound(to: CChar.self)
            strm.avail_in = UInt32(input.count)
            while true {
                if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
                status = output.withUnsafeMutableBufferPointer { out in
                    strm.next_out = UnsafeMutableRawPointer(out.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
                    strm.avail_out = UInt32(out.count - produced)
                    let s = BZ2_bzDecompress(&strm)
                    produced = out.count - Int(strm.avail_out)
                    return s
                }
                if status != BZ_OK { break }
                if strm.avail_in == 0 && produced < output.count { status = BZ_UNEXPECTED_EOF; break }
            }
        }
        switch status {
        case BZ_STREAM_END:
            output.removeLast(output.count - produced)
            piece.output = output
        case BZ_DATA_ERROR, BZ_DATA_ERROR_MAGIC: piece.failure = "a block is damaged (its data or checksum)"
        case BZ_UNEXPECTED_EOF: piece.failure = "a block is cut short (damaged data)"
        case BZ_MEM_ERROR: piece.failure = "out of memory"
        default: piece.failure = "libbzip2 error \(status)"
        }
    }
}
#endif
