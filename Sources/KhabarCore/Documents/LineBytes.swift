/// Byte-level helpers for UTF-8 lines: trimming and a light normalisation used to recognise
/// metadata lines whatever their diacritics, tatweel, hamza spelling or invisible marks.
enum LineBytes {
    /// Length in bytes of the white space or invisible character at `i`, or 0.
    /// White space: ASCII space, tab, CR, VT, FF, NBSP, U+1680, U+2000–U+200A, U+202F, U+205F,
    /// U+3000; invisibles as in the text profile (U+200B–U+200F, U+202A–U+202E, U+2060–U+2069,
    /// U+061C, U+00AD, U+FEFF).
    @inline(__always)
    static func blankLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        let c = b[i]
        switch c {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2 where i + 1 < n && (b[i + 1] == 0xA0 || b[i + 1] == 0xAD): return 2
        case 0xD8 where i + 1 < n && b[i + 1] == 0x9C: return 2
        case 0xE1 where i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80: return 3
        case 0xE2 where i + 2 < n:
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80 && (c2 <= 0x8F || (0xA8...0xAF).contains(c2)) { return 3 }
            if c1 == 0x81 && (0x9F...0xA9).contains(c2) { return 3 }
            return 0
        case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80: return 3
        case 0xEF where i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF: return 3
        default: return 0
        }
    }

    /// The range of `line` without leading and trailing blanks.
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        while start < line.count {
            let k = blankLength(line, at: start)
            if k == 0 { break }
            start += k
        }
        var end = line.count
        while end > start {
            // Step back over one character (continuation bytes), then test it.
            var s = end - 1
            while s > start && line[s] & 0xC0 == 0x80 { s -= 1 }
            let k = blankLength(line, at: s)
            if k == 0 || s + k != end { break }
            end = s
        }
        return start..<end
    }

    /// The first `limit` bytes of `line`, normalised for matching keywords: Arabic marks,
    /// tatweel and invisibles removed, أ إ آ ٱ folded to ا, ى to ي, ASCII letters lowercased, runs
    /// of blanks to one space.
    static func matchKey(_ line: UnsafeBufferPointer<UInt8>, limit: Int = 64) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: limit + 1) { buffer, count in
            count = writeMatchKey(line, limit: limit, to: buffer.baseAddress!)
        }
    }

    /// `matchKey`'s bytes written at `out`, which has room for `limit + 1` bytes; returns how
    /// many. Through a pointer: the page parser asks for the key of every line that may be a
    /// metadata line (two or three a page), and the array appends, a byte at a time with a
    /// uniqueness and capacity check each, made it ~2,000 instructions a line (callgrind: 2.6%
    /// of `terms`).
    static func writeMatchKey(_ line: UnsafeBufferPointer<UInt8>, limit: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        var lastWasSpace = false
        let n = line.count
        while i < n && count < limit {
            let c = line[i]
            if c < 0x80 && c != 0x20 && c != 0x09 && c != 0x0D && c != 0x0B && c != 0x0C {
                out[count] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c  // English labels in any case
                count += 1; lastWasSpace = false; i += 1
                continue
            }
            if c == 0xD9 && i + 1 < n {
                let c1 = line[i + 1]
                if c1 == 0x80 || (0x8B...0x9F).contains(c1) || c1 == 0xB0 { i += 2; continue }  // tatweel, harakat
                if c1 == 0xB1 {  // ٱ
                    out[count] = 0xD8; out[count + 1] = 0xA7; count += 2; i += 2; lastWasSpace = false
                    continue
                }
                if c1 == 0x89 {  // ى → ي
                    out[count] = 0xD9; out[count + 1] = 0x8A; count += 2; i += 2; lastWasSpace = false
                    continue
                }
                if c1 & 0xC0 == 0x80 {  // any other of U+0640–U+067F: itself (no blank starts with D9)
                    out[count] = c; out[count + 1] = c1; count += 2; i += 2; lastWasSpace = false
                    continue
                }
            }
            if c == 0xD8 && i + 1 < n {
                let c1 = line[i + 1]
                if c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5 {
                    out[count] = 0xD8; out[count + 1] = 0xA7; count += 2; i += 2; lastWasSpace = false
                    continue
                }
                if c1 & 0xC0 == 0x80 && c1 != 0x9C {  // U+0600–U+063F but U+061C (a blank): itself
                    out[count] = c; out[count + 1] = c1; count += 2; i += 2; lastWasSpace = false
                    continue
                }
            }
            let blank = blankLength(line, at: i)
            if blank > 0 {
                // Invisibles vanish; white space becomes one space.
                let isSpace = c == 0x20 || c == 0x09 || (c == 0xC2 && line[i + 1] == 0xA0)
                    || (c == 0xE2 && line[i + 1] == 0x80 && line[i + 2] <= 0x8A)
                if isSpace && !lastWasSpace && count > 0 { out[count] = 0x20; count += 1; lastWasSpace = true }
                i += blank
                continue
            }
            out[count] = c
            count += 1
            lastWasSpace = false
            i += 1
        }
        return count
    }
}
