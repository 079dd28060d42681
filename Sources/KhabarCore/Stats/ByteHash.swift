#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast, deterministic 64-bit hash of a short byte string, mixing 8 bytes at a time.
/// Hand-written because every token goes through it; Swift's `Hasher` is per-process seeded
/// and slower for this use. Deterministic output never depends on it (reports are sorted).
@inline(__always)
func byteHash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(n) &* 0xFF51_AFD7_ED55_8CCD)
    var i = 0
    let raw = UnsafeRawPointer(p)
    while i + 8 <= n {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        i += 8
    }
    if i < n {
        // The last 1–7 bytes as one little-endian word, read with at most two loads instead of a
        // loop over the bytes (overlapping loads: a byte read twice lands in the same place).
        let r = n - i
        let w: UInt64
        if n >= 8 {
            w = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> UInt64(8 * (8 - r))
        } else if r >= 4 {
            let lo = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
            let hi = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            w = lo | hi << UInt64(8 * (r - 4))
        } else if r >= 2 {
            let lo = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self))
            let hi = UInt64(raw.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self))
            w = lo | hi << UInt64(8 * (r - 2))
        } else {
            w = UInt64(p[i])
        }
        h = (h ^ w) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
    }
    h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    return h
}

/// Copies `n` bytes from `source` to `destination` (not overlapping). Tokens are short: up to 16
/// bytes the copy is two (overlapping) loads and stores, which touch no byte outside the `n`,
/// instead of a libc call (a `memcpy` per token was ~3% of the instructions of `terms`).
@inline(__always)
func copyShortBytes(_ destination: UnsafeMutablePointer<UInt8>, _ source: UnsafePointer<UInt8>, _ n: Int) {
    let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
    if n >= 8 {
        guard n <= 16 else { destination.update(from: source, count: n); return }
        let a = from.loadUnaligned(as: UInt64.self), b = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        to.storeBytes(of: a, as: UInt64.self)
        to.storeBytes(of: b, toByteOffset: n - 8, as: UInt64.self)
    } else if n >= 4 {
        let a = from.loadUnaligned(as: UInt32.self), b = from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        to.storeBytes(of: a, as: UInt32.self)
        to.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
    } else if n >= 2 {
        let a = from.loadUnaligned(as: UInt16.self), b = from.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self)
        to.storeBytes(of: a, as: UInt16.self)
        to.storeBytes(of: b, toByteOffset: n - 2, as: UInt16.self)
    } else if n == 1 {
        destination.pointee = source.pointee
    }
}

/// A byte string as a `Set`/`Dictionary` key, hashed once with `byteHash` (8 bytes a step).
/// `[UInt8]` as a key feeds SipHash one byte at a time on every lookup, which showed in profiles
/// of the actor matcher (a few lookups per word of the corpus).
struct ByteKey: Hashable, Sendable {
    let bytes: [UInt8]
    let hash: UInt64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        hash = bytes.withUnsafeBufferPointer { byteHash($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }

    init(_ bytes: ArraySlice<UInt8>) { self.init(Array(bytes)) }

    /// With the hash already computed (it must be `byteHash` of `bytes`).
    init(_ bytes: [UInt8], hash: UInt64) {
        self.bytes = bytes
        self.hash = hash
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool { a.hash == b.hash && a.bytes == b.bytes }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// Byte strings (names) packed into one buffer, compared with `memcmp` in code point order (a
/// prefix first) by their number: a sort's comparisons then retain no array and step through no
/// collection protocol (`[UInt8].lexicographicallyPrecedes` and the array copies took ~0.8% of
/// `report`'s instructions sorting the discovered names and the actors at the end of the run).
/// Freed by `deallocate`.
struct PackedBytes {
    private let bytes: UnsafeMutablePointer<UInt8>
    private let ends: UnsafeMutablePointer<Int>
    let count: Int

    init(count: Int, _ string: (Int) -> [UInt8]) {
        var all: [UInt8] = []
        let ends = UnsafeMutablePointer<Int>.allocate(capacity: Swift.max(count, 1))
        for i in 0..<count {
            all.append(contentsOf: string(i))
            ends[i] = all.count
        }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(all.count, 1))
        all.withUnsafeBufferPointer { if let b = $0.baseAddress { bytes.initialize(from: b, count: $0.count) } }
        self.bytes = bytes
        self.ends = ends
        self.count = count
    }

    /// String `i` comes before string `j`.
    @inline(__always)
    func precedes(_ i: Int, _ j: Int) -> Bool {
        let a = i == 0 ? 0 : ends[i - 1], b = j == 0 ? 0 : ends[j - 1]
        let la = ends[i] - a, lb = ends[j] - b
        let n = Swift.min(la, lb)
        let c = n == 0 ? 0 : memcmp(bytes + a, bytes + b, n)
        return c != 0 ? c < 0 : la < lb
    }

    /// String `i` and string `j` are the same bytes.
    @inline(__always)
    func equal(_ i: Int, _ j: Int) -> Bool {
        let a = i == 0 ? 0 : ends[i - 1], b = j == 0 ? 0 : ends[j - 1]
        let la = ends[i] - a
        return la == ends[j] - b && (la == 0 || bytesEqual(bytes + a, bytes + b, la))
    }

    func deallocate() {
        bytes.deallocate()
        ends.deallocate()
    }
}

/// The first 16 bytes of a term, big-endian in two words, zero-padded: comparing these pairs
/// orders terms as comparing their bytes does, up to the 16th byte (terms hold no NUL byte, so
/// the padding sorts a shorter term first). Sorts compare these and look at whole keys only on
/// a tie: most comparisons then touch no key in memory.
@inline(__always)
func keyPrefix(_ k: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var p0: UInt64 = 0, p1: UInt64 = 0
    for j in 0..<8 { p0 = p0 << 8 | UInt64(j < k.count ? k[j] : 0) }
    for j in 8..<16 { p1 = p1 << 8 | UInt64(j < k.count ? k[j] : 0) }
    return (p0, p1)
}

/// Byte equality of two strings of `n` bytes, without a call to `memcmp`: the keys the actor
/// matcher and the lookup tables compare are words of a few bytes, where the libc call and its
/// dispatch cost more than the compare (`memcmp` was ~3% of `report`'s samples, two thirds of it
/// in the matcher). Loads never reach past either string: 8 bytes at a time and the last 8 as one
/// overlapping load; under 8 bytes, two overlapping loads of 4 or 2 bytes.
@inline(__always)
func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    if n >= 8 {
        var i = 0
        while i + 8 < n {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        return ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }
    if n >= 4 {
        return ra.loadUnaligned(as: UInt32.self) == rb.loadUnaligned(as: UInt32.self)
            && ra.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == rb.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
    }
    if n >= 2 {
        return ra.loadUnaligned(as: UInt16.self) == rb.loadUnaligned(as: UInt16.self)
            && ra.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self) == rb.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self)
    }
    return n == 0 || a.pointee == b.pointee
}

/// Byte equality of two buffers.
@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && (a.count == 0 || bytesEqual(a.baseAddress!, b.baseAddress!, a.count))
}

/// Byte order of two keys (negative, 0, positive), a shorter key first when it is a prefix:
/// code point order for UTF-8.
@inline(__always)
func compareKeys(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    if n > 0 {
        let c = memcmp(a.baseAddress!, b.baseAddress!, n)
        if c != 0 { return Int(c) }
    }
    return a.count - b.count
}

/// Grows a raw byte buffer (doubling) to hold at least `needed` bytes, keeping its first `used`
/// bytes: the term table's arena, the term batch and the date tokens' words share it.
func growByteBuffer(_ buffer: inout UnsafeMutablePointer<UInt8>, capacity: inout Int, used: Int, needed: Int) {
    var c = max(capacity * 2, 16)
    while c < needed { c *= 2 }
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
    grown.update(from: buffer, count: used)
    buffer.deallocate()
    buffer = grown
    capacity = c
}

/// The smallest power of two above `n` (0 for 0): buffers reserved from a measured size are
/// rounded up to it, since blocks of arbitrary sizes leave malloc's freed memory in pieces that
/// later blocks do not fit (bigrams under `--max-memory 256M` peaked 65 MB higher).
func powerOfTwoAbove(_ n: Int) -> Int { n <= 0 ? 0 : 1 << (Int.bitWidth - n.leadingZeroBitCount) }

/// Asks the kernel to back the 2 MiB-aligned part of a large, freshly allocated block with huge
/// pages (transparent huge pages in `madvise` mode). Before the block is first written.
func adviseHugePages(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
    #if os(Linux)
    let huge = 2 << 20
    guard bytes >= 2 * huge else { return }
    let start = (Int(bitPattern: pointer) + huge - 1) & ~(huge - 1)
    let end = (Int(bitPattern: pointer) + bytes) & ~(huge - 1)
    guard end > start else { return }
    _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, 14 /* MADV_HUGEPAGE */)
    #endif
}
