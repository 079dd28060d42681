import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Mentions of discovered candidates wait here until the run knows which candidates are kept:
/// in a temporary file, not in memory, so memory does not grow with the corpus.
public final class MentionSpool {
    private let path: String
    private var file: UnsafeMutablePointer<FILE>?
    /// The file's stdio buffer, 1 MiB: glibc's `setvbuf` with no buffer given keeps its default
    /// size (the file system's block, 4 KiB), and the spool takes small records (~200 bytes):
    /// it made ~13,000 `write` calls of 4 KiB on news-bench.
    private var buffer: UnsafeMutablePointer<CChar>?
    /// The spool written and read through `O_DIRECT`, where the file system allows it (then
    /// `file` is nil).
    private var direct: DirectFile?

    /// A spool in the system's temporary folder.
    public init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("khabar-spool-\(getpid())-\(UUID().uuidString)")
        if let direct = try DirectFile.open(path: path, readBack: true) {
            // ~85 MB written and read back on news-bench: past the page cache (see `DirectFile`).
            unlink(path)
            self.direct = direct
            return
        }
        guard let f = fopen(path, "w+b") else {
            throw OutputError(path: path, message: String(cString: strerror(errno)))
        }
        unlink(path)  // gone when closed, whatever happens
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: 1 << 20)
        setvbuf(f, buffer, _IOFBF, 1 << 20)
        self.buffer = buffer
        file = f
    }

    deinit { close() }

    /// Closes the spool, which frees its disk space and page cache (a report's spool holds
    /// ~100 MB: freeing it took ~10 ms at the exit of `report`, on its critical path; `report`
    /// closes it right after the replay, on the replay's thread). Nothing can be added or
    /// replayed after.
    public func close() {
        direct?.abandon()
        direct = nil
        if let file { fclose(file) }
        file = nil
        buffer?.deallocate()  // after fclose, which flushes it
        buffer = nil
    }

    /// Keeps a batch's records (`DiscoveredMentionRecords`: for each, the name's and the line's
    /// lengths, 4 bytes each, little-endian, then the name, then the line).
    public func add(_ records: DiscoveredMentionRecords) {
        records.bytes.withUnsafeBufferPointer {
            guard let base = $0.baseAddress else { return }
            if let direct {
                direct.write(base, count: $0.count)
            } else {
                _ = fwrite(base, 1, $0.count, file)
            }
        }
    }

    /// Keeps `line` (one JSON line) for `candidate`.
    public func add(candidate: String, line: [UInt8]) {
        var records = DiscoveredMentionRecords()
        records.append(candidate: candidate, line: line)
        add(records)
    }

    /// Writes, in the order they came, the lines of the candidates in `kept`.
    ///
    /// Read back a block of 1 MiB at a time and cut into records by their lengths (one
    /// `getline` per line, and a search of each line for the name's end, were most of the time
    /// `report` spent here, after the actor counts were merged).
    ///
    /// Throws when the spool could not be written or read back whole (a full disk): the
    /// mentions report would miss lines.
    public func replay(kept: [String], to out: OutputFile) throws { try replay(kept: kept, to: out, blockBytes: 1 << 20) }

    /// The error for a spool that failed with `errno` `code`.
    private func failed(_ code: Int32) -> OutputError {
        OutputError(path: path, message: "the spool of discovered names' mentions: \(String(cString: strerror(code)))")
    }

    /// `replay` reading `blockBytes` at a time (tests make records straddle the blocks).
    func replay(kept: [String], to out: OutputFile, blockBytes: Int) throws {
        let keptNames = ByteKeySet(kept.map { ByteKey(Array($0.utf8)) })
        let readMore: (UnsafeMutablePointer<UInt8>, Int) -> Int
        if let direct {
            guard direct.startReading() else { throw failed(direct.failure) }
            readMore = { direct.read(into: $0, count: $1) }
        } else if let file {
            if fflush(file) != 0 || ferror(file) != 0 { throw failed(errno) }
            rewind(file)
            readMore = { fread($0, 1, $1, file) }
        } else {
            return
        }
        var capacity = max(16, blockBytes)
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0  // bytes in the buffer
        var at = 0  // the next record's start
        // The kept lines, handed to `out` a megabyte at a time (a write per line went through
        // the output's 4 KiB stdio buffer: ~7,000 `write` calls on news-bench).
        var kept: [UInt8] = []
        kept.reserveCapacity(1 << 20)
        defer { out.write(kept) }
        while true {
            // The next record whole in the buffer, reading more (after moving what is left of
            // the last block to the front, or into a larger buffer) when it is not.
            var need = 8
            if filled - at >= 8 {
                let raw = UnsafeRawPointer(buffer + at)
                need = 8 + Int(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
                    + Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
            }
            if filled - at < need {
                let left = filled - at
                if need > capacity {
                    while capacity < need { capacity *= 2 }
                    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                    grown.update(from: buffer + at, count: left)
                    buffer.deallocate()
                    buffer = grown
                } else if left > 0 {
                    memmove(buffer, buffer + at, left)
                }
                at = 0
                filled = left
                let n = readMore(buffer + filled, capacity - filled)
                if n == 0 { break }  // the end (a cut record cannot happen: the spool was written whole)
                filled += n
                continue
            }
            let raw = UnsafeRawPointer(buffer + at)
            let nameCount = Int(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let name = UnsafeBufferPointer(start: buffer + at + 8, count: nameCount)
            if keptNames.contains(name, hash: byteHash(name.baseAddress!, nameCount)) {
                kept.append(contentsOf: UnsafeBufferPointer(start: buffer + at + 8 + nameCount, count: need - 8 - nameCount))
                if kept.count >= 1 << 20 {
                    out.write(kept)
                    kept.removeAll(keepingCapacity: true)
                }
            }
            at += need
        }
        if let direct, direct.failure != 0 { throw failed(direct.failure) }
        if let file, ferror(file) != 0 { throw failed(EIO) }
    }
}
