/// RFC 4180 CSV fields and rows: a field is quoted when it holds a comma, a double quote, CR
/// or LF, and quotes inside are doubled. Rows end with LF by default (what shells, pandas and
/// DuckDB expect) or CRLF (`--crlf`, RFC 4180 to the letter).
public struct CSVWriter: Sendable {
    public var lineEnding: [UInt8]

    public init(crlf: Bool = false) {
        lineEnding = crlf ? [0x0D, 0x0A] : [0x0A]
    }

    /// The UTF-8 byte order mark, for spreadsheet programs that guess the encoding (`--bom`).
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func appendField(_ field: String, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { appendField($0, to: &out) }
    }

    /// `appendField` for a field given as UTF-8 bytes.
    public static func appendField(_ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if field.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            out.append(0x22)
            for b in field {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            out.append(0x22)
        } else {
            out.append(contentsOf: field)
        }
    }

    /// The decimal digits of `v` (what `String(v)` prints) appended as bytes: reports write
    /// millions of counts, and a String per number showed in profiles.
    @inline(__always)
    public static func appendInteger<I: BinaryInteger>(_ v: I, to out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        var m = v.magnitude
        if m < 10 { out.append(0x30 + UInt8(truncatingIfNeeded: m)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 24 digits, last first
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while m > 0 {
                d[n] = 0x30 + UInt8(truncatingIfNeeded: m % 10)
                m /= 10
                n += 1
            }
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(d[i]) }
        }
    }

    public func row(_ fields: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(0x2C) }
            CSVWriter.appendField(f, to: &out)
        }
        out.append(contentsOf: lineEnding)
        return out
    }
}
