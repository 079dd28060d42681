import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A new file written in whole blocks of 1 MiB through `O_DIRECT`, past the page cache, from one
/// reused buffer (and, for a temporary file such as `MentionSpool`'s, read back the same way).
///
/// Why: `report` writes more than twice the text it reads (516 MB on news-bench, 308 MB of it
/// mentions.jsonl). Written through the page cache, every byte is copied into newly allocated
/// cache pages; on this project's machines (virtual machines whose free memory the host takes
/// back, so that a page the guest allocates is faulted in again by the host) that copy,
/// `copy_folio_from_iter_atomic`, was 15% of `report`'s CPU samples, ~1 s of CPU, while
/// `dd oflag=direct` wrote 530 MB in 0.3 s with 0.06 s of CPU. A direct write hands the disk the
/// block from this buffer and waits for it: the writing thread (the one that writes the reports,
/// not a worker) waits, and no core is spent on the copy.
///
/// Falls back to ordinary writes, the same bytes, where direct writes do not suit: a file system
/// that refuses `O_DIRECT` (tmpfs, at `open`: `open(path:)` answers nil, the caller writes
/// through stdio; or at the first write), the tail of the file that is not a whole block, and a
/// slow disk (direct writes slower than `slowBytesPerSecond` over the first `probeBytes`, where
/// the page cache lets the run go on and the kernel writes back later).
final class DirectFile {
    /// Bytes written at once: the buffer's size.
    static let blockBytes = 1 << 20
    /// The buffer's alignment (`O_DIRECT` wants the buffer, the length and the offset aligned to
    /// the device's logical block, 512 or 4096 bytes).
    static let alignment = 4096
    /// The direct writes timed before deciding the disk is fast enough for them.
    static let probeBytes = 8 << 20
    /// Below this the rest of the file is written through the page cache (a hard disk's ~150 MB/s).
    static let slowBytesPerSecond = 256.0 * 1_000_000

    let descriptor: Int32
    private let buffer: UnsafeMutableRawPointer
    private var used = 0
    /// Whether the descriptor still has `O_DIRECT`.
    private(set) var isDirect = true
    /// The first error (an `errno`), after which nothing more is written.
    private(set) var failure: Int32 = 0
    private var timedBytes = 0
    private var timedNanoseconds: UInt64 = 0

    /// Creates (or truncates) `path` for direct writes; nil when this system or its file system
    /// does not take `O_DIRECT` there (the caller then opens it as usual). Throws the system's
    /// message for other failures.
    static func open(path: String, readBack: Bool = false) throws -> DirectFile? {
        #if os(Linux)
        // `__O_DIRECT`: glibc's own name for the flag, which Swift sees; `O_DIRECT` is defined
        // only under _GNU_SOURCE. Its value differs between architectures (x86: 0o40000, arm64:
        // 0o200000): glibc's headers for the machine give it.
        let flags = (readBack ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC | O_CLOEXEC | Int32(__O_DIRECT)
        let fd = Glibc.open(path, flags, 0o666)
        if fd < 0 {
            if errno == EINVAL { return nil }
            throw OutputError(path: path, message: String(cString: strerror(errno)))
        }
        return DirectFile(descriptor: fd)
        #else
        return nil
        #endif
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.blockBytes, alignment: Self.alignment)
    }

    deinit {
        buffer.deallocate()
    }

    /// Appends `count` bytes from `bytes`.
    func write(_ bytes: UnsafeRawPointer, count: Int) {
        var from = bytes, left = count
        while left > 0 {
            let n = min(left, Self.blockBytes - used)
            (buffer + used).copyMemory(from: from, byteCount: n)
            used += n
            from += n
            left -= n
            if used == Self.blockBytes { writeBuffer() }
        }
    }

    /// Writes what is left and closes the descriptor; answers the first error's `errno`, or 0.
    func finish() -> Int32 {
        writeTail()
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        return failure
    }

    /// Writes what is left in the buffer: through the page cache (a direct write wants a whole
    /// number of device blocks).
    private func writeTail() {
        if used > 0 {
            stopDirect()
            writeBuffer()
        }
    }

    /// Where reading has got to in the buffer (`readFrom..<readTo` not yet handed out).
    private var readFrom = 0, readTo = 0

    /// Writes what is left and goes back to the start of the file, to read it with `read`
    /// (opened with `readBack`). False, with `failure` set, when that fails.
    func startReading() -> Bool {
        let written = isDirect
        writeTail()
        guard failure == 0 else { return false }
        #if os(Linux)
        // Direct again for the reads when the blocks were written so (they are not in the page
        // cache; the tail written through it is flushed by the kernel before a direct read of
        // its range). Written through the cache (a slow disk), they are read from it.
        if written {
            let flags = fcntl(descriptor, F_GETFL)
            if flags >= 0 && fcntl(descriptor, F_SETFL, flags | Int32(__O_DIRECT)) == 0 { isDirect = true }
        }
        #endif
        if lseek(descriptor, 0, SEEK_SET) != 0 { failure = errno; return false }
        readFrom = 0
        readTo = 0
        return true
    }

    /// Copies up to `count` bytes of the file, from where reading has got to, to `into`:
    /// how many (0 at the end or after an error, see `failure`).
    func read(into: UnsafeMutableRawPointer, count: Int) -> Int {
        var copied = 0
        while copied < count {
            if readFrom == readTo {
                guard failure == 0 else { break }
                let n = systemRead(descriptor, buffer, Self.blockBytes)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EINVAL && isDirect { stopDirect(); continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                // A short direct read happens only at the end of the file (or when the file
                // system says so); the next one would start unaligned.
                if n < Self.blockBytes { stopDirect() }
                readFrom = 0
                readTo = n
            }
            let n = min(count - copied, readTo - readFrom)
            (into + copied).copyMemory(from: buffer + readFrom, byteCount: n)
            readFrom += n
            copied += n
        }
        return copied
    }

    /// Closes the descriptor without writing what is left (the file is being discarded, or was
    /// read back).
    func abandon() {
        close(descriptor)
    }

    private func stopDirect() {
        guard isDirect else { return }
        isDirect = false
        let flags = fcntl(descriptor, F_GETFL)
        #if os(Linux)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~Int32(__O_DIRECT)) }
        #endif
    }

    private func writeBuffer() {
        defer { used = 0 }
        guard failure == 0 else { return }
        let timing = isDirect && timedBytes < Self.probeBytes
        let start = timing ? DispatchTime.now().uptimeNanoseconds : 0
        var at = 0
        while at < used {
            let n = systemWrite(descriptor, buffer + at, used - at)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EINVAL && isDirect {
                    // A file system that took the flag at `open` but not the write.
                    stopDirect()
                    continue
                }
                failure = errno
                return
            }
            at += n
            // A short direct write leaves the offset unaligned: the rest goes through the cache.
            if at < used { stopDirect() }
        }
        if timing {
            timedNanoseconds += DispatchTime.now().uptimeNanoseconds - start
            timedBytes += used
            if timedBytes >= Self.probeBytes
                && Double(timedBytes) / (Double(timedNanoseconds) / 1e9) < Self.slowBytesPerSecond {
                stopDirect()
            }
        }
    }
}

/// `write(2)` (the writer's own `write` hides the system's name).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}

/// `read(2)`.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, bytes, count)
    #else
    return Darwin.read(descriptor, bytes, count)
    #endif
}
