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
/// how many bytes it wrote: the digits counted first, then written from the last.
@inline(__always)
func writeDecimal(_ v: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
    var n = 0
    if v < 0 { out[0] = 0x2D; n = 1 }
    var m = v.magnitude
    if m < 10 { out[n] = 0x30 + UInt8(truncatingIfNeeded: m); return n + 1 }
    var digits = 0, t = m
    while t > 0 { digits += 1; t /= 10 }
    var i = n + digits - 1
    while m > 0 {
        out[i] = 0x30 + UInt8(truncatingIfNeeded: m % 10)
        m /= 10
        i -= 1
    }
    return n + digits
}
