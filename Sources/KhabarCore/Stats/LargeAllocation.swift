#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for the big hash tables (term and pair tables: tens of MiB probed at random places).
///
/// From 2 MiB up, the block is aligned to 2 MiB and marked for transparent huge pages
/// (`madvise(MADV_HUGEPAGE)`; Linux's default THP mode is often "madvise", which gives huge pages
/// only to memory that asks). A random probe into a table of 4 KiB pages misses the TLB as well
/// as the cache: with 2 MiB pages the page walk is gone, and growing a table faults in 512× fewer
/// pages. Where huge pages are unavailable the hint does nothing: plain memory, same behaviour.
/// Smaller blocks come from `malloc`. Always released with `largeDeallocate`.
enum LargeAllocation {
    static let hugePageBytes = 2 << 20

    /// Uninitialised memory for `count` values of `T`.
    static func allocate<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let bytes = max(1, count * MemoryLayout<T>.stride)
        var raw: UnsafeMutableRawPointer?
        if bytes >= hugePageBytes {
            guard posix_memalign(&raw, hugePageBytes, bytes) == 0, let raw else { fatalError("out of memory (\(bytes) bytes)") }
            #if os(Linux)
            _ = madvise(raw, bytes, 14 /* MADV_HUGEPAGE */)
            #endif
        } else {
            guard posix_memalign(&raw, max(16, MemoryLayout<T>.alignment), bytes) == 0, let raw else { fatalError("out of memory (\(bytes) bytes)") }
            return raw.bindMemory(to: T.self, capacity: count)
        }
        return raw!.bindMemory(to: T.self, capacity: count)
    }

    /// Releases memory from `allocate` (the values must be deinitialised, or trivial).
    static func deallocate<T>(_ pointer: UnsafeMutablePointer<T>) {
        free(pointer)
    }
}
