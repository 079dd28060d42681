import CArchive
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts reading the files of folder inputs into the page cache a little ahead of the reader
/// threads, several at a time, when they are not there yet.
///
/// Why: a folder of many small articles not yet in memory (the first run after unpacking or
/// copying a corpus) is read one file at a time per reader thread, each `open` and `read` waiting
/// on the disk: on news-bench unpacked (72,716 files) `terms` took 4.9 s cold against 1.2 s warm,
/// while `xargs -P 8 cat` read the same files cold in 2.4 s against 7.3 s one at a time. Here a
/// few threads open the next files (the wait for an inode happens on them) and hint each with
/// `POSIX_FADV_WILLNEED`, which queues its reads without waiting; the readers then find the bytes
/// in memory. What is read and in which order does not change: the readers still open and read
/// every file themselves, so output and errors are the same with or without it.
///
/// Bounded: at most `window` files ahead of the furthest file read, and at most
/// `bytesPerFile` of each (a large file is read ahead by the kernel as it is read). A folder
/// already in memory costs little: each hint is first a one-byte read that may not wait
/// (`RWF_NOWAIT`), and after `warmRun` files in a row found in memory the threads only probe one
/// file in `warmStride` until one is not.
final class FilePrefetcher: @unchecked Sendable {
    // @unchecked Sendable: `sources` and `firstFile` are immutable after init; every other
    // stored property is read and written only with `condition` locked.
    /// The run's sources (their paths are not copied: a folder of millions of files holds them
    /// once), and the number of each one's first plain file in the prefetcher's order.
    private let sources: [Source]
    private let firstFile: [Int]
    private let fileCount: Int
    private let window: Int
    private let condition = NSCondition()
    /// The next file to look at.
    private var next = 0
    /// One past the furthest file a reader has opened. Several readers read adjacent sources
    /// side by side: the files of a slower one were looked at when the furthest reader was
    /// where it is (the caller gives a window of two sources a reader), and are not again.
    private var readUpTo = 0
    /// Files in a row found already in memory; past `warmRun`, only every `warmStride`th is probed.
    private var cachedInARow = 0
    /// Threads waiting for the readers, and how far the readers must get to wake them (half a
    /// window behind: they wake to work in bursts, not at every file read).
    private var waiting = 0
    private var resumeAt = 0
    private var stopped = false
    private let threads = WorkerThreads()
    /// What the threads did (`counts`): files looked at, files hinted.
    private var looked = 0, hinted = 0

    static let defaultWindow = 512
    static let bytesPerFile = 256 << 10
    static let warmRun = 64
    static let warmStride = 64
    /// Folders with fewer files than this are read without it (nothing to gain, threads to start).
    static let minimumFiles = 64

    /// A prefetcher for the plain files of `sources`, in their order (nil when they hold fewer
    /// than `minimumFiles`); `threadCount` threads start at once.
    static func make(for sources: [Source], threadCount: Int = 4, window: Int = defaultWindow,
                     minimumFiles: Int = minimumFiles) -> (FilePrefetcher, firstFile: [Int])? {
        var firstFile: [Int] = []
        var count = 0
        for source in sources {
            firstFile.append(count)
            if case .files(let files) = source.kind { count += files.count }
        }
        guard count >= minimumFiles else { return nil }
        return (FilePrefetcher(sources: sources, firstFile: firstFile, fileCount: count, threadCount: threadCount, window: window),
                firstFile)
    }

    private init(sources: [Source], firstFile: [Int], fileCount: Int, threadCount: Int, window: Int) {
        self.sources = sources
        self.firstFile = firstFile
        self.fileCount = fileCount
        self.window = window
        for t in 0..<threadCount {
            threads.start(name: "khabar-prefetch-\(t)") { [self] in run() }
        }
    }

    /// Plain file `index` (in the order of `make`'s sources).
    func file(_ index: Int) -> Source.PlainFile {
        // The last source whose first file is at or before `index` and that has files.
        var lo = 0, hi = firstFile.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if firstFile[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        while true {
            if case .files(let files) = sources[lo].kind, index - firstFile[lo] < files.count {
                return files[index - firstFile[lo]]
            }
            lo -= 1  // an archive's or an empty source's number is the next source's
        }
    }

    /// A reader has opened file `index` (in the order of `make`'s sources).
    func didOpen(_ index: Int) {
        condition.lock()
        if index + 1 > readUpTo {
            readUpTo = index + 1
            // (A broadcast per file woke every thread 72,716 times on news-bench unpacked: the
            // folder in memory took 1.1 → 1.3 s.)
            if waiting > 0 && readUpTo >= resumeAt { condition.broadcast() }
        }
        condition.unlock()
    }

    /// Stops the threads (the readers are done or gave up) and waits for them.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
        threads.wait()
    }

    /// (files looked at, files hinted) so far; final once `stop` returns (tests read it).
    var counts: (looked: Int, hinted: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (looked, hinted)
    }

    private func run() {
        while true {
            condition.lock()
            // Behind the readers: skip what they have opened already.
            if next < readUpTo { next = readUpTo }
            while !stopped && next < fileCount && next >= readUpTo + window {
                resumeAt = next - window / 2
                waiting += 1
                condition.wait()
                waiting -= 1
                if next < readUpTo { next = readUpTo }
            }
            if stopped || next >= fileCount {
                condition.unlock()
                return
            }
            let i = next
            next += cachedInARow >= FilePrefetcher.warmRun ? FilePrefetcher.warmStride : 1
            looked += 1
            condition.unlock()

            let f = file(i)
            let outcome = f.pathBytes.map { bytes in
                (bytes + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { FilePrefetcher.hint($0.baseAddress!) } }
            } ?? f.path.withCString { FilePrefetcher.hint($0) }

            condition.lock()
            switch outcome {
            case .cached: cachedInARow += 1
            case .hinted: cachedInARow = 0; hinted += 1
            case .skipped: break
            }
            condition.unlock()
        }
    }

    private enum Outcome { case cached, hinted, skipped }

    /// Opens the file and, unless its first byte is in memory already, asks for its first
    /// `bytesPerFile` bytes. Any failure is left to the reader, which opens the file itself.
    private static func hint(_ path: UnsafePointer<CChar>) -> Outcome {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .skipped }
        defer { close(fd) }
        switch khabar_first_byte_cached(fd) {
        case 1: return .cached
        default:
            _ = khabar_will_need(fd, bytesPerFile)
            return .hinted
        }
    }
}
