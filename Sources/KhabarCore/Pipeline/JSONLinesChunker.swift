#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a JSON Lines entry, as its blocks arrive, into chunks of whole lines of about
/// `chunkBytes` each, so that one large `.jsonl` file is parsed by every worker and never held
/// in memory whole (one payload per entry kept a 200 MB file, and every line of every report
/// made from it, in memory, on one worker).
///
/// The chunks partition the entry's bytes in order, less the lines longer than `maxLineBytes`
/// (reported through `tooLong`, by line number, and skipped without being held) and, when the
/// entry has nothing but white space, everything (`isEmpty`, the caller counts it as one
/// empty entry). Each chunk says the number of its first line, so that the documents keep the
/// ids they have when the entry is parsed whole (`<archive>:<entry>:<line>`).
struct JSONLinesChunker {
    /// One chunk: whole lines (the last may lack its newline at the end of the entry).
    struct Chunk: Equatable {
        var bytes: [UInt8]
        var firstLine: Int
    }

    let chunkBytes: Int
    let maxLineBytes: Int
    /// Bytes not yet in a chunk: from the start of the chunk being formed (`pending[0]` is on
    /// line `firstLine`) to the end of the last block.
    private var pending: [UInt8] = []
    private var firstLine = 1
    /// Where the line being scanned starts in `pending`, its number, and how far it was scanned.
    private var lineStart = 0
    private var lineNumber = 1
    private var scanned = 0
    /// Inside a line longer than `maxLineBytes`: its bytes are dropped up to its newline.
    private var skippingLine = false
    /// A byte other than white space was seen (until then chunks are held back, see `isEmpty`).
    private(set) var sawContent = false
    /// Bytes of the blank lines before the first content, dropped: they count in the text's
    /// bytes unless the whole entry is blank.
    private(set) var blankPrefixBytes = 0
    /// Bytes of the lines skipped for their length (with their newlines).
    private(set) var skippedBytes = 0

    init(chunkBytes: Int, maxLineBytes: Int) {
        precondition(chunkBytes > 0 && maxLineBytes > 0)
        self.chunkBytes = chunkBytes
        self.maxLineBytes = maxLineBytes
    }

    /// The entry had only white space (after `finish`).
    var isEmpty: Bool { !sawContent }

    /// Takes the next block of the entry; calls `emit` with each chunk completed and `tooLong`
    /// with the number of each line skipped for its length.
    mutating func append(_ block: UnsafeRawBufferPointer, emit: (Chunk) -> Void, tooLong: (Int) -> Void) {
        var rest = UnsafeRawBufferPointer(rebasing: block[...])
        if skippingLine {
            // Drop the long line's bytes up to its newline; the next line starts a chunk.
            guard let nl = rest.firstIndex(of: 0x0A) else {
                skippedBytes += rest.count
                return
            }
            skippedBytes += nl + 1
            skippingLine = false
            lineNumber += 1
            firstLine = lineNumber
            rest = UnsafeRawBufferPointer(rebasing: rest[(nl + 1)...])
        }
        if !sawContent, rest.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) { sawContent = true }
        pending.append(contentsOf: rest)
        scan(emit: emit, tooLong: tooLong)
    }

    /// Ends the entry: the last chunk (also a last line without a newline).
    mutating func finish(emit: (Chunk) -> Void, tooLong: (Int) -> Void) {
        if skippingLine { return }
        if pending.count - lineStart > maxLineBytes {
            skippedBytes += pending.count - lineStart
            cut(at: lineStart, emit: emit)
            tooLong(lineNumber)
            return
        }
        cut(at: pending.count, emit: emit)
    }

    /// Finds the newlines after `scanned`: a line too long is cut out; the chunk is cut when it
    /// holds `chunkBytes`; the unfinished last line is kept (or, too long already, skipped).
    private mutating func scan(emit: (Chunk) -> Void, tooLong: (Int) -> Void) {
        while true {
            let count = pending.count
            let nl: Int? = pending.withUnsafeBytes { p in
                guard scanned < count, let hit = memchr(p.baseAddress! + scanned, 0x0A, count - scanned) else { return nil }
                return p.baseAddress!.distance(to: UnsafeRawPointer(hit))
            }
            guard let nl else {
                scanned = count
                if count - lineStart > maxLineBytes {
                    // The line is already too long: the chunk ends before it, its bytes go.
                    skippedBytes += count - lineStart
                    cut(at: lineStart, emit: emit)
                    tooLong(lineNumber)
                    pending.removeAll(keepingCapacity: true)
                    lineStart = 0
                    scanned = 0
                    skippingLine = true
                }
                return
            }
            let end = nl + 1
            if nl - lineStart > maxLineBytes {
                let shift = lineStart  // the cut moves the long line to the front
                skippedBytes += end - shift
                cut(at: lineStart, emit: emit)
                tooLong(lineNumber)
                drop(upTo: end - shift)
                lineNumber += 1
                firstLine = lineNumber
                continue
            }
            lineNumber += 1
            lineStart = end
            scanned = end
            if end >= chunkBytes { cut(at: end, emit: emit) }
        }
    }

    /// Emits `pending[..<end]` as a chunk (nothing when empty) and keeps the rest.
    private mutating func cut(at end: Int, emit: (Chunk) -> Void) {
        if end > 0 {
            if sawContent {
                // The chunk takes the buffer; only the rest (part of a line) is copied.
                var chunk = pending
                pending = Array(chunk[end...])
                chunk.removeLast(chunk.count - end)
                emit(Chunk(bytes: chunk, firstLine: firstLine))
            } else {
                blankPrefixBytes += end
                pending.removeFirst(end)
            }
        }
        firstLine = lineNumber
        lineStart -= end
        scanned -= end
    }

    /// Drops `pending[..<end]` (a long line that ended there), after the chunk before it was cut.
    private mutating func drop(upTo end: Int) {
        pending.removeFirst(end)
        lineStart = 0
        scanned = 0
    }
}
