import CText

/// Writes JSON objects as bytes, fields in the order given (stable output, no `JSONEncoder`
/// key reordering or `\/` escapes). Hand-written: one object per document goes through it.
public struct JSONObjectWriter {
    public private(set) var bytes: [UInt8] = []
    private var first = true

    public init() {
        bytes.reserveCapacity(512)
        bytes.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ name: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        JSONObjectWriter.appendString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { JSONObjectWriter.appendString(value, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    public mutating func field<I: BinaryInteger>(_ name: String, _ value: I) {
        key(name)
        CSVWriter.appendInteger(value, to: &bytes)
    }

    public mutating func field(_ name: String, _ value: Double) {
        key(name)
        bytes.append(contentsOf: (value.isFinite ? "\(value)" : "null").utf8)
    }

    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func field(_ name: String, _ values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (i, v) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONObjectWriter.appendString(v, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The finished object followed by a newline (one JSONL line).
    public mutating func line() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        bytes.append(0x0A)
        return bytes
    }

    /// Appends `s` as a JSON string: `"` `\` and control characters escaped, U+2028/U+2029
    /// escaped too (JavaScript readers choke on them), everything else as UTF-8.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendString(utf8: $0, to: &out) }
    }

    /// `appendString` for text given as valid UTF-8 bytes.
    public static func appendString(utf8 u: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(utf8: u, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// True when one of the eight bytes of `x` is below 0x20, `"`, `\` or E2 (per-byte tests
    /// without carries between bytes: exact as a yes/no for the word). Mention and document lines
    /// escape every name, surface and id: testing a byte at a time was ~3% of `report`.
    @inline(__always)
    static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & high != 0 }
        let control = (x &- 0x2020_2020_2020_2020) & ~x & high != 0
        return control || hasZeroByte(x ^ 0x2222_2222_2222_2222) || hasZeroByte(x ^ 0x5C5C_5C5C_5C5C_5C5C)
            || hasZeroByte(x ^ 0xE2E2_E2E2_E2E2_E2E2)
    }

    /// The inside of `appendString`: the escaped bytes without the quotes around them.
    public static func appendEscaped(utf8 u: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard !u.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6 * u.count) { room in
            let n = writeEscaped(utf8: u, to: room.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress!, count: n))
        }
    }

    /// Writes the escaped bytes of `u` (valid UTF-8) at `out`, which has room for
    /// `6 * u.count` bytes (a control byte becomes six), and returns how many it wrote.
    static func writeEscaped(utf8 u: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        // Copy runs that need no escaping in bulk; stop at ", \, control bytes and E2 (the lead
        // byte of U+2028/U+2029).
        var o = 0
        var runStart = 0
        var i = 0
        let n = u.count
        guard let p = u.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(p)
        @inline(__always) func copyRun(to end: Int) {
            if end > runStart {
                copyShortBytes(out + o, p + runStart, end - runStart)
                o += end - runStart
            }
        }
        @inline(__always) func put(_ a: UInt8, _ b: UInt8) {
            out[o] = a
            out[o + 1] = b
            o += 2
        }
        // Most strings (names, surfaces, ids, titles) need no escape at all: tested with SSE2
        // (khabar_json_needs_escape, CText) and copied in one piece. (The byte loop below took
        // ~190 instructions a mention's surface, 3% of `report` over its million mention lines.)
        if khabar_json_needs_escape(p, n) == 0 {
            copyShortBytes(out, p, n)
            return n
        }
        while i < n {
            // Eight bytes at a time while none needs a look (most text: Arabic, Latin, digits).
            if i + 8 <= n, !JSONObjectWriter.mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let b = p[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
            copyRun(to: i)
            switch b {
            case 0x22: put(0x5C, 0x22)
            case 0x5C: put(0x5C, 0x5C)
            case 0x0A: put(0x5C, UInt8(ascii: "n"))
            case 0x0D: put(0x5C, UInt8(ascii: "r"))
            case 0x09: put(0x5C, UInt8(ascii: "t"))
            case 0xE2 where i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9):
                put(0x5C, UInt8(ascii: "u"))
                put(UInt8(ascii: "2"), UInt8(ascii: "0"))
                put(UInt8(ascii: "2"), p[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                i += 2
            case 0xE2:
                out[o] = b
                o += 1
            default:
                @inline(__always) func hex(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }  // 0-9, a-f
                put(0x5C, UInt8(ascii: "u"))
                put(0x30, 0x30)
                put(hex(b >> 4), hex(b & 15))
            }
            i += 1
            runStart = i
        }
        copyRun(to: n)
        return o
    }
}
