import CText
import Foundation

/// What tokenizing one text found besides its tokens.
public struct TokenizeResult: Sendable, Equatable {
    /// Tokens handed to the sink (empty tokens are dropped and not counted).
    public var tokens: Int = 0
    /// Bytes that were not valid UTF-8 (each became a separator).
    public var invalidBytes: Int = 0
    /// True when the text needed exact NFC (combining marks outside Arabic, composition
    /// exclusions) and went through Foundation's normaliser instead of the byte-level path.
    public var usedSlowPath: Bool = false
    /// The scan expanded a presentation form or composed a hamza: some tokens are not the
    /// concatenation of their scalars' own outputs (the date finder then lexes the text itself).
    var rewroteScalars: Bool = false
}

/// Applies a `TextProfile` to UTF-8 text and hands out normalised tokens.
///
/// Hand-written because it is the hot path. The fast path scans bytes, decodes UTF-8 inline and
/// decides each character with one table load (`CharacterTable`); Arabic canonical composition
/// (و/ي/ە/ہ/ے + U+0654 hamza above) is done in place while scanning. Text holding characters
/// whose NFC is not handled that way (Latin combining accents, Hangul jamo, composition
/// exclusions) is normalised exactly with Foundation first and then scanned the same way.
/// A property test checks that both paths agree on random input.
///
/// One tokenizer per thread: it owns a scratch buffer (it is not `Sendable`).
public final class Tokenizer {
    public let profile: TextProfile
    let table: CharacterTable
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Words of plain Arabic letters taken a block at a time (`khabar_plain_arabic_run`); off,
    /// every character goes through the byte loop: the reference the tests compare it with.
    var usesArabicWordStep = true

    public init(profile: TextProfile = .v1) {
        self.profile = profile
        self.table = CharacterTable.forProfile(profile)
        self.capacity = 256
        self.buffer = .allocate(capacity: 256)
    }

    deinit { buffer.deallocate() }

    /// Tokenizes `text` (UTF-8, possibly invalid) into `sink`.
    public func tokenize<S: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout S) -> TokenizeResult {
        if needsExactNFC(text) {
            var result = TokenizeResult()
            let normalized = exactlyNormalized(text, invalidBytes: &result.invalidBytes)
            let inner = normalized.withUnsafeBufferPointer { scan($0, into: &sink) }
            result.tokens = inner.tokens
            result.usedSlowPath = true
            return result
        }
        return scan(text, into: &sink)
    }

    /// Tokenizes `text` into `sink`, forcing the exact (Foundation NFC) path. For tests.
    public func tokenizeExactly<S: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout S) -> TokenizeResult {
        var result = TokenizeResult()
        let normalized = exactlyNormalized(text, invalidBytes: &result.invalidBytes)
        result.tokens = normalized.withUnsafeBufferPointer { scan($0, into: &sink) }.tokens
        result.usedSlowPath = true
        return result
    }

    /// Convenience: the tokens of a string.
    public func tokens(of text: String) -> [String] {
        var collector = TokenCollector()
        var copy = Array(text.utf8)
        _ = copy.withUnsafeMutableBufferPointer { tokenize(UnsafeBufferPointer($0), into: &collector) }
        return collector.tokens
    }

    /// The normalised tokens of `text` as bytes (`tokens(of:)` without a String per token: the
    /// actor index tokenizes ~9,000 names and words at every start).
    func tokenBytes(of text: String) -> [[UInt8]] {
        struct Bytes: TokenSink {
            var tokens: [[UInt8]] = []
            mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) { tokens.append(Array(bytes)) }
        }
        var sink = Bytes()
        var copy = Array(text.utf8)
        _ = copy.withUnsafeMutableBufferPointer { tokenize(UnsafeBufferPointer($0), into: &sink) }
        return sink.tokens
    }

    // MARK: - Decoding

    /// Decodes the UTF-8 sequence at `i`. Invalid input yields `valid == false` and the length
    /// of the maximal invalid subpart (at least 1), as the Unicode standard recommends.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (cp: UInt32, len: Int, valid: Bool) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1, true) }
        if b0 < 0xC2 { return (0xFFFD, 1, false) }
        if b0 < 0xE0 {
            guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return (0xFFFD, 1, false) }
            return (((b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F), 2, true)
        }
        if b0 < 0xF0 {
            guard i + 1 < n else { return (0xFFFD, 1, false) }
            let b1 = p[i + 1]
            let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard b1 >= lo && b1 <= hi else { return (0xFFFD, 1, false) }
            guard i + 2 < n, p[i + 2] & 0xC0 == 0x80 else { return (0xFFFD, 2, false) }
            return (((b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F), 3, true)
        }
        if b0 < 0xF5 {
            guard i + 1 < n else { return (0xFFFD, 1, false) }
            let b1 = p[i + 1]
            let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard b1 >= lo && b1 <= hi else { return (0xFFFD, 1, false) }
            guard i + 2 < n, p[i + 2] & 0xC0 == 0x80 else { return (0xFFFD, 2, false) }
            guard i + 3 < n, p[i + 3] & 0xC0 == 0x80 else { return (0xFFFD, 3, false) }
            let cp = ((b0 & 0x07) << 18) | (UInt32(b1 & 0x3F) << 12)
                | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
            return (cp, 4, true)
        }
        return (0xFFFD, 1, false)
    }

    @inline(__always)
    private func entry(_ cp: UInt32) -> UInt64 {
        cp < 0x10000 ? table.entries[Int(cp)] : table.supplementaryEntry(cp).0
    }

    /// True when the text holds a character whose NFC the fast path does not reproduce.
    /// Skips ASCII, U+0080–U+02FF and the Arabic block without decoding (none of them is such).
    func needsExactNFC(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = text.baseAddress else { return false }
        let n = text.count
        var i = 0
        while i < n {
            // Sixteen bytes at a time up to the next lead byte >= 0xCC outside D8–DB (C, SSE2):
            // Arabic and ASCII text pass there.
            i += khabar_nfc_candidate(p + i, n - i)
            guard i < n else { break }
            let d = Tokenizer.decode(p, i, n)
            if d.valid && entry(d.cp) & CharacterTable.nfcSensitive != 0 { return true }
            i += d.len
        }
        return false
    }

    /// Steps 1–3 done exactly: decode (U+FFFD for invalid bytes), delete invisibles, NFKC the
    /// presentation forms, then NFC the whole text with Foundation.
    func exactlyNormalized(_ text: UnsafeBufferPointer<UInt8>, invalidBytes: inout Int) -> [UInt8] {
        guard let p = text.baseAddress else { return [] }
        var scalars = String.UnicodeScalarView()
        let n = text.count
        var i = 0
        while i < n {
            let d = Tokenizer.decode(p, i, n)
            i += d.len
            if !d.valid { invalidBytes += d.len; scalars.append("\u{FFFD}"); continue }
            if TextProfile.isInvisible(d.cp) { continue }
            if let mapped = table.presentation[d.cp] {
                for m in mapped { scalars.append(Unicode.Scalar(m)!) }
                continue
            }
            scalars.append(Unicode.Scalar(d.cp)!)
        }
        return Array(String(scalars).precomposedStringWithCanonicalMapping.utf8)
    }

    // MARK: - Scanning

    /// The byte-level scan: steps 1–2 and 4–5, step 3 for presentation forms and Arabic
    /// composition (the caller has ruled out, or already applied, any other NFC change).
    private func scan<S: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout S) -> TokenizeResult {
        var result = TokenizeResult()
        guard let p = text.baseAddress else { return result }
        let n = text.count
        var state = ScanState(buffer: buffer, capacity: capacity)
        let plain = usesArabicWordStep ? table.plainArabicMode : 0, tehPlain: Int32 = plain == 1 ? 1 : 0
        table.entries.withUnsafeBufferPointer { entries in
            let e = entries.baseAddress!
            var i = 0
            while i < n {
                let b = p[i]
                // A word of plain Arabic letters followed by a separator (or the end of the
                // text) is its own output: handed over from the text, found a block at a time.
                // Anything else about it (a mark, a folded letter, a digit, an invisible mark
                // after it) leaves it to the loop below, from its first character.
                if b & 0xFE == 0xD8 && plain != 0 && state.runKind == 0 {
                    let k = khabar_plain_arabic_run(p + i, n - i, tehPlain)
                    if k > 0 {
                        let j = i + k
                        // A space after it (most words) is taken here too: it ends the token and
                        // breaks no sentence.
                        let spaceAfter = j < n && p[j] == 0x20
                        var ends = spaceAfter || j == n
                        if !ends {
                            let c = p[j]
                            if c < 0x80 {
                                ends = e[Int(c)] & CharacterTable.kindMask == CharacterTable.Kind.separator.rawValue
                            } else if c >= 0xC2 && c < 0xE0 && j + 1 < n && p[j + 1] & 0xC0 == 0x80 {
                                let cp = ((UInt32(c) & 0x1F) << 6) | UInt32(p[j + 1] & 0x3F)
                                ends = e[Int(cp)] & CharacterTable.kindMask == CharacterTable.Kind.separator.rawValue
                            }
                        }
                        if ends {
                            // The whole token is a slice of the text, handed to the sink as it is
                            // (the same call `flush` makes for the same characters). Written out
                            // here: as an @inline(__always) method the compiler kept it out of
                            // line, a call per word (−2.3% instructions of `terms` inlined).
                            let characters = k >> 1
                            sink.token(UnsafeBufferPointer(start: p + i, count: k),
                                       TokenInfo(isNumber: false, followsBreak: state.pendingBreak, line: state.line,
                                                 sentence: state.sentence, start: state.position,
                                                 end: state.position + characters, byteStart: i, byteEnd: i + k))
                            state.tokens += 1
                            state.pendingBreak = false
                            state.sentenceHasTokens = true
                            state.position += characters
                            if spaceAfter {
                                state.position += 1
                                i = j + 1
                            } else {
                                i = j
                            }
                            continue
                        }
                    }
                }
                // The common case first: a letter (digit) continuing a run of letters (digits),
                // a starter with its output in the entry (most of Arabic and Latin text).
                if b < 0x80 {
                    if state.continueRun(e[Int(b)], at: i) { state.position += 1; i = state.extendRun(p, from: i + 1, n, e); continue }
                    if b == 0x20 {
                        // A space ends the token being built (it breaks no sentence).
                        state.bytePosition = i
                        state.flush(&sink)
                        state.position += 1
                        i += 1
                        continue
                    }
                } else if b >= 0xC2 && b < 0xE0 && i + 1 < n && p[i + 1] & 0xC0 == 0x80 {
                    let cp = ((UInt32(b) & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F)
                    if state.continueRun(e[Int(cp)], at: i) { state.position += 1; i = state.extendRun(p, from: i + 2, n, e); continue }
                    // Any other two-byte character (no presentation form or supplementary
                    // character is two bytes): fed as decoded here (، and other separators, marks).
                    state.bytePosition = i
                    state.feed(cp, e[Int(cp)], table: table, sink: &sink)
                    state.position += 1
                    i += 2
                    continue
                }
                state.bytePosition = i
                if b < 0x80 {
                    state.feed(UInt32(b), e[Int(b)], table: table, sink: &sink)
                    state.position += 1
                    i += 1
                    continue
                }
                let d = Tokenizer.decode(p, i, n)
                i += d.len
                defer { state.position += 1 }
                if !d.valid {
                    result.invalidBytes += d.len
                    state.feed(0xFFFD, e[0xFFFD], table: table, sink: &sink)
                    continue
                }
                if d.cp < 0x10000 {
                    let entry = e[Int(d.cp)]
                    if entry & CharacterTable.kindMask == CharacterTable.Kind.presentation.rawValue {
                        result.rewroteScalars = true
                        for m in table.presentation[d.cp]! {
                            state.feed(m, e[Int(m)], table: table, sink: &sink)
                        }
                    } else {
                        state.feed(d.cp, entry, table: table, sink: &sink)
                    }
                } else {
                    let (entry, extra) = table.supplementaryEntry(d.cp)
                    state.feed(d.cp, entry, extra: extra, table: table, sink: &sink)
                }
            }
            state.bytePosition = n
            state.flush(&sink)
        }
        buffer = state.buffer
        capacity = state.capacity
        result.tokens = state.tokens
        if state.composedHamza { result.rewroteScalars = true }
        return result
    }
}

/// The scanner's state between characters: the token being built and what NFC composition
/// needs to know about the last starter.
struct ScanState {
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var length = 0
    /// 0: no token, else the `Kind` raw value of the run being built (letter or digit).
    var runKind: UInt64 = 0
    /// Where the last starter's output begins, when that starter composes with U+0654.
    var composableOffset = -1
    /// A combining class 230 mark came after the last starter (it blocks U+0654).
    var seen230 = false
    var pendingBreak = true
    var tokens = 0
    /// The code point being fed (its offset in the text), the current line and sentence, and
    /// where the token being built started.
    var position = 0
    var line = 0
    var sentence = 0
    var tokenStart = 0
    var sentenceHasTokens = false
    /// Byte offset of the code point being fed, and where the token being built started.
    var bytePosition = 0
    var tokenByteStart = 0
    /// A و/ي... + U+0654 pair was composed.
    var composedHamza = false

    init(buffer: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.buffer = buffer
        self.capacity = capacity
    }

    @inline(__always)
    mutating func flush<S: TokenSink>(_ sink: inout S) {
        if length > 0 {
            sink.token(UnsafeBufferPointer(start: buffer, count: length),
                       TokenInfo(isNumber: runKind == CharacterTable.Kind.digit.rawValue, followsBreak: pendingBreak,
                                 line: line, sentence: sentence, start: tokenStart, end: position,
                                 byteStart: tokenByteStart, byteEnd: bytePosition))
            tokens += 1
            pendingBreak = false
            sentenceHasTokens = true
        }
        length = 0
        runKind = 0
        composableOffset = -1
    }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if length + extra <= capacity { return }
        var newCapacity = capacity * 2
        while newCapacity < length + extra { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: buffer, count: length)
        buffer.deallocate()
        buffer = grown
        capacity = newCapacity
    }

    /// The bits that keep a character off the fast path (besides its kind). A starter that
    /// composes with a following hamza above (و ي ە ہ ے: و and ي alone are about one Arabic letter
    /// in eight) stays on it: the fast path notes where its output starts, as `feed` does, and the
    /// hamza (a non-starter) takes the slow path, which composes.
    static let slowBits = CharacterTable.kindMask | CharacterTable.nonStarter | CharacterTable.sideTable

    /// `feed` for the common case, without a sink: a letter or digit starter whose output
    /// (possibly none) is in the entry, continuing a run of its kind or starting one where no
    /// token is being built (`byte`: its offset). False, having done nothing, for anything else.
    @inline(__always)
    mutating func continueRun(_ entry: UInt64, at byte: Int) -> Bool {
        let kind = entry & ScanState.slowBits
        if runKind == 0 {
            guard kind == CharacterTable.Kind.letter.rawValue || kind == CharacterTable.Kind.digit.rawValue else { return false }
            runKind = kind
            tokenStart = position
            tokenByteStart = byte
        } else if kind != runKind {
            return false
        }
        reserve(4)
        UnsafeMutableRawPointer(buffer + length)
            .storeBytes(of: UInt32(truncatingIfNeeded: entry >> 32).littleEndian, as: UInt32.self)
        composableOffset = entry & CharacterTable.composesWithHamza != 0 ? length : -1
        length += Int((entry >> 16) & 7)
        seen230 = false
        return true
    }

    /// After `continueRun` said yes: takes every following character that continues the run the
    /// same way (one- or two-byte UTF-8, a starter of the run's kind with its output in the
    /// entry) in a loop over locals, which stay in registers; returns where it stopped. Most
    /// words are scanned whole here. Stops early, for the outer loop to grow the buffer, when
    /// the buffer may not hold the next character, and before the text's last byte.
    @inline(__always)
    mutating func extendRun(_ p: UnsafePointer<UInt8>, from start: Int, _ n: Int, _ e: UnsafePointer<UInt64>) -> Int {
        var i = start, length = self.length, position = self.position, composable = composableOffset
        let buffer = self.buffer, kind = runKind
        // One bound for the loop instead of three tests a character: before the text's last byte
        // (so a two-byte character's second byte is there), and within the characters the
        // buffer has room for (each takes at least one byte and writes 4, of which at most 3
        // count). The outer loop takes what is left (the last byte, a longer run after growing).
        let stop = Swift.min(n - 1, start + Swift.max(0, capacity - 4 - length) / 4)
        while i < stop {
            let b = p[i]
            let entry: UInt64, width: Int
            if b < 0x80 {
                entry = e[Int(b)]
                width = 1
            } else if b >= 0xC2 && b < 0xE0 && p[i &+ 1] & 0xC0 == 0x80 {
                entry = e[Int(((UInt32(b) & 0x1F) << 6) | UInt32(p[i &+ 1] & 0x3F))]
                width = 2
            } else {
                break
            }
            guard entry & ScanState.slowBits == kind else { break }
            UnsafeMutableRawPointer(buffer + length)
                .storeBytes(of: UInt32(truncatingIfNeeded: entry >> 32).littleEndian, as: UInt32.self)
            composable = entry & CharacterTable.composesWithHamza != 0 ? length : -1
            length &+= Int((entry >> 16) & 7)
            position &+= 1
            i &+= width
        }
        self.length = length
        self.position = position
        composableOffset = composable
        return i
    }

    @inline(__always)
    mutating func feed<S: TokenSink>(_ cp: UInt32, _ entry: UInt64, extra: [UInt8]? = nil,
                                     table: CharacterTable, sink: inout S) {
        let kind = entry & CharacterTable.kindMask
        if kind == CharacterTable.Kind.invisible.rawValue { return }
        if kind == CharacterTable.Kind.separator.rawValue {
            flush(&sink)
            if entry & CharacterTable.sentenceBreak != 0 {
                pendingBreak = true
                if sentenceHasTokens { sentence += 1; sentenceHasTokens = false }
                if cp == 0x0A { line += 1 }
            }
            return
        }
        // letter or digit (presentation forms were expanded by the caller)
        if runKind != kind {
            flush(&sink)
            runKind = kind
            tokenStart = position
            tokenByteStart = bytePosition
        }
        if entry & CharacterTable.nonStarter != 0 {
            if entry & CharacterTable.hamzaAbove != 0 && !seen230 && composableOffset >= 0 {
                composeHamza(at: composableOffset)
            }
            if entry & CharacterTable.ccc230 != 0 { seen230 = true }
        } else {
            seen230 = false
            composableOffset = entry & CharacterTable.composesWithHamza != 0 ? length : -1
        }
        let outLength = Int((entry >> 16) & 7)
        if outLength > 0 {
            reserve(4)
            UnsafeMutableRawPointer(buffer + length)
                .storeBytes(of: UInt32(truncatingIfNeeded: entry >> 32).littleEndian, as: UInt32.self)
            length += outLength
        } else if entry & CharacterTable.sideTable != 0 {
            let bytes = extra ?? table.multiOutput[cp] ?? []
            reserve(bytes.count)
            for b in bytes { buffer[length] = b; length += 1 }
        }
    }

    /// و ي ە ہ ے followed by U+0654 compose to ؤ ئ ۀ ۂ ۓ (all two bytes, like their bases).
    @inline(__always)
    mutating func composeHamza(at offset: Int) {
        let b0 = buffer[offset], b1 = buffer[offset + 1]
        composedHamza = true
        switch (b0, b1) {
        case (0xD9, 0x88): buffer[offset] = 0xD8; buffer[offset + 1] = 0xA4  // و → ؤ
        case (0xD9, 0x8A): buffer[offset] = 0xD8; buffer[offset + 1] = 0xA6  // ي → ئ
        case (0xDB, 0x95): buffer[offset + 1] = 0x80                         // ە → ۀ
        case (0xDB, 0x81): buffer[offset + 1] = 0x82                         // ہ → ۂ
        case (0xDB, 0x92): buffer[offset + 1] = 0x93                         // ے → ۓ
        default: break
        }
        composableOffset = -1
    }
}
