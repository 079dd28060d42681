import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error writing a report. The message names the file.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

extension OutputFile {
    /// The files and folders this process writes reports to (absolute, links resolved): a folder
    /// read as input skips them (`InputExpansion`), so a report written into the folder it
    /// reads is not read back as articles by the next run.
    private static let ownPaths = LockedBox((files: Set<String>(), folders: Set<String>()))

    /// The absolute path of `path`, its folder's links resolved (the file itself may not exist yet).
    static func resolved(_ path: String) -> String {
        if let r = realpath(path, nil) { defer { free(r) }; return String(cString: r) }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard let r = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
        defer { free(r) }
        return (String(cString: r) as NSString).appendingPathComponent(name)
    }

    static func noteOwn(file path: String) {
        let r = resolved(path)
        _ = ownPaths.withValue { $0.files.insert(r) }
    }

    /// Notes `path` (a folder) as one this run writes its reports into (`report --out`).
    public static func noteOwn(folder path: String) {
        let r = resolved(path)
        _ = ownPaths.withValue { $0.folders.insert(r) }
    }

    /// Whether file `relative` of the folder whose absolute, resolved path is `folder` (ending
    /// in "/") is a report of this process, inside its report folder, or a temporary file of
    /// Khabar's (".NAME.khabar-PID.tmp", also another run's). Asked for every file of a folder
    /// read as input: the common answer (no report written there) costs a lock and no String.
    static func isOwnOutput(folder: String, relative: String) -> Bool {
        let u = relative.utf8
        let nameStart = u.lastIndex(of: 0x2F).map { u.index(after: $0) } ?? u.startIndex
        let name = relative[nameStart...]
        if name.utf8.first == 0x2E, name.contains(".khabar-"), name.hasSuffix(".tmp") || name.hasSuffix(".tmp.old") { return true }
        return ownPaths.withValue { own in
            if own.files.isEmpty && own.folders.isEmpty { return false }
            let path = folder + relative
            return own.files.contains(path) || own.folders.contains { path.hasPrefix($0 + "/") }
        }
    }

    /// Makes the folder `path` and the folders above it that are missing (`mkdir -p`), with the
    /// system's words for what fails ("Not a directory"; Foundation's `createDirectory` threw an
    /// NSError whose text was "NSCocoaErrorDomain error 512").
    public static func makeFolder(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError(path: path, message: "not a folder")
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeFolder(parent) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw OutputError(path: path, message: "cannot make this folder: \(String(cString: strerror(errno)))")
        }
    }
}

/// Where a report goes: standard output, or a file written to a temporary name in the same
/// folder and renamed into place by `commit()`, so a failed run never leaves a half-written
/// report (a reader sees the old file or the new one, never a mix; an old file is moved aside
/// just before, see `commit()`).
public final class OutputFile {
    /// The path as given, or nil for standard output.
    public let path: String?
    /// The file the temporary one is renamed to: the path, or where its symbolic link points
    /// (the link is kept); nil when written directly.
    private let destination: String?
    private let temporaryPath: String?
    /// Its slot in `InterruptCleanup` (removed if the run is stopped by a signal).
    private var cleanupSlot: Int?
    /// The stdio stream written through; nil when the file is written by `direct`.
    private let file: UnsafeMutablePointer<FILE>?
    /// A new regular file, written past the page cache where the file system allows it.
    private var direct: DirectFile?
    private var finished = false
    /// The descriptor written through (standard output, or one named as a file), held in
    /// `descriptorsInUse` until committed or discarded.
    private var heldDescriptor: Int32?
    /// Descriptors an open report writes through: two reports on one (`-o -` and `--mentions
    /// /dev/stdout`) would mix their lines, each buffer flushed in its own pieces.
    private static let descriptorsInUse = LockedBox(Set<Int32>())

    private static func hold(_ descriptor: Int32, for path: String) throws {
        let taken = descriptorsInUse.withValue { !$0.insert(descriptor).inserted }
        if taken {
            throw OutputError(path: path, message: descriptor == 1
                ? "another report already goes to standard output: give one of them a file"
                : "another report already goes to descriptor \(descriptor): give one of them a file")
        }
    }

    private func release() {
        if let d = heldDescriptor { _ = OutputFile.descriptorsInUse.withValue { $0.remove(d) } }
        heldDescriptor = nil
    }

    /// Opens `path` for writing; nil or `-` means standard output.
    public init(path: String?) throws {
        var info = stat()
        if let path, path != "-", let descriptor = OutputFile.descriptor(named: path) {
            // Standard output or error named as a file (/dev/stdout, /dev/fd/2, /proc/self/fd/1):
            // written through the descriptor, where it goes (a pipe, or the file the shell
            // redirected it to, not truncated). A temporary file renamed over such a path would,
            // as root, replace the /dev/stdout link itself, and the output would never arrive.
            try OutputFile.hold(descriptor, for: path)
            let copy = dup(descriptor)
            guard copy >= 0, let f = fdopen(copy, "wb") else {
                _ = OutputFile.descriptorsInUse.withValue { $0.remove(descriptor) }
                if copy >= 0 { close(copy) }
                throw OutputError(path: path, message: String(cString: strerror(errno)))
            }
            self.path = path
            self.destination = nil
            self.temporaryPath = nil
            self.file = f
            self.heldDescriptor = descriptor
        } else if let path, path != "-", stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            // A device, FIFO or socket (/dev/null, a named pipe): write to it as it is; a
            // temporary file renamed over it would replace it.
            guard let f = fopen(path, "wb") else {
                throw OutputError(path: path, message: String(cString: strerror(errno)))
            }
            self.path = path
            self.destination = nil
            self.temporaryPath = nil
            self.file = f
        } else if let path, path != "-" {
            // A symbolic link to a file: the new file goes where it points, and the link stays.
            var target = path
            var link = stat()
            if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
            self.destination = target
            OutputFile.noteOwn(file: target)
            let url = URL(fileURLWithPath: target)
            let directory = url.deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw OutputError(path: path, message: "the folder \(directory) does not exist")
            }
            let temporary = (directory as NSString).appendingPathComponent(
                ".\(url.lastPathComponent).khabar-\(getpid()).tmp")
            if let writer = try DirectFile.open(path: temporary) {
                self.file = nil
                self.direct = writer
            } else {
                guard let f = fopen(temporary, "wb") else {
                    throw OutputError(path: path, message: String(cString: strerror(errno)))
                }
                self.file = f
            }
            self.path = path
            self.temporaryPath = temporary
            cleanupSlot = InterruptCleanup.register(file: temporary)
        } else {
            self.path = nil
            self.destination = nil
            self.temporaryPath = nil
            try OutputFile.hold(1, for: "standard output")
            // fdopen(1): a FILE of our own on standard output (the C global `stdout` is not
            // concurrency-safe to touch from Swift 6).
            guard let f = fdopen(1, "wb") else {
                _ = OutputFile.descriptorsInUse.withValue { $0.remove(1) }
                throw OutputError(path: "standard output", message: String(cString: strerror(errno)))
            }
            self.file = f
            self.heldDescriptor = 1
        }
        // Fully buffered. (glibc keeps its default buffer, one file-system block, when `setvbuf`
        // is given no buffer: the size asked for is ignored. The reports are handed over in
        // large pieces, which pass that small buffer and go to `write` directly; a writer of
        // small pieces gathers them first, as `MentionSpool.replay` does.)
        if let file { setvbuf(file, nil, _IOFBF, 1 << 20) }
    }

    deinit { if !finished { discard() } }

    /// The name used in messages.
    public var displayName: String { path ?? "standard output" }

    public func write(_ bytes: [UInt8]) {
        if bytes.isEmpty { return }
        bytes.withUnsafeBufferPointer { write($0) }
    }

    public func write(_ text: String) { write(Array(text.utf8)) }

    /// Writes bytes held elsewhere (no copy into an Array).
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.isEmpty { return }
        if let direct {
            direct.write(bytes.baseAddress!, count: bytes.count)
        } else {
            _ = fwrite(bytes.baseAddress, 1, bytes.count, file)
        }
    }

    /// Takes the temporary file off `InterruptCleanup`'s list (once: a slot may be reused).
    private func dropCleanup() {
        InterruptCleanup.unregister(file: cleanupSlot)
        cleanupSlot = nil
    }

    /// Whether a file's temporary copy has been written out and closed (`finishWriting()`).
    private var written = false

    /// Writes out what is buffered of a file and closes its temporary copy, not yet renamed into
    /// place: a full disk or a failing device shows here (as an error naming the file, the
    /// temporary copy removed). `report` does this for every file of its folder before it renames
    /// any, so that a failure leaves the folder's earlier reports as they were, none replaced.
    /// `commit()` does it when it was not done. Standard output, devices and pipes: nothing.
    public func finishWriting() throws {
        guard let temporaryPath, let path = destination, !written else { return }
        written = true
        var error: Int32 = 0
        if let direct {
            self.direct = nil
            error = direct.finish()
        } else if let file {
            if fflush(file) != 0 || ferror(file) != 0 { error = errno != 0 ? errno : EIO }
            if fclose(file) != 0 && error == 0 { error = errno }
        }
        if error != 0 {
            finished = true
            release()
            dropCleanup()
            unlink(temporaryPath)
            throw OutputError(path: path, message: String(cString: strerror(error)))
        }
    }

    /// Flushes, and for a file renames it into place.
    public func commit() throws {
        if let temporaryPath, let path = destination {
            try finishWriting()
            finished = true
            release()
            try replace(path, with: temporaryPath)
            return
        }
        finished = true
        release()
        guard let file else { return }
        let failed = fflush(file) != 0 || ferror(file) != 0
        let reason = String(cString: strerror(errno))
        if path != nil { fclose(file) }
        if failed { throw OutputError(path: path ?? "standard output", message: reason) }
    }

    /// Renames the finished temporary file over `path`.
    private func replace(_ path: String, with temporaryPath: String) throws {
        defer { dropCleanup() }
        // A file already there is moved aside first and removed once the new one is in place
        // (on a thread of its own, see `ReplacedFiles`):
        // on ext4 (auto_da_alloc) a rename over an existing file starts, inside the rename, the
        // writeback of the new one (0.13 s for 300 MB here; 0.1–0.2 s at the end of a `report`
        // run into its folder again), which the kernel otherwise does later, off the run's time.
        // The price: for an instant between the two renames the path does not exist. If the
        // second rename fails, the old file is put back.
        var existing = stat()
        let aside = temporaryPath + ".old"
        let movedAside = lstat(path, &existing) == 0 && existing.st_mode & S_IFMT == S_IFREG && rename(path, aside) == 0
        if rename(temporaryPath, path) != 0 {
            let message = String(cString: strerror(errno))
            if movedAside { rename(aside, path) }
            unlink(temporaryPath)
            throw OutputError(path: path, message: message)
        }
        if movedAside { ReplacedFiles.remove(aside) }
    }

    /// The descriptor a path names, for standard output and error named as files:
    /// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// Drops what was written (a file is removed; standard output is only flushed).
    public func discard() {
        finished = true
        release()
        if let temporaryPath {
            if !written {
                if let direct { direct.abandon() } else if let file { fclose(file) }
            }
            direct = nil
            written = true
            unlink(temporaryPath)
            dropCleanup()
        } else if let file, path != nil {
            fclose(file)
        } else if let file {
            fflush(file)
        }
    }
}

/// The earlier reports that new ones replaced, removed on threads of their own while the run
/// commits its other files, and waited for before the process exits (`atexit`).
///
/// Why: removing a large file waits for the disk: on ext4 mounted with `discard`, as here, the
/// freed blocks are trimmed (`rm` of a 308 MB report written with `O_DIRECT`: 0.06 s of waiting,
/// no CPU), and `report` into the folder of its last run removed its 8 old files one after another
/// on its last thread (~0.1 s for news-bench's 516 MB). Until removed, a file is on
/// `InterruptCleanup`'s list, so a run stopped meanwhile still removes it.
enum ReplacedFiles {
    private static let group = DispatchGroup()
    private static let queue = DispatchQueue(label: "khabar.replaced-files", attributes: .concurrent)
    /// `atexit` registered once, before the first removal.
    private static let waitsAtExit: Void = {
        atexit { ReplacedFiles.waitForAll() }
    }()

    /// Removes `path` (a report moved aside) in the background.
    static func remove(_ path: String) {
        _ = waitsAtExit
        let slot = InterruptCleanup.register(file: path)
        queue.async(group: group) {
            unlink(path)
            InterruptCleanup.unregister(file: slot)
        }
    }

    /// Waits until every file handed to `remove` is removed.
    static func waitForAll() {
        group.wait()
    }
}
