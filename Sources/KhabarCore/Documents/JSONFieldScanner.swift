import CText
import Foundation

/// A string field's value read by `JSONFieldScanner`: its UTF-8, escapes decoded and invalid
/// UTF-8 repaired with U+FFFD, the bytes of the `String` `JSONSerialization` gives for it. An
/// article's text goes from the line into the document without a `String` in between: making
/// one (validating and copying every byte) and taking its bytes back was 13% of `terms` on a
/// JSON Lines corpus (perf, news-bench as one `.jsonl`).
struct JSONText {
    var bytes: [UInt8]

    /// The bytes of `utf8`, repaired when they are not well-formed UTF-8.
    init(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress, utf8.count > 0 else { bytes = []; return }
        bytes = khabar_utf8_valid(base, utf8.count) != 0 ? Array(utf8) : Array(String(decoding: utf8, as: UTF8.self).utf8)
    }

    /// `bytes` themselves (no copy) when they are well-formed UTF-8, else repaired.
    init(owning bytes: [UInt8]) {
        let valid = bytes.withUnsafeBufferPointer { b in b.count == 0 || khabar_utf8_valid(b.baseAddress!, b.count) != 0 }
        self.bytes = valid ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Reads the fields an article needs from one JSON object (a line of a `.jsonl` file), on its
/// bytes, and passes over the others while checking them.
///
/// Hand-written because it is hot: on JSON Lines input, `JSONSerialization` (a tree of `Any`
/// values, every string validated and built, then cast back from `Any`) took 44% of `terms`.
/// It is strict and returns nil for anything it does not fully understand, and the caller then
/// parses the line with `JSONSerialization` as before, so the result is the same either way:
/// - nil: not an object; invalid JSON anywhere in the line; a wanted field that is a boolean,
///   an object, a number other than a plain integer of up to 18 digits, or an array with
///   anything but strings in it; a wanted field given twice; a key with non-ASCII bytes or
///   escapes (`[String: Any]` looks keys up under Unicode equivalence); a string with `\u0000`
///   or a lone surrogate; numbers with more than 18 digits or an exponent anywhere (the general
///   parser may refuse what it cannot represent); nesting deeper than 64.
/// - otherwise: the wanted fields present, as `JSONText` (strings), `NSNumber` (integers),
///   `NSNull` or `[Any]` of `JSONText`s: the values `JSONSerialization` gives for them, strings
///   as their bytes. Invalid UTF-8 in a string is repaired with U+FFFD, as the caller's retry
///   after repairing the line does.
struct JSONFieldScanner {
    /// Top-level keys wanted, as bytes.
    private let wanted: [[UInt8]]

    /// Nil when some name is a dotted path (nested objects: left to the general parser).
    init?(fields: JSONFieldNames) {
        let names = fields.title + fields.text + fields.date + fields.source + fields.url + fields.tags
        if names.contains(where: { $0.contains(".") || !$0.utf8.allSatisfy { $0 < 0x80 } }) { return nil }
        var seen = Set<[UInt8]>()
        wanted = names.map { Array($0.utf8) }.filter { seen.insert($0).inserted }
    }

    func scan(_ line: UnsafeBufferPointer<UInt8>) -> [String: Any]? {
        guard let base = line.baseAddress else { return nil }
        var reader = Reader(p: base, n: line.count)
        reader.skipSpace()
        guard reader.take(0x7B) else { return nil }  // {
        var values: [String: Any] = [:]
        reader.skipSpace()
        if !reader.take(0x7D) {
            while true {
                reader.skipSpace()
                guard let key = reader.asciiKey() else { return nil }
                reader.skipSpace()
                guard reader.take(0x3A) else { return nil }  // :
                reader.skipSpace()
                if let name = wantedName(key) {
                    guard values[name] == nil, let value = reader.wantedValue() else { return nil }
                    values[name] = value
                } else {
                    guard reader.skipValue(depth: 0) else { return nil }
                }
                reader.skipSpace()
                if reader.take(0x2C) { continue }  // ,
                guard reader.take(0x7D) else { return nil }
                break
            }
        }
        reader.skipSpace()
        return reader.atEnd ? values : nil
    }

    private func wantedName(_ key: UnsafeBufferPointer<UInt8>) -> String? {
        for w in wanted where w.count == key.count && w.withUnsafeBufferPointer({ memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }) {
            return String(decoding: w, as: UTF8.self)
        }
        return nil
    }

    /// A cursor over the line's bytes.
    private struct Reader {
        let p: UnsafePointer<UInt8>
        let n: Int
        var i = 0

        init(p: UnsafePointer<UInt8>, n: Int) {
            self.p = p
            self.n = n
        }

        var atEnd: Bool { i == n }

        mutating func skipSpace() {
            while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D || p[i] == 0x0A { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < n, p[i] == b else { return false }
            i += 1
            return true
        }

        /// A key of printable ASCII without escapes.
        mutating func asciiKey() -> UnsafeBufferPointer<UInt8>? {
            guard take(0x22) else { return nil }
            let start = i
            while i < n {
                let b = p[i]
                if b == 0x22 {
                    i += 1
                    return UnsafeBufferPointer(start: p + start, count: i - 1 - start)
                }
                if b < 0x20 || b >= 0x80 || b == 0x5C { return nil }
                i += 1
            }
            return nil
        }

        /// A wanted field's value, as `JSONSerialization` gives it.
        mutating func wantedValue() -> Any? {
            guard i < n else { return nil }
            switch p[i] {
            case 0x22: return string()
            case 0x6E:  // null
                return literal("null") ? NSNull() : nil
            case 0x5B:  // [ strings ]
                i += 1
                var items: [Any] = []
                skipSpace()
                if take(0x5D) { return items }
                while true {
                    skipSpace()
                    guard i < n, p[i] == 0x22, let s = string() else { return nil }
                    items.append(s)
                    skipSpace()
                    if take(0x2C) { continue }
                    return take(0x5D) ? items : nil
                }
            case 0x2D, 0x30...0x39:
                // A plain integer (not -0, whose value the general parser may keep as a Double).
                let start = i
                guard number() else { return nil }
                let text = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
                guard !text.contains("."), !text.hasPrefix("-0"), let value = Int(text) else { return nil }
                return NSNumber(value: value)
            default: return nil
            }
        }

        /// Passes over a value, checking it; false when it is not valid (or not understood).
        mutating func skipValue(depth: Int) -> Bool {
            guard i < n, depth < 64 else { return false }
            switch p[i] {
            case 0x22: return skipString()
            case 0x7B:
                i += 1
                skipSpace()
                if take(0x7D) { return true }
                while true {
                    skipSpace()
                    guard i < n, p[i] == 0x22, skipString() else { return false }
                    skipSpace()
                    guard take(0x3A) else { return false }
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(0x2C) { continue }
                    return take(0x7D)
                }
            case 0x5B:
                i += 1
                skipSpace()
                if take(0x5D) { return true }
                while true {
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(0x2C) { continue }
                    return take(0x5D)
                }
            case 0x74: return literal("true")
            case 0x66: return literal("false")
            case 0x6E: return literal("null")
            case 0x2D, 0x30...0x39: return number()
            default: return false
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let k = word.utf8CodeUnitCount
            guard n - i >= k, memcmp(p + i, word.utf8Start, k) == 0 else { return false }
            i += k
            return true
        }

        /// -?(0|[1-9][0-9]*)(.[0-9]+)? with at most 18 digits in all, no exponent.
        mutating func number() -> Bool {
            _ = take(0x2D)
            var digits = 0
            guard i < n else { return false }
            if p[i] == 0x30 {
                i += 1
                digits = 1
            } else {
                guard p[i] >= 0x31 && p[i] <= 0x39 else { return false }
                while i < n, p[i] >= 0x30 && p[i] <= 0x39 { i += 1; digits += 1 }
            }
            if i < n, p[i] == 0x2E {
                i += 1
                let before = digits
                while i < n, p[i] >= 0x30 && p[i] <= 0x39 { i += 1; digits += 1 }
                guard digits > before else { return false }
            }
            if i < n, p[i] == 0x65 || p[i] == 0x45 { return false }  // an exponent: left to the general parser
            return digits <= 18
        }

        /// Passes over a string, checking its escapes (fields not wanted can be long: a page's
        /// HTML; their plain runs are passed sixteen bytes at a time).
        mutating func skipString() -> Bool {
            i += 1  // "
            while i < n {
                i += khabar_json_string_run(p + i, n - i)
                guard i < n else { return false }
                let b = p[i]
                if b == 0x22 { i += 1; return true }
                if b < 0x20 { return false }
                guard escape(into: nil) else { return false }
            }
            return false
        }

        /// A string's value (escapes decoded, invalid UTF-8 repaired).
        mutating func string() -> JSONText? {
            i += 1  // "
            let start = i
            // The usual case: no escape (the plain bytes found sixteen at a time).
            i += khabar_json_string_run(p + i, n - i)
            guard i < n else { return nil }
            if p[i] == 0x22 {
                i += 1
                return JSONText(UnsafeBufferPointer(start: p + start, count: i - 1 - start))
            }
            if p[i] < 0x20 { return nil }
            // With escapes (article bodies have \n): the runs between them copied whole.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(n - start)
            var run = start
            while i < n {
                i += khabar_json_string_run(p + i, n - i)
                guard i < n else { return nil }
                let b = p[i]
                if i > run { bytes.append(contentsOf: UnsafeBufferPointer(start: p + run, count: i - run)) }
                if b == 0x22 {
                    i += 1
                    return JSONText(owning: bytes)
                }
                if b < 0x20 { return nil }
                guard escape(into: &bytes) else { return nil }
                run = i
            }
            return nil
        }

        /// An escape at `i` (a backslash): appends its UTF-8 to `out` when given.
        mutating func escape(into out: UnsafeMutablePointer<[UInt8]>?) -> Bool {
            guard i + 1 < n else { return false }
            let c = p[i + 1]
            i += 2
            let simple: UInt8?
            switch c {
            case 0x22, 0x5C, 0x2F: simple = c
            case 0x62: simple = 0x08
            case 0x66: simple = 0x0C
            case 0x6E: simple = 0x0A
            case 0x72: simple = 0x0D
            case 0x74: simple = 0x09
            case 0x75: simple = nil
            default: return false
            }
            if let simple {
                out?.pointee.append(simple)
                return true
            }
            guard let high = hex4() else { return false }
            var scalar = high
            if high >= 0xD800 && high < 0xDC00 {
                guard n - i >= 2, p[i] == 0x5C, p[i + 1] == 0x75 else { return false }
                i += 2
                guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return false }
                scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            } else if high >= 0xDC00 && high < 0xE000 || high == 0 {
                return false
            }
            if let out, let s = Unicode.Scalar(scalar) { out.pointee.append(contentsOf: String(s).utf8) }
            return true
        }

        mutating func hex4() -> UInt32? {
            guard n - i >= 4 else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 {
                let b = p[i + k]
                let d: UInt8
                switch b {
                case 0x30...0x39: d = b - 0x30
                case 0x41...0x46: d = b - 0x41 + 10
                case 0x61...0x66: d = b - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            i += 4
            return v
        }
    }
}
