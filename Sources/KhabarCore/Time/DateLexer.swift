import Foundation

/// A token of a written date.
enum DateToken: Equatable, Sendable {
    /// A run of digits (any script's decimal digits), its value and how many digits it had.
    case number(Int, digits: Int)
    /// A run of letters, normalised: Arabic marks and tatweel removed, alef variants → ا,
    /// ى → ي, lowercased. Joined to its neighbour when a space separated them is not kept.
    case word(String)
    /// Any other visible character (`/`, `-`, `:`, `+`, `,`, `(`...). White space is dropped.
    case symbol(Character)

    var number: Int? { if case .number(let v, _) = self { return v }; return nil }
    var digits: Int { if case .number(_, let d) = self { return d }; return 0 }
    var word: String? { if case .word(let w) = self { return w }; return nil }
    var symbol: Character? { if case .symbol(let c) = self { return c }; return nil }
}

/// Splits a written date (or a whole text) into numbers, normalised words and symbols, with the
/// position of each token in Unicode scalars (code points) of the input.
enum DateLexer {
    struct Located: Equatable, Sendable {
        var token: DateToken
        var start: Int
        var end: Int
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09...0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Words are normalised with text profile v1 (the tokenizer's table: marks and tatweel
    /// deleted, alef, yeh and kaf variants folded, lowercased), one table load per character.
    static func lex(_ text: String) -> [Located] {
        let table = CharacterTable.v1
        var out: [Located] = []
        out.reserveCapacity(text.utf8.count / 6)
        var word: [UInt8] = []
        var wordStart = 0, wordEnd = 0
        var number = 0, digits = 0, numberStart = 0
        var position = 0
        @inline(__always) func flushWord() {
            if wordEnd > 0 {
                if !word.isEmpty { out.append(Located(token: .word(String(decoding: word, as: UTF8.self)), start: wordStart, end: wordEnd)) }
                word.removeAll(keepingCapacity: true)
                wordEnd = 0
            }
        }
        @inline(__always) func flushNumber(_ end: Int) {
            if digits > 0 {
                out.append(Located(token: .number(digits > 18 ? Int.max : number, digits: digits), start: numberStart, end: end))
                number = 0; digits = 0
            }
        }
        table.entries.withUnsafeBufferPointer { entries in
            for s in text.unicodeScalars {
                defer { position += 1 }
                let v = s.value
                let entry = v < 0x10000 ? entries[Int(v)] : table.supplementaryEntry(v).0
                switch entry & CharacterTable.kindMask {
                case CharacterTable.Kind.digit.rawValue:
                    flushWord()
                    let value: Int
                    switch v {
                    case 0x30...0x39: value = Int(v - 0x30)
                    case 0x0660...0x0669: value = Int(v - 0x0660)
                    case 0x06F0...0x06F9: value = Int(v - 0x06F0)
                    default: value = Int(s.properties.numericValue ?? 0)
                    }
                    if digits == 0 { numberStart = position }
                    if digits < 19 { number = number * 10 + value }
                    digits += 1
                case CharacterTable.Kind.letter.rawValue:
                    flushNumber(position)
                    if wordEnd == 0 { wordStart = position }
                    wordEnd = position + 1
                    let n = Int((entry >> 16) & 7)
                    if n > 0 {
                        var bytes = entry >> 32
                        for _ in 0..<n { word.append(UInt8(truncatingIfNeeded: bytes)); bytes >>= 8 }
                    } else if entry & CharacterTable.sideTable != 0 {
                        word += table.multiOutput[v] ?? Array(String(s).lowercased().utf8)
                    }
                case CharacterTable.Kind.invisible.rawValue:
                    continue
                case CharacterTable.Kind.presentation.rawValue:
                    flushNumber(position)
                    if wordEnd == 0 { wordStart = position }
                    wordEnd = position + 1
                    for m in table.presentation[v] ?? [] {
                        let e = table.entries[Int(m)]
                        var bytes = e >> 32
                        for _ in 0..<Int((e >> 16) & 7) { word.append(UInt8(truncatingIfNeeded: bytes)); bytes >>= 8 }
                    }
                default:
                    flushNumber(position)
                    flushWord()
                    // A line end is a token of its own: no date pattern accepts it, so none spans lines.
                    if v == 0x0A || (!DateLexer.isSpace(v) && v != 0xFFFD) {
                        out.append(Located(token: .symbol(Character(s)), start: position, end: position + 1))
                    }
                }
            }
        }
        flushWord()
        flushNumber(position)
        return out
    }
}

/// The tokens of a whole document text, for the date-mention finder: one array of records, with the
/// normalised bytes of all words in one arena. A word becomes a `String` only when a pattern
/// looks at it (most words are tested on their bytes and passed over), because making a String
/// of every word of every document cost more than the rest of the date search.
struct DateTextTokens {
    enum Kind: UInt8 { case number, word, symbol }
    /// One token (one append per token: this runs on every word of every document).
    private struct Item {
        /// Number: its value; word: offset in `arena`; symbol: the scalar value.
        var value: Int
        /// Number: digits; word: byte length.
        var length: Int32
        /// Offsets in Unicode scalars and in bytes of the text.
        var start: Int32, end: Int32
        var byteStart: Int32, byteEnd: Int32
        var kind: Kind
        /// Words: `relativeFlag`, `weekdayFlag`, `anyWeekdayFlag`, `markerFlag` (tests every
        /// word gets, made once when lexed).
        var flags: UInt8 = 0
    }
    private static let relativeFlag: UInt8 = 1, weekdayFlag: UInt8 = 2, anyWeekdayFlag: UInt8 = 4, markerFlag: UInt8 = 8
    /// A word whose end is the tokenizer's: `trimmedEnd` finds its last visible scalar.
    private static let trimEndFlag: UInt8 = 16
    /// A month name's first word (`MonthNames.firstWords`), as `mayBeMonth` asks first.
    private static let monthFlag: UInt8 = 32
    /// An ordinal that may be a day (`DateMentionFinder.ordinalDays`: التاسع, الحادي, العشرين ...),
    /// as "التاسع من أغسطس" starts.
    private static let ordinalFlag: UInt8 = 64
    /// The symbol that stands for tokens left out (`init(tokens:text:window:)`): a noncharacter,
    /// which no pattern takes.
    static let barrier: Unicode.Scalar = "\u{FFFF}"
    /// How many tokens around each anchor `DateMentionFinder` keeps. A word may start a mention
    /// only 6 items or fewer before a number or 5 before a relative word (the finder's gates),
    /// and a mention looks 2 items back: with 7 tokens a side every start and all it looks at is
    /// kept. Tests find the same mentions with 7 and with this default on real articles and long
    /// random text (with 2 they do not). 8 since the twenty-first session (16 before, "room for
    /// long paired month names"): the same date mentions on news-bench, the date finder's
    /// instructions −15% (callgrind, `report -j 1` on a seventh of news-bench: 436 → 368 million).
    ///
    /// The anchors are the tokens every mention holds one of: a weekday (any form), a relative
    /// word, a number of four digits (every year, so every numeric date), and a number of one or
    /// two digits (a day) with a word that may be a month beside it ("31 مارس", "March 31"; a
    /// day in a mention is that, or 2 tokens before one: "1 و 2 أبريل"; see `isAnchor`). Other numbers
    /// ("قتل 150 شخصا") and days with no month near anchor nothing: on news-small the window
    /// keeps 23% of the items (43,048 of 188,074; 38%, 70,737, with the 16 tokens of before).
    static let anchorWindow = 8
    /// How far before a day's number (in tokens) an English month name makes it an anchor
    /// ("March (مارس) 31": paired names may stand between).
    static let monthReach = 8
    /// The words that make "month + relative word" (`مارس الماضي`): every one the finder accepts.
    static let relativeWords: Set<String> = DateMentionFinder.pastWords.union(DateMentionFinder.nextWords).union(["الحالي", "الجاري"])
    private var items: [Item] = []
    /// The words' normalised bytes: lexed here (`init(utf8:)`), or the tokenizer's, read in its
    /// buffer (`init(tokens:text:window:)`; a copy of the buffer shares its memory, and nothing
    /// appends to it while the finder runs): copying them was a copy and an allocation per document.
    private var arena: [UInt8] = []
    private var tokenWords: TokenBuffer?
    /// The text the tokenizer's tokens were made of (`init(tokens:text:)`), for `trimmedEnd`:
    /// valid while the finder that made these tokens runs.
    private var trimText: UnsafePointer<UInt8>?

    var count: Int { items.count }

    @inline(__always) func kind(_ i: Int) -> Kind { items[i].kind }
    @inline(__always) func start(_ i: Int) -> Int { Int(items[i].start) }
    @inline(__always) func end(_ i: Int) -> Int {
        items[i].flags & DateTextTokens.trimEndFlag != 0 ? trimmedEnd(i).end : Int(items[i].end)
    }
    @inline(__always) func byteStart(_ i: Int) -> Int { Int(items[i].byteStart) }
    @inline(__always) func byteEnd(_ i: Int) -> Int {
        items[i].flags & DateTextTokens.trimEndFlag != 0 ? trimmedEnd(i).byteEnd : Int(items[i].byteEnd)
    }

    /// A word made from the tokenizer's token ends at its last visible scalar; the tokenizer's
    /// end is where the next token or separator begins, after any invisible marks. Found here,
    /// when a mention asks for it (it was found for every word when the word was made: ~1.3% of
    /// `report`'s instructions, for the few words that end a mention).
    private func trimmedEnd(_ i: Int) -> (end: Int, byteEnd: Int) {
        let it = items[i]
        var end = Int(it.end), byteEnd = Int(it.byteEnd)
        guard let p = trimText else { return (end, byteEnd) }
        let byteStart = Int(it.byteStart)
        // The invisible marks are U+00AD (C2 AD), U+061C (D8 9C) and some of U+200B–U+2069 and
        // U+FEFF (three bytes): a word that ends in ASCII or in any other two-byte scalar (lead
        // byte C2–DF: every Arabic letter) ends where the tokenizer says, without decoding.
        let last = p[byteEnd - 1]
        var plainEnd = last < 0x80
        if !plainEnd && byteEnd - 2 >= byteStart {
            let lead = p[byteEnd - 2]
            plainEnd = lead >= 0xC2 && lead <= 0xDF && !(lead == 0xC2 && last == 0xAD) && !(lead == 0xD8 && last == 0x9C)
        }
        while !plainEnd && byteEnd > byteStart {
            var lead = byteEnd - 1
            while lead > byteStart && p[lead] & 0xC0 == 0x80 { lead -= 1 }
            let d = Tokenizer.decode(p, lead, byteEnd)
            guard TextProfile.isInvisible(d.cp) else { break }
            byteEnd = lead
            end -= 1
        }
        return (end, byteEnd)
    }

    func number(_ i: Int) -> Int? { items[i].kind == .number ? items[i].value : nil }
    func digits(_ i: Int) -> Int { items[i].kind == .number ? Int(items[i].length) : 0 }
    func symbol(_ i: Int) -> Character? {
        items[i].kind == .symbol ? Character(Unicode.Scalar(UInt32(items[i].value))!) : nil
    }
    func word(_ i: Int) -> String? {
        let it = items[i]
        guard it.kind == .word else { return nil }
        return withArena { String(decoding: UnsafeBufferPointer(rebasing: $0[it.value..<(it.value + Int(it.length))]), as: UTF8.self) }
    }

    @inline(__always)
    private func withArena<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let tokenWords { return body(tokenWords.bytes) }
        return arena.withUnsafeBufferPointer(body)
    }

    /// The weekday word `i` names (`DateMentionFinder.weekday(bytes:)`), read in place.
    func weekday(_ i: Int) -> Int? {
        withWordBytes(i) { DateMentionFinder.weekday(bytes: $0) } ?? nil
    }

    /// The word's normalised bytes, or nil for another kind of token.
    @inline(__always)
    func withWordBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let it = items[i]
        guard it.kind == .word else { return nil }
        return withArena { a in
            body(UnsafeBufferPointer(start: a.baseAddress! + it.value, count: Int(it.length)))
        }
    }

    /// الماضي, المقبلة, الجاري ...: one of `relativeWords` (ال and 12, 14 or 16 bytes, then the hash).
    @inline(__always) func mayBeRelative(_ i: Int) -> Bool { items[i].flags & DateTextTokens.relativeFlag != 0 }

    /// May be a weekday name (`MonthNames.weekdayHashes`): English, or ال / وال / فال first.
    @inline(__always) func mayBeWeekday(_ i: Int) -> Bool { items[i].flags & DateTextTokens.weekdayFlag != 0 }

    /// May be any form in `MonthNames.weekdayHashes` (also بال..., which `DateMentionFinder.weekday`
    /// accepts too).
    @inline(__always) func mayBeAnyWeekday(_ i: Int) -> Bool { items[i].flags & DateTextTokens.anyWeekdayFlag != 0 }

    /// A word that starts as the weekdays `DateMentionFinder.weekday` accepts do: a Latin letter,
    /// or ال, وال, فال, بال (the first two bytes are tested).
    @inline(__always)
    func startsLikeWeekday(_ i: Int) -> Bool {
        withWordBytes(i) { u in
            guard let a = u.first else { return false }
            if a < 0x80 { return true }
            guard u.count >= 2 else { return false }
            let b = u[1]
            return (a == 0xD8 && (b == 0xA7 || b == 0xA8)) || (a == 0xD9 && (b == 0x88 || b == 0x81))
        } ?? false
    }

    /// A month's first word with one proclitic letter in front ("ويونيو", not "يونيو"): the
    /// letter is left out of the mention. On the word's bytes (a `Set<String>` lookup
    /// normalises the String to hash it).
    func isMonthAfterProclitic(_ i: Int) -> Bool {
        withWordBytes(i) { u in
            !MonthNames.firstWordSet.contains(u) && DateTextTokens.isMonthFirstWordAfterOneLetter(u)
        } ?? false
    }

    /// `u` without its first scalar is a month's first word (and not empty).
    private static func isMonthFirstWordAfterOneLetter(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = u.first else { return false }
        let width = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
        return u.count > width && MonthNames.firstWordSet.contains(UnsafeBufferPointer(rebasing: u[width...]))
    }

    /// May be an ordinal day (`DateMentionFinder.ordinalDays`).
    @inline(__always) func mayBeOrdinal(_ i: Int) -> Bool { items[i].flags & DateTextTokens.ordinalFlag != 0 }

    /// May be a year marker (عام, في, منذ ..., also with و or ف in front).
    @inline(__always) func mayBeMarker(_ i: Int) -> Bool { items[i].flags & DateTextTokens.markerFlag != 0 }

    /// Token `i` is the word whose normalised UTF-8 is `utf8` (no String is made).
    @inline(__always)
    func isWord(_ i: Int, _ utf8: [UInt8]) -> Bool {
        withWordBytes(i) { u in
            u.count == utf8.count && utf8.withUnsafeBufferPointer { memcmp(u.baseAddress!, $0.baseAddress!, u.count) == 0 }
        } ?? false
    }

    /// Token `i` is a word in `set` (normalised UTF-8).
    @inline(__always)
    func isWord(_ i: Int, in set: ByteKeySet) -> Bool {
        withWordBytes(i) { set.contains($0) } ?? false
    }

    /// Token `i` is a word of ASCII letters only.
    func isASCIIWord(_ i: Int) -> Bool {
        withWordBytes(i) { u in u.allSatisfy { $0 < 0x80 } } ?? false
    }

    /// Token `i` is one of `words` (normalised UTF-8).
    @inline(__always)
    func isWord(_ i: Int, in words: [[UInt8]]) -> Bool {
        withWordBytes(i) { u in
            words.contains { w in u.count == w.count && w.withUnsafeBufferPointer { memcmp(u.baseAddress!, $0.baseAddress!, u.count) == 0 } }
        } ?? false
    }

    /// Token `i` is the symbol `scalar`.
    @inline(__always)
    func isSymbol(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
        items[i].kind == .symbol && items[i].value == Int(scalar.value)
    }

    /// Tokens `i` and `j` are the same symbol.
    @inline(__always)
    func sameSymbol(_ i: Int, _ j: Int) -> Bool {
        items[i].kind == .symbol && items[j].kind == .symbol && items[i].value == items[j].value
    }

    /// Every word the flags are about, by hash: relative words, weekdays (any form: also with و,
    /// ف or ب in front), year markers (`DateMentionFinder.yearMarkers`, also with و or ف in
    /// front: every word `DateMentionFinder.markerSkip` accepts).
    private static let wordFlags: HashFlags = {
        var flags: [UInt64: UInt8] = [:]
        for w in relativeWords { flags[MonthNames.hash(w), default: 0] |= relativeFlag }
        for w in MonthNames.weekdays.keys {
            for p in ["", "و", "ف", "ب"] { flags[MonthNames.hash(p + w), default: 0] |= anyWeekdayFlag }
        }
        for w in DateMentionFinder.yearMarkers {
            for p in ["", "و", "ف"] { flags[MonthNames.hash(p + w), default: 0] |= markerFlag }
        }
        for w in MonthNames.firstWords { flags[MonthNames.hash(w), default: 0] |= monthFlag }
        for w in DateMentionFinder.ordinalDays.keys { flags[MonthNames.hash(w), default: 0] |= ordinalFlag }
        return HashFlags(flags)
    }()

    /// Computes the flags of words; holds its own copy of the static table, read once per text
    /// (a static's lazy-initialisation check on every word showed in profiles).
    private struct Flagger {
        let wordFlags = DateTextTokens.wordFlags

        /// The flags of a word's normalised bytes; `hash` is their `byteHash` when known. One
        /// lookup for all three sets (it was one per set, each behind a length test).
        @inline(__always)
        func flags(_ u: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> UInt8 {
            let n = u.count
            guard n < 64 else { return 0 }
            var f = wordFlags.flags(hash ?? byteHash(u.baseAddress!, n))
            // A weekday that starts as `DateMentionFinder.weekday` takes it without a look back:
            // English, or ال / وال / فال.
            if f & anyWeekdayFlag != 0 && n >= 6 {
                let a = u[0], b = u[1]
                if a < 0x80 || (a == 0xD8 && b == 0xA7) || (a == 0xD9 && (b == 0x88 || b == 0x81)) { f |= weekdayFlag }
            }
            return f
        }
    }

    /// Is a month name's first word (`MonthNames.firstWords`), or one after a one-letter
    /// proclitic in a word of more than 6 bytes: the exact test after `mayBeMonth`, on bytes.
    func mayBeMonthFirstWord(_ i: Int) -> Bool {
        withWordBytes(i) { u in
            MonthNames.firstWordSet.contains(u) || (u.count > 6 && DateTextTokens.isMonthFirstWordAfterOneLetter(u))
        } ?? false
    }

    /// May be a month name's first word, with or without one proclitic letter. (Without: the
    /// word's flag, found with the others when the word was made; it was a hash of the word here.)
    func mayBeMonth(_ i: Int) -> Bool {
        if items[i].flags & DateTextTokens.monthFlag != 0 { return true }
        return withWordBytes(i) { DateTextTokens.mayBeMonthAfterProclitic($0) } ?? false
    }

    /// The word's bytes may be a month name's first word after one proclitic letter ("ويونيو").
    @inline(__always)
    static func mayBeMonthAfterProclitic(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count > 8, u.count < 64, MonthNames.monthFirstWordLengths & (1 << UInt64(u.count)) != 0 else { return false }
        return u[0] >= 0xD8 && MonthNames.firstWordHashes.contains(byteHash(u.baseAddress! + 2, u.count - 2))
    }

    /// All `count` bytes at `p` are ASCII.
    @inline(__always)
    static func isASCII(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for j in 0..<count where p[j] >= 0x80 { return false }
        return true
    }

    /// Lexer state between scalars (a struct passed inout, not variables captured by nested
    /// functions: those cost a dynamic exclusivity check on every access).
    private struct State {
        var inWord = false
        var wordOffset = 0, wordStart = 0, wordEnd = 0, wordByteStart = 0, wordByteEnd = 0
        var number = 0, digits = 0, numberStart = 0, numberByteStart = 0
    }

    @inline(__always)
    private static func flushWord(_ s: inout State, _ items: inout [Item], _ arena: UnsafeMutablePointer<UInt8>, _ used: Int,
                                  _ flagger: Flagger) {
        guard s.inWord else { return }
        if used > s.wordOffset {
            let offset = s.wordOffset, length = used - offset
            let flags = flagger.flags(UnsafeBufferPointer(start: arena + offset, count: length))
            items.append(Item(value: offset, length: Int32(length), start: Int32(s.wordStart), end: Int32(s.wordEnd),
                              byteStart: Int32(s.wordByteStart), byteEnd: Int32(s.wordByteEnd), kind: .word, flags: flags))
        }
        s.inWord = false
    }

    @inline(__always)
    private static func flushNumber(_ s: inout State, _ items: inout [Item], _ end: Int, _ byteEnd: Int) {
        guard s.digits > 0 else { return }
        items.append(Item(value: s.digits > 18 ? Int.max : s.number, length: Int32(min(s.digits, Int(Int32.max))),
                          start: Int32(s.numberStart), end: Int32(end), byteStart: Int32(s.numberByteStart), byteEnd: Int32(byteEnd), kind: .number))
        s.number = 0
        s.digits = 0
    }

    /// Lexes valid UTF-8 (the caller repairs invalid text first) as `DateLexer.lex` lexes a
    /// String: the same tokens, normalisation and scalar offsets, plus byte offsets.
    /// The words' bytes are built in raw memory and copied into `arena` once at the end (an
    /// Array append per byte showed in profiles: this runs over every document).
    init(utf8 text: UnsafeBufferPointer<UInt8>) {
        let table = CharacterTable.v1
        let flagger = Flagger()
        let n = text.count
        guard let p = text.baseAddress, n > 0 else { return }
        var items: [Item] = []
        items.reserveCapacity(n / 6 + 1)
        var capacity = n + 64
        var out = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        var used = 0
        var s = State()
        var position = 0
        var b = 0
        table.entries.withUnsafeBufferPointer { entries in
            let e = entries.baseAddress!
            while b < n {
                // Decode one scalar (valid UTF-8).
                let (v, width) = DateTextTokens.decodeValid(p, b)
                let entry = v < 0x10000 ? e[Int(v)] : table.supplementaryEntry(v).0
                switch entry & CharacterTable.kindMask {
                case CharacterTable.Kind.digit.rawValue:
                    DateTextTokens.flushWord(&s, &items, out, used, flagger)
                    let value: Int
                    switch v {
                    case 0x30...0x39: value = Int(v - 0x30)
                    case 0x0660...0x0669: value = Int(v - 0x0660)
                    case 0x06F0...0x06F9: value = Int(v - 0x06F0)
                    default: value = Int(Unicode.Scalar(v)!.properties.numericValue ?? 0)
                    }
                    if s.digits == 0 { s.numberStart = position; s.numberByteStart = b }
                    if s.digits < 19 { s.number = s.number * 10 + value }
                    s.digits += 1
                case CharacterTable.Kind.letter.rawValue, CharacterTable.Kind.presentation.rawValue:
                    DateTextTokens.flushNumber(&s, &items, position, b)
                    if !s.inWord { s.inWord = true; s.wordStart = position; s.wordByteStart = b; s.wordOffset = used }
                    s.wordEnd = position + 1
                    s.wordByteEnd = b + width
                    if entry & CharacterTable.kindMask == CharacterTable.Kind.presentation.rawValue {
                        for m in table.presentation[v] ?? [] {
                            let me = e[Int(m)]
                            if used + 4 > capacity { growByteBuffer(&out, capacity: &capacity, used: used, needed: used + 4) }
                            UnsafeMutableRawPointer(out + used).storeBytes(of: UInt32(truncatingIfNeeded: me >> 32).littleEndian, as: UInt32.self)
                            used += Int((me >> 16) & 7)
                        }
                    } else {
                        let k = Int((entry >> 16) & 7)
                        if k > 0 {
                            if used + 4 > capacity { growByteBuffer(&out, capacity: &capacity, used: used, needed: used + 4) }
                            UnsafeMutableRawPointer(out + used).storeBytes(of: UInt32(truncatingIfNeeded: entry >> 32).littleEndian, as: UInt32.self)
                            used += k
                        } else if entry & CharacterTable.sideTable != 0 {
                            let extra = table.multiOutput[v] ?? Array(String(Unicode.Scalar(v)!).lowercased().utf8)
                            if used + extra.count > capacity { growByteBuffer(&out, capacity: &capacity, used: used, needed: used + extra.count) }
                            for x in extra { out[used] = x; used += 1 }
                        }
                    }
                case CharacterTable.Kind.invisible.rawValue:
                    break
                default:
                    DateTextTokens.flushNumber(&s, &items, position, b)
                    DateTextTokens.flushWord(&s, &items, out, used, flagger)
                    // A line end is a token of its own: no date pattern accepts it, so none spans lines.
                    if v == 0x0A || (!DateLexer.isSpace(v) && v != 0xFFFD) {
                        items.append(Item(value: Int(v), length: 0, start: Int32(position), end: Int32(position + 1),
                                          byteStart: Int32(b), byteEnd: Int32(b + width), kind: .symbol))
                    }
                }
                position += 1
                b += width
            }
        }
        DateTextTokens.flushWord(&s, &items, out, used, flagger)
        DateTextTokens.flushNumber(&s, &items, position, b)
        self.items = items
        arena = Array(UnsafeBufferPointer(start: out, count: used))
        out.deallocate()
    }

    /// The same tokens as `init(utf8:)`, built from the tokenizer's tokens of the same text instead
    /// of lexing it again: words and numbers are the tokenizer's (same table, profile v1), the
    /// symbols and line ends come from the bytes between tokens. Valid only when the tokenizer
    /// used profile v1 on its fast path, over valid UTF-8, without rewriting scalars (no
    /// presentation forms, no composed hamza): `DocumentProcessor` checks, and a test compares
    /// both constructions on real and random text.
    ///
    /// With a `window`, only the tokens within `window` tokens of an anchor are kept (see
    /// `anchorWindow`), each run of tokens left out replaced by one `barrier` symbol: the finder
    /// finds the same mentions in less (tests compare the mentions found both ways).
    init(tokens: TokenBuffer, text: UnsafeBufferPointer<UInt8>, window: Int? = nil) {
        let table = CharacterTable.v1
        let flagger = Flagger()
        guard let p = text.baseAddress else { return }
        let n = tokens.count
        // The words' flags, and the runs of tokens made into items: all of them, or (with a
        // window) those within `window` tokens of an anchor (see `anchorWindow`).
        // (Raw memory: an Array's uniqueness test on every store showed in profiles.)
        let wordFlags = UnsafeMutablePointer<UInt8>.allocate(capacity: max(n, 1))
        defer { wordFlags.deallocate() }
        var runs: [Range<Int>] = []
        let tokenBytes = tokens.bytes.baseAddress
        let anchorFlags = DateTextTokens.relativeFlag | DateTextTokens.anyWeekdayFlag
        var runStart = 0, runEnd = window == nil ? n : 0
        for k in 0..<n {
            let isNumber = tokens.infos[k].isNumber
            if !isNumber {
                let span = tokens.spans[k]
                wordFlags[k] = flagger.flags(UnsafeBufferPointer(start: tokenBytes! + span.start, count: span.count), hash: tokens.hashes[k])
            } else {
                wordFlags[k] = 0
            }
            if let window, isNumber ? DateTextTokens.isAnchor(number: k, tokens, wordFlags, flagger)
                : wordFlags[k] & anchorFlags != 0 || (wordFlags[k] & DateTextTokens.ordinalFlag != 0
                                                       && DateTextTokens.isAnchor(ordinal: k, tokens, flagger)) {
                let from = max(0, k - window), to = min(n, k + window + 1)
                if from <= runEnd {
                    runEnd = max(runEnd, to)
                } else {
                    if runEnd > runStart { runs.append(runStart..<runEnd) }
                    (runStart, runEnd) = (from, to)
                }
            }
        }
        if runEnd > runStart { runs.append(runStart..<runEnd) }
        var items: [Item] = []
        items.reserveCapacity(runs.reduce(0) { $0 + $1.count } * 5 / 4 + 8)
        var position = 0, b = 0  // where the gap before the next token starts
        var previous = -1  // the last token made into an item
        table.entries.withUnsafeBufferPointer { entries in
            let e = entries.baseAddress!
            for run in runs {
                for k in run {
                    let info = tokens.infos[k]
                    if previous == k - 1 {
                        DateTextTokens.gap(p, from: &b, to: info.byteStart, position: &position, entries: e, table: table, into: &items)
                    } else if !items.isEmpty {
                        // Tokens left out (and the symbols around them): one barrier in their place.
                        items.append(Item(value: Int(DateTextTokens.barrier.value), length: 0, start: Int32(position), end: Int32(position),
                                          byteStart: Int32(b), byteEnd: Int32(b), kind: .symbol))
                    }
                    let span = tokens.spans[k]
                    let bytes = UnsafeBufferPointer(start: tokenBytes! + span.start, count: span.count)
                    if info.isNumber {
                        // The tokenizer's digits are ASCII for Arabic-Indic ones; others are as written.
                        var number = 0, digits = 0, i = 0
                        while i < bytes.count {
                            let b0 = bytes[i]
                            let value: Int
                            if b0 < 0x80 { value = Int(b0) - 0x30; i += 1 } else {
                                let d = Tokenizer.decode(bytes.baseAddress!, i, bytes.count)
                                value = Int(Unicode.Scalar(d.cp).flatMap { $0.properties.numericValue } ?? 0)
                                i += d.len
                            }
                            if digits < 19 { number = number * 10 + value }
                            digits += 1
                        }
                        items.append(Item(value: digits > 18 ? Int.max : number, length: Int32(min(digits, Int(Int32.max))),
                                          start: Int32(info.start), end: Int32(info.end), byteStart: Int32(info.byteStart),
                                          byteEnd: Int32(info.byteEnd), kind: .number))
                    } else {
                        // A word ends at its last visible scalar: the tokenizer's end, trimmed of
                        // invisible marks when asked (`trimmedEnd`).
                        items.append(Item(value: span.start, length: Int32(span.count), start: Int32(info.start), end: Int32(info.end),
                                          byteStart: Int32(info.byteStart), byteEnd: Int32(info.byteEnd), kind: .word,
                                          flags: wordFlags[k] | DateTextTokens.trimEndFlag))
                    }
                    position = info.end
                    b = info.byteEnd
                    previous = k
                }
            }
            if previous == n - 1 {
                DateTextTokens.gap(p, from: &b, to: text.count, position: &position, entries: e, table: table, into: &items)
            }
        }
        self.items = items
        tokenWords = tokens
        trimText = p
    }

    /// Number `k` of the tokenizer's tokens is an anchor (see `anchorWindow`): four digits, a day
    /// with its month near, or digits of another script (anchors whatever their length). A day's
    /// month is one of the next four tokens ("31 مارس", "15 من مايو", "14 من شهر أبريل"; in "1 و
    /// 2 من أبريل" the 1 is 2 tokens before the 2, an anchor), or an English name before it, after any
    /// paired names ("March 31", "March (مارس) 31"): within `monthReach` tokens, an English
    /// name has the month flag (no proclitic letter).
    /// `flags` holds the flags of the words before `k`. (Out of line: numbers are few, and the
    /// loop over every token stays small.)
    @inline(never)
    private static func isAnchor(number k: Int, _ tokens: TokenBuffer, _ flags: UnsafeMutablePointer<UInt8>, _ flagger: Flagger) -> Bool {
        let span = tokens.spans[k]
        let bytes = tokens.bytes.baseAddress!
        // ASCII digits are one byte each (the tokenizer writes Arabic-Indic digits as ASCII).
        if span.count == 4 || span.count > 2 && !isASCII(bytes + span.start, span.count) { return true }
        guard span.count <= 2 else { return false }
        for j in max(0, k - monthReach)..<k where flags[j] & monthFlag != 0 { return true }
        // A month within 4 tokens after it: "31 مارس", "15 ومايو", "14 من شهر أبريل".
        for j in (k + 1)..<min(tokens.count, k + 5) where !tokens.infos[j].isNumber {
            let word = tokens.spans[j]
            let u = UnsafeBufferPointer(start: bytes + word.start, count: word.count)
            if flagger.flags(u, hash: tokens.hashes[j]) & monthFlag != 0 || mayBeMonthAfterProclitic(u) { return true }
        }
        return false
    }

    /// The ordinal word `k` (a possible day: "التاسع من أغسطس", "الحادي والعشرين من شهر مارس") is
    /// an anchor when a month's first word comes within 4 tokens after it (the tens, من, شهر
    /// between). (Out of line: الاول and الثاني are frequent words, the loop over every token
    /// stays small.)
    @inline(never)
    private static func isAnchor(ordinal k: Int, _ tokens: TokenBuffer, _ flagger: Flagger) -> Bool {
        let bytes = tokens.bytes.baseAddress!
        for j in (k + 1)..<min(tokens.count, k + 5) where !tokens.infos[j].isNumber {
            let word = tokens.spans[j]
            let u = UnsafeBufferPointer(start: bytes + word.start, count: word.count)
            if flagger.flags(u, hash: tokens.hashes[j]) & monthFlag != 0 { return true }
        }
        return false
    }

    /// The scalar at `b` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decodeValid(_ p: UnsafePointer<UInt8>, _ b: Int) -> (UInt32, Int) {
        let b0 = p[b]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 { return ((UInt32(b0 & 0x1F) << 6) | UInt32(p[b + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((UInt32(b0 & 0x0F) << 12) | (UInt32(p[b + 1] & 0x3F) << 6) | UInt32(p[b + 2] & 0x3F), 3) }
        return ((UInt32(b0 & 0x07) << 18) | (UInt32(p[b + 1] & 0x3F) << 12) | (UInt32(p[b + 2] & 0x3F) << 6) | UInt32(p[b + 3] & 0x3F), 4)
    }

    /// The symbols of the bytes between two tokens, [b, end): every visible separator, and
    /// line ends (letters and digits there have no output: tatweel, marks).
    @inline(__always)
    private static func gap(_ p: UnsafePointer<UInt8>, from b: inout Int, to end: Int, position: inout Int,
                            entries e: UnsafePointer<UInt64>, table: CharacterTable, into items: inout [Item]) {
        while b < end {
            let (v, width) = DateTextTokens.decodeValid(p, b)
            if v != 0x20 {
                let entry = v < 0x10000 ? e[Int(v)] : table.supplementaryEntry(v).0
                if entry & CharacterTable.kindMask == CharacterTable.Kind.separator.rawValue
                    && (v == 0x0A || (!DateLexer.isSpace(v) && v != 0xFFFD)) {
                    items.append(Item(value: Int(v), length: 0, start: Int32(position), end: Int32(position + 1),
                                      byteStart: Int32(b), byteEnd: Int32(b + width), kind: .symbol))
                }
            }
            position += 1
            b += width
        }
    }
}
