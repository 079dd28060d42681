#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The bytes of a plain file of a folder (`.txt`, `.json`, `.jsonl`), read with `open`/`read`
/// into one array: `FileHandle.readToEnd` made a `Data` and then a copy of it for every file
/// (on a folder of 72,716 articles the reader thread's share of the run). The size is taken
/// from `fstat` first, so a file over the limit is skipped without being read.
enum PlainFileContents {
    enum Outcome: Equatable {
        case bytes([UInt8])
        /// Larger than the limit: the size found (at least limit + 1).
        case tooLarge(Int)
    }

    /// Why a file could not be read: the C library's text (`strerror`) for what failed.
    struct ReadError: Error, Equatable, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Hands the file's bytes to `body` in blocks of up to 1 MiB (a block is valid during the
    /// call); returns how many bytes were read.
    /// Opens `path` for reading, or the path given as `bytes` (not valid UTF-8) when there are.
    private static func openFile(_ path: String, _ bytes: [UInt8]?) -> Int32 {
        guard let bytes else { return open(path, O_RDONLY | O_CLOEXEC) }
        return (bytes + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_RDONLY | O_CLOEXEC) }
        }
    }

    static func readBlocks(_ path: String, bytes: [UInt8]? = nil, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        let fd = openFile(path, bytes)
        guard fd >= 0 else { throw ReadError(message: "cannot open file: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { block.deallocate() }
        var total = 0
        while true {
            let got = systemRead(fd, block.baseAddress!, block.count)
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: "read error: \(String(cString: strerror(errno)))")
            }
            if got == 0 { return total }
            total += got
            try body(UnsafeRawBufferPointer(rebasing: block[..<got]))
        }
    }

    static func read(_ path: String, bytes: [UInt8]? = nil, limit: Int) throws(ReadError) -> Outcome {
        let fd = openFile(path, bytes)
        guard fd >= 0 else { throw ReadError(message: "cannot open file: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(message: "cannot read file: \(String(cString: strerror(errno)))") }
        let declared = Int(info.st_size)
        if declared > limit { return .tooLarge(declared) }
        // One byte beyond the declared size, to see the end without a second read: when a
        // regular file's reads have returned exactly its declared size, and not the byte asked
        // beyond it, that is its end (the second read, of nothing, was a system call per file:
        // 72,716 of them on a folder of the bench). A file that grows while it is read fills
        // the extra byte and is read on to its end (up to the limit); a short read before the
        // declared size (a network file system), and anything that is not a regular file, is
        // read on until a read returns nothing.
        let regular = info.st_mode & S_IFMT == S_IFREG
        var buffer: [UInt8] = []
        var capacity = declared + 1
        var used = 0
        while true {
            if used == capacity {
                if used > limit { return .tooLarge(used) }
                capacity = Swift.min(capacity * 2, limit + 1)
            }
            if buffer.count < capacity {
                let old = buffer
                buffer = [UInt8](unsafeUninitializedCapacity: capacity) { b, initialized in
                    if used > 0 { old.withUnsafeBufferPointer { b.baseAddress!.update(from: $0.baseAddress!, count: used) } }
                    initialized = capacity
                }
            }
            let got = buffer.withUnsafeMutableBufferPointer { b in systemRead(fd, b.baseAddress! + used, capacity - used) }
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: "read error: \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            used += got
            if used > limit { return .tooLarge(used) }
            if regular && used == declared && used < capacity { break }
        }
        buffer.removeLast(buffer.count - used)
        return .bytes(buffer)
    }
}
