/// A growable byte buffer written through a raw pointer, for report rows formatted by the
/// hundred thousand (the co-occurrence pairs). Hand-written because profiling showed
/// `[UInt8].append` byte by byte (a capacity and uniqueness check each, and a retain of every
/// appended array) costing more than the formatting itself at the end of `report`.
/// Each append checks the capacity once for all its bytes.
struct ByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written.
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far (valid until the next append).
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets the bytes written, keeping the memory.
    mutating func removeAll() { count = 0 }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { growByteBuffer(&base, capacity: &capacity, used: count, needed: count + extra) }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        copyShortBytes(base + count, source, bytes.count)
        count += bytes.count
    }

    /// A CSV field (RFC 4180): quoted, with its quotes doubled, when it holds a comma, a quote
    /// or a line break (as `CSVWriter.appendField`).
    mutating func appendCSVField(_ field: UnsafeBufferPointer<UInt8>) {
        guard field.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            append(field)
            return
        }
        append(0x22)
        for b in field {
            if b == 0x22 { append(0x22) }
            append(b)
        }
        append(0x22)
    }

    /// A string constant's UTF-8 (from the binary's constant data).
    mutating func append(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// `v` in decimal.
    mutating func appendInteger(_ v: Int) {
        reserve(21)
        count += writeDecimal(v, to: base + count)
    }

    /// `v` with four decimals, as `%.4f` prints it (`CooccurrenceReport.f`); nothing for NaN
    /// and infinities.
    mutating func appendFixed4(_ v: Double) {
        guard v.isFinite else { return }
        let raw = abs(v) * 10000
        // Near a tie the product's rounding may differ from printf's exact decimal: ask printf.
        guard raw < 9e15, abs(raw - raw.rounded(.down) - 0.5) > 1e-6 else {
            var text = CooccurrenceReport.f(v)
            text.withUTF8 { append($0) }
            return
        }
        let n = Int(raw.rounded())
        if v < 0 && n != 0 { append(0x2D) }
        appendInteger(n / 10000)
        reserve(5)
        let frac = n % 10000
        base[count] = 0x2E
        base[count + 1] = UInt8(truncatingIfNeeded: 0x30 + frac / 1000)
        base[count + 2] = UInt8(truncatingIfNeeded: 0x30 + frac / 100 % 10)
        base[count + 3] = UInt8(truncatingIfNeeded: 0x30 + frac / 10 % 10)
        base[count + 4] = UInt8(truncatingIfNeeded: 0x30 + frac % 10)
        count += 5
    }
}

extension Array where Element == UInt8 {
    /// Appends a string constant's UTF-8 from the binary's constant data: the keys of report
    /// lines (a `static let` array is retained and released around every use, millions of times
    /// over a large corpus).
    @inline(__always)
    mutating func appendStatic(_ s: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}

/// Writes `v` in decimal at `out` (room for 21 bytes: a minus sign and 20 digits) and returns
/// how many bytes it wrote: the digits counted first (by comparisons, for the offsets and counts
/// of report lines, mostly under 100,000), then written from the last, two at a time from a table
/// of "00" to "99" (a division per digit, twice, was ~60 instructions an offset).
@inline(__always)
func writeDecimal(_ v: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
    var n = 0
    if v < 0 { out[0] = 0x2D; n = 1 }
    var m = v.magnitude
    if m < 10 { out[n] = 0x30 + UInt8(truncatingIfNeeded: m); return n + 1 }
    let digits: Int
    if m < 100 { digits = 2 } else if m < 1000 { digits = 3 } else if m < 10_000 { digits = 4 }
    else if m < 100_000 { digits = 5 } else if m < 1_000_000 { digits = 6 } else {
        var d = 6, t = m / 1_000_000
        while t > 0 { d += 1; t /= 10 }
        digits = d
    }
    // "00" to "99", each number's two digits at twice its value: constant data of the binary
    // (no lazy initialisation or retain on use, as a `static let` array would have).
    let table: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    let pairs = table.utf8Start
    var i = n + digits
    while m >= 100 {
        let r = Int(truncatingIfNeeded: m % 100) &* 2
        m /= 100
        i -= 2
        out[i] = pairs[r]
        out[i + 1] = pairs[r + 1]
    }
    if m >= 10 {
        let r = Int(truncatingIfNeeded: m) &* 2
        out[i - 2] = pairs[r]
        out[i - 1] = pairs[r + 1]
    } else {
        out[i - 1] = 0x30 + UInt8(truncatingIfNeeded: m)
    }
    return n + digits
}
