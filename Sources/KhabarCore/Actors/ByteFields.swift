#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `text` cut at every `separator` byte (an ASCII character), as Strings.
///
/// Hand-written for the start of every actor run, which cuts the built-in gazetteer, the name
/// lists and the common-words table (thousands of lines) into fields: splitting a String on
/// Characters runs grapheme breaking over every letter, and `split` on its UTF-8 view steps
/// through the generic index one byte at a time (~60 million instructions together, ~15 ms).
/// Here the bytes are contiguous and `memchr` finds each separator.
func byteFields(_ text: String, separator: UInt8, omittingEmpty: Bool = false) -> [String] {
    var text = text
    return text.withUTF8 { bytes -> [String] in
        var fields: [String] = []
        guard let base = bytes.baseAddress else { return omittingEmpty ? [] : [""] }
        var start = 0
        while true {
            let rest = bytes.count - start
            let hit = rest > 0 ? memchr(base + start, Int32(separator), rest) : nil
            let end = hit.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            if !(omittingEmpty && end == start) {
                fields.append(String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self))
            }
            guard hit != nil else { break }
            start = end + 1
        }
        return fields
    }
}
