import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the run's temporary files when it is stopped by a signal (Ctrl-C, `kill`, a closed
/// terminal): the reports being written (`.terms.csv.khabar-<pid>.tmp`, hundreds of MB for a
/// large `report`) and the runs spilled under `--max-memory`. Without it an interrupted run left
/// them behind; the reports in place were never touched (they are replaced by rename only).
///
/// The handler may only do what is safe in a signal handler: it reads a fixed table of C
/// strings, calls `unlink`/`rmdir`, restores the default action and raises the signal again
/// (so the exit status says which signal ended the run). Paths are registered from normal code;
/// their strings are never freed (a few per run), so the handler never reads freed memory.
public enum InterruptCleanup {
    private static let capacity = 512

    /// The table: `capacity` slots, each a path (NUL-terminated) or nil. `nonisolated(unsafe)`:
    /// slots are written under `lock` from normal code and only read by the handler (a pointer
    /// store is a single write); the table itself never moves.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let s = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        s.initialize(repeating: nil, count: capacity)
        return s
    }()
    /// Folders (the spill folder) removed after the files, when empty.
    nonisolated(unsafe) private static let folders: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let s = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 16)
        s.initialize(repeating: nil, count: 16)
        return s
    }()
    /// `nonisolated(unsafe)`: a pthread mutex, used from normal code only (never in the handler).
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP (the CLI does it at start). A signal
    /// the run was started with ignored stays ignored (`nohup` ignores SIGHUP, a shell's
    /// background job SIGINT).
    public static func install() {
        _ = slots
        _ = folders
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(sig) { sig in
                for i in 0..<InterruptCleanup.capacity { if let p = InterruptCleanup.slots[i] { unlink(p) } }
                for i in 0..<16 { if let p = InterruptCleanup.folders[i] { rmdir(p) } }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(sig, SIG_IGN)
            }
        }
        // And at the exit: the spill folder is removed when its last owner lets go of it, which
        // a thread that has handed its result over may do after the main thread has returned
        // (a run under --max-memory left its folder behind now and then).
        atexit { InterruptCleanup.removeLeftovers() }
    }

    /// Removes what is still registered: a report's temporary file (a run that failed before its
    /// rename) and the spill folders with their runs. Called at the exit (`install`).
    static func removeLeftovers() {
        var folderPaths: [String] = []
        pthread_mutex_lock(lock)
        for i in 0..<capacity { if let p = slots[i] { unlink(p); slots[i] = nil } }
        for i in 0..<16 { if let p = folders[i] { folderPaths.append(String(cString: p)); folders[i] = nil } }
        pthread_mutex_unlock(lock)
        for path in folderPaths { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Registers a file to remove if the run is stopped; returns its slot (nil when the table is
    /// full: the file is then left, as before).
    @discardableResult
    static func register(file path: String) -> Int? {
        register(path, in: slots, capacity: capacity)
    }

    /// Registers a folder to remove (when empty, after the files) if the run is stopped.
    @discardableResult
    static func register(folder path: String) -> Int? {
        register(path, in: folders, capacity: 16)
    }

    /// The file in `slot` is gone (renamed into place, or removed): no longer the handler's.
    static func unregister(file slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(lock)
        slots[slot] = nil  // the string stays allocated (see the type's comment)
        pthread_mutex_unlock(lock)
    }

    static func unregister(folder slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(lock)
        folders[slot] = nil
        pthread_mutex_unlock(lock)
    }

    private static func register(_ path: String, in table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, capacity: Int) -> Int? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for i in 0..<capacity where table[i] == nil {
            table[i] = strdup(path)
            return i
        }
        return nil
    }
}
