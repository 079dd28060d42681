/// How the bytes of text entries (news pages, `.txt` files) are read (`--encoding`). JSON is
/// UTF-8 by definition (RFC 8259) and is always read as UTF-8.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8, unless an entry starts with a UTF-16 byte order mark or reads as Arabic in
    /// Windows-1256 (the single-byte encoding of many older Arabic archives) or ISO-8859-6
    /// (`LegacyText.detect`).
    case auto
    /// UTF-8 always: bytes that are not UTF-8 are counted and read as U+FFFD (separators).
    case utf8 = "utf-8"
    case windows1256 = "windows-1256"
    case iso88596 = "iso-8859-6"
    /// Little-endian unless a byte order mark says big-endian.
    case utf16 = "utf-16"
}

/// Text in another encoding than UTF-8, made UTF-8 before it is parsed: the documents, their
/// offsets (in Unicode scalars, as every report's) and every report then read the decoded text.
/// A Windows-1256 or ISO-8859-6 byte is one scalar, so offsets are also byte offsets of the
/// original file.
public enum LegacyText {
    /// An encoding an entry was read in, other than UTF-8.
    public enum Encoding: String, Sendable, CaseIterable {
        case windows1256 = "windows-1256"
        case iso88596 = "iso-8859-6"
        case utf16LE = "utf-16le"
        case utf16BE = "utf-16be"
    }

    /// The encoding to decode an entry's `bytes` from under `setting` (nil: UTF-8, read as it is).
    public static func encoding(of bytes: [UInt8], setting: TextEncoding) -> Encoding? {
        switch setting {
        case .utf8: return nil
        case .windows1256: return .windows1256
        case .iso88596: return .iso88596
        case .utf16: return bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? .utf16BE : .utf16LE
        case .auto: return bytes.withUnsafeBufferPointer { detect($0) }
        }
    }

    /// The encoding of text that is not UTF-8, when its first bytes say so: a UTF-16 byte order
    /// mark, or Arabic in Windows-1256 or ISO-8859-6. Nil (UTF-8) for anything else, invalid
    /// bytes included.
    ///
    /// Windows-1256 (or ISO-8859-6, below) when, among the first 1,024 non-ASCII sequences (within 64 KiB), at least 4
    /// are not UTF-8, at most one in 9 is valid UTF-8 (Windows-1256 letters make a valid pair now
    /// and then: ا + ، is C7 A1), at least half read as Arabic script in Windows-1256, and at
    /// least three quarters stand next to another non-ASCII byte: Arabic words are runs of such
    /// bytes, while the accents of Latin-1 or Windows-1252 text (á í ó ñ, which Windows-1256
    /// reads as ل ي ٍ ً) stand alone between ASCII letters. UTF-8 stops the scan after 32 valid
    /// sequences with no invalid one: a few dozen bytes of an Arabic article. A NUL byte before
    /// the decision makes it UTF-8 (binary data, not text).
    public static func detect(_ p: UnsafeBufferPointer<UInt8>) -> Encoding? {
        let n = p.count
        if n >= 2 {
            if p[0] == 0xFF && p[1] == 0xFE { return .utf16LE }
            if p[0] == 0xFE && p[1] == 0xFF { return .utf16BE }
        }
        let end = min(n, 1 << 16)
        var valid = 0, invalid = 0, arabic = 0, inRuns = 0, latin = 0, isoArabic = 0
        var i = 0
        while i < end {
            let b = p[i]
            if b < 0x80 {
                // A NUL is in no text of these encodings: binary data stays UTF-8 (its bytes
                // counted as invalid downstream).
                if b == 0 { return nil }
                i += 1
                continue
            }
            let length = utf8SequenceLength(p, i, end)
            if length > 0 {
                valid += 1
                if invalid == 0 && valid >= 32 { return nil }
                i += length
            } else {
                invalid += 1
                let scalar = windows1256[Int(b) - 0x80]
                if (0x0600...0x06FF).contains(scalar) { arabic += 1 } else if (0x00C0...0x00FF).contains(scalar) { latin += 1 }
                if (0x0600...0x06FF).contains(iso88596[Int(b) - 0x80]) { isoArabic += 1 }
                if (i > 0 && p[i - 1] >= 0x80) || (i + 1 < n && p[i + 1] >= 0x80) { inRuns += 1 }
                i += 1
            }
            if valid + invalid >= 1024 { break }
        }
        guard invalid >= 4, valid * 8 <= invalid, inRuns * 4 >= invalid * 3 else { return nil }
        // ISO-8859-6 puts ف ق ك ل م ن ه و ى ي at E1–EA, where Windows-1256 has ل â م ن ه و ç è é ê:
        // Arabic words full of Latin accents are ISO-8859-6 (Windows-1256 Arabic has none).
        if latin * 10 >= invalid && isoArabic * 10 >= invalid * 9 { return .iso88596 }
        guard arabic * 2 >= invalid else { return nil }
        return .windows1256
    }

    /// A web page's own word on its encoding, under `--encoding auto`: a Windows-1256 or ISO-8859-6
    /// `charset` declared in its first 2 KiB (`<meta charset="windows-1256">`, or in a
    /// `content-type` meta), unless its text is UTF-8 after all (the first 32 non-ASCII sequences
    /// of the page well-formed: a page converted and its meta left). Read for pages whose first
    /// 64 KiB, which `detect` reads, hold only ASCII (scripts and styles in the head).
    public static func declaredEncoding(ofPage bytes: [UInt8]) -> Encoding? {
        bytes.withUnsafeBufferPointer { p -> Encoding? in
            let head = min(p.count, 2048)
            let key = Array("charset=".utf8)
            var i = 0
            var found: Encoding?
            search: while i + key.count <= head {
                for j in 0..<key.count where (p[i + j] | (p[i + j] >= 0x41 && p[i + j] <= 0x5A ? 0x20 : 0)) != key[j] {
                    i += 1
                    continue search
                }
                var k = i + key.count
                while k < head && (p[k] == UInt8(ascii: "\"") || p[k] == UInt8(ascii: "'") || p[k] == 0x20) { k += 1 }
                var name: [UInt8] = []
                while k < head, name.count < 20, p[k] > 0x20, p[k] != UInt8(ascii: "\""), p[k] != UInt8(ascii: "'"),
                      p[k] != UInt8(ascii: ";"), p[k] != UInt8(ascii: ">"), p[k] != UInt8(ascii: "/") {
                    name.append(p[k] | (p[k] >= 0x41 && p[k] <= 0x5A ? 0x20 : 0))
                    k += 1
                }
                switch String(decoding: name, as: UTF8.self) {
                case "windows-1256", "cp1256", "x-cp1256": found = .windows1256
                case "iso-8859-6", "iso8859-6", "iso_8859-6", "arabic", "asmo-708": found = .iso88596
                default: found = nil
                }
                break
            }
            guard let found else { return nil }
            var valid = 0, j = 0
            while j < p.count {
                if p[j] < 0x80 { j += 1; continue }
                let length = utf8SequenceLength(p, j, p.count)
                if length == 0 { return found }
                valid += 1
                if valid >= 32 { return nil }
                j += length
            }
            return valid > 0 ? nil : found
        }
    }

    /// The length of the well-formed UTF-8 sequence at `i` (no overlong forms, no surrogates,
    /// nothing above U+10FFFF), or 0.
    @inline(__always)
    static func utf8SequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b0 = p[i]
        @inline(__always) func continuation(_ k: Int) -> Bool { k < end && p[k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return continuation(i + 1) ? 2 : 0
        case 0xE0...0xEF:
            guard continuation(i + 1), continuation(i + 2) else { return 0 }
            if b0 == 0xE0 && p[i + 1] < 0xA0 { return 0 }  // overlong
            if b0 == 0xED && p[i + 1] >= 0xA0 { return 0 }  // a surrogate
            return 3
        case 0xF0...0xF4:
            guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return 0 }
            if b0 == 0xF0 && p[i + 1] < 0x90 { return 0 }  // overlong
            if b0 == 0xF4 && p[i + 1] >= 0x90 { return 0 }  // above U+10FFFF
            return 4
        default:
            return 0
        }
    }

    /// `bytes` decoded from `encoding` and written as UTF-8, and how many bytes had no character
    /// (ISO-8859-6's unassigned bytes, a lone UTF-16 surrogate or odd last byte): each is read as
    /// U+FFFD. A UTF-16 byte order mark is dropped.
    public static func utf8(from bytes: [UInt8], _ encoding: Encoding) -> (bytes: [UInt8], unmapped: Int) {
        var out: [UInt8] = []
        var unmapped = 0
        switch encoding {
        case .windows1256, .iso88596:
            let table = encoding == .windows1256 ? windows1256 : iso88596
            out.reserveCapacity(bytes.count * 2)
            for b in bytes {
                if b < 0x80 { out.append(b); continue }
                let scalar = table[Int(b) - 0x80]
                if scalar == 0xFFFD { unmapped += 1 }
                appendUTF8(UInt32(scalar), to: &out)
            }
        case .utf16LE, .utf16BE:
            out.reserveCapacity(bytes.count * 3 / 2)
            let little = encoding == .utf16LE
            @inline(__always) func unit(_ k: Int) -> UInt32 {
                little ? UInt32(bytes[k]) | UInt32(bytes[k + 1]) << 8 : UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1])
            }
            var k = 0
            if bytes.count >= 2 && unit(0) == 0xFEFF { k = 2 }
            while k + 1 < bytes.count {
                let u = unit(k)
                k += 2
                if u >= 0xD800 && u < 0xDC00, k + 1 < bytes.count {
                    let low = unit(k)
                    if low >= 0xDC00 && low < 0xE000 {
                        k += 2
                        appendUTF8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
                        continue
                    }
                }
                if u >= 0xD800 && u < 0xE000 {
                    unmapped += 2
                    appendUTF8(0xFFFD, to: &out)
                } else {
                    appendUTF8(u, to: &out)
                }
            }
            if k < bytes.count {
                unmapped += 1
                appendUTF8(0xFFFD, to: &out)
            }
        }
        return (out, unmapped)
    }

    @inline(__always)
    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// The name an encoding is reported by (the summary line).
    public static func displayName(_ e: Encoding) -> String {
        switch e {
        case .windows1256: return "Windows-1256"
        case .iso88596: return "ISO-8859-6"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        }
    }
}
