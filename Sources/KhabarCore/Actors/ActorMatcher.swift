import Foundation

/// One mention of an actor in a document.
public struct ActorMention: Sendable, Equatable {
    public enum Via: String, Sendable {
        /// The canonical name.
        case gazetteer
        /// An alias, or a short form of a name seen earlier in the document.
        case alias
        /// A person found by a title pattern.
        case discovered
        /// The document's tags (metadata), apart from the text.
        case tag
    }
    /// The gazetteer actor, or nil for a discovered candidate.
    public var actor: Int?
    /// A discovered candidate: its number in the `CandidateNames` the mention was matched with
    /// (`ActorMatcher.match(_:candidates:)`), where its name is.
    public var candidate: Int?
    public var start: Int
    public var end: Int
    public var line: Int
    public var sentence: Int
    public var via: Via
    /// UTF-8 byte offsets of the same span (see `TokenInfo`).
    public var byteStart: Int = 0
    public var byteEnd: Int = 0
    /// A discovered name that stands for a person on its own: a given name of the lexicon with
    /// a family name (جون كيري, also after a title: السفير ماريو لوتشي), or a name after a
    /// nationality with ال (البرازيلي كاسيميرو دوس سانتوس), whose words pass `standsAlone`. Once
    /// is enough to report it (`ActorConfiguration.minDiscoveryMentions`); another name after a
    /// title or a verb of saying needs to come back.
    public var confident = false
}

/// A document's tokens kept for matching: bytes in one arena, with their positions.
///
/// Raw memory reused from document to document: every token of a `report` passes through here,
/// and four Array appends per token (a uniqueness and a capacity check each, and the generic
/// byte copy) were ~3% of its instructions. The fill state and the pointers live in the struct
/// (a class's stored `var`s cost a dynamic exclusivity check on every access); `TokenStore` only
/// owns the memory. The views (`infos`, `hashes`, `spans`, `bytes`) are valid until the next
/// `token` or `reset`; a copy of the buffer shares its memory (the matcher and the date finder
/// read a document's tokens while nothing appends).
struct TokenBuffer: HashedTokenSink {
    /// The text the tokens' byte offsets index, when the matcher was given it: the spelling of
    /// a token before normalisation (على or علي).
    var text: UnsafeBufferPointer<UInt8>?
    private let store = TokenStore()
    private(set) var count = 0
    private var capacity = TokenStore.initialCapacity
    private var byteCount = 0
    private var byteCapacity = TokenStore.initialByteCapacity
    private var infoStorage: UnsafeMutablePointer<TokenInfo>
    private var hashStorage: UnsafeMutablePointer<UInt64>
    private var spanStorage: UnsafeMutablePointer<(start: Int, count: Int)>
    private var byteStorage: UnsafeMutablePointer<UInt8>

    init() {
        infoStorage = store.infos
        hashStorage = store.hashes
        spanStorage = store.spans
        byteStorage = store.bytes
    }

    mutating func reset() { count = 0; byteCount = 0 }

    /// Inlined into the tokenizer's loop: a call per token showed (~3% of `report`'s cycles).
    @inline(__always)
    mutating func token(_ token: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) {
        self.token(token, info, hash: byteHash(token.baseAddress!, token.count))
    }

    @inline(__always)
    mutating func token(_ token: UnsafeBufferPointer<UInt8>, _ info: TokenInfo, hash: UInt64) {
        // Each field read once into a local, and wrapping arithmetic: the sums are far from
        // overflowing (a text's bytes), and every token of a `report` comes through here.
        let count = self.count, byteCount = self.byteCount
        if count == capacity { grow() }
        let n = token.count
        // 8 bytes of room stay after the last token: the term table compares a short key in one
        // load (`TermCounter.countUnigrams(of:)` counts from here).
        if byteCount &+ n &+ 8 > byteCapacity {
            growByteBuffer(&byteStorage, capacity: &byteCapacity, used: byteCount, needed: byteCount &+ n &+ 8)
            store.bytes = byteStorage  // the owner frees the grown buffer
        }
        if n > 0 { copyShortBytes(byteStorage + byteCount, token.baseAddress!, n) }
        (infoStorage + count).initialize(to: info)
        hashStorage[count] = hash
        spanStorage[count] = (byteCount, n)
        self.byteCount = byteCount &+ n
        self.count = count &+ 1
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            new.moveInitialize(from: old, count: count)
            old.deallocate()
            return new
        }
        infoStorage = moved(infoStorage)
        hashStorage = moved(hashStorage)
        spanStorage = moved(spanStorage)
        capacity = newCapacity
        store.infos = infoStorage
        store.hashes = hashStorage
        store.spans = spanStorage
    }

    /// Each token's place in the text.
    var infos: UnsafeBufferPointer<TokenInfo> { UnsafeBufferPointer(start: infoStorage, count: count) }
    /// Each token's `byteHash` (the matcher's first test of every token).
    var hashes: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: hashStorage, count: count) }
    /// Each token's bytes in `bytes`.
    var spans: UnsafeBufferPointer<(start: Int, count: Int)> { UnsafeBufferPointer(start: spanStorage, count: count) }
    /// The tokens' normalised bytes, one after another.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: byteStorage, count: byteCount) }

    /// Token `k`'s bytes in the buffer's storage: valid until the buffer is next appended to or
    /// reset (the matcher reads a document's tokens while nothing appends; a copy of each word
    /// of a name was an allocation per word).
    @inline(__always)
    func tokenBytes(_ k: Int) -> UnsafeBufferPointer<UInt8> { withToken(k) { $0 } }

    /// Token `k`'s bytes, without a copy.
    @inline(__always)
    func withToken<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        precondition(k >= 0 && k < count, "token index out of range")
        let span = spanStorage[k]
        return body(UnsafeBufferPointer(start: byteStorage + span.start, count: span.count))
    }

    /// The token that starts at byte `byteStart` of the text, if one does.
    func token(startingAt byteStart: Int) -> Int? { token(at: byteStart, ends: false) }

    /// The token that ends at byte `byteEnd` of the text, if one does.
    func token(endingAt byteEnd: Int) -> Int? { token(at: byteEnd, ends: true) }

    /// The token whose start (or end, `ends`) is byte `value`: a binary search (both grow with
    /// the tokens, which are in the text's order). A flag and not a key path: reading through a
    /// `KeyPath` went through `swift_getAtKeyPath`, ~400 instructions a read (1.5% of `report`).
    @inline(__always)
    private func token(at value: Int, ends: Bool) -> Int? {
        @inline(__always) func offset(_ k: Int) -> Int { ends ? infos[k].byteEnd : infos[k].byteStart }
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if offset(mid) < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && offset(lo) == value ? lo : nil
    }
}

/// Owns `TokenBuffer`'s memory (the buffer replaces the pointers here when it grows).
final class TokenStore {
    static let initialCapacity = 256
    static let initialByteCapacity = 4096
    var infos = UnsafeMutablePointer<TokenInfo>.allocate(capacity: initialCapacity)
    var hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: initialCapacity)
    var spans = UnsafeMutablePointer<(start: Int, count: Int)>.allocate(capacity: initialCapacity)
    var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: initialByteCapacity)

    deinit {
        infos.deallocate()
        hashes.deallocate()
        spans.deallocate()
        bytes.deallocate()
    }
}

/// Forwards every token to two sinks (one tokenization feeds terms and actors).
struct TeeSink<A: TokenSink, B: TokenSink>: TokenSink {
    var a: A
    var b: B
    @inline(__always)
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) {
        a.token(bytes, info)
        b.token(bytes, info)
    }
}

/// Finds actors in a document's tokens: longest match first, no overlaps, multi-word names;
/// clitics (و ف, then ب ل ك, and لل = ل + ال) stripped only when the stripped form hits the
/// gazetteer and keeps two letters; short forms of a person seen earlier in the document; and
/// people announced by a title (الرئيس, وزير الخارجية الصيني ...) when discovery is on.
struct ActorMatcher {
    let index: ActorIndex
    private(set) var discover: Bool
    /// Every possible first token (names, aliases, titles, given names, verbs of saying) by hash,
    /// with what it may start, one lookup for all: a gazetteer name (`startsName`), a title
    /// (`startsTitle`), a given name (`startsGivenName`), a verb of saying (`startsSpeaker`).
    /// A form's roles ride with it (`LookupForms.roles`), and a token is tried only by the
    /// matchers its forms may start: each matcher looked the forms up in its own table, and
    /// most tokens that get that far are one kind of word.
    private let firstRoles: HashFlags
    private static let startsName: UInt8 = 1, startsTitle: UInt8 = 2, startsGivenName: UInt8 = 4, startsSpeaker: UInt8 = 8
    /// An English title or given name (`EnglishNameLexicon`).
    private static let startsEnglishName: UInt8 = 16
    /// The head of an organisation's name (`ActorIndex.organizationHeads`).
    private static let startsOrganization: UInt8 = 32
    /// A noun that says what organisation follows (`ActorIndex.contextNouns`: "زعيم", "مراسل",
    /// "لاعب"), or a channel's name with ل ("للجزيرة").
    private static let startsContext: UInt8 = 64
    /// Hashes of what follows ال in the first tokens that start with it (for لل).
    private let alRestHashes: HashFilter
    /// Both sets in one Bloom filter: `mayHit` asks it about every word of the corpus, and a
    /// word it lets through is looked up exactly in `forms` (`firstRoles`, the short forms), so
    /// a false "maybe" costs a lookup and changes nothing found.
    private let anyFirstHashes: BloomFilter
    /// Hashes of the given names that start a discovered person (rules out most tokens before
    /// a key is built for the exact set).
    private let givenNameHashes: HashFilter

    init(index: ActorIndex, discover: Bool) {
        self.index = index
        self.discover = discover
        var first = Set<UInt64>(), alRest = Set<UInt64>()
        for k in index.byFirst.keys + index.titles.keys + index.givenNames.keys + index.ambiguousGivenNames.keys
            + index.reportingVerbs.keys + index.english.titles.keys + index.english.givenNames.keys
            + index.organizationHeads.keys + index.definiteOrganizationHeads.keys
            + index.mediaDescriptors.keys + index.teamDescriptors.keys + index.companyDescriptors.keys + index.placeDescriptors.keys
            + ActorMatcher.contextStarts(index) {
            let key = k.bytes
            first.insert(k.hash)
            if key.count > 4 && key[0] == 0xD8 && key[1] == 0xA7 && key[2] == 0xD9 && key[3] == 0x84 {
                alRest.insert(ActorMatcher.hash(key[4...]))
            }
        }
        var roles: [UInt64: UInt8] = [:]
        for k in index.byFirst.keys { roles[k.hash, default: 0] |= ActorMatcher.startsName }
        for k in index.titles.keys { roles[k.hash, default: 0] |= ActorMatcher.startsTitle }
        for k in index.givenNames.keys + index.ambiguousGivenNames.keys { roles[k.hash, default: 0] |= ActorMatcher.startsGivenName }
        for k in index.reportingVerbs.keys { roles[k.hash, default: 0] |= ActorMatcher.startsSpeaker }
        for k in index.english.titles.keys + index.english.givenNames.keys { roles[k.hash, default: 0] |= ActorMatcher.startsEnglishName }
        for k in index.organizationHeads.keys + index.definiteOrganizationHeads.keys + index.mediaDescriptors.keys
            + index.teamDescriptors.keys + index.companyDescriptors.keys + index.placeDescriptors.keys {
            roles[k.hash, default: 0] |= ActorMatcher.startsOrganization
        }
        for k in ActorMatcher.contextStarts(index) { roles[k.hash, default: 0] |= ActorMatcher.startsContext }
        firstRoles = HashFlags(roles)
        givenNameHashes = HashFilter((index.givenNames.keys + index.ambiguousGivenNames.keys).map(\.hash), bitsLog2: 14)
        alRestHashes = HashFilter(alRest)
        anyFirstHashes = BloomFilter(first.union(alRest))
    }

    /// The tokens that may start a contextual organisation (`startsContext`).
    private static func contextStarts(_ index: ActorIndex) -> [ByteKey] {
        index.contextNouns.keys + index.matchPrepositions.keys
            + index.contextualNames.keys.filter { key in
                index.contextualNames[key]!.contains { $0.kind == ActorIndex.ContextKind.told || $0.kind == ActorIndex.ContextKind.media }
            }
    }

    static func hash(_ s: ArraySlice<UInt8>) -> UInt64 {
        s.withUnsafeBufferPointer { byteHash($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }

    static let al: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]  // ال

    /// Letters (UTF-8 lead bytes) of `t` from byte `from` on.
    @inline(__always)
    private static func letters(_ t: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var n = 0
        for k in from..<t.count where t[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Adds the form of `t` from byte `start` when its hash may hit a first token or a short form.
    @inline(__always)
    private func consider(_ t: UnsafeBufferPointer<UInt8>, from start: Int, hash: UInt64? = nil,
                          extra: ShortForms, into out: inout LookupForms) {
        let h = hash ?? byteHash(t.baseAddress! + start, t.count - start)
        let roles = firstRoles.flags(h)
        if roles != 0 || extra.contains(h) { out.append(LookupForm(start: start, withAl: false, hash: h), roles: roles) }
    }

    /// The forms of a token to look up, most literal first, each only if it may hit (most
    /// tokens give none). Held inline and compared in place: nothing is allocated per token.
    /// `mayHitChecked`: the caller has just seen `mayHit` say yes.
    func forms(_ t: UnsafeBufferPointer<UInt8>, hash whole: UInt64, extra: ShortForms = ShortForms(),
               mayHitChecked: Bool = false) -> LookupForms {
        var out = LookupForms()
        if !mayHitChecked && !mayHit(t, hash: whole, extra: extra) { return out }
        consider(t, from: 0, hash: whole, extra: extra, into: &out)
        // The token, and without و or ف when it has one.
        var bases = 1
        if t.count >= 6, t[0] == 0xD9, t[1] == 0x88 || t[1] == 0x81 {  // و ف
            if ActorMatcher.letters(t, from: 2) >= 2 { consider(t, from: 2, extra: extra, into: &out); bases = 2 }
        }
        for base in stride(from: 0, to: 2 * bases, by: 2) {  // 0, and 2 after و or ف
            guard t.count - base >= 6 else { continue }
            if t[base] == 0xD9 && t[base + 1] == 0x84 && t[base + 2] == 0xD9 && t[base + 3] == 0x84 {  // لل → ال
                let rest = base + 4
                if t.count - rest >= 2, alRestHashes.contains(byteHash(t.baseAddress! + rest, t.count - rest)) {
                    let h = (ActorMatcher.al + UnsafeBufferPointer(rebasing: t[rest...])).withUnsafeBufferPointer {
                        byteHash($0.baseAddress!, $0.count)
                    }
                    out.append(LookupForm(start: rest, withAl: true, hash: h), roles: firstRoles.flags(h))
                }
            }
            let p0 = t[base], p1 = t[base + 1]
            if (p0 == 0xD8 && p1 == 0xA8) || (p0 == 0xD9 && (p1 == 0x84 || p1 == 0x83)) {  // ب ل ك
                if ActorMatcher.letters(t, from: base + 2) >= 2 { consider(t, from: base + 2, extra: extra, into: &out) }
            }
        }
        return out
    }

    /// The forms of token `i` of `buffer` (no short forms).
    @inline(__always)
    func forms(_ buffer: TokenBuffer, _ i: Int) -> LookupForms {
        buffer.withToken(i) { forms($0, hash: buffer.hashes[i]) }
    }

    /// A cheap test (hashes only) of whether any form of `t` can be looked up; `hash` is the
    /// whole token's `byteHash` (computed once by the tokenizer's sinks).
    @inline(__always)
    func mayHit(_ t: UnsafeBufferPointer<UInt8>, hash: UInt64, extra: ShortForms) -> Bool {
        if anyFirstHashes.mayContain(hash) || extra.contains(hash) { return true }
        // Only و ف ب ل ك are proclitics (`forms` strips nothing else): most words start with
        // another letter and are ruled out here, without a call (this runs on every token).
        guard t.count >= 6 else { return false }
        let a = t[0], b = t[1]
        guard (a == 0xD9 && (b == 0x88 || b == 0x81 || b == 0x84 || b == 0x83)) || (a == 0xD8 && b == 0xA8) else { return false }
        return mayHitAfterProclitics(t, extra: extra)
    }

    /// `mayHit` for a token that starts with a proclitic letter: the rest after 1, 2, 3 of them.
    @inline(never)
    private func mayHitAfterProclitics(_ t: UnsafeBufferPointer<UInt8>, extra: ShortForms) -> Bool {
        @inline(__always) func check(_ h: UInt64) -> Bool {
            anyFirstHashes.mayContain(h) || extra.contains(h)
        }
        var from = 0
        // Up to two proclitic letters (و/ف then ب/ل/ك), or و/ف then لل: the rest after 1, 2, 3 letters.
        for _ in 0..<3 {
            // Only و ف ب ل ك are proclitics (`forms` strips nothing else): most words start
            // with another letter (ا of ال) and are ruled out without hashing their suffixes.
            guard t.count - from >= 6 else { return false }
            let a = t[from], b = t[from + 1]
            guard (a == 0xD9 && (b == 0x88 || b == 0x81 || b == 0x84 || b == 0x83)) || (a == 0xD8 && b == 0xA8) else { return false }
            from += 2
            if check(byteHash(t.baseAddress! + from, t.count - from)) { return true }
        }
        return false
    }

    /// A gazetteer match at token `i`: (pattern, number of tokens); the longest, and of equal
    /// lengths the first form's (the token as written before the token without its clitics).
    func gazetteerMatch(_ buffer: TokenBuffer, at i: Int, forms: LookupForms? = nil) -> (NamePatternTable.Pattern, Int)? {
        let forms = forms ?? self.forms(buffer, i)
        let table = index.namePatterns
        var best: NamePatternTable.Pattern?, bestLength = 0
        let line = buffer.infos[i].line
        // The next token, when a name may go on to it (the same test as for each pattern below).
        let next = i + 1 < buffer.count && !buffer.infos[i + 1].followsBreak && buffer.infos[i + 1].line == line
            ? buffer.hashes[i + 1] : nil
        for f in 0..<forms.count {
            let form = forms[f]
            let found = buffer.withToken(i) { t in table.patterns(firstHash: form.hash, secondHash: next) { form.matches($0, in: t) } }
            for k in found {
                let p = table[k]
                let length = p.length
                guard length > bestLength, i + length <= buffer.count else { continue }
                var ok = true
                for j in 1..<max(1, length) {
                    let info = buffer.infos[i + j]
                    if info.followsBreak || info.line != line || buffer.hashes[i + j] != table.tokenHash(p, j)
                        || !buffer.withToken(i + j, { table.token(p, j, equals: $0) }) { ok = false; break }
                }
                if ok { best = p; bestLength = length; break }
            }
        }
        guard let best else { return nil }
        return (best, bestLength)
    }

    /// An organisation named without its descriptor (`ActorIndex.ContextualName`) where the
    /// context says what it is: right after a noun of its kind at token `i` ("زعيم القاعدة",
    /// "مسلحي الشباب", "مراسل الجزيرة", "لاعب برشلونة": the club, not the city), or at `i` with
    /// ل before a quote ("قال للجزيرة إن", "رضوان للجزيرة أمس إن"): (actor, first token, end).
    /// None where a longer known name starts there ("أنصار الدولة الإسلامية" is matched as
    /// itself), or where the word goes on as a phrase of the language: an adjective with ال after
    /// it ("قيادة الدولة الروسية"; a nationality may follow: "لاعب الأهلي المصري"), or الله
    /// ("أنصار فتح الله"). A club's name may be followed by و and another club's ("مباراة الهلال
    /// والنصر": `coordinatedClub`), which the matcher then takes as well: the last element says
    /// the name was found as a club's.
    private func contextualMatch(_ buffer: TokenBuffer, at i: Int, forms: LookupForms,
                                 text: UnsafeBufferPointer<UInt8>?) -> (Int, Int, Int, Bool)? {
        let n = buffer.count, kinds = index.contextualNames
        typealias Kind = ActorIndex.ContextKind
        // The tokens after `from` are the name's `rest`, each right after the one before.
        func follows(_ from: Int, _ rest: ArraySlice<[UInt8]>) -> Bool {
            var k = from + 1
            for word in rest {
                guard k < n, adjacent(buffer, k), buffer.withToken(k, { $0.elementsEqual(word) }) else { return false }
                k += 1
            }
            return true
        }
        // على, مع, أمام, ضد: only the other side of a match (below); they start nothing else, and
        // are among the most frequent words.
        let atAPreposition = token(buffer, i, isIn: index.matchPrepositions)
        if !atAPreposition, let names = buffer.withToken(i, { kinds.value(hash: buffer.hashes[i], bytes: $0) }) {
            // An agency's short name as a dateline's or a quote's attribution: "دبي - وام:",
            // "(قنا)" (in the text, when the tokens' byte offsets index it).
            if let text, ActorMatcher.isAttribution(buffer, i, text),
               let name = names.first(where: { $0.kind == Kind.media && $0.tokens.count == 1 }) {
                return (name.actor, i, i + 1, false)
            }
            // A newspaper's or channel's name alone in quotation marks: "« الشرق الأوسط »" (not
            // the region); not a word alone ("الصراع بين "الحياة" و"الموت"").
            if let text, i > 0 {
                for name in names where name.kind == Kind.media && follows(i, name.tokens.dropFirst())
                    && (name.tokens.count > 1 || !token(buffer, i, isIn: index.commonWords)) {
                    let end = i + name.tokens.count
                    if end < n, ActorMatcher.quotationMarkBetween(buffer, i - 1, i, text),
                       ActorMatcher.quotationMarkBetween(buffer, end - 1, end, text) { return (name.actor, i, end, false) }
                }
            }
            for name in names where name.kind == Kind.told && follows(i, name.tokens.dropFirst()) {
                let end = i + name.tokens.count
                // Not the start of a longer name ("للجزيرة نت"), nor a phrase ("للحياة البرية").
                if let (_, length) = gazetteerMatch(buffer, at: i, forms: forms), length >= name.tokens.count { return nil }
                var k = end
                while k < min(n, end + 2), adjacent(buffer, k) {
                    if token(buffer, k, isIn: index.thatWords) { return (name.actor, i, end, false) }
                    if buffer.withToken(k, { ActorMatcher.startsWithAl($0) }) { break }
                    k += 1
                }
            }
        }
        var nounKinds: UInt8 = 0
        for f in 0..<forms.count where !atAPreposition && !forms[f].withAl {
            let form = forms[f]
            if let k = buffer.withToken(i, { t in index.contextNouns.value(hash: form.hash) { form.matches($0, in: t) } }) {
                nounKinds |= k
            }
        }
        // "فاز الهلال على النصر", "تعادل الفريق مع الجزيرة": the other side of a match, after a
        // match's verb or noun (with its proclitics: "وفاز") in the three tokens before.
        // (The look-back only before a club's name.)
        if atAPreposition, i + 1 < n, adjacent(buffer, i + 1),
           buffer.withToken(i + 1, { kinds.value(hash: buffer.hashes[i + 1], bytes: $0) })?
               .contains(where: { $0.kind == ActorIndex.ContextKind.club }) == true {
            for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
                if buffer.infos[k + 1].followsBreak || buffer.infos[k + 1].line != buffer.infos[k].line { break }
                if isMatchWord(buffer, k, forms: self.forms(buffer, k)) { nounKinds = ActorIndex.ContextKind.club; break }
            }
        }
        // After a match's word the name takes no adjective, not even a nationality: "واجه الاتحاد
        // الدولي تساؤلات" is the federation, "يواجه الكويت الكويتي" read as the country and its
        // people as without the context.
        let afterAMatchWord = atAPreposition || (nounKinds == ActorIndex.ContextKind.club && isMatchWord(buffer, i, forms: forms))
        var j = i + 1
        // "عناصر من القاعدة": a member of it.
        if nounKinds & ActorIndex.ContextKind.movementByMembers != 0, j + 1 < n, adjacent(buffer, j),
           buffer.withToken(j, { $0.count == 4 && $0[0] == 0xD9 && $0[1] == 0x85 && $0[2] == 0xD9 && $0[3] == 0x86 }) {  // من
            j += 1
            nounKinds = ActorIndex.ContextKind.movementByMembers
        }
        guard nounKinds != 0, j < n, adjacent(buffer, j),
              let names = buffer.withToken(j, { kinds.value(hash: buffer.hashes[j], bytes: $0) }) else { return nil }
        for name in names where name.kind & nounKinds != 0 && name.kind != Kind.told && follows(j, name.tokens.dropFirst()) {
            if name.kind & nounKinds == Kind.movementByLeaders, token(buffer, j, isIn: index.contextualNamesTooCommonForLeaders) { continue }
            let end = j + name.tokens.count
            if let (p, length) = gazetteerMatch(buffer, at: j),
               length > name.tokens.count || index.actorTypes[p.actor] == .organization { return nil }
            if end < n, adjacent(buffer, end) {
                if token(buffer, end, isIn: index.allah) { return nil }
                // A common noun joined to it: a phrase ("لقادة الشباب والفاعلين"), unless a known
                // actor ("مقاتلي القاعدة والنصرة") or, after a club's, another club's name
                // ("مباراة الهلال والنصر").
                if buffer.withToken(end, { ActorMatcher.startsWithConjunctionAndArticle($0) }),
                   gazetteerMatch(buffer, at: end) == nil,
                   name.kind & Kind.club == 0 || coordinatedClub(buffer, at: end) == nil { return nil }
                if buffer.withToken(end, { ActorMatcher.startsWithAl($0) }), !token(buffer, end, isIn: index.relativePronouns),
                   afterAMatchWord || (!token(buffer, end, isIn: index.notNames)  // إلى is الي once normalised
                                       && gazetteerMatch(buffer, at: end).map({ index.actorTypes[$0.0.actor] == .group }) != true) { return nil }
            }
            return (name.actor, j, end, name.kind & Kind.club != 0)
        }
        return nil
    }

    /// Token `k` is و and a club's one-word name right after the name before it ("مباراة الهلال
    /// والنصر", "نجوم الأهلي والنصر والهلال"): the club, which the name before it, a club's
    /// found by its context, names as one too. Not where a longer known name starts ("والاتحاد
    /// الأوروبي": matched as itself), nor before an adjective with ال but a nationality ("والوحدة
    /// الوطنية").
    private func coordinatedClub(_ buffer: TokenBuffer, at k: Int) -> Int? {
        guard k < buffer.count, adjacent(buffer, k), gazetteerMatch(buffer, at: k) == nil else { return nil }
        let club: Int? = buffer.withToken(k) { t in
            guard t.count > 6, t[0] == 0xD9, t[1] == 0x88, ActorMatcher.startsWithConjunctionAndArticle(t) else { return nil }  // و + ال
            let rest = UnsafeBufferPointer(rebasing: t[2...])
            let names = index.contextualNames.value(hash: byteHash(rest.baseAddress!, rest.count), bytes: rest)
            return names?.first(where: { $0.kind & ActorIndex.ContextKind.club != 0 && $0.tokens.count == 1 })?.actor
        }
        guard let club else { return nil }
        if k + 1 < buffer.count, adjacent(buffer, k + 1), buffer.withToken(k + 1, { ActorMatcher.startsWithAl($0) }),
           gazetteerMatch(buffer, at: k + 1).map({ index.actorTypes[$0.0.actor] == .group }) != true { return nil }
        return club
    }

    /// Token `k`, whose lookup forms are `forms`, is a match's verb or noun
    /// (`ActorIndex.matchWords`), alone or after its proclitics ("وفاز").
    private func isMatchWord(_ buffer: TokenBuffer, _ k: Int, forms: LookupForms) -> Bool {
        for f in 0..<forms.count where !forms[f].withAl {
            let form = forms[f]
            if buffer.withToken(k, { t in index.matchWordKeys.contains(UnsafeBufferPointer(rebasing: t[form.start...]), hash: form.hash) }) {
                return true
            }
        }
        return false
    }

    /// وال / فال in front: a conjunction with the article.
    @inline(__always)
    static func startsWithConjunctionAndArticle(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.count > 6 && t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81) && t[2] == 0xD8 && t[3] == 0xA7 && t[4] == 0xD9 && t[5] == 0x84
    }

    /// Token `k` goes on from token `k - 1`: on the same line, with one separator between them at
    /// most, and no sentence break.
    @inline(__always)
    private func adjacent(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        let a = buffer.infos[k - 1], b = buffer.infos[k]
        return !b.followsBreak && b.line == a.line && b.start - a.end <= 1
    }

    /// Token `k` is a time of the day (صباح, مساء ...) before a day or a time word on its line
    /// ("صباح اليوم", "مساء الأحد"): the time, though the word is a name too.
    private func isTimeOfDayBeforeATimeWord(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard token(buffer, k, isIn: index.timesOfDay), k + 1 < buffer.count, !buffer.infos[k + 1].followsBreak,
              buffer.infos[k + 1].line == buffer.infos[k].line else { return false }
        return token(buffer, k + 1, isIn: index.organizationNameStops) || token(buffer, k + 1, isIn: index.timeWords)
    }

    /// بال / وال / فال / كال / لل in front: a preposition or conjunction with the article, never the
    /// start of a name.
    static func startsWithPrepositionAndArticle(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        startsWithPrepositionAndArticle(t[...])
    }

    static func startsWithPrepositionAndArticle<C: Collection<UInt8>>(_ t: C) -> Bool where C.Index == Int {
        guard t.count > 6 else { return false }
        let s = t.startIndex
        let b0 = t[s], b1 = t[s + 1]
        let first = (b0 == 0xD8 && b1 == 0xA8) || (b0 == 0xD9 && (b1 == 0x88 || b1 == 0x81 || b1 == 0x83 || b1 == 0x84))
        guard first else { return false }
        // then ال (D8 A7 D9 84), or for ل a second ل (لل)
        if t[s + 2] == 0xD8 && t[s + 3] == 0xA7 && t[s + 4] == 0xD9 && t[s + 5] == 0x84 { return true }
        return b0 == 0xD9 && b1 == 0x84 && t[s + 2] == 0xD9 && t[s + 3] == 0x84
    }

    /// A person introduced by a given name at token `i` (جون ..., عبد ..., also after و or ف),
    /// followed by at least one more name word: its length and normalised name (without the
    /// proclitic).
    func givenNameMatch(_ buffer: TokenBuffer, at i: Int, forms: LookupForms? = nil) -> (Int, [UInt8])? {
        let forms = forms ?? self.forms(buffer, i)
        var start: Int?, ambiguous = false
        for f in 0..<forms.count where !forms[f].withAl && givenNameHashes.contains(forms[f].hash) {
            let form = forms[f]
            // The name itself, or after و or ف ("وأسامة"); after ب ل ك only a name of five letters
            // or more that is no word too, the whole no word either ("لفرناندو توريس", "لمحمود
            // عباس"; "بحمد الله" is no حمد, "لدينا" no دينا, "برقية" no رقية).
            guard form.start == 0 || (form.start == 2 && buffer.withToken(i, { t in
                t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81)
                    || ((t[0] == 0xD9 && (t[1] == 0x84 || t[1] == 0x83) || t[0] == 0xD8 && t[1] == 0xA8) && t.count >= 12
                        && !index.ambiguousGivenNames.contains(UnsafeBufferPointer(rebasing: t[2...]), hash: form.hash)
                        && !index.commonWords.contains(t, hash: buffer.hashes[i]) && !index.lessCommonWords.contains(t, hash: buffer.hashes[i])
                        && !index.notNames.contains(t, hash: buffer.hashes[i]))
            })) else {
                continue
            }
            if buffer.withToken(i, { index.givenNames.contains(UnsafeBufferPointer(rebasing: $0[form.start...]), hash: form.hash) }) {
                start = form.start
                break
            }
            if buffer.withToken(i, { index.ambiguousGivenNames.contains(UnsafeBufferPointer(rebasing: $0[form.start...]), hash: form.hash) }) {
                start = form.start
                ambiguous = true
                break
            }
        }
        guard let start else { return nil }
        // ب ل ك before the given name: a family name that stands alone after it ("برقية تهنئة"
        // is a telegram of congratulations, "لبنى التحتية" the infrastructure).
        let afterPreposition = start == 2 && buffer.withToken(i) { !($0[0] == 0xD9 && ($0[1] == 0x88 || $0[1] == 0x81)) }
        // رضوان, a given name, in the formula "رضوان الله عليه".
        if i + 1 < buffer.count, token(buffer, i + 1, isIn: index.allah),
           buffer.withToken(i, { index.formulaWordsBeforeAllah.contains(UnsafeBufferPointer(rebasing: $0[start...])) }) { return nil }
        var k = nameEnd(buffer, from: i + 1, afterTitle: false)
        guard k > i + 1 else { return nil }  // a given name alone (most of them)
        if afterPreposition, !standsAlone(buffer, (i + 1)..<k) { return nil }
        // After a given name of another language and a family name, a word whose letters are a
        // word of the language's ends the name ("تيم سيباستيان كمقدم", "تشارلز هاملتون أخو";
        // `NameLetterModel`; not the family name itself: "ميشال عون", "جورج حبش").
        if k > i + 2, buffer.withToken(i, { index.otherGivenNames.contains(UnsafeBufferPointer(rebasing: $0[start...])) }) {
            k = foreignNameEnd(buffer, i..<k)
        }
        // A given name that is also a word: only before a family name of three letters or more
        // that is neither a common word nor a word with ال ("حسن الظن", "حسن الاستقبال").
        if ambiguous && (buffer.withToken(i + 1, { ActorMatcher.letters($0, from: 0) < 3 || ActorMatcher.startsWithAl($0) })
                         || token(buffer, i + 1, isIn: index.commonWords)) { return nil }
        // Nor (since the twenty-second session's longer lists: "عيد ميلاده", "سلامة أوضاعها",
        // "أسماء تتنافس") before a word that does not stand alone as a name.
        if ambiguous {
            for j in (i + 1)..<k where !token(buffer, j - 1, isIn: index.nameLinks) {
                // (nor another such name, an adjective as often: "عيد سعيد")
                if token(buffer, j, isIn: index.commonWords) || (j == i + 1 && token(buffer, j, isIn: index.ambiguousGivenNames))
                    || buffer.withToken(j, { isNoNameAfterAWord($0) }) { return nil }
            }
        }
        // After a given name of another language, no word of the language with ال ("ورفض جوزيه
        // الإفصاح", "تيم الشاب"): their family names take no article.
        if !ambiguous, buffer.withToken(i + 1, { ActorMatcher.startsWithAl($0) }),
           token(buffer, i + 1, isIn: index.commonWords) || token(buffer, i + 1, isIn: index.lessCommonWords),
           buffer.withToken(i, { index.otherGivenNames.contains(UnsafeBufferPointer(rebasing: $0[start...])) }) { return nil }
        // Nor a word of the language of three letters or more whose letters are the language's
        // ("ليوناردو حالياً", "سيباستيان بشأن", "بيدرو مهاجم"): the sentence goes on. On news-bench
        // 358 mentions of such phrases went, ~15 of them names (an Arab's family name that is a
        // word: "إيلي صعب"); a family name the gazetteer knows is no common word (ميشال عون),
        // nor is an initial ("هاري إس ترومان").
        if !ambiguous, token(buffer, i + 1, isIn: index.commonWords),
           buffer.withToken(i, { index.otherGivenNames.contains(UnsafeBufferPointer(rebasing: $0[start...])) }),
           buffer.withToken(i + 1, { ActorMatcher.letters($0, from: 0) >= 3 && (index.nameLetters.score($0) ?? 0) <= 0 }) { return nil }
        // After any given name, the family name is no word with a pronoun ("أحلام شبابنا"),
        // preposition and pronoun ("حسان بمدائحه"), adverb ("ضياء خارجا") or present-tense verb
        // ("كيم يعدم").
        if buffer.withToken(i + 1, { isNoPersonNameWord($0, hash: buffer.hashes[i + 1]) }) { return nil }
        var name = [UnsafeBufferPointer(rebasing: buffer.tokenBytes(i)[start...])]
        name.reserveCapacity(k - i)
        for j in (i + 1)..<k { name.append(buffer.tokenBytes(j)) }
        // Two words that are not links: "عبد الله" alone is a given name, "عبد الله صالح" a person.
        var words = 0
        for w in name where !index.nameLinks.contains(w) { words += 1 }
        guard words >= 2 else { return nil }
        return (k - i, candidateKey(name))
    }

    /// A speaker named right after a verb of saying at token `i` ("وقال فيشمان", "وأضاف جيل
    /// إيلاند"): a word of three letters or more that is not a word of the language, a title, a
    /// word with ال, a known actor or the short form of a person named before ("وأضاف عون"
    /// after "العماد جوزيف عون"), then more name words as after a given name. The name's tokens
    /// (start, end exclusive). A given name there is left to `givenNameMatch`.
    func reportedSpeakerMatch(_ buffer: TokenBuffer, at i: Int, forms: LookupForms, shortForms: ShortForms) -> (Int, Int)? {
        let isVerb = isReportingVerb(buffer, at: i, forms: forms)
        let j = i + 1
        // A given name that is also a word, right after the verb, with a family name that is no
        // word of the language: the verb says a person follows ("وقال جواد العناني", where
        // `givenNameMatch` alone refuses a word with ال after a word as ambiguous as جواد).
        if isVerb, j + 1 < buffer.count, token(buffer, j, isIn: index.ambiguousGivenNames), continuesName(buffer, j),
           continuesName(buffer, j + 1), !token(buffer, j + 1, isIn: index.commonWords), gazetteerMatch(buffer, at: j + 1) == nil,
           buffer.withToken(j + 1, { t in
               ActorMatcher.letters(t, from: 0) >= 3 && !ActorMatcher.startsWithPrepositionAndArticle(t)
                   && !startsWithAndName(t, hash: buffer.hashes[j + 1]) && !isNoPersonNameWord(t, hash: buffer.hashes[j + 1])
                   && !isNoName(t, familyName: true)
           }) {
            return (j, max(j + 2, nameEnd(buffer, from: j + 1, afterTitle: false)))
        }
        guard isVerb, j < buffer.count, continuesName(buffer, j),
              !token(buffer, j, isIn: index.commonWords), !token(buffer, j, isIn: index.givenNames),
              !token(buffer, j, isIn: index.ambiguousGivenNames), !token(buffer, j, isIn: index.reportingVerbs) else { return nil }
        // (A foreign name that ends like a plural or a noun of the language, in ون, ين, ه: "وقال
        // فيرجسون", "وقال بوين", "وقال تريشيه", when its letters are a foreign name's.)
        let plain = buffer.withToken(j) { t in
            ActorMatcher.letters(t, from: 0) >= 3 && !ActorMatcher.startsWithAl(t)
                && (!isNoName(t) || (ActorMatcher.endsLikeANoun(t) && looksLikeAForeignNameInAPluralsEnding(t)))
                && !ActorMatcher.startsWithPrepositionAndArticle(t) && !startsWithAndName(t, hash: buffer.hashes[j])
        }
        guard plain, nameMatch(buffer, at: j) == nil, titleMatch(buffer, at: j) == nil else { return nil }
        let speakerForms = buffer.withToken(j) { self.forms($0, hash: buffer.hashes[j], extra: shortForms) }
        for f in 0..<speakerForms.count where shortForms.contains(speakerForms[f].hash) { return nil }
        var end = max(j + 1, nameEnd(buffer, from: j + 1, afterTitle: false))
        // A kunya and a given name: a nisba after them is the family name, a nationality's too
        // ("وقال أبو حمزة المصري"), as after a kunya found on its own.
        if end == j + 2, token(buffer, j, isIn: index.kunyaLinks),
           token(buffer, j + 1, isIn: index.givenNames) || token(buffer, j + 1, isIn: index.ambiguousGivenNames),
           isNisbaAfterAName(buffer, end) {
            end += 1
        }
        // Not a most frequent word with ال after the speaker's one word ("وأضاف راوول الهدف"), nor
        // a common word without ("قال دويسنبرج نعم"): the speaker's name is that word.
        if end == j + 2, buffer.withToken(j + 1, { ActorMatcher.startsWithAl($0) })
            ? token(buffer, j + 1, isIn: index.veryCommonWords)
            : token(buffer, j + 1, isIn: index.commonWords) && !token(buffer, j, isIn: index.nameLinks) && !token(buffer, j + 1, isIn: index.nameWords) {
            end = j + 1
        }
        // A word right before a known person is a spelling of the person's first name ("وقال
        // ستافان دي ميستورا"), not a speaker of its own.
        if end < buffer.count, let (p, _) = gazetteerMatch(buffer, at: end), index.actorTypes[p.actor] == .person,
           buffer.infos[end].line == buffer.infos[end - 1].line, buffer.infos[end].start - buffer.infos[end - 1].end <= 1 {
            return nil
        }
        return (j, end)
    }

    /// Token `i` is a verb of saying (`ActorIndex.reportingVerbs`), alone or after و or ف ("وقال").
    private func isReportingVerb(_ buffer: TokenBuffer, at i: Int, forms: LookupForms) -> Bool {
        for f in 0..<forms.count where !forms[f].withAl {
            let form = forms[f]
            guard form.start == 0 || (form.start == 2 && buffer.withToken(i, { $0[0] == 0xD9 && ($0[1] == 0x88 || $0[1] == 0x81) })) else {
                continue
            }
            if buffer.withToken(i, { index.reportingVerbs.contains(UnsafeBufferPointer(rebasing: $0[form.start...]), hash: form.hash) }) {
                return true
            }
        }
        return false
    }

    /// A name of two or three words right after a verb of saying at token `i`, then a role in
    /// apposition ("وقال سري سكيك المتحدث باسم الحركة", "وقال علي الأنصاري أستاذ التاريخ"): the
    /// name's end (exclusive). The role says a person was named: a given name first, or a word
    /// that is no word of the language among them; no known actor, no word with ال first, no
    /// stopword or title (`continuesName`).
    func nameBeforeARole(_ buffer: TokenBuffer, at i: Int, forms: LookupForms) -> Int? {
        let isVerb = isReportingVerb(buffer, at: i, forms: forms)
        let j = i + 1
        guard isVerb, j + 2 < buffer.count, !buffer.withToken(j, { ActorMatcher.startsWithAl($0) }) else { return nil }
        var k = j, named = token(buffer, j, isIn: index.givenNames) || token(buffer, j, isIn: index.ambiguousGivenNames)
        while k < buffer.count, k - j < 3, continuesName(buffer, k) {
            if token(buffer, k, isIn: index.appositionRoles) { break }
            if nameMatch(buffer, at: k) != nil { return nil }
            if buffer.withToken(k, { isNoPersonNameWord($0, hash: buffer.hashes[k]) || ActorMatcher.startsWithPrepositionAndArticle($0) }) { return nil }
            if k > j, buffer.withToken(k, { startsWithAndName($0, hash: buffer.hashes[k]) }) { return nil }
            // (ب ل ك before a word or a stopword first: "صرح بذلك حمد المنيف")
            if k == j, buffer.withToken(k, { t in
                t.count >= 8 && ActorMatcher.startsWithPreposition(t) && !index.nameWords.contains(t) && !index.givenNames.contains(t)
                    && (index.notNames.contains(UnsafeBufferPointer(rebasing: t[2...])) || index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...])))
            }) { return nil }
            if !token(buffer, k, isIn: index.commonWords) && !token(buffer, k, isIn: index.lessCommonWords) { named = true }
            k += 1
        }
        guard k - j >= 2, named, roleFollows(buffer, k) else { return nil }
        return k
    }

    /// A role in apposition (`ActorIndex.appositionRoles`) is token `k`, right after the token
    /// before it or after a comma ("وقال طلال تشودري، وزير الدولة"), in the same sentence: the
    /// words before are a person's name ("محمد صديق رئيس النادي").
    private func roleFollows(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        k > 0 && k < buffer.count && !buffer.infos[k].followsBreak && buffer.infos[k].line == buffer.infos[k - 1].line
            && buffer.infos[k].start - buffer.infos[k - 1].end <= 2 && token(buffer, k, isIn: index.appositionRoles)
    }

    /// `t`, which ends like a plural or a noun of the language (ون, ين, ه), is a foreign name
    /// ("فيرجسون", "بوين", "تريشيه"): letters a foreign name's (`NameLetterModel` score above
    /// 0.5), no pronoun at its end, no nisba's plural (يون, يين: "سياسيون"), no plural of a word
    /// of the language of four letters ("موردون"; "كيفين" is Kevin, not كيف), no dual in تين of
    /// a word in ة ("فرصتين": فرصة; "مارتين" is a name), no participle (م and a consonant:
    /// "مشاركون", "مغردون"; "ماسون", "ميلتون" are names).
    private func looksLikeAForeignNameInAPluralsEnding(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 8, t[0] >= 0x80, !ActorMatcher.endsInAPronoun(t) else { return false }
        let endsInOnOrIn = t[n - 2] == 0xD9 && t[n - 1] == 0x86 && t[n - 4] == 0xD9 && (t[n - 3] == 0x88 || t[n - 3] == 0x8A)
        let endsInHa = t[n - 2] == 0xD9 && t[n - 1] == 0x87
        guard endsInOnOrIn || endsInHa else { return false }
        if endsInOnOrIn, n >= 10, t[n - 6] == 0xD9, t[n - 5] == 0x8A { return false }  // يون, يين
        if endsInOnOrIn {
            // the plural of a word of the language ("موردون": مورد), or a dual in تين of one in ة
            // ("فرصتين": فرصة; not ستين: "غولدستين", "هوكستين")
            let stem = UnsafeBufferPointer(rebasing: t[..<(n - 4)])
            if stem.count >= 8, index.commonWords.contains(stem) || index.lessCommonWords.contains(stem) { return false }
            if n >= 12, t[n - 3] == 0x8A, t[n - 6] == 0xD8, t[n - 5] == 0xAA {
                let singular = Array(t[..<(n - 6)]) + [0xD8, 0xA9]
                if singular.withUnsafeBufferPointer({ index.commonWords.contains($0) || index.lessCommonWords.contains($0) }) { return false }
            }
        }
        if t[0] == 0xD9, t[1] == 0x85, !(t[2] == 0xD8 && t[3] == 0xA7), !(t[2] == 0xD9 && (t[3] == 0x88 || t[3] == 0x8A)) { return false }
        return (index.nameLetters.score(t) ?? -1) > 0.5
    }

    /// A discovered person's key: the name's words joined by spaces, عبدX written apart (عبد X,
    /// as the gazetteer writes it: "عبدالعزيز" and "عبد العزيز" are one name), and without a
    /// closing "آل X" when a بن chain names the person already ("سلطان بن سحيم آل ثاني" and
    /// "سلطان بن سحيم" are one person, written with and without the family).
    func candidateKey(_ name: [UnsafeBufferPointer<UInt8>]) -> [UInt8] {
        let abd = ActorIndex.abd
        var words: [UnsafeBufferPointer<UInt8>] = []
        words.reserveCapacity(name.count + 2)
        for w in name {
            if w.count >= abd.count + 4 && w.starts(with: abd) {
                words.append(UnsafeBufferPointer(rebasing: w[..<abd.count])); words.append(UnsafeBufferPointer(rebasing: w[abd.count...]))
            } else {
                words.append(w)
            }
        }
        if words.count >= 5, words[words.count - 2].elementsEqual(ActorMatcher.al),
           words.dropLast(2).contains(where: { index.lineageLinks.contains($0) }) {
            words.removeLast(2)
        }
        var key: [UInt8] = []
        key.reserveCapacity(words.reduce(words.count) { $0 + $1.count } + 2)
        for (k, w) in words.enumerated() {
            if k > 0 { key.append(0x20) }
            // A kunya first in the nominative: "أبي أيوب", "أبا أيوب" are أبو أيوب.
            if k == 0, words.count > 1, w.count == 6, w[0] == 0xD8, w[1] == 0xA7, w[2] == 0xD8, w[3] == 0xA8,
               w[4] == 0xD9 && w[5] == 0x8A || w[4] == 0xD8 && w[5] == 0xA7 {
                key.append(contentsOf: ActorMatcher.abu)
                continue
            }
            key.append(contentsOf: w)
        }
        return key
    }

    /// `t` is a pronoun of two letters that a tokenised corpus may split off a word (ها, نا, هم,
    /// هن, كم, ني).
    static func isPronoun(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count == 4, t[0] == 0xD9 else { return false }
        let a = (t[0], t[1]), b = (t[2], t[3])
        let h: (UInt8, UInt8) = (0xD9, 0x87), n: (UInt8, UInt8) = (0xD9, 0x86), k: (UInt8, UInt8) = (0xD9, 0x83)
        let alef: (UInt8, UInt8) = (0xD8, 0xA7), m: (UInt8, UInt8) = (0xD9, 0x85), y: (UInt8, UInt8) = (0xD9, 0x8A)
        return (a == h && (b == alef || b == m || b == n)) || (a == n && (b == alef || b == y)) || (a == k && b == m)
    }

    /// The demonstratives (هذا, هذه, ذلك, تلك, هذين, هاتين, هؤلاء, with و or ف before), as the
    /// tokenizer writes them.
    private static let demonstratives: [[UInt8]] = {
        let words = ["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"]
        let tokenizer = Tokenizer(profile: .v1)
        return words.flatMap { w in ["", "و", "ف"].flatMap { tokenizer.tokenBytes(of: $0 + w) } }
    }()

    /// `t` is a demonstrative (`demonstratives`).
    static func isDemonstrative(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= 6, t.count <= 12 else { return false }
        return demonstratives.contains { $0.count == t.count && $0.withUnsafeBufferPointer { bytesEqual($0, t) } }
    }

    /// Token `k` of `buffer` is in `set` (no key built: on its bytes and hash).
    @inline(__always)
    private func token(_ buffer: TokenBuffer, _ k: Int, isIn set: ByteKeySet) -> Bool {
        buffer.withToken(k) { set.contains($0, hash: buffer.hashes[k]) }
    }

    /// Token `k` may be a word of a name that goes on from token `k - 1`: on the same line, one
    /// separator after it (a comma, a bracket or a dash ends a name), not a number, a stopword,
    /// a common verb or a title or role word.
    @inline(__always)
    private func continuesName(_ buffer: TokenBuffer, _ k: Int, afterAbbreviation: Bool = false) -> Bool {
        guard k > 0, k < buffer.count else { return false }
        let info = buffer.infos[k], previous = buffer.infos[k - 1]
        guard afterAbbreviation || (!info.followsBreak && info.start - previous.end <= 1), !info.isNumber, info.line == previous.line
        else { return false }
        // The word after عبد, ابو ... is the name's whatever it is (عبد الله, عبد الرحمن).
        if token(buffer, k - 1, isIn: index.nameLinks) && !token(buffer, k - 1, isIn: index.lineageLinks) { return true }
        if isAliInAName(buffer, k) || isAliStartingAName(buffer, k) { return true }
        if isInACompoundWithAllah(buffer, k) { return true }
        if isParticleInAName(buffer, k) { return true }
        return buffer.withToken(k) { t in
            guard t.count >= 4, !index.notNames.contains(t, hash: buffer.hashes[k]), !index.titleWords.contains(t, hash: buffer.hashes[k])
            else { return false }
            // "ورئيس", "لمجلس", "لحقوق": a proclitic in front of a title word or a common noun.
            guard t.count >= 8, (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81 || t[1] == 0x84 || t[1] == 0x83)) || (t[0] == 0xD8 && t[1] == 0xA8)
            else { return true }
            let rest = UnsafeBufferPointer(rebasing: t[2...])
            let h = byteHash(rest.baseAddress!, rest.count)
            return !index.titleWords.contains(rest, hash: h) && !index.commonNouns.contains(rest, hash: h)
        }
    }

    /// Token `k` is a name's word before الله (`ActorIndex.wordsBeforeAllahInNames`: "بهاء حسب
    /// الله", "إنجي خير الله"), or الله after one: a compound name, though the first word is a
    /// word of the language.
    private func isInACompoundWithAllah(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        // (الله tested on its bytes first: this is asked of most words of most names.)
        if k + 1 < buffer.count, ActorMatcher.isAllah(buffer.tokenBytes(k + 1)), adjacent(buffer, k + 1),
           token(buffer, k, isIn: index.wordsBeforeAllahInNames) { return true }
        return k >= 1 && ActorMatcher.isAllah(buffer.tokenBytes(k)) && token(buffer, k - 1, isIn: index.wordsBeforeAllahInNames)
    }

    /// `t` is الدين, normalised.
    @inline(__always)
    static func isAdDin(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.count == 10 && t[0] == 0xD8 && t[1] == 0xA7 && t[2] == 0xD9 && t[3] == 0x84 && t[4] == 0xD8 && t[5] == 0xAF
            && t[6] == 0xD9 && t[7] == 0x8A && t[8] == 0xD9 && t[9] == 0x86
    }

    /// `t` is علي (or the preposition على: both normalise so), on its bytes (asked of most tokens
    /// that may start a name).
    @inline(__always)
    static func isAli(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.count == 6 && t[0] == 0xD8 && t[1] == 0xB9 && t[2] == 0xD9 && t[3] == 0x84 && t[4] == 0xD9 && t[5] == 0x8A
    }

    /// `t` is الله, normalised.
    @inline(__always)
    static func isAllah(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.count == 8 && t[0] == 0xD8 && t[1] == 0xA7 && t[2] == 0xD9 && t[3] == 0x84 && t[4] == 0xD9 && t[5] == 0x84
            && t[6] == 0xD9 && t[7] == 0x87
    }

    /// Token `k` is علي, written so (not على), starting a name of three words or more after a
    /// title, a nationality or a verb of saying (`introducesAName`): a given name and a word that
    /// goes on with the name after it ("السيد علي محمد الحمادي", "الصومالية علي محمد جيدي"; the
    /// name was found from its second word).
    private func isAliStartingAName(_ buffer: TokenBuffer, _ k: Int, after previous: ActorMention? = nil) -> Bool {
        guard k >= 1, k + 2 < buffer.count, buffer.withToken(k, { t in  // علي, on its bytes
            t.count == 6 && t[0] == 0xD8 && t[1] == 0xB9 && t[2] == 0xD9 && t[3] == 0x84 && t[4] == 0xD9 && t[5] == 0x8A
        }), let text = buffer.text,
              case let e = buffer.infos[k].byteEnd, e >= 2, e <= text.count, text[e - 2] == 0xD9, text[e - 1] == 0x8A,
              adjacent(buffer, k + 1), adjacent(buffer, k + 2), token(buffer, k + 1, isIn: index.givenNames),
              !token(buffer, k + 1, isIn: index.commonWords), !token(buffer, k + 2, isIn: index.commonWords),
              !token(buffer, k + 2, isIn: index.lessCommonWords), !token(buffer, k + 2, isIn: index.titleWords) else { return false }
        return introducesAName(buffer, k - 1, after: previous)
    }

    /// A name of two words or more that starts with علي, written so (not على: the preposition
    /// normalises to the same word, so علي is no given name of the lists), at token `i` after a
    /// title, an honorific, a nationality or a verb of saying (`introducesAName`), before a word
    /// that is none of the language's: "الدكتور علي جمعة", "والحارس علي خصيف", "الإيراني علي
    /// لاريجاني", "السيد علي السويدي" (a nisba, a nationality's too, is the family name). Not
    /// "أكد الرئيس علي ضرورة" or "وقال علي هامش" (words of the language), nor "الرئيس علي
    /// إيران" (a place). Returns where the name ends (exclusive) and whether its family name
    /// stands alone as one (`standsAlone`).
    private func aliNameAfterAnIntroduction(_ buffer: TokenBuffer, at i: Int, after previous: ActorMention?) -> (end: Int, confident: Bool)? {
        guard i >= 1, i + 1 < buffer.count, buffer.withToken(i, ActorMatcher.isAli),
              let text = buffer.text, case let e = buffer.infos[i].byteEnd, e >= 2, e <= text.count,
              text[e - 2] == 0xD9, text[e - 1] == 0x8A,  // ي in the text, not ى
              adjacent(buffer, i + 1), !buffer.infos[i + 1].isNumber,
              introducesAName(buffer, i - 1, after: previous) else { return nil }
        let x = i + 1
        guard buffer.withToken(x, { ActorMatcher.letters($0, from: 0) >= 3 && !ActorMatcher.startsWithPrepositionAndArticle($0) }),
              !token(buffer, x, isIn: index.notNames), !token(buffer, x, isIn: index.titleWords),
              !token(buffer, x, isIn: index.honorifics) else { return nil }
        // A nisba is the family name, a nationality's too ("علي السويدي", "علي المصري"); any
        // other known actor there (a place, an organisation) means none.
        if isNisbaAfterAName(buffer, x) { return (x + 1, true) }
        if gazetteerMatch(buffer, at: x) != nil || token(buffer, x, isIn: index.commonWords) || token(buffer, x, isIn: index.lessCommonWords) {
            return nil
        }
        let k = nameEnd(buffer, from: x, afterTitle: false)
        guard k > x else { return nil }
        return (k, standsAlone(buffer, x..<k))
    }

    /// Token `k` is علي (a stopword: على is written so too) between a given name and a family
    /// name with ال or another given name ("محمد علي العظمي", "محمود علي يوسف"), or, written علي,
    /// another name's word ("محمد علي جعفري"); not a word of the language ("محمد علي الطاولة").
    private func isAliInAName(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard k + 1 < buffer.count, buffer.withToken(k, ActorMatcher.isAli),
              token(buffer, k - 1, isIn: index.givenNames) else { return false }
        // Written على (with ى) in the text: the preposition ("ترسم هيفاء على الجدران").
        if let text = buffer.text, case let e = buffer.infos[k].byteEnd, e >= 2, e <= text.count,
           text[e - 2] == 0xD9, text[e - 1] == 0x89 { return false }
        let next = buffer.infos[k + 1]
        guard !next.followsBreak, next.line == buffer.infos[k].line, next.start - buffer.infos[k].end <= 1, !next.isNumber,
              !token(buffer, k + 1, isIn: index.commonWords), !token(buffer, k + 1, isIn: index.lessCommonWords) else { return false }
        if token(buffer, k + 1, isIn: index.givenNames)
            || buffer.withToken(k + 1, { t in t.count >= 10 && ActorMatcher.startsWithAl(t) && !index.notNames.contains(t) }) { return true }
        // Written علي (with ي) in the text, before a word of three letters or more that is none of
        // the language, no title, no noun with a pronoun, no verb: a family name ("محمد علي
        // جعفري", "محمد علي كلاي", "أحمد علي عبدالرحيم"). (Where the text writes the preposition
        // so too, its object is a word of the language: "أكد محمد علي ضرورة".)
        guard let text = buffer.text, case let info = buffer.infos[k], info.byteEnd <= text.count, info.byteEnd - info.byteStart == 6,
              text[info.byteEnd - 2] == 0xD9, text[info.byteEnd - 1] == 0x8A,
              !token(buffer, k + 1, isIn: index.titleWords), !token(buffer, k + 1, isIn: index.notNames) else { return false }
        return buffer.withToken(k + 1) { t in
            t.count >= 6 && !ActorMatcher.startsWithAl(t) && !isNoName(t, familyName: true) && !isPresentTenseOfAWord(t)
                && !isWordAfterProclitic(t)
        }
    }

    /// Token `k` is a name particle that is a word too once normalised (فان is فإن, "so"), in a
    /// name: written so in the text (not فإن), before a name's word on its line that is no word
    /// of the language and has no ال ("لويس فان غال", "روبن فان بيرسي"). Not لا ("no").
    private func isParticleInAName(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        // (لا, "no", only after another particle: "دو لا سابليير", "دي لا كروز".)
        guard k + 1 < buffer.count, token(buffer, k, isIn: index.nameParticles), token(buffer, k, isIn: index.notNames),
              !buffer.withToken(k, { $0.elementsEqual([0xD9, 0x84, 0xD8, 0xA7]) }) || (k >= 1 && adjacent(buffer, k) && token(buffer, k - 1, isIn: index.nameParticles)),
              let text = buffer.text else { return false }
        let info = buffer.infos[k], next = buffer.infos[k + 1]
        guard info.byteEnd <= text.count, buffer.withToken(k, { $0.elementsEqual(text[info.byteStart..<info.byteEnd]) }),
              !next.followsBreak, next.line == info.line, next.start - info.end <= 1, !next.isNumber,
              !token(buffer, k + 1, isIn: index.commonWords), !token(buffer, k + 1, isIn: index.notNames),
              !token(buffer, k + 1, isIn: index.titleWords) else { return false }
        return buffer.withToken(k + 1) { $0.count >= 6 && !ActorMatcher.startsWithAl($0) }
    }

    /// أبو, normalised.
    private static let abu: [UInt8] = Array("ابو".utf8)

    /// أن and إن with a proclitic, as the text writes them: normalised, "بأن" is بان (بان كي مون's
    /// short form), "فإن" فان.
    private static let thatSpellings: [[UInt8]] = ["أن", "إن", "بأن", "لأن", "كأن", "فإن", "وإن", "وأن", "فأن"].map { Array($0.utf8) }

    /// Token `i` is written أن or إن with a proclitic in the text (when the matcher has it).
    private func writtenAsThat(_ buffer: TokenBuffer, _ i: Int) -> Bool {
        guard let text = buffer.text else { return false }
        let info = buffer.infos[i]
        guard info.byteEnd <= text.count, info.byteEnd - info.byteStart <= 6 else { return false }
        let raw = text[info.byteStart..<info.byteEnd]
        return ActorMatcher.thatSpellings.contains { $0.elementsEqual(raw) }
    }

    /// `gazetteerMatch` at token `i`, but none for a one-word name that is rather a word there
    /// (`isAWordRatherThanTheName`): for the rules that read a name around a known actor.
    private func nameMatch(_ buffer: TokenBuffer, at i: Int) -> (NamePatternTable.Pattern, Int)? {
        guard let (p, length) = gazetteerMatch(buffer, at: i) else { return nil }
        return length > 1 || !isAWordRatherThanTheName(buffer, i, p) ? (p, length) : nil
    }

    /// Token `i`, found as the one-word name `p`, is rather a word: "أن" written so (no بان),
    /// ب or ل and a word before a person's name ("بأن", "بأول": no بان, باول), a word listed as
    /// read so ("وفيات", deaths: no و + فيات), or ك and a word or a given name ("كسرت" (broke) is
    /// no ك + سرت, "كلاوس" (Klaus) no ك + لاوس).
    private func isAWordRatherThanTheName(_ buffer: TokenBuffer, _ i: Int, _ p: NamePatternTable.Pattern) -> Bool {
        writtenAsThat(buffer, i)
            || (index.actorTypes[p.actor] == .person && writtenAsAPrepositionAndWord(buffer, i))
            || token(buffer, i, isIn: index.wordsLikeAProcliticAndAName)
            || wordWithAProclitic(buffer, i, p)
    }

    /// Token `i`, found as a one-word name `p` after ك ("like", without ال: rare before a name),
    /// is as a whole a word of the language or a given name: "كسرت" (broke) is not ك + سرت,
    /// "كلاوس" (Klaus) not ك + لاوس. (Not و ف ب ل: the word lists hold "وإسرائيل", "بالعراق".)
    private func wordWithAProclitic(_ buffer: TokenBuffer, _ i: Int, _ p: NamePatternTable.Pattern) -> Bool {
        guard foundAfterKaf(buffer, i, p) else { return false }
        return token(buffer, i, isIn: index.commonWords) || token(buffer, i, isIn: index.lessCommonWords)
            || token(buffer, i, isIn: index.givenNames)
    }

    /// Token `i` is ك without ال before the name `p` starts: the name was found after stripping it.
    private func foundAfterKaf(_ buffer: TokenBuffer, _ i: Int, _ p: NamePatternTable.Pattern) -> Bool {
        buffer.withToken(i) { t in
            t.count >= 6 && t[0] == 0xD9 && t[1] == 0x83 && !(t[2] == 0xD8 && t[3] == 0xA7) && !index.namePatterns.token(p, 0, equals: t)
        }
    }

    /// Token `i` is written in the text as ب, ل or ك before a hamza on alif and a word of the
    /// language: "بأول" (with the first) is باول once normalised, as كولن باول is written.
    private func writtenAsAPrepositionAndWord(_ buffer: TokenBuffer, _ i: Int) -> Bool {
        guard let text = buffer.text else { return false }
        let info = buffer.infos[i]
        guard info.byteEnd <= text.count, info.byteEnd - info.byteStart >= 8 else { return false }
        let b = info.byteStart
        guard (text[b] == 0xD8 && text[b + 1] == 0xA8) || (text[b] == 0xD9 && (text[b + 1] == 0x84 || text[b + 1] == 0x83)),
              text[b + 2] == 0xD8, text[b + 3] == 0xA3 || text[b + 3] == 0xA5 else { return false }
        return buffer.withToken(i) { t in t.count > 2 && index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...])) }
    }

    /// The number of a name with a kunya (word `kunya` of `words`), keyed without the kunya's
    /// proclitic and in the nominative: "لأبي سعيد", "أبا سعيد" and "أبو سعيد" are one person.
    private func kunyaKey(_ words: [UnsafeBufferPointer<UInt8>], kunya k: Int, _ candidates: inout CandidateNames) -> Int {
        var words = words
        if words[k].count == 8 { words[k] = UnsafeBufferPointer(rebasing: words[k][2...]) }  // و ف ل + أبو
        return ActorMatcher.abu.withUnsafeBufferPointer { abu -> Int in
            // أبي, أبا → أبو (not أم), wherever the kunya stands ("شادي أبو زيد")
            if words[k].count == 6 { words[k] = abu }
            return candidates.number(of: candidateKey(words))
        }
    }

    /// A person joined by و to the person mentioned right before token `i` (`last`), in a list
    /// of names ("بين أبوتريكة ومتعب", "فيصل ملكاوي وغيث الطراونة", "بسام شراب و سعيد الفرا"):
    /// (first token, end, confident). The و is the token's first letter or a token of its own.
    /// A known given name and a family name (no pronoun, verb or accusative; a third word only
    /// when it stands alone), or a word that is none of the language (no noun with a pronoun:
    /// "وحكومته", no title: "ووزير", no verb) and a family name without ال that stand alone; no
    /// known actor (matched on its own). Confident (reported once) after a known given name, or
    /// when every word's letters look like a foreign name's (`NameLetterModel`, three letters
    /// at least: "وفياً لي" is "faithful to me").
    private func coordinatedPerson(_ buffer: TokenBuffer, at i: Int, after last: ActorMention,
                                   _ candidates: CandidateNames) -> (Int, Int, Bool)? {
        if let actor = last.actor {
            guard index.actorTypes[actor] == .person else { return nil }
        } else if let number = last.candidate {
            guard let mark = candidates.keys[number].bytes.first, mark != ActorMatcher.organizationKeyMark,
                  mark != ActorMatcher.placeKeyMark else { return nil }
        } else { return nil }
        let n = buffer.count
        guard adjacent(buffer, i), !buffer.infos[i].isNumber else { return nil }
        // After a given name or a particle alone, a word with و is the name's ("بوب وودورد",
        // "جيف وليامز", "دي وايت").
        if last.byteStart == buffer.infos[i - 1].byteStart,
           token(buffer, i - 1, isIn: index.givenNames) || token(buffer, i - 1, isIn: index.nameParticles) { return nil }
        var j = i, strip = 2
        let t = buffer.tokenBytes(i)
        guard t.count >= 2, t[0] == 0xD9, t[1] == 0x88 else { return nil }  // و
        if t.count == 2 {
            j = i + 1
            strip = 0
            guard j < n, adjacent(buffer, j), !buffer.infos[j].isNumber else { return nil }
        }
        // The token as a whole is no word of its own (وزير, وفدا, ولي: و is their first letter).
        if strip == 2 {
            let whole = buffer.hashes[i]
            guard !index.commonWords.contains(t, hash: whole), !index.notNames.contains(t, hash: whole),
                  !index.titleWords.contains(t, hash: whole), !index.givenNames.contains(t, hash: whole) else { return nil }
        }
        let word = UnsafeBufferPointer(rebasing: buffer.tokenBytes(j)[strip...])
        let h = byteHash(word.baseAddress!, word.count)
        let given = index.givenNames.contains(word, hash: h) || index.ambiguousGivenNames.contains(word, hash: h)
        guard word.count >= 6, word[0] >= 0xD8, word[0] <= 0xDB, ActorMatcher.letters(word, from: 0) >= 3,
              !ActorMatcher.startsWithAl(word), !index.notNames.contains(word, hash: h), !index.titleWords.contains(word, hash: h),
              !index.reportingVerbs.contains(word, hash: h), !index.nameLinks.contains(word, hash: h),
              given || (!index.commonWords.contains(word, hash: h) && !isNoName(word) && !isNoPersonNameWord(word, hash: h)
                        && !isPresentTenseOfAWord(word)),
              gazetteerMatch(buffer, at: j) == nil else { return nil }
        var k = max(j + 1, nameEnd(buffer, from: j + 1, afterTitle: false))
        // The name's other words as a family name's: no pronoun, no accusative, no verb ("عوض
        // خريص تعتبران"): the name stops before one.
        for m in (j + 1)..<k where buffer.withToken(m, { isNoPersonNameWord($0, hash: buffer.hashes[m]) || isNoName($0, familyName: true)
                                                          || ActorMatcher.startsLikeAPresentTenseVerb($0) }) {
            k = m
            break
        }
        // A third word and more only when they stand alone ("عوض خميس لكدمات" is عوض خميس), and
        // never a link last ("منير بن ...").
        if k > j + 2, !standsAlone(buffer, (j + 2)..<k)
            || ((j + 2)..<k).contains(where: { m in buffer.withToken(m, { ActorMatcher.startsWithPreposition($0) }) && !token(buffer, m, isIn: index.nameWords) }) {
            k = j + 2
        }
        while k > j + 1, token(buffer, k - 1, isIn: index.nameLinks) { k -= 1 }
        // A given name alone is too little ("وعلي" may be any of many); another word alone, or
        // with one more that stands alone. One word alone when its letters look like a foreign
        // name's ("كانافارو وإيمرسون", "شيفا ودروغبا": `NameLetterModel`).
        if k == j + 1, !given, ActorMatcher.letters(word, from: 0) >= 4, (index.nameLetters.score(word) ?? -1) > 0,
           !index.lessCommonWords.contains(word, hash: h), !ActorMatcher.endsLikeANoun(word),
           !ActorMatcher.startsLikeAPresentTenseVerb(word) {
            return (j, k, true)
        }
        if k == j + 1 || (!given && (k > j + 2 || !standsAlone(buffer, (j + 1)..<k))) { return nil }
        // Nor a phrase: a verb or a plural first ("وتصافحا بالأيدي", "ومديري الدوائر").
        if buffer.withToken(j + 1, { ActorMatcher.startsWithPrepositionAndArticle($0) }) { return nil }
        if !given && (ActorMatcher.endsLikeANoun(word) || ActorMatcher.startsLikeAPresentTenseVerb(word)
                      || (word[word.count - 2] == 0xD8 && word[word.count - 1] == 0xAA)) { return nil }  // ت: "وخطفت"
        // After a word that is no known given name, a family name with ال is a phrase's noun
        // ("ومديري الإدارات", "واستشاري التخدير"): foreign names seldom take one.
        if !given && buffer.withToken(j + 1, { ActorMatcher.startsWithAl($0) }) { return nil }
        // Confident after a known given name whose family name stands alone, or when both words'
        // letters look like a foreign name's ("وغانلوكا زامبروتا", "وماورو كامورانيزي" in a list
        // of players).
        let foreign = !given && (index.nameLetters.score(word) ?? -1) > 0.5
            && ((j + 1)..<k).allSatisfy { m in
                buffer.withToken(m) { ActorMatcher.letters($0, from: 0) >= 3 && (index.nameLetters.score($0) ?? -1) > 0.5 }
            }
        return (j, k, (given || foreign) && standsAlone(buffer, (j + 1)..<k))
    }

    /// Where a discovered name that starts at token `j` ends (exclusive; `j` when there is none):
    /// up to three words, links (بن, آل, عبد, ابو ...) not counted, so "محمد بن عبد الكريم" is
    /// whole; a word with ال ends it ("بشار الأسد"), and a name never ends on a link. After a
    /// title, a name may not start with ال (a noun phrase: "الرئيس الجديد"), and a known actor
    /// where the name would start means no name at all.
    func nameEnd(_ buffer: TokenBuffer, from j: Int, afterTitle: Bool, afterAbbreviation: Bool = false) -> Int {
        var k = j, words = 0, end = j
        // A given name after the title: the words after it are read as after a given name found
        // on its own ("الداعية سلمان العودة": the family name may be any word).
        let countsFromTitle = afterTitle && !(j < buffer.count && (token(buffer, j, isIn: index.givenNames)
                                                                   || token(buffer, j, isIn: index.ambiguousGivenNames)))
        // Up to three words after a given name, whether a title comes before it or not ("العميد
        // سلطان محمد أحمد الشهراني" as "سلطان محمد أحمد الشهراني"); three in all otherwise.
        let maxWords = afterTitle && !countsFromTitle ? 4 : 3
        while k < buffer.count, k - j < 7, k == j || words < maxWords || token(buffer, k - 1, isIn: index.nameLinks)
                || token(buffer, k - 1, isIn: index.nameParticles)  // (the word after دي, دو, فان: "ماريا تيريزا فرنانديس دي لافيغا")
                || (k - 1 > j && isGivenNameWithAl(buffer, k - 1) && buffer.withToken(k, { ActorMatcher.startsWithAl($0) }))  // ("جابر الأحمد الجابر الصباح")
                || isInACompoundWithAllah(buffer, k) && token(buffer, k, isIn: index.allah) {  // ("معتز عبد الباسط خير الله")
            guard continuesName(buffer, k, afterAbbreviation: afterAbbreviation && k == j) else { break }
            // A religious formula ends the name before it ("عائشة رضي الله عنها").
            if k + 1 < buffer.count, token(buffer, k + 1, isIn: index.allah), token(buffer, k, isIn: index.formulaWordsBeforeAllah) { break }
            // So does a time of the day before a day or a time word ("ومساعده عبدالله مبارك صباح
            // أمس", "وصل محمد علي مساء الأحد").
            if isTimeOfDayBeforeATimeWord(buffer, k) { break }
            // A word of the language ends the name once it has two words (the given name counts
            // when there is no title): "نيكولاي دافيدنكو المصنف", "محمد فاضل الدور"; after a title
            // the most frequent ones end it even before ("الرئيس سلطة"). The family name right
            // after a given name may be any word (طارق رمضان, سلمان العودة). Not after عبد, ابو
            // ... ("عبد الله") or a particle ("كيفن دي بروين"), which take any word.
            if !isInACompoundWithAllah(buffer, k),
               k == j || (!token(buffer, k - 1, isIn: index.nameLinks) && !token(buffer, k - 1, isIn: index.nameParticles))
                || token(buffer, k - 1, isIn: index.lineageLinks) {
                let nameWords = words + (afterTitle ? 0 : 1)
                if nameWords >= 2 ? token(buffer, k, isIn: index.commonWords) || token(buffer, k, isIn: index.lessCommonWords)
                    : countsFromTitle && token(buffer, k, isIn: index.veryCommonWords) && !(k == j && isAliStartingAName(buffer, k)) { break }
                if nameWords >= 2 && !token(buffer, k, isIn: index.givenNames) && buffer.withToken(k, { endsNameAfterTwoWords($0) }) { break }
                // ب, ل, ك before a word of the language ("عبد الحفيظ لشرح موقف").
                if nameWords >= 2 && buffer.withToken(k, { isPrepositionBeforeWord($0, lessCommon: true) }) { break }
            }
            // A feminine adjective of the language with ال ends the name before it: it agrees with
            // a noun before the name ("مدينة الملك عبد الله الرياضية", "جائزة الملك فيصل العالمية").
            if k > j, buffer.withToken(k, { t in
                t.count >= 10 && ActorMatcher.startsWithAl(t) && t[t.count - 4] == 0xD9 && t[t.count - 3] == 0x8A
                    && t[t.count - 2] == 0xD8 && t[t.count - 1] == 0xA9
            }), token(buffer, k, isIn: index.commonWords) { break }
            let (startsWithAl, startsWithPreposition, startsWithAnd) = buffer.withToken(k) { t in
                (ActorMatcher.startsWithAl(t),
                 ActorMatcher.startsWithPrepositionAndArticle(t), startsWithAndName(t, hash: buffer.hashes[k]))
            }
            if k == j && afterTitle && (startsWithAl || startsWithPreposition || buffer.withToken(k, { isPrepositionBeforeWord($0) })) { break }
            // nor a verb's future, anywhere in the name ("اللاعب سيقدم", "فان جال سيملك")
            if buffer.withToken(k, { isFutureOfAVerb($0, hash: buffer.hashes[k]) }) { break }
            if let (p, length) = nameMatch(buffer, at: k) {
                // "حمدان بن محمد بن راشد": a known person after بن is the father, part of this name.
                if k > j && token(buffer, k - 1, isIn: index.lineageLinks) && k + length - j <= 8 {
                    k += length
                    words += 1
                    end = k
                    continue
                }
                // A nisba right after a given name is the family name ("فيصل السويدي", "جون كندي",
                // "أبو أيوب المصري"), and ends the name; the masculine singular (ي) only: not
                // "يحيي الفلسطينيون" (a verb), "لويس الأمريكية".
                if length == 1, index.actorTypes[p.actor] == .group, k > 0, afterTitle ? k > j : k == j,
                   buffer.withToken(k, { $0.count >= 4 && $0[$0.count - 2] == 0xD9 && $0[$0.count - 1] == 0x8A }),
                   token(buffer, k - 1, isIn: index.givenNames) {
                    return k + 1
                }
                if afterTitle { return j }  // a known actor: matched on its own, no discovery
                break
            }
            // "فيصل ملكاوي وغيث ...", "رئيس الوزراء ونائبه": a second person or noun starts at و
            // after a title or the name's first word. A preposition with ال ("بالتحدث"), or و
            // right after a given name ("إبراهيم وإخراج"), starts a phrase before a word of the
            // language; family names start so too (ماريو بالوتيلي, مانويل فالس, هيفاء وهبي).
            // (Not right after a known given name after a title, where a word in و that is none
            // of the language is the family name, as it is after a given name found on its own:
            // "السناتور مارك وارنر", "الرئيس جوكو ويدودو", "الممثل توم وولف".)
            if startsWithAnd && (k > j || afterTitle) && !(afterTitle && k == j + 1 && isFamilyNameInWaw(buffer, k)) { break }
            // Right after the name's first word (a given name, a speaker's), و and a given name is
            // the next person ("خالد وريم", "زايد وتوفيق عبدالحميد"), not a family name in و (هيفاء
            // وهبي, وفيق وجدي).
            if startsWithAnd, buffer.withToken(k, { t in
                let rest = UnsafeBufferPointer(rebasing: t[2...])
                return index.givenNames.contains(rest) || index.ambiguousGivenNames.contains(rest)
            }) { break }
            if startsWithPreposition || startsWithAnd, buffer.withToken(k, { isWordAfterProclitic($0) }) { break }
            // ب, ك or ل before a word of the language after the name's first word: a phrase
            // ("رمزي لجميع مرتادي", "صامويل إيتو بتمزق", "وليام غالاس بمجهود فردي"); not a name of
            // its own (name words), nor one ending in ي (بيومي), nor a word of three letters or
            // one in ا after the preposition (بلان, باسهل: family names as often).
            if k > j, buffer.withToken(k, { isPrepositionBeforeVeryCommonWord($0) || isPrepositionBeforeLessCommonWord($0)
                                             || ($0.count >= 10 && !($0[2] == 0xD8 && $0[3] == 0xA7) && isPrepositionBeforeWord($0)) }),
               !token(buffer, k, isIn: index.nameWords) { break }
            let link = token(buffer, k, isIn: index.nameLinks)
            let afterLink = k > 0 && token(buffer, k - 1, isIn: index.nameLinks)
            k += 1
            if !link { words += 1; end = k }
            // "بشار الأسد": a family name with ال ends the name ("عبد العزيز", "أبو الغيط" do not;
            // nor a foreign given name in ال: "كارلوس ألبرتو باريرا", "جون ألفريد").
            if startsWithAl && !link && !afterLink && !token(buffer, k - 1, isIn: index.givenNames)
                && !(k - 1 > j && isGivenNameWithAl(buffer, k - 1) && k < buffer.count && adjacent(buffer, k)
                     && buffer.withToken(k, { ActorMatcher.startsWithAl($0) }))
                // (الدين ends a compound given name, not the name: "نور الدين البخاري", "بهاء الدين إبراهيم")
                && !(k - 1 > j && buffer.withToken(k - 1, { ActorMatcher.isAdDin($0) })) { break }
        }
        // Nor on a particle whose word did not follow ("رافائيل دي" of "رافائيل دي 2014").
        if end > j + 1, token(buffer, end - 1, isIn: index.nameParticles), !token(buffer, end - 2, isIn: index.nameLinks) { end -= 1 }
        return end
    }

    /// Token `k`, right after a known given name, is a family name that starts with و (وارنر,
    /// ووكر, ويدودو): no word of the language or title with its و ("وزير", "ولي") or without it
    /// ("وقال", "وزوجته"), no ال after it ("والبولندي"), no noun with a pronoun or accusative
    /// ("وفيا"), no verb of the past ("وشرحت"); a given name after و is the next person
    /// (`nameEnd` breaks there).
    private func isFamilyNameInWaw(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard k >= 1, token(buffer, k - 1, isIn: index.givenNames), !token(buffer, k, isIn: index.commonWords),
              !token(buffer, k, isIn: index.titleWords) else { return false }
        return buffer.withToken(k) { t in
            guard t.count >= 8, t[0] == 0xD9, t[1] == 0x88 else { return false }
            let rest = UnsafeBufferPointer(rebasing: t[2...])
            guard !ActorMatcher.startsWithAl(rest), !index.commonWords.contains(rest), !index.lessCommonWords.contains(rest),
                  !isNoName(rest, familyName: true), !isNoName(t, familyName: true) else { return false }
            // A verb of the past in ت after و ("سلمان وشرحت له", "وكتبت"): a word of the language
            // before the ت, or three letters and ت (not "وايت", White: ا first).
            let n = rest.count
            if n >= 8, rest[n - 2] == 0xD8, rest[n - 1] == 0xAA {
                let stem = UnsafeBufferPointer(rebasing: rest[..<(n - 2)])
                if index.commonWords.contains(stem) || index.lessCommonWords.contains(stem) { return false }
                if n == 8, !(rest[0] == 0xD8 && rest[1] == 0xA7) { return false }
            }
            return true
        }
    }

    /// Token `k` is a given name before بن, ابن ...: a known one, one that is a word as well
    /// ("حسن بن علي"), or either with ال ("الحسن بن علي", "الحسين بن علي"), but no nisba.
    private func isGivenNameBeforeALineage(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        if token(buffer, k, isIn: index.nameLinks) || token(buffer, k, isIn: index.titleWords) || token(buffer, k, isIn: index.honorifics) {
            return false
        }
        if token(buffer, k, isIn: index.givenNames) || token(buffer, k, isIn: index.ambiguousGivenNames) { return true }
        return buffer.withToken(k) { t in
            guard t.count >= 10, ActorMatcher.startsWithAl(t), !(t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x8A) else { return false }
            let rest = UnsafeBufferPointer(rebasing: t[4...])
            return index.givenNames.contains(rest) || index.ambiguousGivenNames.contains(rest)
        }
    }

    /// Token `k` is ال and a given name, after a name's first word: a father's or grandfather's
    /// name in the Gulf's names, which go on after it ("جابر الأحمد الجابر الصباح", "صباح
    /// الخالد الحمد الصباح"); not a nisba (ي, ية), nor a word of the language.
    private func isGivenNameWithAl(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        buffer.withToken(k) { t in
            guard t.count >= 10, ActorMatcher.startsWithAl(t), !(t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x8A),
                  !index.commonWords.contains(t), !index.lessCommonWords.contains(t) else { return false }
            let rest = UnsafeBufferPointer(rebasing: t[4...])
            return index.givenNames.contains(rest) && !index.ambiguousGivenNames.contains(rest) && !index.commonWords.contains(rest)
        }
    }

    /// `t` is a proclitic (و, or ب ك ف و with ال, or لل) before a common word: "بالتحدث", "وإخراج".
    /// ب, ك or ل (without ال) before a word of four letters or more used by 400 ANT articles or
    /// more, not one that starts with و (family names in ب, ك, ل read so too: بيلي, كبها, كوان,
    /// بوعلي, كوياتي have three letters after it, or و).
    private func isPrepositionBeforeVeryCommonWord(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= 10, (t[0] == 0xD8 && t[1] == 0xA8) || (t[0] == 0xD9 && (t[1] == 0x83 || t[1] == 0x84)),
              !(t[2] == 0xD9 && t[3] == 0x88), ActorMatcher.letters(t, from: 2) >= 4,
              !ActorMatcher.startsWithPrepositionAndArticle(t) else { return false }
        return index.veryCommonWords.contains(UnsafeBufferPointer(rebasing: t[2...]))
    }

    private func isWordAfterProclitic(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= 6 else { return false }
        if t[0] == 0xD9 && t[1] == 0x84 && t[2] == 0xD9 && t[3] == 0x84 {  // لل: ل + ال
            return index.commonWords.contains((ActorMatcher.al + t[4...])[...])
        }
        if ActorMatcher.startsWithPrepositionAndArticle(t) { return index.commonWords.contains(Array(t[2...])[...]) }
        return index.commonWords.contains(Array(t[2...])[...])  // و + a word
    }

    /// A word after a nationality adjective or a verb of saying that is not a name: a noun with a
    /// pronoun, of the feminine or plural ("برونزية", "وأكد سموه", "ويقول منتقدون"), a
    /// present-tense verb ("يشن"), a preposition before a common word ("الإماراتية لكفاءة",
    /// "وقال لرابطة"), or a word in Latin letters ("الهندي لـCNN").
    private func isNoName(_ t: UnsafeBufferPointer<UInt8>, familyName: Bool = false) -> Bool {
        if t.contains(where: { $0 < 0x80 }) { return true }  // "لـCNN"
        if ActorMatcher.endsLikeANoun(t) {
            // ون ين after a given name: a surname in -son, -ton, -sen more often than a plural
            // ("ريتشارد برانسون", "سكارليت جوهانسون", "محمود أبو العينين"; the plurals in use are
            // common words); not a participle's plural (م, الم: "ممزقين", "المهندسين") nor a dual
            // (تين: "محاولتين")
            guard familyName, ActorMatcher.endsLikeAPlural(t), t.count >= 10 else { return true }
            let n = t.count
            if t[n - 3] == 0x8A {
                let m = ActorMatcher.startsWithAl(t) ? 4 : 0
                if t[m] == 0xD9 && t[m + 1] == 0x85 { return true }
                if t[n - 6] == 0xD8 && t[n - 5] == 0xAA { return true }
            }
        }
        guard t.count >= 8 else { return false }
        if ActorMatcher.endsInAPronoun(t) { return true }
        // a word of the language with the ا of the accusative ("تغيرا", "اعتذارا", "ممثلا") or
        // the pronoun نا ("حرصنا", "مصادرنا"); not a given name ("دينا"). (Not ك: "بينك",
        // "اندك" are names as often.)
        let n = t.count
        if t[n - 2] == 0xD8 && t[n - 1] == 0xA7,
           index.commonWords.contains(UnsafeBufferPointer(rebasing: t[..<(n - 2)]))
            || (n >= 10 && t[n - 4] == 0xD9 && t[n - 3] == 0x86 && index.commonWords.contains(UnsafeBufferPointer(rebasing: t[..<(n - 4)]))),
           !index.givenNames.contains(t), !index.ambiguousGivenNames.contains(t) { return true }
        // ي: a present-tense verb; not يا and four letters more (يانكو, ياكوبو; the verbs written
        // so are shorter: يأمر, يأتي once normalised)
        if t[0] == 0xD9 && t[1] == 0x8A && !(t[2] == 0xD8 && t[3] == 0xA7 && t.count >= 10) { return true }
        guard ActorMatcher.startsWithPreposition(t) else { return false }
        return index.commonWords.contains(Array(t[2...])[...])  // ب ل ك + a common word
    }

    /// `t` is a verb of the present of three letters or a participle in مت or مست with ة: after a
    /// given name or as a name after a title, no family name or name: ي and two letters ("يشن",
    /// "يبث", "يرد": ~40 such "names" on news-bench, and 4 foreign family names with them: يلن,
    /// ينر, ينز, يدر; not يان, يون, nor يحي, يحيى misspelt); "متحفظة", "مستقرة" (not مفعولة:
    /// "مستورة", a family name).
    static func isShortVerbOrParticiple(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        if n == 6, t[0] == 0xD9, t[1] == 0x8A, !(t[2] == 0xD8 && t[3] == 0xA7),
           !(t[2] == 0xD9 && (t[3] == 0x88 || t[3] == 0x8A)), !(t[4] == 0xD9 && t[5] == 0x8A) { return true }
        return n >= 10 && t[0] == 0xD9 && t[1] == 0x85 && t[2] == 0xD8
            && (t[3] == 0xAA || (t[3] == 0xB3 && t[4] == 0xD8 && t[5] == 0xAA))
            && t[n - 2] == 0xD8 && t[n - 1] == 0xA9 && !(t[n - 6] == 0xD9 && t[n - 5] == 0x88)
    }

    /// `t` is no word of a person's name: `isNoFamilyName`, or a short verb or a participle
    /// (`isShortVerbOrParticiple`; places and organisations keep `isNoFamilyName` alone: يطا,
    /// يزد are towns).
    private func isNoPersonNameWord(_ t: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        isNoFamilyName(t, hash: hash) || ActorMatcher.isShortVerbOrParticiple(t)
    }

    /// `t`, the word after a given name, is none of a name: a word with a pronoun (ها هما هم هن,
    /// نا), ب ل ك before a word with ه ("بمدائحه"), an adverb, a present-tense verb (ي and four
    /// letters or more that is no name's word and does not end in ي: "يعدم"), a Latin word.
    private func isNoFamilyName(_ t: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        let n = t.count
        if t[0] < 0x80 { return true }  // a Latin word after an Arabic name ("&quot;")
        guard n >= 6 else { return false }
        if ActorMatcher.endsInAPronoun(t) || isAdverb(t) { return true }
        // مفعولا, an adverb of manner ("متبوعا", "مصحوبا")
        if n == 12, t[0] == 0xD9, t[1] == 0x85, t[6] == 0xD9, t[7] == 0x88, t[10] == 0xD8, t[11] == 0xA7 { return true }
        // a verb of the past, a word of the language of four letters or more with ت or وا
        // ("اعلنت", "استهدفوا"; not a given name: رفعت, حكمت; nor a Latin name's -ite, -ett:
        // وايت, بينت)
        if n >= 10, !index.givenNames.contains(t, hash: hash), !index.ambiguousGivenNames.contains(t, hash: hash),
           !(t[n - 4] == 0xD9 && t[n - 3] == 0x8A), (t[n - 2] == 0xD8 && t[n - 1] == 0xAA && index.commonWords.contains(UnsafeBufferPointer(rebasing: t[..<(n - 2)])))
            || (n >= 12 && t[n - 4] == 0xD9 && t[n - 3] == 0x88 && t[n - 2] == 0xD8 && t[n - 1] == 0xA7
                && index.commonWords.contains(UnsafeBufferPointer(rebasing: t[..<(n - 4)]))) { return true }
        if isFutureOfAVerb(t, hash: hash) { return true }
        // ل before a present-tense verb of the language ("أبو أيوب ليكون خليفة", "لتصبح"): "so
        // that", no name (ليبرمان, ليفني: the rest is no word).
        if n >= 8, t[0] == 0xD9, t[1] == 0x84, (t[2] == 0xD9 && t[3] == 0x8A) || (t[2] == 0xD8 && t[3] == 0xAA),
           index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...])), !index.nameWords.contains(t, hash: hash) { return true }
        let endsInNa = t[n - 4] == 0xD9 && t[n - 3] == 0x86 && t[n - 2] == 0xD8 && t[n - 1] == 0xA7
        // نا after a word of the language: "شبابنا" (not "مارشينا")
        if endsInNa && n >= 10 && index.commonWords.contains(UnsafeBufferPointer(rebasing: t[..<(n - 4)])) { return true }
        let endsInHa = t[n - 2] == 0xD9 && t[n - 1] == 0x87
        if endsInHa && n >= 8 && ActorMatcher.startsWithPreposition(t) { return true }
        // (not يا and four letters more: "ياكين", "يانيس"; يأمر, يأتي are shorter)
        if n >= 8, t[0] == 0xD9, t[1] == 0x8A, !(t[2] == 0xD8 && t[3] == 0xA7 && n >= 10), !(t[n - 2] == 0xD9 && t[n - 1] == 0x8A),
           !index.nameWords.contains(t, hash: hash) { return true }
        return false
    }

    /// `t` is the future of a verb of the language: س, then ي ت or ن and a common word ("سيزور",
    /// "ستقوم", "سيقدم"), no given name.
    private func isFutureOfAVerb(_ t: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        t.count >= 10 && t[0] == 0xD8 && t[1] == 0xB3 && (t[2] == 0xD9 && (t[3] == 0x8A || t[3] == 0x86) || t[2] == 0xD8 && t[3] == 0xAA)
            && !index.givenNames.contains(t, hash: hash) && !index.ambiguousGivenNames.contains(t, hash: hash)
            && index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...]))
    }

    /// The first byte of a discovered organisation's key: it sets it apart from a person's
    /// (`ActorCounts` reports the key without it, of type organization). Never in a token.
    static let organizationKeyMark: UInt8 = 0x01
    /// The first byte of a discovered place's key (`placeAfterDescriptor`), as
    /// `organizationKeyMark` for an organisation's.
    static let placeKeyMark: UInt8 = 0x02

    /// A place named after a descriptor at token `i` (`ActorIndex.placeDescriptors`, also after
    /// و ف ب ل: "بمدينة هانوفر", "في حي الشجاعية"): one word with ال that is no word of the
    /// language ("حي الشجاعية", not "منطقة الشرق"), or one or two proper nouns ("مدينة
    /// قوانغتشو", "مدينة سان دييغو"); never a known actor (matched as itself), a title, a
    /// stopword, a verb or a word with a pronoun. The name's tokens (start, end exclusive) and key
    /// (`placeKeyMark` and the words).
    func placeAfterDescriptor(_ buffer: TokenBuffer, at i: Int, forms: LookupForms) -> (Int, Int, [UInt8])? {
        var isDescriptor = false
        for f in 0..<forms.count where !forms[f].withAl {
            let form = forms[f]
            guard form.start == 0 || form.start == 2 else { continue }
            if index.placeDescriptors.contains(UnsafeBufferPointer(rebasing: buffer.tokenBytes(i)[form.start...]), hash: form.hash) {
                isDescriptor = true
                break
            }
        }
        guard isDescriptor else { return nil }
        var k = i + 1
        while k - i <= 2, k < buffer.count, !buffer.infos[k].followsBreak, !buffer.infos[k].isNumber,
              buffer.infos[k].line == buffer.infos[k - 1].line, buffer.infos[k].start - buffer.infos[k - 1].end <= 1 {
            let t = buffer.tokenBytes(k), h = buffer.hashes[k]
            guard t[0] >= 0xD8, t[0] <= 0xDB else { break }
            if gazetteerMatch(buffer, at: k) != nil {
                if k == i + 1 { return nil }
                break
            }
            guard !index.notNames.contains(t, hash: h), !index.titleWords.contains(t, hash: h),
                  !index.commonWords.contains(t, hash: h), !index.organizationNameStops.contains(t, hash: h) else { break }
            if ActorMatcher.startsWithAl(t) {
                guard k == i + 1, ActorMatcher.letters(t, from: 0) >= 5, !isNoName(t) || ActorMatcher.endsLikeANounInTa(t) else { break }
                k += 1
                break  // a name with ال is one word here
            }
            let proclitic = (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x84 || t[1] == 0x83 || t[1] == 0x81)) || (t[0] == 0xD8 && t[1] == 0xA8)
            // (not an adjective that agrees with the descriptor: "منطقة آمنة", "ولاية خامسة"; nor
            // a proclitic before a word of the language: "مدينة وميناء", not "وهران"; nor a verb's
            // وا: "حي ورفعوا". Plurals in ين stay: place names end so as often, "بيت حانون", "جنين")
            guard ActorMatcher.letters(t, from: 0) >= 3, !(proclitic && (k > i + 1 || isWordAfterProclitic(t))), !isNoFamilyName(t, hash: h),
                  !ActorMatcher.endsInAt(t), !ActorMatcher.endsLikeANounInTa(t),
                  !(t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x87), !(t[t.count - 4] == 0xD9 && t[t.count - 3] == 0x88 && t[t.count - 2] == 0xD8 && t[t.count - 1] == 0xA7) else { break }
            k += 1
        }
        guard k > i + 1 else { return nil }
        // A first word of a name alone ("قرية بيت رجال": رجال is a word too; "مدينة سان
        // بطرسبورغ"): the name is not known, no mention. An adjective after حي ("حي سكني", "حي
        // شعبي": ي without ال) is no name either.
        if k == i + 2, token(buffer, i + 1, isIn: index.placeNamePrefixes) { return nil }
        if k == i + 2, buffer.withToken(i, { $0.count == 4 && $0[0] == 0xD8 && $0[1] == 0xAD && $0[2] == 0xD9 && $0[3] == 0x8A }),  // حي
           buffer.withToken(i + 1, { !ActorMatcher.startsWithAl($0) && $0[$0.count - 2] == 0xD9 && $0[$0.count - 1] == 0x8A }) {
            return nil
        }
        return (i + 1, k, markedKey(ActorMatcher.placeKeyMark, buffer, (i + 1)..<k))
    }

    /// A discovered organisation's or place's key: `mark` and the words `range`, space-separated.
    private func markedKey(_ mark: UInt8, _ buffer: TokenBuffer, _ range: Range<Int>) -> [UInt8] {
        var key: [UInt8] = [mark]
        for j in range {
            if j > range.lowerBound { key.append(0x20) }
            key.append(contentsOf: buffer.tokenBytes(j))
        }
        return key
    }

    /// `t` ends in ة (a place's name often does: "الشجاعية", "الرشيدية").
    static func endsLikeANounInTa(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.count >= 4 && t[t.count - 2] == 0xD8 && t[t.count - 1] == 0xA9
    }

    /// An organisation named after a descriptor at token `i` (`ActorIndex.mediaDescriptors`,
    /// `teamDescriptors`, also after و ف ب ل ك): one or two words, a known organisation (or place,
    /// after a newspaper's noun: "صحيفة الرياض"), a word with ال (after the others than a
    /// newspaper's, one that is no word of the language: not "فريق العمل", "شبكة الهاتف"), or a
    /// proper noun ("مجلة نيوزويك", "فريق بوروسيا دورتموند"); never a person, a nationality
    /// ("صحيفة الغارديان البريطانية": the name stops before it) or a stopword. The name's tokens
    /// (start, end exclusive), key (`organizationKeyMark` and the words), and whether it is named
    /// well enough to be reported once (a known place or organisation, or a proper noun in it).
    func nameAfterDescriptor(_ buffer: TokenBuffer, at i: Int, forms: LookupForms,
                             text: UnsafeBufferPointer<UInt8>? = nil) -> (Int, Int, [UInt8], Bool)? {
        var kind = 0, named = false, knownInside = false, properNouns = 0, firstKnownOrganizationEnd = -1  // kind 1: a newspaper, 2: فريق, 3: نادي, 4: قناة شبكة, 5: شركة
        for f in 0..<forms.count where !forms[f].withAl {
            let form = forms[f]
            guard form.start == 0 || form.start == 2 else { continue }
            let head = UnsafeBufferPointer(rebasing: buffer.tokenBytes(i)[form.start...])
            if index.mediaDescriptors.contains(head, hash: form.hash) {
                // 4: قناة, شبكة (also "a canal", "a network": "قناة السويس", "شبكة الهاتف")
                kind = head.count == 8 && ((head[0] == 0xD9 && head[1] == 0x82) || (head[0] == 0xD8 && head[1] == 0xB4)) ? 4 : 1
                break
            }
            if index.teamDescriptors.contains(head, hash: form.hash) {
                kind = head.count == 8 && head[0] == 0xD9 && head[1] == 0x86 ? 3 : 2  // 3: نادي
                break
            }
            if index.companyDescriptors.contains(head, hash: form.hash) {
                kind = 5
                break
            }
        }
        guard kind != 0 else { return nil }
        var k = i + 1
        // A newspaper's or channel's name in quotation marks ("صحيفة « السفير »", "صحيفة "
        // المستقبل ""; the tokenizer leaves the marks out: read in the text, when the tokens'
        // byte offsets index it): all that stands between them, of three words at most, is the
        // name, named well enough.
        if (kind == 1 || kind == 4), let text, k < buffer.count, buffer.infos[k].line == buffer.infos[i].line,
           ActorMatcher.quotationMarkBetween(buffer, i, k, text) {
            var end = k
            while end < buffer.count, end - k < 3, !buffer.infos[end].followsBreak, buffer.infos[end].line == buffer.infos[i].line,
                  end == k || buffer.infos[end].start - buffer.infos[end - 1].end <= 1,
                  buffer.withToken(end, { $0[0] >= 0xD8 && $0[0] <= 0xDB }) { end += 1 }
            // Closed by the other mark (or the line's end), and not a stopword alone.
            guard end > k, end == buffer.count || buffer.infos[end].line != buffer.infos[i].line
                    || ActorMatcher.quotationMarkBetween(buffer, end - 1, end, text),
                  end > k + 1 || !token(buffer, k, isIn: index.notNames) else { return nil }
            if gazetteerMatch(buffer, at: k).map({ $0.1 == end - k }) == true { return nil }  // known: matched as itself
            return (k, end, markedKey(ActorMatcher.organizationKeyMark, buffer, k..<end), true)
        }
        while k - i <= 2, k < buffer.count, !buffer.infos[k].followsBreak, !buffer.infos[k].isNumber,
              buffer.infos[k].line == buffer.infos[k - 1].line, buffer.infos[k].start - buffer.infos[k - 1].end <= 1 {
            let t = buffer.tokenBytes(k), h = buffer.hashes[k]
            guard t[0] >= 0xD8, t[0] <= 0xDB else { break }
            if let (p, length) = gazetteerMatch(buffer, at: k) {
                let type = index.actorTypes[p.actor]
                // (a place only for a newspaper, "صحيفة الرياض", and a club, "نادي موناكو": "فريق
                // اليمن" is a national side)
                guard type == .organization || (type == .place && (kind == 1 || kind == 3)), k == i + 1 || length == 1 else { break }
                if k == i + 1 && type == .organization { firstKnownOrganizationEnd = k + length }
                k += length
                named = true
                knownInside = true
                // A known organisation right after شركة is all of the name ("شركة مايكروسوفت
                // ملفا أمنيا")
                if kind == 5 && k == firstKnownOrganizationEnd { break }
                continue
            }
            guard !index.notNames.contains(t, hash: h), !index.titleWords.contains(t, hash: h),
                  !index.givenNames.contains(t, hash: h), !index.organizationNameStops.contains(t, hash: h) else { break }
            if ActorMatcher.startsWithAl(t) {
                // But for a newspaper's (النهار, الحياة), not a word of the language ("فريق العمل",
                // "شبكة الهاتف", "نادي الطلاب"); none after شركة ("شركة الاتصالات السعودية" is
                // named by a head, "شركة النفط" by none).
                guard k == i + 1, kind != 2, kind != 5, kind == 1 || !index.commonWords.contains(t, hash: h) else { break }
                k += 1
                continue
            }
            let proclitic = (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x84 || t[1] == 0x83)) || (t[0] == 0xD8 && t[1] == 0xA8)
            // A word without ال after one with it is no part of the name: what follows a definite
            // name agrees with it ("الحياة اللندنية"), so "جريدة الوفاق مصيب نعيمي" is الوفاق and
            // then a person.
            if k > i + 1, buffer.withToken(k - 1, { ActorMatcher.startsWithAl($0) }) { break }
            guard ActorMatcher.letters(t, from: 0) >= 3, !index.commonWords.contains(t, hash: h), !proclitic,
                  !isNoFamilyName(t, hash: h), !ActorMatcher.endsLikeANoun(t) else { break }
            // After شركة, what it does is no name: a plural in ات ("شركة مشروبات"), a verb ("شركة
            // تستثمر"), a word of the language with ا of the accusative or a pronoun (`isNoName`)
            if kind == 5 && (ActorMatcher.endsInAt(t) || isNoName(t) || isPresentTenseOfAWord(t)) { break }
            named = true
            properNouns += 1
            k += 1
        }
        // After فريق, قناة, شبكة a word that is no common word is as often a rarer noun or verb
        // ("فريق الغوص", "فريق تقصي الحقائق"): a known organisation or two proper nouns only.
        guard k > i + 1, kind == 1 || kind == 3 || kind == 5 || knownInside || properNouns >= 2 else { return nil }
        // A known organisation alone is matched as itself ("صحيفة الأمم المتحدة", "فريق ريال مدريد").
        if k == firstKnownOrganizationEnd { return nil }
        return (i + 1, k, markedKey(ActorMatcher.organizationKeyMark, buffer, (i + 1)..<k), named)
    }

    /// `t` ends in ات (a feminine plural), three letters or more before it.
    static func endsInAt(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        return n >= 10 && t[n - 4] == 0xD8 && t[n - 3] == 0xA7 && t[n - 2] == 0xD8 && t[n - 1] == 0xAA
    }

    /// `t` is ت, ي or ن before a word of the language (a verb of the present: "تستثمر", "تشغل").
    private func isPresentTenseOfAWord(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= 8, t[0] == 0xD8 && t[1] == 0xAA || t[0] == 0xD9 && (t[1] == 0x8A || t[1] == 0x86) else { return false }
        return index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...])) || index.commonWords.contains((ActorMatcher.al + t[2...])[...])
    }

    /// Between tokens `a` and `b` (`b` after `a`) the text has a quotation mark (" « » “ ”)
    /// and nothing but spaces beside it.
    /// Token `i` stands as an attribution in `text`: in brackets ("(قنا)"), or after a dash and
    /// before a colon, a dash, a bracket or the line's end ("الدوحة - قنا:", "عمان - بترا").
    static func isAttribution(_ buffer: TokenBuffer, _ i: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var b = buffer.infos[i].byteStart, e = buffer.infos[i].byteEnd
        guard b > 0, e <= text.count else { return false }
        while b > 0 && text[b - 1] == 0x20 { b -= 1 }
        while e < text.count && text[e] == 0x20 { e += 1 }
        guard b > 0 else { return false }
        let before = text[b - 1]
        // "-", "–" (E2 80 93), "ـ" (D9 80) before; ")" ":" "-" "–" or a line's end after.
        let dashBefore = before == 0x2D || (b >= 3 && before == 0x93 && text[b - 2] == 0x80 && text[b - 3] == 0xE2)
            || (b >= 2 && before == 0x80 && text[b - 2] == 0xD9)
        if before == 0x28 { return e < text.count && text[e] == 0x29 }
        guard dashBefore else { return false }
        guard e < text.count else { return true }
        let after = text[e]
        return after == 0x29 || after == 0x3A || after == 0x2D || after == 0x0A || after == 0x0D || after == 0xE2
    }

    static func quotationMarkBetween(_ buffer: TokenBuffer, _ a: Int, _ b: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = buffer.infos[a].byteEnd, to = buffer.infos[b].byteStart
        guard from < to, to <= text.count, to - from <= 8 else { return false }
        var marks = 0, x = from
        while x < to {
            let c = text[x]
            if c == 0x20 { x += 1; continue }
            if c == 0x22 { marks += 1; x += 1; continue }
            if c == 0xC2, x + 1 < to, text[x + 1] == 0xAB || text[x + 1] == 0xBB { marks += 1; x += 2; continue }
            if c == 0xE2, x + 2 < to, text[x + 1] == 0x80, text[x + 2] == 0x9C || text[x + 2] == 0x9D { marks += 1; x += 3; continue }
            return false
        }
        return marks == 1
    }

    /// An organisation named at token `i` by a head noun (`ActorIndex.organizationHeads`, also
    /// after و ف ب ل ك): in construct, before a word with ال, a known actor or a word that is no
    /// word of the language ("حزب الاتحاد الديمقراطي", "جامعة القاهرة", "معهد ماساتشوستس
    /// للتكنولوجيا"); with ال, before a nisba ("المجلس الاقتصادي والاجتماعي"). The name goes on
    /// through words with ال (with ل or و in front after the first: "للتنمية", "والاجتماعي"),
    /// known actors and words that are none of the language, six tokens at most, never into a
    /// stopword, a verb or an adjective of time. Its end (exclusive), its key
    /// (`organizationKeyMark`, the head without its proclitic, the words), and whether it is
    /// named well enough to be reported once: a known actor or a proper noun inside.
    func organizationMatch(_ buffer: TokenBuffer, at i: Int, forms: LookupForms) -> (Int, [UInt8], Bool)? {
        var headStart: Int?, definite = false
        for f in 0..<forms.count where !forms[f].withAl {
            let form = forms[f]
            guard form.start == 0 || form.start == 2 else { continue }
            let head = UnsafeBufferPointer(rebasing: buffer.tokenBytes(i)[form.start...])
            if index.organizationHeads.contains(head, hash: form.hash) { headStart = form.start; break }
            if index.definiteOrganizationHeads.contains(head, hash: form.hash) { headStart = form.start; definite = true; break }
        }
        guard let headStart else { return nil }
        // (A nisba ends in ي or ية, with ال or without: "لبناني", "الشيعية"; a people's noun
        // does not: "المسلمين", "الأكراد".)
        func nisba(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = t.count
            return n >= 4 && (t[n - 2] == 0xD9 && t[n - 1] == 0x8A
                              || n >= 6 && t[n - 4] == 0xD9 && t[n - 3] == 0x8A && t[n - 2] == 0xD8 && t[n - 1] == 0xA9)
        }
        func adjacent(_ k: Int) -> Bool {
            k < buffer.count && !buffer.infos[k].followsBreak && !buffer.infos[k].isNumber
                && buffer.infos[k].line == buffer.infos[k - 1].line && buffer.infos[k].start - buffer.infos[k - 1].end <= 1
        }
        var k = i + 1, named = false, previousProper = false, previousGroup = false, afterNationality = false
        // Four words after the head at most ("البنك التجاري لأوراق الدين ...": the name is
        // rarely longer, a phrase often is).
        while k - i <= 4, adjacent(k) {
            let first = k == i + 1
            let t = buffer.tokenBytes(k), h = buffer.hashes[k]
            guard t[0] >= 0xD8, t[0] <= 0xDB else { break }
            let proclitic = t.count > 4 && ((t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x83)) || (t[0] == 0xD8 && t[1] == 0xA8))  // و ك ب
            // Another organisation's head, a given name: the next actor ("مجلس الوصاية محكمة
            // العدل", "بنك فرنسا المركزي جان كلود تريشيه").
            if !first && (index.organizationHeads.contains(t, hash: h) || index.definiteOrganizationHeads.contains(t, hash: h)
                          || index.givenNames.contains(t, hash: h)) { break }
            if let (p, length) = gazetteerMatch(buffer, at: k) {
                // A known actor inside: "جامعة القاهرة", "بنك إنجلترا"; with ال, a nationality
                // ("الحزب الكردي"). Not one with و, ب or ك in front after the first word (the
                // next actor, a place: "والاتحاد الإفريقي", "بواشنطن"), nor a nationality after
                // a proper noun or a place ("جامعة السوربون الفرنسية": the university's country);
                // right after another nisba it is one more ("الحزب الشيعي اللبناني", "البنك السعودي
                // الفرنسي"), and a people's noun is the name's ("مجلس حكماء المسلمين", "رابطة
                // أمهات المختطفين اليمنيين"), not after an article's head ("والمجلس الأوروبيين").
                let type = index.actorTypes[p.actor]
                // A known organisation right after a head that names its kind is named by it:
                // "منظمة أوبك", "وكالة ناسا", "بنك باركليز" are أوبك, ناسا, باركليز. Not after a
                // head that names a body of it or beside it ("هيئة السوق المالية" regulates the
                // exchange, "مجلس الجامعة" is the university's), nor before a complement with ل
                // (another body: "منظمة الأمم المتحدة للطفولة", "وكالة الأمم المتحدة لغوث").
                if first && type == .organization, !definite, index.organizationKindHeads.contains(UnsafeBufferPointer(rebasing: buffer.tokenBytes(i)[headStart...])),
                   !(adjacent(k + length) && buffer.withToken(k + length, { $0.count > 4 && $0[0] == 0xD9 && $0[1] == 0x84 })) {
                    return nil
                }
                guard !definite || !first || type == .group else { break }
                // A nationality without ال right after the head describes it: "جامعة أمريكية".
                guard !(first && !definite && type == .group && !ActorMatcher.startsWithAl(t)) else { break }
                guard first || !proclitic else { break }
                if type == .group {
                    guard !(first && (definite && !ActorMatcher.isDefiniteNisba(t) || t[0] == 0xD9 && t[1] == 0x88)),  // (و: "التنظيم والأكراد")
                          !(nisba(t) && named && !previousGroup) else { break }
                }
                k += length
                named = true
                previousProper = false
                previousGroup = type == .group
                afterNationality = type == .group && nisba(t)
                continue
            }
            // (The adjectives of institutions are common nouns, in `notNames`: "الإسلامي" is the
            // name's; an honorific is the next person's: "مجلس الوزراء الشيخ ...".)
            guard !index.notNames.contains(t, hash: h) || index.commonNouns.contains(t, hash: h),
                  !index.titleTimeAdjectives.contains(t, hash: h), !index.honorifics.contains(t, hash: h),
                  !index.organizationNameStops.contains(t, hash: h) else { break }
            previousGroup = false
            if first && definite {
                // (Not a nisba with و: "الأكاديمية والإدارية" are two adjectives of a noun.)
                guard ActorMatcher.isDefiniteNisba(t), !(t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81)) else { break }
                k += 1
                continue
            }
            if ActorMatcher.startsWithAl(t) {
                // After a nationality the name goes on by another nisba ("الجامعة الليبية
                // الدولية") or an adjective before a complement with لل ("الهيئة المصرية العامة
                // للكتاب", "المجلس الأفغاني الأعلى للسلام"); any other word with ال starts the
                // phrase's next part ("وزارة الخارجية المصرية السفير", "البنك المركزي السويسري
                // الأسواق", "الاتحاد السويسري الصديق"; the names that go on, "الجيش السوري الحر",
                // are known actors).
                if afterNationality, !ActorMatcher.isDefiniteNisba(t),
                   !(adjacent(k + 1) && buffer.withToken(k + 1, { ActorMatcher.startsWithLamLam($0) })) { break }
                afterNationality = false
                // A verbal noun after the name, not an adjective of it: a word with ال that is no
                // nisba, before a preposition ("قرر مجلس الوزراء الموافقة على", "أعلنت وزارة
                // الداخلية القبض على").
                if !first, !ActorMatcher.isDefiniteNisba(t), adjacent(k + 1), token(buffer, k + 1, isIn: index.prepositionsAfterAVerbalNoun) { break }
                k += 1
                previousProper = false
                continue
            }
            let withAlAfter = t.count > 6 && ((t[0] == 0xD9 && t[1] == 0x84 && t[2] == 0xD9 && t[3] == 0x84)  // لل
                || (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x84) && t[2] == 0xD8 && t[3] == 0xA7 && t[4] == 0xD9 && t[5] == 0x84))  // وال, لال
            if withAlAfter {
                // و + ال: a nisba only ("والاجتماعي"; "والحكومة البريطانية" is the next actor).
                guard !first, !(t[0] == 0xD9 && t[1] == 0x88) || ActorMatcher.isDefiniteNisba(t) else { break }
                afterNationality = false
                k += 1
                previousProper = false
                continue
            }
            // A word that is none of the language: a proper noun ("ماساتشوستس", "جورج تاون"),
            // right after the head or another (after words with ال it is a verb as often: "المجلس
            // الاقتصادي سيتخذ").
            guard first || previousProper, !proclitic, ActorMatcher.letters(t, from: 0) >= 3,
                  !index.commonWords.contains(t, hash: h), !isNoFamilyName(t, hash: h), !ActorMatcher.endsLikeANoun(t) else { break }
            named = true
            previousProper = true
            k += 1
        }
        guard k > i + 1, !(k == i + 2 && token(buffer, i + 1, isIn: index.genericOrganizationWords)) else { return nil }
        var key: [UInt8] = [ActorMatcher.organizationKeyMark]
        key.append(contentsOf: buffer.tokenBytes(i)[headStart...])
        for j in (i + 1)..<k {
            key.append(0x20)
            key.append(contentsOf: buffer.tokenBytes(j))
        }
        return (k, key, named)
    }

    /// Token `i - 1` is the given name of `actor` (a person found at `i` by one word, its surname)
    /// in another spelling: on the same line right before it, after `previous` (the last
    /// mention), an Arabic word that is no word of the language, title, link or known actor,
    /// whose consonants (`ActorMatcher.consonants`) are those of the first word of the actor's
    /// name or of one of its aliases of two words or more ("جيرهارد" for غيرهارد شرودر, "ديفد"
    /// for ديفيد بيكهام, "هوجو" for هوغو تشافيز). Rare (a person named by a surname alone with
    /// a word before it): the names are read as strings here.
    private enum GivenNameBefore { case none, same, other }

    /// What the word before a person found by the surname alone at `i` is: the person's given
    /// name in another spelling (`givenNameSpelledOtherwise`), another known given name (a
    /// relative, a namesake), or neither.
    /// Makes the discovered name right before the known person `actor`'s one-word name at `i`
    /// end with it, when that is its family name (`familyNameAfterADiscoveredName`): the known
    /// person's mention of the whole, or another person's of the family. False: nothing done.
    /// (A function of its own to keep `matchSpans` from growing more: see the note on its forms.)
    @inline(never)
    private func endDiscoveredNameWithFamilyName(_ buffer: TokenBuffer, _ i: Int, actor: Int, _ mentions: inout [ActorMention],
                                                 _ candidates: inout CandidateNames, _ shortForms: inout ShortForms) -> Bool {
        guard let last = mentions.last, let c = last.candidate,
              let (start, same) = familyNameAfterADiscoveredName(buffer, i, actor: actor, last: last, candidates: candidates) else { return false }
        mentions.removeLast()
        if same {
            mentions.append(ActorMatcher.mention(buffer, start, i, actor: actor, candidate: nil, via: .alias))
            shortForms.reassign(candidate: c, actor: actor, candidate: nil)
            register(buffer, start..<(i + 1), actor: actor, candidate: nil, &shortForms, givenName: true)
        } else {
            let before = mentions.count
            appendDiscovered(buffer, start..<(i + 1), &mentions, &candidates, &shortForms, confident: last.confident)
            guard mentions.count > before else {
                mentions.append(last)  // the longer name was refused: the mentions as they were
                return false
            }
            if let new = mentions.last?.candidate, new != c { shortForms.reassign(candidate: c, actor: nil, candidate: new) }
        }
        return true
    }

    /// The known person `actor`'s one-word name at `i` is the family name of the discovered
    /// person's name `last` that ends right before it (two words or more: `nameEnd` ends a name
    /// before a known actor): "خوسي لويس ثاباتيرو", "فرانكلين ديلانو روزفلت", "روبرت فرانسيس
    /// كينيدي". The name's first token, and whether its first word is the person's given name in
    /// some spelling (then it is the known person; else another person of the family). Not a word
    /// with a proclitic ("ستيفن كوري وكلاي"), and another person only when the name before has no
    /// family name of its own, with ال or known ("فيصل الغامدي مارادونا", "راهول غاندي مودي": two
    /// people side by side).
    private func familyNameAfterADiscoveredName(_ buffer: TokenBuffer, _ i: Int, actor: Int, last: ActorMention,
                                                candidates: CandidateNames) -> (start: Int, same: Bool)? {
        guard i >= 2, last.actor == nil, last.via == .discovered, let c = last.candidate,
              let mark = candidates.keys[c].bytes.first, mark != ActorMatcher.organizationKeyMark, mark != ActorMatcher.placeKeyMark,
              adjacent(buffer, i), last.byteEnd == buffer.infos[i - 1].byteEnd,
              buffer.withToken(i, { index.byFirst.contains(hash: buffer.hashes[i], bytes: $0) }),
              let start = (max(0, i - 8)..<(i - 1)).last(where: { buffer.infos[$0].byteStart == last.byteStart }) else { return nil }
        // (A compound given name in two words, "عبد اللطيف بن راشد الزياني", read as one.)
        let givenName = token(buffer, start, isIn: index.nameLinks) && start + 1 < i - 1
            ? Array(buffer.tokenBytes(start)) + Array(buffer.tokenBytes(start + 1)) : Array(buffer.tokenBytes(start))
        if givenName.withUnsafeBufferPointer({ isGivenNameSpelledSomehow($0, of: actor, aliasesStartingWithAGivenName: true) }) {
            return (start, true)
        }
        if buffer.withToken(i - 1, { ActorMatcher.startsWithAl($0) }) || gazetteerMatch(buffer, at: i - 1) != nil { return nil }
        // (Nor a name taken with the و before it, "وخليل حجي نيمار": a list, whose next name the
        // known one may be.)
        if buffer.withToken(start, { $0.count > 2 && $0[0] == 0xD9 && $0[1] == 0x88 }), !token(buffer, start, isIn: index.givenNames) { return nil }
        return (start, false)
    }

    private func givenNameBefore(_ buffer: TokenBuffer, _ i: Int, actor: Int, after previous: ActorMention?) -> GivenNameBefore {
        guard i > 0 else { return .none }
        if givenNameSpelledOtherwise(buffer, before: i, actor: actor, after: previous) { return .same }
        guard !buffer.infos[i].followsBreak, buffer.infos[i].line == buffer.infos[i - 1].line,
              buffer.infos[i].start - buffer.infos[i - 1].end <= 1,
              previous.map({ $0.end <= buffer.infos[i - 1].start }) ?? true,
              token(buffer, i - 1, isIn: index.givenNames)
                || (isForeignGivenName(buffer, i - 1) && introducesAName(buffer, i - 2, after: previous)) else { return .none }
        // Not two people side by side ("عباس بوتين": the given name is a known person's name
        // alone), nor a surname with a proclitic ("تميم وروحاني").
        let surnameHasProclitic = buffer.withToken(i) { t in
            !index.byFirst.contains(hash: buffer.hashes[i], bytes: t)
        }
        if surnameHasProclitic || gazetteerMatch(buffer, at: i - 1) != nil { return .none }
        return .other
    }

    /// Token `k` is a given name written from another language, before a surname: an Arabic word
    /// of four letters or more (three are as often a verb: "كرر أردوغان", "غرد ترامب"), without ال or و, that is no word of the language, title, link,
    /// particle or known actor, with a foreign name's letters (`looksLikeAForeignName`): "أنيت"
    /// of "أنيت براون", "هيرمان" of "هيرمان أينشتاين" (another person than the known one of that
    /// surname, named in full).
    private func isForeignGivenName(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard !buffer.infos[k].isNumber, buffer.withToken(k, { t in
            t.count >= 8 && t[0] >= 0xD8 && t[0] <= 0xDB && !ActorMatcher.startsWithAl(t) && !(t[0] == 0xD9 && t[1] == 0x88)
                && !isNoName(t)
        }) else { return false }
        // (The sets one by one, no array of them: this is asked at every known surname found alone.)
        if token(buffer, k, isIn: index.commonWords) || token(buffer, k, isIn: index.lessCommonWords)
            || token(buffer, k, isIn: index.notNames) || token(buffer, k, isIn: index.titleWords)
            || token(buffer, k, isIn: index.honorifics) || token(buffer, k, isIn: index.nameLinks)
            || token(buffer, k, isIn: index.nameParticles) || token(buffer, k, isIn: index.ambiguousGivenNames) { return false }
        return looksLikeAForeignName(buffer, k..<(k + 1)) && gazetteerMatch(buffer, at: k) == nil
    }

    /// Token `k` puts a name after it: a title or honorific ("الرئيس اوغو شافيز"), a nationality
    /// adjective matched as a group ("الألماني ديتريش فيشر"), or a verb of saying, with و or ف
    /// ("وقالت أنيت براون"). (A word of the language before a surname is as often a verb or a noun
    /// in construct: "درس أينشتاين", "فتوى القرضاوي".)
    private func introducesAName(_ buffer: TokenBuffer, _ k: Int, after previous: ActorMention?) -> Bool {
        guard k >= 0, !buffer.infos[k + 1].followsBreak, buffer.infos[k + 1].line == buffer.infos[k].line else { return false }
        if token(buffer, k, isIn: index.titleWords) || token(buffer, k, isIn: index.honorifics) { return true }
        if let previous, previous.byteEnd == buffer.infos[k].byteEnd, let actor = previous.actor,
           index.actorTypes[actor] == .group, buffer.withToken(k, { ActorMatcher.isDefiniteNisba($0) }) { return true }
        return buffer.withToken(k) { t in
            if index.reportingVerbs.contains(t) { return true }
            guard t.count >= 8, t[0] == 0xD9, t[1] == 0x88 || t[1] == 0x81 else { return false }
            return index.reportingVerbs.contains(UnsafeBufferPointer(rebasing: t[2...]))
        }
    }

    /// `word` is, by its consonants, the first word of `actor`'s name or of one of its aliases of
    /// two words or more (not a link: بن of "بن علي").
    private func isGivenName(of actor: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let mine = ActorMatcher.consonants(String(decoding: word, as: UTF8.self))
        let person = index.actors[actor]
        for name in [person.name] + person.aliases {
            let words = ActorIndex.words(name)
            if words.count >= 2, !index.nameLinks.contains(Array(words[0].utf8)[...]), ActorMatcher.consonants(words[0]) == mine { return true }
        }
        return false
    }

    /// `word` is, by its consonants (`ActorMatcher.consonants`), a word of `actor`'s name or of
    /// one of its aliases.
    private func isAWordOfTheNames(of actor: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let mine = ActorMatcher.consonants(String(decoding: word, as: UTF8.self))
        let person = index.actors[actor]
        for name in [person.name] + person.aliases {
            for w in ActorIndex.words(name) where ActorMatcher.consonants(w) == mine { return true }
        }
        return false
    }

    private func givenNameSpelledOtherwise(_ buffer: TokenBuffer, before i: Int, actor: Int, after previous: ActorMention?) -> Bool {
        guard i > 0, !buffer.infos[i].followsBreak, buffer.infos[i].line == buffer.infos[i - 1].line,
              buffer.infos[i].start - buffer.infos[i - 1].end <= 1, !buffer.infos[i - 1].isNumber,
              previous.map({ $0.end <= buffer.infos[i - 1].start }) ?? true else { return false }
        let word = buffer.tokenBytes(i - 1)
        guard word.count >= 6, word[0] >= 0xD8, word[0] <= 0xDB, !ActorMatcher.startsWithAl(word),
              !token(buffer, i - 1, isIn: index.commonWords), !token(buffer, i - 1, isIn: index.notNames),
              !token(buffer, i - 1, isIn: index.titleWords), !token(buffer, i - 1, isIn: index.nameLinks),
              !token(buffer, i - 1, isIn: index.honorifics) else { return false }
        return isGivenNameSpelledSomehow(word, of: actor)
    }

    /// `word` is, by its consonants, the first word of `actor`'s name or of one of its aliases
    /// of two words or more, in this or another spelling (`givenNameSpelledOtherwise`).
    /// `aliasesStartingWithAGivenName`: of the aliases, only those whose first word is a given
    /// name of the lexicon ("أحمدي نجاد", an alias of محمود أحمدي نجاد, starts with no given name:
    /// "حميد بعيدي نجاد" is another man).
    private func isGivenNameSpelledSomehow(_ word: UnsafeBufferPointer<UInt8>, of actor: Int,
                                           aliasesStartingWithAGivenName: Bool = false) -> Bool {
        let mine = ActorMatcher.consonants(String(decoding: word, as: UTF8.self))
        guard !mine.isEmpty else { return false }
        let person = index.actors[actor]
        for (n, name) in ([person.name] + person.aliases).enumerated() {
            let words = ActorIndex.words(name)
            if aliasesStartingWithAGivenName, n > 0, let first = words.first,
               !index.givenNames.contains(Array(first.utf8)[...]) { continue }
            // The same consonants, or one given name the short form of the other (ستيف, ستيفن).
            // (Not a name that starts with بن, عبد ...: "بن علي" has no given name, and بندر is
            // no spelling of بن.)
            guard words.count >= 2, !index.nameLinks.contains(Array(words[0].utf8)[...]) else {
                // A compound given name written as one word: "عبداللطيف" for عبد اللطيف الزياني.
                if words.count >= 3, mine.count >= 4, ActorMatcher.consonants(words[0] + words[1]) == mine { return true }
                continue
            }
            let theirs = ActorMatcher.consonants(words[0])
            // (Or the ه of an H left out: "اوغو" for هوغو تشافيز.)
            if (theirs == mine && mine.count >= 2) || (min(theirs.count, mine.count) >= 2 && (theirs.starts(with: mine) || mine.starts(with: theirs)))
                || (theirs.count == mine.count + 1 && theirs.first == 0x0647 && theirs.dropFirst().elementsEqual(mine))
                || (min(theirs.count, mine.count) >= 4 && ActorMatcher.oneEditApart(theirs, mine)) {  // misprints: "فلاديمبر", "دومالد"
                return true
            }
        }
        return false
    }

    /// `a` and `b` differ by one letter replaced, added or left out (a misprint of a name).
    static func oneEditApart(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        if i == short.count { return long.count - short.count == 1 }
        return long.count == short.count ? long[(i + 1)...].elementsEqual(short[(i + 1)...]) : long[(i + 1)...].elementsEqual(short[i...])
    }

    /// The consonants of an Arabic word with the letters that transliterations swap folded
    /// together (غ ج ق ك, ت ط, س ص ث, ز ذ ظ, د ض, ه ح ة), its long vowels and hamzas left out:
    /// "هوغو" and "هوجو", "ديفد" and "ديفيد" are the same.
    static func consonants(_ word: String) -> [UInt32] {
        var out: [UInt32] = []
        for u in word.unicodeScalars {
            if let c = consonant(u.value) { out.append(c) }
        }
        return out
    }

    /// `consonants` of a word's UTF-8 bytes (no `String` made: the matcher asks it of the
    /// discovered names, `knownPersonSpelledOtherwise`), appended to `out`; how many.
    @discardableResult
    static func appendConsonants(of utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt32]) -> Int {
        var k = 0, added = 0
        while k < utf8.count {
            let a = UInt32(utf8[k])
            var u = a, width = 1
            if a >= 0xF0 { width = 4; u = a & 0x07 } else if a >= 0xE0 { width = 3; u = a & 0x0F } else if a >= 0xC0 { width = 2; u = a & 0x1F }
            if width > 1 {
                guard k + width <= utf8.count else { break }
                for j in 1..<width { u = u << 6 | UInt32(utf8[k + j] & 0x3F) }
            }
            if let c = consonant(u) { out.append(c); added += 1 }
            k += width
        }
        return added
    }

    /// A scalar's consonant for `consonants` (nil: left out).
    @inline(__always)
    private static func consonant(_ u: UInt32) -> UInt32? {
        switch u {
        case 0x0627, 0x0648, 0x064A, 0x0649, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0640, 0x064B...0x0652:
            return nil  // ا و ي ى, hamzas, tatweel, diacritics
        case 0x063A, 0x062C, 0x0642, 0x0643, 0x06AF: return 0x062C  // غ ج ق ك گ
        case 0x0637: return 0x062A  // ط → ت
        case 0x0635, 0x062B: return 0x0633  // ص ث → س
        case 0x0630, 0x0638: return 0x0632  // ذ ظ → ز
        case 0x0636: return 0x062F  // ض → د
        case 0x062D, 0x0629: return 0x0647  // ح ة → ه
        case 0x06A4: return 0x0641  // ڤ → ف
        case 0x067E: return 0x0628  // پ → ب
        default: return u
        }
    }

    /// `t`, a word after a given name that is also a word of the language, makes the two a
    /// phrase: a word with ه (a pronoun: "عيد ميلاده"), a plural (ون ين), و in front, or ب ل ك
    /// in front ("نجاة لمرضى") unless the word is a name's.
    private func isNoNameAfterAWord(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 4 else { return false }
        if t[n - 2] == 0xD9 && t[n - 1] == 0x87 { return true }
        if ActorMatcher.endsLikeAPlural(t) || (t[0] == 0xD9 && t[1] == 0x88) { return true }
        return n >= 8 && ActorMatcher.startsWithPreposition(t)
            && !index.nameWords.contains(t)
    }

    /// `t` (two bytes or more) starts with ب, ل or ك: a preposition written on its word.
    @inline(__always)
    /// Token `j` is لل and a word ("للشركة"), or ل and one of the most common words of the
    /// language, three letters or more ("لازدراء", "لتمارين"; not "ليا" of ليا سيدو), or after an
    /// officer's title (`ActorIndex.officerTitles`) ل and any word ("المدير التنفيذي لستاربكس");
    /// and no given name (لبنى, لطفي, لويس).
    private func isComplementWithLam(_ buffer: TokenBuffer, _ j: Int, afterAnOfficer: Bool) -> Bool {
        // The letters first: most words after a title start with another (no lookup then).
        let complement = buffer.withToken(j) { t -> Bool in
            guard t.count >= 8, t[0] == 0xD9, t[1] == 0x84 else { return false }
            if t[2] == 0xD9 && t[3] == 0x84 { return true }  // لل
            return afterAnOfficer || index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...]))
        }
        return complement && !token(buffer, j, isIn: index.givenNames) && !token(buffer, j, isIn: index.ambiguousGivenNames)
    }

    static func startsWithPreposition(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        (t[0] == 0xD8 && t[1] == 0xA8) || (t[0] == 0xD9 && (t[1] == 0x84 || t[1] == 0x83))
    }

    /// `t` is an adverb: a word of the language with the ا of the accusative ("مطولا", "قديما",
    /// "تحديدا": "تحدث الرئيس الفرنسي مطولا"), five letters or more; of six or more, a less common
    /// word of the language with it too ("تعقيبًا").
    private func isAdverb(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 10, t[n - 2] == 0xD8, t[n - 1] == 0xA7 else { return false }
        let stem = UnsafeBufferPointer(rebasing: t[..<(n - 2)])
        return index.commonWords.contains(stem) || (n >= 12 && index.lessCommonWords.contains(stem))
    }

    /// `t` is ب, ل or ك before a word of the language ("بمعاملة", "لسوق"): a phrase after a title,
    /// no name. `lessCommon`: a word of the less common list counts too, as
    /// `isPrepositionBeforeLessCommonWord` says ("وليام غالاس بمجهود فردي": a name's word after its
    /// first is seldom one with a preposition).
    /// Not a name that starts so: a given name (كامل, لبنى), a word of a known person's name,
    /// a name ending in ي (بيومي, لطفي).
    private func isPrepositionBeforeWord(_ t: UnsafeBufferPointer<UInt8>, lessCommon: Bool = false) -> Bool {
        let n = t.count
        guard n >= 8, ActorMatcher.startsWithPreposition(t),
              !(t[n - 2] == 0xD9 && t[n - 1] == 0x8A) else { return false }
        let rest = UnsafeBufferPointer(rebasing: t[2...])
        guard index.commonWords.contains(rest) || (lessCommon && isPrepositionBeforeLessCommonWord(t)) else { return false }
        return !index.nameWords.contains(t)
    }

    /// `t` is ب or ل before a word of the less common list of four letters or more, which starts
    /// with neither و nor ا ("بمجهود", "لتسميم"). Not ك, which starts foreign names as often (ك +
    /// "وتيار" is كوتيار); not before ا, as Hadrami family names start (با + "سهل": باسهل, بافرج);
    /// not بل, as Maghrebi family names start (بل + "عيد": شكري بلعيد, يوسف بلحسن; كريستوفر
    /// بلامر); not before three letters (بلان, لوران بلان).
    private func isPrepositionBeforeLessCommonWord(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= 10, (t[0] == 0xD8 && t[1] == 0xA8) || (t[0] == 0xD9 && t[1] == 0x84),
              !(t[2] == 0xD9 && t[3] == 0x88), !(t[2] == 0xD8 && t[3] == 0xA7), ActorMatcher.letters(t, from: 2) >= 4,
              !(t[0] == 0xD8 && t[2] == 0xD9 && t[3] == 0x84)
        else { return false }
        return index.lessCommonWords.contains(UnsafeBufferPointer(rebasing: t[2...]))
    }

    /// `t` is a singular nisba with ال: ال…ي or ال…ية ("الفرنسي", "الروسية"), also after و ف ب ك
    /// or as لل…ي.
    static func isDefiniteNisba(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        // With و or ف in front (a list: "كارول أوتس والتركي أورهان باموك"), the rest.
        // Or ب, ك ("لاعبه بالإنجليزي ديفد بيكهام"), or لل ("هدف للصربي بوسكو يانكوفيتش": ل + ال
        // without its alef).
        if t.count > 6, t[2] == 0xD8, t[3] == 0xA7,
           (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81 || t[1] == 0x83)) || (t[0] == 0xD8 && t[1] == 0xA8) {
            return isDefiniteNisba(UnsafeBufferPointer(rebasing: t[2...]))
        }
        let n = t.count
        if n >= 10, t[0] == 0xD9, t[1] == 0x84, t[2] == 0xD9, t[3] == 0x84 {
            if t[n - 2] == 0xD9 && t[n - 1] == 0x8A { return true }  // ي
            return t[n - 4] == 0xD9 && t[n - 3] == 0x8A && t[n - 2] == 0xD8 && t[n - 1] == 0xA9  // ية
        }
        guard startsWithAl(t), n >= 10 else { return false }
        if t[n - 2] == 0xD9 && t[n - 1] == 0x8A { return true }  // ي
        return t[n - 4] == 0xD9 && t[n - 3] == 0x8A && t[n - 2] == 0xD8 && t[n - 1] == 0xA9  // ية
    }

    /// `t` starts with ال.
    /// لل in front of a word of three letters or more: ل + ال without its alef ("للكتاب").
    static func startsWithLamLam(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.count >= 10 && t[0] == 0xD9 && t[1] == 0x84 && t[2] == 0xD9 && t[3] == 0x84
    }

    static func startsWithAl(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.count > 4 && t[0] == 0xD8 && t[1] == 0xA7 && t[2] == 0xD9 && t[3] == 0x84
    }

    /// `t` (4 letters or more) ends in the pronoun ها, هما, or (5 letters or more: برهم is a
    /// name) هم or هن: a noun or verb with a pronoun ("رحلاتهما", "حجوزاتها"), no one's name.
    static func endsInAPronoun(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 8, t[n - 4] == 0xD9, t[n - 3] == 0x87 || (n >= 10 && t[n - 6] == 0xD9 && t[n - 5] == 0x87) else { return false }
        let last = (t[n - 2], t[n - 1])
        if t[n - 4] == 0xD9 && t[n - 3] == 0x87 {  // ه then one letter
            if last == (0xD8, 0xA7) { return true }  // ها
            if n >= 10 && (last == (0xD9, 0x85) || last == (0xD9, 0x86)) { return true }  // هم هن
        }
        // هما
        return n >= 10 && t[n - 6] == 0xD9 && t[n - 5] == 0x87 && t[n - 4] == 0xD9 && t[n - 3] == 0x85 && last == (0xD8, 0xA7)
    }

    /// `t` ends in ون or ين (a plural), three letters or more.
    static func endsLikeAPlural(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 6, t[n - 2] == 0xD9 && t[n - 1] == 0x86 else { return false }
        return t[n - 4] == 0xD9 && (t[n - 3] == 0x88 || t[n - 3] == 0x8A)
    }

    /// `t` ends in ه or ة (a pronoun, the feminine) or in ون or ين (a plural), or is a plural's
    /// construct form م...و.
    /// ي, ت or ن and three letters more, also after س or لا: the start of a verb of the present
    /// ("تتفرغ", "سيعرض", "لايجد"), as often as of a name that is not a known given name.
    static func startsLikeAPresentTenseVerb(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = 0
        if t.count >= 10, t[0] == 0xD8, t[1] == 0xB3 { s = 2 }  // س
        else if t.count >= 12, t[0] == 0xD9, t[1] == 0x84, t[2] == 0xD8, t[3] == 0xA7 { s = 4 }  // لا
        guard t.count - s >= 8 else { return false }
        return (t[s] == 0xD9 && (t[s + 1] == 0x8A || t[s + 1] == 0x86)) || (t[s] == 0xD8 && t[s + 1] == 0xAA)  // ي ن ت
    }

    /// `t` is a name compounded with الله, written as one word ("عبدالله", "الجارالله",
    /// "العبدالله", "نصرالله", "فضلالله"): its ه is no pronoun. Not بالله, والله, فالله, تالله, an
    /// oath or "in God" (a word of five letters whose first is a proclitic).
    static func isNameWithAllah(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 10, t[n - 8] == 0xD8, t[n - 7] == 0xA7, t[n - 6] == 0xD9, t[n - 5] == 0x84,
              t[n - 4] == 0xD9, t[n - 3] == 0x84, t[n - 2] == 0xD9, t[n - 1] == 0x87 else { return false }  // الله
        if n == 10, (t[0] == 0xD8 && (t[1] == 0xA8 || t[1] == 0xAA)) || (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81)) { return false }  // ب ت و ف
        return true
    }

    static func endsLikeANoun(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 4 else { return false }
        if t[n - 2] == 0xD9 && t[n - 1] == 0x87 { return !ActorMatcher.isNameWithAllah(t) }  // ه
        if t[n - 2] == 0xD8 && t[n - 1] == 0xA9 { return true }  // ة
        // م...و of five to seven letters, a plural's construct form ("منظمو", "مؤيدو", "متمردو",
        // "مراقبو": "منظمون" before a noun); not with ا ي و after م, as names have it ("ماريو",
        // "ميلو", "موتو")
        if n >= 10, n <= 14, t[0] == 0xD9, t[1] == 0x85, t[n - 2] == 0xD9, t[n - 1] == 0x88,
           !(t[2] == 0xD8 && t[3] == 0xA7), !(t[2] == 0xD9 && (t[3] == 0x8A || t[3] == 0x88)) { return true }
        guard n >= 6, t[n - 2] == 0xD9 && t[n - 1] == 0x86 else { return false }  // ن after و or ي
        return t[n - 4] == 0xD9 && (t[n - 3] == 0x88 || t[n - 3] == 0x8A)
    }

    /// A word that follows a name of two words or more rather than goes on with it: a verb of the
    /// present tense (ي then three letters or more: "روبرتو باجيو يمرر", "مدحت صالح يغني"), a noun
    /// with ه, or a preposition (ب ل ك) before a word of the language ("محمد خير بأخرى").
    private func endsNameAfterTwoWords(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= 8, t[0] == 0xD9 || t[0] == 0xD8 else { return false }
        let b0 = t[0], b1 = t[1]
        if b0 == 0xD9 && b1 == 0x8A { return true }  // ي
        // ت before a word of the language: a verb of the present ("أنس جابر تتأهل", "خديجة لمكشر
        // تسند"), not a name's word (تامر, تيسير). (Not ن: "نصيف" is a family name as often.)
        if b0 == 0xD8 && b1 == 0xAA && isPresentTenseOfAWord(t) && !index.nameWords.contains(t) { return true }
        // a noun with the pronoun ه ("أندري أغاسي تشبثه"), not a name's word (عبده); in يه only
        // when the word or the word before ه is one of the language ("عليه", "أبيه"): a French
        // name ends so as often ("جان كلود تريشيه", غارنييه)
        if t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x87 && !index.nameWords.contains(t) {
            let n = t.count
            guard n >= 10, t[n - 4] == 0xD9, t[n - 3] == 0x8A else { return true }
            let stem = UnsafeBufferPointer(rebasing: t[..<(n - 2)])
            return index.commonWords.contains(t) || index.lessCommonWords.contains(t)
                || index.commonWords.contains(stem) || index.lessCommonWords.contains(stem)
        }
        guard (b0 == 0xD8 && b1 == 0xA8) || (b0 == 0xD9 && (b1 == 0x84 || b1 == 0x83)) else { return false }  // ب ل ك
        return index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...]))
    }

    /// و then a word of three letters or more (a given name, a noun with ال ...): the next person
    /// or noun of a list ("فيصل ملكاوي وغيث الطراونة"), not a word of this name; a given name
    /// that starts with و (وليد, وائل) is one.
    private func startsWithAndName(_ t: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        guard t.count >= 8, t[0] == 0xD9, t[1] == 0x88 else { return false }
        return !index.givenNames.contains(t, hash: hash)
    }

    /// Where a known person's name ends when its lineage follows ("محمد بن زايد" + "آل نهيان",
    /// "تميم" + "بن حمد"): through up to three links, each with a name word after it.
    /// (A word after ابن, بنت, ولد, words too, is a name's, not a word of the language: "ابن
    /// السابعة" is seven years old; nor kin: "ابن عمه" is a cousin. A link after the link takes
    /// the word after it: "بن عبد الله", not "بن عبد".)
    func lineageEnd(_ buffer: TokenBuffer, from end: Int) -> Int {
        var end = end
        for _ in 0..<3 {
            guard end + 1 < buffer.count, end > 0,
                  token(buffer, end, isIn: index.lineageLinks), continuesName(buffer, end + 1),
                  !buffer.infos[end].followsBreak, buffer.infos[end].line == buffer.infos[end - 1].line,
                  buffer.infos[end].start - buffer.infos[end - 1].end <= 1 else { break }
            if token(buffer, end, isIn: index.wordLineageLinks),
               token(buffer, end + 1, isIn: index.commonWords) && !token(buffer, end + 1, isIn: index.givenNames)
                && !token(buffer, end + 1, isIn: index.ambiguousGivenNames)
                || token(buffer, end + 1, isIn: index.kinWords) { break }
            if token(buffer, end + 1, isIn: index.nameLinks), !token(buffer, end + 1, isIn: index.lineageLinks) {
                guard continuesName(buffer, end + 2) else { break }
                end += 3
            } else {
                end += 2
            }
        }
        return end
    }

    /// Whether tokens `i` (from byte `start`, after its proclitic) to `end` (exclusive) are words
    /// of discovered name `candidate` in a row: the short form and the lineage after it are his.
    private func continuesTheName(of candidate: Int, _ candidates: CandidateNames, _ buffer: TokenBuffer, _ i: Int,
                                  from start: Int, to end: Int) -> Bool {
        var words = [UnsafeBufferPointer(rebasing: buffer.tokenBytes(i)[start...])]
        for k in (i + 1)..<end { words.append(buffer.tokenBytes(k)) }
        let part = [0x20] + candidateKey(words) + [0x20]
        let whole = [0x20] + candidates.keys[candidate].bytes + [0x20]
        guard whole.count >= part.count else { return false }
        for offset in 0...(whole.count - part.count) where whole[offset] == 0x20 && whole[offset..<(offset + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }

    /// Token `j` moved past up to two adjectives (`ActorIndex.titleAdjectives`) between a title
    /// or a nationality and a name, each followed on its line by a word.
    /// `strict`: one of them is not of time (`ActorIndex.titleTimeAdjectives`).
    private func afterAdjectives(_ buffer: TokenBuffer, _ j: Int) -> (next: Int, strict: Bool) {
        var j = j, strict = false
        for _ in 0..<2 {
            guard j + 1 < buffer.count, !buffer.infos[j].followsBreak, token(buffer, j, isIn: index.titleAdjectives),
                  !buffer.infos[j + 1].followsBreak, buffer.infos[j + 1].line == buffer.infos[j].line else { break }
            // (A party's adjective right after an organisation's head is its name's: "زعيم
            // الحزب الليبرالي الحاكم", "المتحدث باسم المجلس الديمقراطي الكردي".)
            if j >= 1, token(buffer, j, isIn: index.partyAdjectives),
               token(buffer, j - 1, isIn: index.organizationHeads) || token(buffer, j - 1, isIn: index.definiteOrganizationHeads) { break }
            if !token(buffer, j, isIn: index.titleTimeAdjectives) { strict = true }
            j += 1
        }
        return (j, strict)
    }

    /// Token `i` is "د" of "د. محمد ..." (دكتور), right before the next token on its line: a period
    /// and at most a space between them. The tokenizer breaks the sentence at the period. Not
    /// after a number: "500 د." is dinars, "90 د." minutes.
    static func abbreviatedTitle(_ buffer: TokenBuffer, _ i: Int) -> Bool {
        guard i + 1 < buffer.count, buffer.infos[i + 1].line == buffer.infos[i].line,
              buffer.infos[i + 1].start - buffer.infos[i].end <= 2, i == 0 || !buffer.infos[i - 1].isNumber else { return false }
        return buffer.withToken(i) { $0.count == 2 && $0[0] == 0xD8 && $0[1] == 0xAF }  // د
    }

    /// The title at token `i`, and how many tokens it takes.
    func titleMatch(_ buffer: TokenBuffer, at i: Int, forms: LookupForms? = nil) -> Int? {
        titleAndWeakness(buffer, at: i, forms: forms)?.length
    }

    /// The title at token `i`: how many tokens it takes, whether it is weak (`ActorIndex.weakTitles`:
    /// a name of two words or more must follow), an honorific, and whether its wildcard took a
    /// complement (`extended`: the name after it must stand alone, as a verb or a noun comes there
    /// as often: "رئيس بلدية المحافظة يتفقد المشروعات"), and whether a known actor stands in its
    /// wildcard's place (`ofActor`: the title is the words before it, "رئيس البنك الدولي").
    func titleAndWeakness(_ buffer: TokenBuffer, at i: Int, forms: LookupForms? = nil)
        -> (length: Int, weak: Bool, honorific: Bool, extended: Bool, ofActor: Bool)? {
        let forms = forms ?? self.forms(buffer, i)
        for f in 0..<forms.count {
            let form = forms[f]
            let found = buffer.withToken(i) { t in index.titles.value(hash: form.hash) { form.matches($0, in: t) } }
            guard let specs = found else { continue }
            for spec in specs where i + spec.count <= buffer.count {
                // "د" only as "د." before a name (else dinars, minutes: "500 د", "د/كغ").
                if spec.count == 1, spec[0].count == 2, spec[0][0] == 0xD8, spec[0][1] == 0xAF,
                   !(ActorMatcher.abbreviatedTitle(buffer, i) && buffer.infos[i + 1].followsBreak) { continue }
                var ok = true, actorInWildcard = false
                for j in 1..<max(1, spec.count) {
                    if buffer.infos[i + j].followsBreak { ok = false; break }
                    let onlyAnActor = spec[j] == [UInt8(ascii: "@")]  // a role that is a title only of one ("ملك @")
                    if onlyAnActor || spec[j] == [UInt8(ascii: "*")] {
                        // A wildcard ("وزير *") never takes a known actor ("نائب رئيس الإمارات").
                        // A known place, organisation or nationality in a last wildcard's place is
                        // what the title is of ("رئيس البنك الدولي جيم يونغ كيم", "سفير اليابان
                        // كنزو أوشيما"): the title is the words before it, and the caller reads
                        // the actor, then the name after it, of two words or more.
                        if let (p, _) = gazetteerMatch(buffer, at: i + j) {
                            let type = index.actorTypes[p.actor]
                            if j == spec.count - 1, type == .place || type == .organization || type == .group {
                                actorInWildcard = true
                            } else {
                                ok = false
                            }
                            break
                        }
                        if onlyAnActor { ok = false; break }
                    } else if !buffer.withToken(i + j, { $0.elementsEqual(spec[j]) }) { ok = false; break }
                }
                if ok && actorInWildcard { return (spec.count - 1, false, false, true, true) }
                if ok {
                    var length = spec.count
                    if spec.count > 1, spec[spec.count - 1] == [UInt8(ascii: "*")] {
                        // The wildcard's word in construct takes its complement ("رئيس وزراء
                        // الإقليم", "رئيس هيئة الأركان"), and a complement its coordinated one
                        // ("وزير الطاقة والنفط", "وزير الخارجية والمغتربين"): a word with ال, or و
                        // + ال, that is no known actor and no title word ("وزير الخارجية
                        // والرئيس ...": the next person).
                        func complement(_ k: Int, coordinated: Bool) -> Bool {
                            guard k < buffer.count, !buffer.infos[k].followsBreak, !buffer.infos[k].isNumber,
                                  buffer.infos[k].line == buffer.infos[k - 1].line,
                                  buffer.infos[k].start - buffer.infos[k - 1].end <= 1 else { return false }
                            let ok = buffer.withToken(k) { t -> Bool in
                                let from = coordinated ? 2 : 0
                                guard t.count >= from + 8, !coordinated || (t[0] == 0xD9 && t[1] == 0x88) else { return false }
                                let rest = UnsafeBufferPointer(rebasing: t[from...])
                                return ActorMatcher.startsWithAl(rest) && !index.titleWords.contains(rest)
                                    && !index.honorifics.contains(rest) && !index.organizationNameStops.contains(rest)
                            }
                            return ok && gazetteerMatch(buffer, at: k) == nil
                        }
                        // (Not an organisation's head: "رئيس هيئة الأركان" is the title and the
                        // organisation, whose name the caller reads after the title.)
                        let last = i + length - 1
                        if !buffer.withToken(last, { ActorMatcher.startsWithAl($0) || index.organizationHeads.contains($0) }),
                           complement(last + 1, coordinated: false) { length += 1 }
                        if complement(i + length, coordinated: true) { length += 1 }
                    }
                    return (length, spec.count == 1 && index.weakTitles.contains(spec[0][...]),
                            spec.count == 1 && index.honorificTitles.contains(spec[0][...]), length > spec.count, false)
                }
            }
        }
        return nil
    }

    /// The mentions in `buffer`'s tokens, in order of their start; discovered candidates are
    /// numbered in `candidates`. `text`: the text the tokens' byte offsets index, when they index
    /// it (the tokenizer's fast path): a name written with a capital in the gazetteer ("Apple",
    /// "Turkey") is then not taken where the text writes it in lowercase ("an apple"); without
    /// it, the case of a Latin-script name is not checked.
    func match(_ buffer: TokenBuffer, candidates: inout CandidateNames, text: UnsafeBufferPointer<UInt8>? = nil) -> [ActorMention] {
        // (The rules deep in the name's words read the text through the buffer: a copy shares
        // its memory.)
        var buffer = buffer
        buffer.text = text
        return matchSpans(buffer, &candidates, text)
    }

    /// A gazetteer name that needs a capital (`Pattern.needsCapital`) starts at a lowercase
    /// ASCII letter of `text` (token `i`'s first byte).
    @inline(__always)
    private static func writtenInLowercase(_ p: NamePatternTable.Pattern, _ buffer: TokenBuffer, _ i: Int,
                                           _ text: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard p.needsCapital, let text else { return false }
        let b = buffer.infos[i].byteStart
        return b < text.count && text[b] >= 0x61 && text[b] <= 0x7A
    }

    /// The mention of tokens `first...last`: offsets in code points and bytes from theirs (a walk
    /// over the tokens after matching found the byte offsets again, ~0.6% of `report`).
    @inline(__always)
    private static func mention(_ buffer: TokenBuffer, _ first: Int, _ last: Int, actor: Int?, candidate: Int?,
                                via: ActorMention.Via, confident: Bool = false) -> ActorMention {
        let a = buffer.infos[first], b = buffer.infos[last]
        return ActorMention(actor: actor, candidate: candidate, start: a.start, end: b.end, line: a.line, sentence: a.sentence,
                            via: via, byteStart: a.byteStart, byteEnd: b.byteEnd, confident: confident)
    }

    /// Remembers an organisation's names without their descriptor (`ActorIndex.shortNames`:
    /// "القاعدة" of "تنظيم القاعدة") as its short forms in this document, once the document
    /// names it with its descriptor or after a noun of its kind ("لاعب الهلال"): later, the
    /// word alone is the organisation ("ضد القاعدة", "قيادة القاعدة في العراق"), unless a phrase
    /// of the language holds it (`phraseGoesOn`, `shortNameIsAWord`, on the short forms' path).
    private func registerShortNames(of actor: Int, _ shortForms: inout ShortForms) {
        for name in index.shortNames[actor] {
            name.withUnsafeBufferPointer { shortForms.insertIfAbsent($0, hash: byteHash($0.baseAddress!, $0.count), actor: actor, candidate: nil) }
        }
    }

    /// A phrase of the language holds token `i`, an organisation's name without its descriptor
    /// that is a word as well (from byte `start` of the token, after any proclitic): after a
    /// demonstrative, or (a nisba) after a word with ال; before an adjective with ال, when the
    /// name has ال ("القاعدة العسكرية", "الجزيرة العربية"; not a nationality, "الأهلي المصري",
    /// nor a relative pronoun), before الله ("أنصار الله"), or before و + ال and a word that is
    /// no actor ("الشباب والفتيات").
    private func phraseGoesOn(_ buffer: TokenBuffer, after i: Int, from start: Int) -> Bool {
        // After a demonstrative it is the word ("هذه القاعدة": this rule); a nisba after a word
        // with ال is its adjective ("الصعيد الإفريقي" after "النادي الإفريقي").
        if i > 0, adjacent(buffer, i) {
            if buffer.withToken(i - 1, { ActorMatcher.isDemonstrative($0) }) { return true }
            if buffer.withToken(i, { ActorMatcher.isDefiniteNisba($0) }), buffer.withToken(i - 1, { ActorMatcher.startsWithAl($0) }) { return true }
        }
        let k = i + 1
        guard k < buffer.count, adjacent(buffer, k) else { return false }
        if token(buffer, k, isIn: index.allah) { return true }
        if buffer.withToken(k, { ActorMatcher.startsWithConjunctionAndArticle($0) }) { return gazetteerMatch(buffer, at: k) == nil }
        // (An adjective agrees with a name in ال only: "ويحتل برشلونة الصدارة" is برشلونة.)
        return buffer.withToken(i, { ActorMatcher.startsWithAl(UnsafeBufferPointer(rebasing: $0[start...]))
                                     || (start > 0 && ActorMatcher.startsWithPrepositionAndArticle($0)) })
            && buffer.withToken(k, { ActorMatcher.startsWithAl($0) }) && !token(buffer, k, isIn: index.relativePronouns)
            && !token(buffer, k, isIn: index.notNames)
            && gazetteerMatch(buffer, at: k).map({ index.actorTypes[$0.0.actor] == .group }) != true
    }

    /// Token `i`, an organisation's name without its descriptor (from byte `start` of the token,
    /// after any proclitic), is a word or a place there: after a place's noun ("مدينة العين"
    /// after "نادي العين"), or a word of the language without ال after a proclitic ("بفتح
    /// مواجهة" after "حركة فتح": opening).
    private func shortNameIsAWord(_ buffer: TokenBuffer, _ i: Int, from start: Int) -> Bool {
        if i > 0, adjacent(buffer, i), token(buffer, i - 1, isIn: index.namedPlaceNouns) || token(buffer, i - 1, isIn: index.placeDescriptors) {
            return true
        }
        guard start > 0 else { return false }
        return buffer.withToken(i) { t in
            let rest = UnsafeBufferPointer(rebasing: t[start...])
            return !ActorMatcher.startsWithAl(rest) && index.commonWords.contains(rest)
        }
    }

    /// Remembers the first and last of tokens `range` (a person's name) as the person's short
    /// forms in this document (a method with inout tables, not a nested function capturing them:
    /// captured variables cost a dynamic exclusivity check on every access in the token loop).
    /// Read in the buffer, on the tokens' bytes and hashes: an array of the name's words was two
    /// allocations and more per name.
    /// With `givenName`, the name's first word is remembered as its given name as well (a
    /// known person's, or a discovered one named so that once is enough: `ActorMention.confident`;
    /// an unsure name's given name alone would count for it, and make it reported).
    private func register(_ buffer: TokenBuffer, _ range: Range<Int>, actor: Int?, candidate: Int?,
                          _ shortForms: inout ShortForms, givenName: Bool = false) {
        guard range.count >= 2 else { return }
        // A compound given name alone ("عز الدين", "جاد الله") is no full name: neither word
        // stands for the person ("عز" was "عز الدين" 100 times on news-bench).
        if range.count == 2, buffer.withToken(range.upperBound - 1, { ActorMatcher.isAllah($0) || ActorMatcher.isAdDin($0) }) { return }
        // Not a given name (many people share it), a title, a link, or the word after a link
        // ("الله" of "عبد الله", "وقاص" of "ابن أبي وقاص").
        let lastAfterLink = token(buffer, range.upperBound - 2, isIn: index.nameLinks)
        for position in 0...1 {
            guard !(position == 1 && lastAfterLink) else { continue }
            let k = position == 0 ? range.lowerBound : range.upperBound - 1
            let hash = buffer.hashes[k]
            // The word's hash (the tokenizer's) for the two sets.
            buffer.withToken(k) { u in
                guard u.count >= 4 else { return }
                // A word of two letters only when it is no word of the language: "شي" (شي جين
                // بينغ) yes; "إن" of مون جاي إن (538 false mentions of him on news-bench), a
                // pronoun split off a word (ها, نا, هم), no.
                if u.count < 6 && u[0] >= 0x80 && (index.notNames.contains(u, hash: hash) || index.commonWords.contains(u, hash: hash)
                                                   || ActorMatcher.isPronoun(u)) { return }
                // (Nor الله, الدين: the last words of "حسن نصر الله", "صلاح الدين" stand for no one
                // alone; "الله" was Nasrallah 45 times on news-bench.)
                let excluded = (position == 0 ? index.notShortForms : index.notFamilyNameShortForms).contains(u, hash: hash)
                    || ActorMatcher.isAllah(u) || ActorMatcher.isAdDin(u)
                    || (candidate != nil && (index.commonWords.contains(u, hash: hash)  // "المصنف" of a discovered name
                                             || index.definiteFrequentWords.contains(u, hash: hash)))  // "الدين" of "عز الدين"
                if !excluded { shortForms.insertIfAbsent(u, hash: hash, actor: actor, candidate: candidate) }
            }
        }
        // The given name of a person named whole ("مايكل" of "مايكل نيومان", "نزار" of "نزار
        // قباني"): alone later in the article it is that person (`givenNameAlone`). Not one
        // of the most common (محمد, أحمد ...), a word of the language (عادل, أمين, كريم), a
        // title, an honorific or a link, nor a word with ال.
        guard givenName else { return }
        let k = range.lowerBound
        buffer.withToken(k) { u in
            let hash = buffer.hashes[k]
            guard u.count >= 6, u[0] >= 0x80, !ActorMatcher.startsWithAl(u), !index.notGivenNameForms.contains(u, hash: hash),
                  !index.commonWords.contains(u, hash: hash), !index.lessCommonWords.contains(u, hash: hash),
                  !ActorMatcher.isAllah(u) else { return }
            shortForms.insertGivenName(u, hash: hash, actor: actor, candidate: candidate)
        }
    }

    /// Token `i` is the given name of the one person of the document named whole with it
    /// (`ShortForms.insertGivenName`), alone: before the end of its phrase (a break, a line's
    /// end, punctuation) or a word of the language ("وبدأ نزار يكتب", "لكن فايز ،"), and not
    /// after a link or a given name, whose family name it is then ("أبو نزار", "محمد نزار"). Not
    /// before a word that may be a family name ("مايكل جاكسون" is someone else).
    /// With `beforeAFrequentWord`, only before the end of a phrase, one of the most frequent
    /// words or a word that is never a name's (`veryCommonWords`, `notNames`).
    /// The person's mention appended: true; else nothing done, false.
    @inline(never)
    private func appendGivenNameAlone(_ buffer: TokenBuffer, _ i: Int, _ shortForms: ShortForms, _ mentions: inout [ActorMention],
                                      beforeAFrequentWord: Bool = false) -> Bool {
        guard let found = givenNameAlone(buffer, i, shortForms, beforeAFrequentWord: beforeAFrequentWord) else { return false }
        mentions.append(ActorMatcher.mention(buffer, i, i, actor: found.actor, candidate: found.candidate,
                                             via: found.actor != nil ? .alias : .discovered))
        return true
    }

    private func givenNameAlone(_ buffer: TokenBuffer, _ i: Int, _ shortForms: ShortForms,
                                beforeAFrequentWord: Bool) -> (actor: Int?, candidate: Int?)? {
        guard let found = buffer.withToken(i, { t in shortForms.givenName(hash: buffer.hashes[i]) { bytesEqual($0, t) } }) else { return nil }
        if i > 0, adjacent(buffer, i) {
            if token(buffer, i - 1, isIn: index.nameLinks) || token(buffer, i - 1, isIn: index.lineageLinks)
                || token(buffer, i - 1, isIn: index.kunyaLinks) || token(buffer, i - 1, isIn: index.givenNames)
                || token(buffer, i - 1, isIn: index.commonGivenNames) { return nil }
        }
        if i + 1 < buffer.count, adjacent(buffer, i + 1) {
            let next = i + 1
            // (Never a word of a name: a family name of the article, a known name's word, a
            // nisba: "أوبرا وينفري", "عبدالسلام جمعة", "عزام الأميركي".)
            if shortForms.containsAny(buffer.hashes[next]) || token(buffer, next, isIn: index.nameWords)
                || buffer.withToken(next, { ActorMatcher.isDefiniteNisba($0) }) { return nil }
            // (Not one with ال: "سلمان العودة" after "سلمان بن عبد العزيز" is someone else.)
            if beforeAFrequentWord {
                return (token(buffer, next, isIn: index.veryCommonWords) || token(buffer, next, isIn: index.notNames))
                    && !buffer.withToken(next, { ActorMatcher.startsWithAl($0) }) ? found : nil
            }
            let word = token(buffer, next, isIn: index.veryCommonWords)
                || (token(buffer, next, isIn: index.commonWords) && !buffer.withToken(next, { ActorMatcher.startsWithAl($0) }))
                || token(buffer, next, isIn: index.notNames)
                // a verb of the present, a noun with a pronoun ("نزار يكتب", "يحيى زوجته")
                || buffer.withToken(next, { t in
                    (t.count >= 8 && ActorMatcher.endsInAPronoun(t)) || isPresentTenseOfAWord(t) || ActorMatcher.isShortVerbOrParticiple(t)
                })
            if !word { return nil }
        }
        return found
    }

    /// Whether the words `range` of a discovered name (after its given name, or all of it after a
    /// nationality) make it a person named once (`ActorMention.confident`): none is a word of the
    /// language, a noun with a pronoun or of the feminine or plural, a present-tense verb or a
    /// preposition before a word (`isNoName`), or starts with و ("خالد متوسط", "سعيد بالشفاء",
    /// "رفعت انتاجها", "بشار وماهر", "الروسية يشد بعضهم" are no one; such a name is reported
    /// when it comes back). Measured on the NER gold corpora: a person named once this way is
    /// right 8 times in 10 (ANERCorp), against 6 in 10 after a title.
    /// `range` is the whole name when `wholeName`: a و at the start of its first word is then the
    /// name's (ويلي سانيول, وليد ...). A family name (a word after the first of a whole name) may
    /// end in ون or ين (`isNoName(_:familyName:)`).
    private func standsAlone(_ buffer: TokenBuffer, _ range: Range<Int>, wholeName: Bool = false) -> Bool {
        for j in range {
            if token(buffer, j, isIn: index.commonWords) { return false }
            let firstWord = wholeName && j == range.lowerBound
            // A known given name first is a name's, whatever its ending ("حمزة", "أسامة", "فاطمة":
            // ة is otherwise a noun's); alone too ("السيدة عائشة": on the gold corpora +3 people
            // found, all right; only multi-word names: +1).
            if firstWord && token(buffer, j, isIn: index.givenNames) { continue }
            if buffer.withToken(j, { t in
                (isNoName(t, familyName: !wholeName || j > range.lowerBound)
                 && !(ActorMatcher.endsLikeANoun(t) && looksLikeAForeignNameInAPluralsEnding(t)))  // "فيرجسون"
                    || (!firstWord && t[0] == 0xD9 && t[1] == 0x88)
            }) { return false }
        }
        return true
    }

    /// Whether the words `range`, after a title (or a nationality) and a known given name, are a
    /// family name whatever their meaning ("المهندس سامي شكر", "الفنان عبد الله بلخير"): none
    /// is a name's word of the language with ال ("جورج البالغ"), one of the most frequent words
    /// ("فواز جنوب"), a present-tense verb ("سعود تنظم"), ب ل ك ف before a word ("فقال",
    /// "للتسديدة"), or a word marked as no name (`isNoName`: a pronoun, a feminine or plural
    /// noun, an accusative: "هنري رغبته", "عبد الله اجتماعا"); nor starts with و.
    private func isFamilyNameAfterATitle(_ buffer: TokenBuffer, _ range: Range<Int>) -> Bool {
        for j in range {
            if token(buffer, j, isIn: index.veryCommonWords) { return false }
            if buffer.withToken(j, { t in
                if t.count < 4 || index.nameWords.contains(t) { return false }  // (فيصل is no ف + يصل)
                if t[0] == 0xD9 && t[1] == 0x88 { return true }
                if ActorMatcher.startsWithAl(t) && (index.commonWords.contains(t) || index.lessCommonWords.contains(t)) { return true }
                // ب ل ك ف before a word of the language ("بروضة", "فقال", "للتسديدة")
                if t.count >= 8, ActorMatcher.startsWithPreposition(t) || (t[0] == 0xD9 && t[1] == 0x81) {
                    let rest = UnsafeBufferPointer(rebasing: t[2...])
                    if index.commonWords.contains(rest) || index.lessCommonWords.contains(rest) || ActorMatcher.startsWithAl(rest) { return true }
                }
                // ت before a word of the language: a verb of the present ("سعود تنظم")
                if t[0] == 0xD8 && t[1] == 0xAA && isPresentTenseOfAWord(t) { return true }
                return isNoName(t, familyName: true)
            }) { return false }
        }
        return true
    }

    /// Token `k` is a nationality's masculine singular nisba with ال ("السويدي", "المصري"): a
    /// family name after a given name.
    private func isNisbaFamilyName(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard buffer.withToken(k, { t in
            ActorMatcher.startsWithAl(t) && t.count >= 10 && t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x8A
        }), let (p, length) = gazetteerMatch(buffer, at: k) else { return false }
        return length == 1 && index.actorTypes[p.actor] == .group
    }

    /// Whether the words `range` of a discovered name look like a foreign name written in Arabic
    /// (`NameLetterModel`): those that are no known given name (nor و before one) or link are
    /// three letters or more, no word of the language, and score above -0.3; one of them at
    /// least. Such a name stands for a person once named ("القاضي ميخا لندنشتراوس", "الجنرال
    /// سلفستري"); a verb or noun after a title does not ("الوزيرة الأميركية صرحت", "اللاعب
    /// استنادا"). On the NER gold corpora: +55 and +49 people found right, +13 and +14 wrong.
    private func looksLikeAForeignName(_ buffer: TokenBuffer, _ range: Range<Int>) -> Bool {
        var scored = 0
        for j in range {
            if token(buffer, j, isIn: index.givenNames) || token(buffer, j, isIn: index.nameLinks) { continue }
            let fails = buffer.withToken(j) { t -> Bool in
                if t.count >= 6, t[0] == 0xD9, t[1] == 0x88, index.givenNames.contains(UnsafeBufferPointer(rebasing: t[2...])) { return false }
                guard ActorMatcher.letters(t, from: 0) >= 3, let score = index.nameLetters.score(t), score > -0.3 else { return true }
                scored += 1
                return false
            }
            if fails || token(buffer, j, isIn: index.commonWords) || token(buffer, j, isIn: index.lessCommonWords) { return false }
        }
        return scored > 0
    }

    /// Where a foreign name of tokens `range` (three or more) ends: before its first word from the
    /// third on whose letters are the language's (`NameLetterModel` score below −1.5), not a link
    /// nor the word after a link or a particle; `range.upperBound` when there is none.
    private func foreignNameEnd(_ buffer: TokenBuffer, _ range: Range<Int>) -> Int {
        for m in (range.lowerBound + 2)..<range.upperBound where !token(buffer, m, isIn: index.nameLinks)
            && !token(buffer, m - 1, isIn: index.nameLinks) && !token(buffer, m - 1, isIn: index.nameParticles)
            && buffer.withToken(m, { (index.nameLetters.score($0) ?? 0) < -1.5 }) {
            return m
        }
        return range.upperBound
    }

    /// A discovered person named by tokens `range`: its mention, and its short forms remembered.
    /// A known person whose name of two words is the first and the last word of `range`, a
    /// person's name found of three words or more with his lineage between ("عادل بن أحمد
    /// الجبير" is عادل الجبير, "ماجد بن عبدالله القصبي" ماجد القصبي). Both words as the gazetteer
    /// writes them; the first no link ("عبد الرحمن المهدي" is not عادل عبد المهدي, alias "عبد
    /// المهدي"). Only with a lineage: middle names alone join as often another man of the same
    /// common name ("محمد لسعد الضيف", "مايكل بي جوردان").
    private func knownPersonByFirstAndLastWords(_ buffer: TokenBuffer, _ range: Range<Int>) -> Int? {
        guard range.count >= 3 else { return nil }
        let a = range.lowerBound, z = range.upperBound - 1
        guard !token(buffer, a, isIn: index.nameLinks), ((a + 1)..<z).contains(where: { token(buffer, $0, isIn: index.lineageLinks) }) else {
            return nil
        }
        let table = index.namePatterns
        let found = buffer.withToken(a) { t in table.patterns(firstHash: buffer.hashes[a], secondHash: buffer.hashes[z]) { bytesEqual($0, t) } }
        for k in found {
            let p = table[k]
            if p.length == 2, !p.epithet, index.actorTypes[p.actor] == .person, table.tokenHash(p, 1) == buffer.hashes[z],
               buffer.withToken(z, { table.token(p, 1, equals: $0) }) {
                return p.actor
            }
        }
        return nil
    }

    /// A known person whose name is, by its consonants, the person's name `range` found of two
    /// to four words (a transliterated name spelled otherwise: "سيرغي سكريبل", "اندريس انيستا",
    /// "ايلون موسك", "بنيامين نيتنياهو"). Not a name that starts with an Arabic given name (whose
    /// consonants other names share: "محمود صالح" is no محمد صلاح, "حسان مبروك" no حسني مبارك),
    /// nor with a link, nor one whose family name has fewer than three consonants ("جيمس كيم" is
    /// no جيمس كومي), nor a name two known people's consonants share.
    private func knownPersonSpelledOtherwise(_ buffer: TokenBuffer, _ range: Range<Int>) -> Int? {
        guard range.count >= 2, range.count <= 4 else { return nil }
        let a = range.lowerBound
        if token(buffer, a, isIn: index.givenNames) && !token(buffer, a, isIn: index.otherGivenNames) { return nil }
        // (also after و or ف: "وأحمد عطيف" is no أحمد عطاف)
        if buffer.withToken(a, { t in
            t.count > 4 && t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81)
                && index.givenNames.contains(UnsafeBufferPointer(rebasing: t[2...])) && !index.otherGivenNames.contains(UnsafeBufferPointer(rebasing: t[2...]))
        }) { return nil }
        if token(buffer, a, isIn: index.ambiguousGivenNames) || range.contains(where: { token(buffer, $0, isIn: index.nameLinks) }) { return nil }
        var key: [UInt32] = []
        key.reserveCapacity(32)
        var last = 0
        for k in range {
            if k > a { key.append(0) }
            last = ActorMatcher.appendConsonants(of: buffer.tokenBytes(k), to: &key)
        }
        guard last >= 3, let actor = index.peopleByConsonants[key], actor >= 0 else { return nil }
        return actor
    }

    /// The known person a person's name found at `range` names (`knownPersonByFirstAndLastWords`,
    /// `knownPersonSpelledOtherwise`): his mention appended, true; else nothing done, false.
    @inline(never)
    private func appendKnownPerson(_ buffer: TokenBuffer, _ range: Range<Int>, _ mentions: inout [ActorMention],
                                   _ shortForms: inout ShortForms) -> Bool {
        guard let actor = knownPersonByFirstAndLastWords(buffer, range) ?? knownPersonSpelledOtherwise(buffer, range) else { return false }
        mentions.append(ActorMatcher.mention(buffer, range.lowerBound, range.upperBound - 1, actor: actor, candidate: nil, via: .alias))
        register(buffer, range, actor: actor, candidate: nil, &shortForms, givenName: true)
        return true
    }

    private func appendDiscovered(_ buffer: TokenBuffer, _ range: Range<Int>, _ mentions: inout [ActorMention],
                                  _ candidates: inout CandidateNames,
                                  _ shortForms: inout ShortForms, confident: Bool = false) {
        var range = lineageStart(buffer, range.lowerBound, after: mentions.last)..<range.upperBound
        // علي before it that starts the name (`isAliStartingAName`), in no mention.
        if range.count >= 2, range.lowerBound >= 2, (mentions.last?.byteEnd ?? 0) <= buffer.infos[range.lowerBound - 1].byteStart,
           isAliStartingAName(buffer, range.lowerBound - 1, after: mentions.last) {
            range = (range.lowerBound - 1)..<range.upperBound
        }
        // A foreign name of three words or more ends before a word whose letters are the
        // language's ("الحارس ... هييرو موقتا", `NameLetterModel`), as after a foreign given name
        // (`givenNameMatch`); the first word foreign-looking, no Arabic given name, and no link
        // in the name (بن, عبد, أبو: an Arabic name's).
        let first = range.lowerBound
        if range.count >= 3, !token(buffer, first, isIn: index.givenNames) || token(buffer, first, isIn: index.otherGivenNames),
           !token(buffer, first, isIn: index.ambiguousGivenNames), !range.contains(where: { token(buffer, $0, isIn: index.nameLinks) }),
           buffer.withToken(first, { (index.nameLetters.score($0) ?? -1) > 0.5 }) {
            range = first..<foreignNameEnd(buffer, range)
        }
        // One word of the language (`commonWords`, `lessCommonWords`) whose letters are the
        // language's, no given name: a verb or noun after the title ("وزير التعليم حرص على"), no
        // one. (عمر, صلاح, خليفة, names and words, go too; كيم, مون, سيلفا, whose letters are
        // foreign, stay.)
        if range.count == 1, token(buffer, range.lowerBound, isIn: index.commonWords) || token(buffer, range.lowerBound, isIn: index.lessCommonWords),
           !token(buffer, range.lowerBound, isIn: index.givenNames), !token(buffer, range.lowerBound, isIn: index.ambiguousGivenNames),
           buffer.withToken(range.lowerBound, { (index.nameLetters.score($0) ?? 0) <= 0 }) {
            return
        }
        // A time of the day before a day or a time word, though a name too: the time ("وصول
        // المدرب صباح اليوم", "أكدت صباح الأحد").
        if range.count == 1, isTimeOfDayBeforeATimeWord(buffer, range.lowerBound) { return }
        // Nor ب, ل or ك before a word of the language ("الرئيس التونسي بذكرى"), whatever its letters.
        if range.count == 1, buffer.withToken(range.lowerBound, { isPrepositionBeforeALanguageWord($0) }),
           !token(buffer, range.lowerBound, isIn: index.givenNames) {
            return
        }
        if appendKnownPerson(buffer, range, &mentions, &shortForms) { return }
        let name = range.map { buffer.tokenBytes($0) }
        let key = candidates.number(of: candidateKey(name))
        let foreign = looksLikeAForeignName(buffer, range)
        mentions.append(ActorMatcher.mention(buffer, range.lowerBound, range.upperBound - 1, actor: nil, candidate: key,
                                             via: .discovered, confident: confident || foreign))
        register(buffer, range, actor: nil, candidate: key, &shortForms, givenName: confident || foreign)
        // A foreign one-word name stands for the person where it comes back in the article
        // ("البرازيلي إيمرسون" ... "وسيغيب إيمرسون"); a name of two words or more leaves its
        // words as short forms (`register`).
        if foreign, range.count == 1, !token(buffer, range.lowerBound, isIn: index.notShortForms) {
            buffer.withToken(range.lowerBound) { shortForms.insertIfAbsent($0, hash: buffer.hashes[range.lowerBound], actor: nil, candidate: key) }
        }
    }

    private func matchSpans(_ buffer: TokenBuffer, _ candidates: inout CandidateNames, _ text: UnsafeBufferPointer<UInt8>?) -> [ActorMention] {
        var mentions: [ActorMention] = []
        // Room for most documents' mentions at once (it grew from 1 to 16 and more, four
        // reallocations a document).
        mentions.reserveCapacity(32)
        var shortForms = ShortForms()
        var i = 0
        let n = buffer.count
        while i < n {
            // Most tokens start nothing: they are passed over in a loop on the buffer's raw
            // storage, on their bytes and hash (`mayHit`), up to the next that may hit a name, a
            // title or a short form.
            // (`mayHit`'s first test written out: the compiler kept the method out of line, a
            // call per token. And a loop here, on the buffer's views, not a closure handed to a
            // method of the buffer: when this function grew in the twenty-third session the
            // compiler stopped inlining that closure, a call per token again, +2% of `report`'s
            // instructions.)
            let filter = anyFirstHashes
            let infos = buffer.infos, hashes = buffer.hashes, spans = buffer.spans, bytes = buffer.bytes.baseAddress
            // Right after a person's mention, و may join another person to it ("ومتعب",
            // "وغيث الطراونة"): the token is not passed over (the rules below try it first).
            var afterPerson = -1
            if discover, i > 0, i < n, let last = mentions.last, last.byteEnd == infos[i - 1].byteEnd,
               let bytes, spans[i].count >= 2, bytes[spans[i].start] == 0xD9, bytes[spans[i].start + 1] == 0x88 {  // و
                afterPerson = i
            }
            scan: while afterPerson < 0 && i < n {
                if !infos[i].isNumber {
                    let hash = hashes[i]
                    if filter.mayContain(hash) || shortForms.containsAny(hash) { break scan }
                    let span = spans[i]
                    if span.count >= 6, let bytes {
                        let t = UnsafeBufferPointer(start: bytes + span.start, count: span.count)
                        let a = t[0], b = t[1]
                        if (a == 0xD9 && (b == 0x88 || b == 0x81 || b == 0x84 || b == 0x83)) || (a == 0xD8 && b == 0xA8),
                           mayHitAfterProclitics(t, extra: shortForms) { break scan }
                    }
                }
                i += 1
            }
            guard i < n else { break }
            let info = buffer.infos[i]
            // The forms of this token that may hit anything, once.
            // (On the token's bytes, not in a closure: outlined, as the compiler does once this
            // function grows, a closure that captures the matcher and the short forms cost a
            // retain and a release of each per token, +2.5% of `report`'s instructions.)
            let forms = self.forms(buffer.tokenBytes(i), hash: buffer.hashes[i], extra: shortForms, mayHitChecked: true)
            if forms.count == 0 {
                if i == afterPerson, appendCoordinatedPerson(buffer, at: i, &mentions, &candidates, &shortForms, &i) { continue }
                if shortForms.mayBeGivenName(buffer.hashes[i]), appendGivenNameAlone(buffer, i, shortForms, &mentions) {
                    i += 1
                    continue
                }
                i += 1
                continue
            }
            let may = forms.roles
            if may & ActorMatcher.startsContext != 0, let (actor, start, end, isClub) = contextualMatch(buffer, at: i, forms: forms, text: text) {
                mentions.append(ActorMatcher.mention(buffer, start, end - 1, actor: actor, candidate: nil, via: .alias))
                registerShortNames(of: actor, &shortForms)
                i = end
                // Other clubs joined to a club's name by و ("مباراة الهلال والنصر").
                while isClub, let club = coordinatedClub(buffer, at: i) {
                    mentions.append(ActorMatcher.mention(buffer, i, i, actor: club, candidate: nil, via: .alias))
                    registerShortNames(of: club, &shortForms)
                    i += 1
                }
                continue
            }
            if may & ActorMatcher.startsName != 0, let (p, length) = gazetteerMatch(buffer, at: i, forms: forms),
               !ActorMatcher.writtenInLowercase(p, buffer, i, text) {
                if length == 1, isAWordRatherThanTheName(buffer, i, p) {
                    i += 1
                    continue
                }
                // "مطار جون كينيدي", "جبل عرفات", "مستشفى الملك فيصل": a place named after the person.
                if index.actorTypes[p.actor] == .person, i >= 1, isNamedPlaceNoun(buffer, i - 1),
                   !info.followsBreak, info.line == buffer.infos[i - 1].line {
                    i += length
                    continue
                }
                // A place whose one-word name is a word as often ("رابط الخبر", "مبلغ مالي", "في
                // مشهد مؤثر"): only where the text says it is a place.
                if length == 1, let afterPreposition = index.placesNamedByAWord[p.actor],
                   !saysItIsAPlace(buffer, i, afterPreposition: afterPreposition != 0, after: mentions.last) {
                    i += 1
                    continue
                }
                // ك ("like") before a place's one-word name without ال is rare, and as often the
                // first letter of a word or name ("كسبها", "كاسيا", "كسول"): a place only where the
                // text says so ("دول كمصر والأردن").
                if length == 1, index.actorTypes[p.actor] == .place, foundAfterKaf(buffer, i, p),
                   !saysItIsAPlace(buffer, i, afterPreposition: false, after: mentions.last) {
                    i += 1
                    continue
                }
                // A person's one-word name with ال that is a word too, before a nationality or
                // a continent's adjective: the word ("الأسد الهندي", "للأسد الأميركي", "الأسد
                // الأوروبي": the lion), with or without a proclitic. (Not before any nisba: "نظام
                // الأسد المتداعي", "خطوات العبادي الإصلاحية" are adjectives of the noun before.)
                if index.actorTypes[p.actor] == .person, length == 1, i + 1 < n,
                   buffer.withToken(i, { ActorMatcher.startsWithAl($0) || ActorMatcher.startsWithPrepositionAndArticle($0)
                                         || ($0.count > 4 && $0[0] == 0xD9 && $0[1] == 0x84 && $0[2] == 0xD9 && $0[3] == 0x84) }),  // لل
                   adjacent(buffer, i + 1), buffer.withToken(i + 1, { ActorMatcher.startsWithAl($0) && ActorMatcher.isDefiniteNisba($0) }),
                   gazetteerMatch(buffer, at: i + 1).map({ index.actorTypes[$0.0.actor] == .group })
                    ?? buffer.withToken(i + 1, { index.continentAdjectives.contains($0) }) {
                    i += 1
                    continue
                }
                // "... بن محمد بن راشد": a person after بن is someone's father, not a mention of him.
                // For ولد, ابن and بنت only after a name: at a line's start or after a word of the
                // language, ولد is "was born" and ابن "the son" ("ولد أينشتاين في أولم").
                if index.actorTypes[p.actor] == .person, i >= 2, token(buffer, i - 1, isIn: index.lineageLinks),
                   !info.followsBreak, info.line == buffer.infos[i - 1].line,
                   !token(buffer, i - 1, isIn: index.wordLineageLinks)
                    || (!buffer.infos[i - 1].followsBreak && buffer.infos[i - 2].line == info.line
                        && !token(buffer, i - 2, isIn: index.commonWords)) {
                    i += length
                    continue
                }
                // A one-word alias of a known person that is the short form of another known person
                // named before in the article is that one ("تركي المالكي" ... "وأوضح المالكي": not
                // نوري المالكي, whose alias it is too).
                if length == 1, !p.canonical, index.actorTypes[p.actor] == .person, !shortForms.isEmpty {
                    var other: (actor: Int?, candidate: Int?)?
                    for f in 0..<forms.count {
                        let form = forms[f]
                        if let found = buffer.withToken(i, { t in shortForms.value(hash: form.hash) { form.matches($0, in: t) } }) {
                            other = found
                            break
                        }
                    }
                    // (Unless the alias's own person was named before too: "الرئيس دونالد ترامب" and
                    // "ميلانيا ترامب", then "ترامب".)
                    if let other, let actor = other.actor, actor != p.actor, !mentions.contains(where: { $0.actor == p.actor }) {
                        mentions.append(ActorMatcher.mention(buffer, i, i, actor: actor, candidate: nil, via: .alias))
                        i += 1
                        continue
                    }
                }
                var first = i, end = i + length
                if index.actorTypes[p.actor] == .person {
                    // "الشيخ محمد بن زايد آل نهيان": the honorific left out, the lineage taken in.
                    while end - first > 1 && index.honorifics.contains(index.namePatterns.token(p, first - i)) { first += 1 }
                    // A longer name of the same person after the honorific ("الملكة إليزابيث
                    // الثانية": the canonical name holds الملكة, the alias the ordinal).
                    if first > i, let (q, qLength) = gazetteerMatch(buffer, at: first), q.actor == p.actor, first + qLength > end {
                        end = first + qLength
                    }
                    let lineage = lineageEnd(buffer, from: end)
                    // A lineage after a known person's one-word name that is not his given name
                    // (his family name, "مشعل" of خالد مشعل): another person, whose given name it
                    // is ("مشعل بن عبد العزيز").
                    if discover, lineage > end, length == 1, first == i,
                       !isGivenName(of: p.actor, index.namePatterns.token(p, 0)) {
                        appendDiscovered(buffer, i..<lineage, &mentions, &candidates, &shortForms, confident: true)
                        i = lineage
                        continue
                    }
                    end = lineage
                    if !p.epithet { register(buffer, first..<end, actor: p.actor, candidate: nil, &shortForms, givenName: true) }
                }
                first += p.descriptorLength  // "حركة حماس": حماس
                // "هوغو شافيز" where the gazetteer writes هوغو تشافيز and knows شافيز alone: the
                // word before the surname is the person's given name in another spelling.
                // Another given name there is another person of that family: "جمال مبارك", "ماهر
                // الأسد", "أحمد المالكي" are not حسني مبارك, بشار الأسد, نوري المالكي.
                // A discovered name of two words or more right before a known person's one-word
                // name, whose family name that is (`familyNameAfterADiscoveredName`): the known
                // person named whole, or another person of the family, discovered whole.
                if discover, end - first == 1, first == i, length == 1, index.actorTypes[p.actor] == .person,
                   mentions.last?.candidate != nil,
                   endDiscoveredNameWithFamilyName(buffer, i, actor: p.actor, &mentions, &candidates, &shortForms) {
                    i = end
                    continue
                }
                if end - first == 1, first == i, index.actorTypes[p.actor] == .person {
                    switch givenNameBefore(buffer, i, actor: p.actor, after: mentions.last) {
                    case .same: first = i - 1
                    case .other:
                        if discover {
                            appendDiscovered(buffer, (i - 1)..<end, &mentions, &candidates, &shortForms,
                                             confident: standsAlone(buffer, i..<end))
                            i = end
                            continue
                        }
                    case .none: break
                    }
                }
                // A known given name right before a known person's name of two words or more, and
                // no word of his names: another person of the family ("أحمد علي عبد الله صالح", his
                // son; "يوسف بطرس غالي", a nephew).
                // A known name that starts with بن ("بن علي", "بن لادن") after a given name, one
                // with ال or one that is a word as well, is that name's lineage: "الحسن بن علي",
                // "الحسين بن علي" (the son of Ali, not Ben Ali).
                // (His own given name, in another spelling, is his: "أسامه بن لادن".)
                if discover, end - first >= 2, first == i, i >= 1, index.actorTypes[p.actor] == .person, adjacent(buffer, i),
                   (mentions.last?.byteEnd ?? 0) <= buffer.infos[i - 1].byteStart,
                   token(buffer, i, isIn: index.lineageLinks) {
                    if givenNameSpelledOtherwise(buffer, before: i, actor: p.actor, after: mentions.last) {
                        first = i - 1
                    } else if isGivenNameBeforeALineage(buffer, i - 1), !isAWordOfTheNames(of: p.actor, buffer.tokenBytes(i - 1)) {
                        // (With عبد, أبو before the given name: "عبد العزيز بن علي".)
                        let start = i >= 2 && adjacent(buffer, i - 1) && (mentions.last?.byteEnd ?? 0) <= buffer.infos[i - 2].byteStart
                            && token(buffer, i - 2, isIn: index.nameLinks) && !token(buffer, i - 2, isIn: index.lineageLinks) ? i - 2 : i - 1
                        appendDiscovered(buffer, start..<end, &mentions, &candidates, &shortForms, confident: true)
                        i = end
                        continue
                    }
                }
                if discover, end - first >= 2, first == i, i >= 1, index.actorTypes[p.actor] == .person, adjacent(buffer, i),
                   (mentions.last?.byteEnd ?? 0) <= buffer.infos[i - 1].byteStart,
                   token(buffer, i - 1, isIn: index.givenNames), !token(buffer, i - 1, isIn: index.ambiguousGivenNames),
                   !token(buffer, i - 1, isIn: index.nameLinks), !token(buffer, i - 1, isIn: index.titleWords),
                   !token(buffer, i - 1, isIn: index.honorifics), gazetteerMatch(buffer, at: i - 1) == nil,
                   !isAWordOfTheNames(of: p.actor, buffer.tokenBytes(i - 1)),
                   buffer.withToken(i, { index.namePatterns.token(p, 0, equals: $0) }) {  // (not "بيل وهيلاري كلينتون")
                    appendDiscovered(buffer, (i - 1)..<end, &mentions, &candidates, &shortForms, confident: true)
                    i = end
                    continue
                }
                // A particle before a surname is the surname's ("دا سيلفا"). (Not a given name before
                // a known person's name: "أحمد علي عبد الله صالح" is his son.)
                if first == i, length == 1, index.actorTypes[p.actor] == .person, particleBefore(buffer, i, after: mentions.last) {
                    first = i - 1
                }
                mentions.append(ActorMatcher.mention(buffer, first, end - 1, actor: p.actor, candidate: nil,
                                                     via: p.canonical ? .gazetteer : .alias))
                // (Named with its descriptor, "نادي الشباب", "تنظيم القاعدة", or otherwise, "وكالة
                // أنباء الإمارات" for وام; not by a name that starts with the word, "الشباب
                // السعودي" is Saudi youth as often.)
                if !index.shortNames[p.actor].isEmpty, !buffer.withToken(i, { t in
                    index.shortNames[p.actor].contains(where: { $0.count == t.count && $0.withUnsafeBufferPointer { bytesEqual($0, t) } })
                }) {
                    registerShortNames(of: p.actor, &shortForms)
                }
                i = end
                // A nationality with ال before a name ("الفرنسي تييري هنري", "الروسية ماريا
                // شارابوفا", "الأميركي المخضرم أندري أغاسي"): the name is a person, read as after a
                // title.
                // (Of two words too, both nisbas: "الكوري الجنوبي هييونغ تايك لي".)
                if discover, index.actorTypes[p.actor] == .group, length == 1
                    || (length == 2 && buffer.withToken(end - 2, { ActorMatcher.isDefiniteNisba($0) })), i < n,
                   buffer.withToken(end - 1, { ActorMatcher.isDefiniteNisba($0) }) {
                    let (s, adjectives) = afterAdjectives(buffer, i)
                    if !buffer.infos[s].followsBreak, buffer.infos[s].line == buffer.infos[s - 1].line,
                       buffer.infos[s].start - buffer.infos[s - 1].end <= 1,
                       !token(buffer, s, isIn: index.commonWords), !buffer.withToken(s, { ActorMatcher.startsWithAl($0) }),
                       token(buffer, s, isIn: index.givenNames)
                        || buffer.withToken(s, { !isNoName($0) || (ActorMatcher.endsLikeANoun($0) && looksLikeAForeignNameInAPluralsEnding($0)) }) {
                        // Two words at least ("الجانب الكويتي تفهم هذه" is no one), or a given name.
                        let k = nameEnd(buffer, from: s, afterTitle: true)
                        // (Or a known given name and more: "التركي حمزة يرلكاب", "البرازيلي كارلوس كوريا".)
                        let confident = standsAlone(buffer, s..<k, wholeName: true)
                            || (k > s + 1 && token(buffer, s, isIn: index.givenNames) && isFamilyNameAfterATitle(buffer, (s + 1)..<k))
                        // After an adjective, a given name and more, or a name that stands alone.
                        if adjectives ? k > s + 1 && (confident || token(buffer, s, isIn: index.givenNames))
                            : k > s + 1 || (k > s && (token(buffer, s, isIn: index.givenNames) || (nisbaStandsForAPerson(buffer, end - length) && buffer.withToken(s, { mayBeAForeignName($0) })
                                                      && !shortForms.contains(buffer.hashes[s])))) {
                            // After و + nationality the nationality is often the second of two
                            // adjectives ("البريطانية والفرنسية توقفان رحلاتهما"): a name only when it
                            // stands alone ("والتركي أورهان باموك").
                            if confident || !buffer.withToken(end - 1, { $0[0] == 0xD9 && ($0[1] == 0x88 || $0[1] == 0x81) }) {
                                appendDiscovered(buffer, s..<k, &mentions, &candidates, &shortForms, confident: confident)
                                i = k
                            }
                        }
                    }
                }
                continue
            }
            if !shortForms.isEmpty {
                var found: (actor: Int?, candidate: Int?)?, foundStart = 0
                for f in 0..<forms.count {
                    let form = forms[f]
                    found = buffer.withToken(i) { t in shortForms.value(hash: form.hash) { form.matches($0, in: t) } }
                    if found != nil { foundStart = form.start; break }
                }
                // A family name that is also a word of the language before a word with ال that is
                // one too: the word's phrase ("حسن النية" after "أسامة حسن", "لصالح المقاومة" after
                // "علي عبد الله صالح"), not the person. (Not before a relative pronoun or an
                // ordinal, which go with the noun before the name: "أعمال محفوظ التي", "رواية
                // محفوظ الأولى" after "نجيب محفوظ".)
                if found != nil, i + 1 < n, !buffer.infos[i + 1].followsBreak, buffer.infos[i + 1].line == info.line,
                   buffer.withToken(i, { index.ambiguousGivenNames.contains(UnsafeBufferPointer(rebasing: $0[foundStart...])) }),
                   buffer.withToken(i + 1, { $0.count >= 8 && ActorMatcher.startsWithAl($0) }),  // (not الي, إلى)
                   token(buffer, i + 1, isIn: index.commonWords), !token(buffer, i + 1, isIn: index.relativePronouns),
                   !token(buffer, i + 1, isIn: index.ordinals) {
                    found = nil
                }
                if found != nil, writtenAsThat(buffer, i) { found = nil }  // "بأن" after "بان كي مون"
                if let actor = found?.actor, index.actorTypes[actor] == .organization,
                   phraseGoesOn(buffer, after: i, from: foundStart) || shortNameIsAWord(buffer, i, from: foundStart) { found = nil }
                if let found {
                    // The first and the last word of a name named before, side by side: the name
                    // again, one mention ("نتشيرفان البارزاني" after "رئيس وزراء الإقليم نتشيرفان
                    // البارزاني" was two, each a short form).
                    var end = i
                    if i + 1 < n, !buffer.infos[i + 1].followsBreak, buffer.infos[i + 1].line == info.line,
                       buffer.infos[i + 1].start - info.end <= 1, shortForms.contains(buffer.hashes[i + 1]),
                       let next = buffer.withToken(i + 1, { t in shortForms.value(hash: buffer.hashes[i + 1]) { bytesEqual($0, t) } }),
                       next.actor == found.actor, next.candidate == found.candidate,
                       !buffer.withToken(i + 1, { $0.elementsEqual(buffer.tokenBytes(i)) }) {
                        end = i + 1
                    }
                    // A lineage after a discovered person's short form: his, when his name goes
                    // on so ("الوليد بن طلال" after "الأمير الوليد بن طلال بن عبد العزيز": the
                    // mention was "الوليد" alone); another person's named in full when it does
                    // not ("ونايف بن سلمان" after "نايف بن سلطان").
                    if end == i, found.actor == nil, let candidate = found.candidate,
                       case let lineage = lineageEnd(buffer, from: i + 1), lineage > i + 1 {
                        if continuesTheName(of: candidate, candidates, buffer, i, from: foundStart, to: lineage) {
                            end = lineage - 1
                        } else {
                            appendDiscovered(buffer, i..<lineage, &mentions, &candidates, &shortForms, confident: true)
                            i = lineage
                            continue
                        }
                    }
                    // A particle before the surname is the surname's ("دا سيلفا" after "لولا دا سيلفا").
                    let start = particleBefore(buffer, i, after: mentions.last) ? i - 1 : i
                    mentions.append(ActorMatcher.mention(buffer, start, end, actor: found.actor, candidate: found.candidate,
                                                         via: found.actor != nil ? .alias : .discovered))
                    i = end + 1
                    continue
                }
            }
            if buffer.withToken(i, { $0[0] < 0x80 }) {
                // Latin script: the English rules only (the others read Arabic words).
                if discover, may & ActorMatcher.startsEnglishName != 0, let text, let (j, k, confident) = englishName(buffer, at: i, text, shortForms) {
                    appendDiscovered(buffer, j..<k, &mentions, &candidates, &shortForms, confident: confident)
                    i = k
                } else {
                    i += 1
                }
                continue
            }
            if discover, buffer.spans[i].count == 6, let (k, confident) = aliNameAfterAnIntroduction(buffer, at: i, after: mentions.last) {
                appendDiscovered(buffer, i..<k, &mentions, &candidates, &shortForms, confident: confident)
                i = k
                continue
            }
            // (Before a given name's discovery when a word of the most frequent follows: "وتزوج نزار
            // مرتين" after "نزار قباني" is he, not a "نزار مرتين".)
            if shortForms.mayBeGivenName(buffer.hashes[i]), appendGivenNameAlone(buffer, i, shortForms, &mentions, beforeAFrequentWord: true) {
                i += 1
                continue
            }
            if discover, may & ActorMatcher.startsGivenName != 0, let (length, name) = givenNameMatch(buffer, at: i, forms: forms) {
                // A kunya's أبو, أبي or أم right before the given name is the name's ("أبو أيوب
                // المصري", "أم كلثوم ..."), when no mention holds it.
                var first = i, key: Int
                if i > 0, !buffer.infos[i].followsBreak, buffer.infos[i].line == buffer.infos[i - 1].line,
                   buffer.withToken(i, { $0[0] != 0xD9 || ($0[1] != 0x88 && $0[1] != 0x81) }),
                   (mentions.last?.byteEnd ?? 0) <= buffer.infos[i - 1].byteStart, token(buffer, i - 1, isIn: index.kunyaLinks) {
                    first = i - 1
                    key = kunyaKey((first..<(i + length)).map { buffer.tokenBytes($0) }, kunya: 0, &candidates)
                } else if case let start = lineageStart(buffer, i, after: mentions.last), start < i {
                    first = start
                    key = candidates.number(of: candidateKey((first..<(i + length)).map { buffer.tokenBytes($0) }))
                } else if length >= 2, i >= 2, (mentions.last?.byteEnd ?? 0) <= buffer.infos[i - 1].byteStart,
                          isAliStartingAName(buffer, i - 1, after: mentions.last) {  // "البحريني علي بلال منصور"
                    first = i - 1
                    key = candidates.number(of: candidateKey((first..<(i + length)).map { buffer.tokenBytes($0) }))
                } else if appendKnownPerson(buffer, i..<(i + length), &mentions, &shortForms) {
                    i += length
                    continue
                } else {
                    key = candidates.number(of: name)
                }
                let confident = standsAlone(buffer, (i + 1)..<(i + length)) || roleFollows(buffer, i + length)
                mentions.append(ActorMatcher.mention(buffer, first, i + length - 1, actor: nil, candidate: key, via: .discovered,
                                                     confident: confident))
                register(buffer, first..<(i + length), actor: nil, candidate: key, &shortForms, givenName: confident)
                i += length
                continue
            }
            // A kunya alone: أبو or أبي and a given name ("فانتهز أبو جميل هذه الفرصة", "فتركها أبو
            // أيوب"), a person whatever follows; not أم, "or" as often ("محمد أم أحمد").
            // With عبد, the word after it ("أبو عبد الله"); with its lineage ("أبو زيد بن سعيد");
            // after a given name, the family name of it ("شادي أبو زيد"). Not after the noun of a
            // place ("معبر كرم أبو سالم", "شارع أبو بكر الصديق").
            if discover, may & ActorMatcher.startsGivenName != 0, i > 0, kunyaBefore(buffer, i, after: mentions.last),
               !(i >= 2 && isNamedPlaceNoun(buffer, i - 2)),
               !(i >= 3 && isNamedPlaceNoun(buffer, i - 3) && buffer.infos[i - 3].line == info.line) {
                var first = i - 1
                if i >= 2, !buffer.infos[i - 1].followsBreak, buffer.infos[i - 2].line == info.line,
                   buffer.infos[i - 1].start - buffer.infos[i - 2].end <= 1,
                   (mentions.last?.byteEnd ?? 0) <= buffer.infos[i - 2].byteStart,
                   token(buffer, i - 2, isIn: index.givenNames) || token(buffer, i - 2, isIn: index.ambiguousGivenNames) {
                    first = i - 2
                }
                var end = i + 1
                if token(buffer, i, isIn: index.nameLinks), end < buffer.count, !buffer.infos[end].followsBreak,
                   buffer.infos[end].line == info.line, continuesName(buffer, end) {
                    end += 1
                }
                // A nisba after it is the family name ("أبو ياسر الجعفري", "أبو صالح الصعيدي"), even
                // one the gazetteer knows for someone else; a nationality's too, a word as often
                // ("أبو حمزة المصري", "أبو عبد الله التركي").
                if isNisbaAfterAName(buffer, end) {
                    end += 1
                }
                end = lineageEnd(buffer, from: end)
                // The key without the proclitic and in the nominative: "لأبي سعيد", "أبا سعيد" and
                // "أبو سعيد" are one person.
                let key = kunyaKey((first..<end).map { buffer.tokenBytes($0) }, kunya: i - 1 - first, &candidates)
                mentions.append(ActorMatcher.mention(buffer, first, end - 1, actor: nil, candidate: key, via: .discovered, confident: true))
                register(buffer, first..<end, actor: nil, candidate: key, &shortForms)
                i = end
                continue
            }
            if shortForms.mayBeGivenName(buffer.hashes[i]), appendGivenNameAlone(buffer, i, shortForms, &mentions) {
                i += 1
                continue
            }
            if discover, may & ActorMatcher.startsSpeaker != 0, let k = nameBeforeARole(buffer, at: i, forms: forms) {
                appendDiscovered(buffer, (i + 1)..<k, &mentions, &candidates, &shortForms, confident: true)
                i = k
                continue
            }
            if discover, may & ActorMatcher.startsSpeaker != 0,
               let (j, k) = reportedSpeakerMatch(buffer, at: i, forms: forms, shortForms: shortForms) {
                appendDiscovered(buffer, j..<k, &mentions, &candidates, &shortForms, confident: standsAlone(buffer, j..<k, wholeName: true))
                i = k
                continue
            }
            if discover, may & ActorMatcher.startsOrganization != 0, let (start, end, name) = placeAfterDescriptor(buffer, at: i, forms: forms) {
                let key = candidates.number(of: name)
                mentions.append(ActorMatcher.mention(buffer, start, end - 1, actor: nil, candidate: key, via: .discovered, confident: true))
                i = end
                continue
            }
            if discover, may & ActorMatcher.startsOrganization != 0,
               let (start, end, name, confident) = nameAfterDescriptor(buffer, at: i, forms: forms, text: text) {
                let key = candidates.number(of: name)
                mentions.append(ActorMatcher.mention(buffer, start, end - 1, actor: nil, candidate: key, via: .discovered,
                                                     confident: confident))
                i = end
                continue
            }
            if discover, may & ActorMatcher.startsOrganization != 0,
               let (end, name, confident) = organizationMatch(buffer, at: i, forms: forms) {
                let key = candidates.number(of: name)
                mentions.append(ActorMatcher.mention(buffer, i, end - 1, actor: nil, candidate: key, via: .discovered,
                                                     confident: confident))
                i = end
                continue
            }
            if discover, may & ActorMatcher.startsTitle != 0, let (titleLength, weak, honorific, extended, ofActor) = titleAndWeakness(buffer, at: i, forms: forms) {
                var j = i + titleLength
                // A place named after someone with his title ("مدينة الملك عبد الله الاقتصادية",
                // "جامعة الملك سعود", "ستاد الأمير فيصل بن فهد"): no mention of him, discovered
                // or known (as for a known person right after the noun).
                if i >= 1, !info.followsBreak, buffer.infos[i - 1].line == info.line, isNamedPlaceNoun(buffer, i - 1) {
                    var k = j < n && !buffer.infos[j].followsBreak ? nameEnd(buffer, from: j, afterTitle: true) : j
                    if k == j, j < n, !buffer.infos[j].followsBreak, let (p, length) = gazetteerMatch(buffer, at: j),
                       index.actorTypes[p.actor] == .person {
                        k = j + length
                    }
                    i = k
                    continue
                }
                let mentionsBefore = mentions.count
                // An organisation in the title ("رئيس جامعة القاهرة", "رئيس مجلس الوزراء"): its
                // mention, and the person's name after it.
                if titleLength >= 2, buffer.withToken(i + titleLength - 1, { index.organizationHeads.contains($0) }),
                   let (end, name, confident) = organizationMatch(buffer, at: i + titleLength - 1, forms: self.forms(buffer, i + titleLength - 1)) {
                    let key = candidates.number(of: name)
                    mentions.append(ActorMatcher.mention(buffer, i + titleLength - 1, end - 1, actor: nil, candidate: key,
                                                         via: .discovered, confident: confident))
                    j = end
                }
                // A newspaper, channel, team or company right after the title ("رئيس تحرير جريدة
                // الوفاق مصيب نعيمي"): its mention, and the name after it (the descriptor and the
                // newspaper's name were taken for a person's).
                if j < n, !buffer.infos[j].followsBreak, !buffer.withToken(j, { ActorMatcher.startsWithAl($0) }),
                   let (start, end, name, confident) = nameAfterDescriptor(buffer, at: j, forms: self.forms(buffer, j), text: text) {
                    let key = candidates.number(of: name)
                    mentions.append(ActorMatcher.mention(buffer, start, end - 1, actor: nil, candidate: key, via: .discovered,
                                                         confident: confident))
                    j = end
                }
                // An optional nisba or place after the title ("وزير الخارجية الصيني"), or what a
                // title with a wildcard is of (`titleAndWeakness`: "رئيس البنك الدولي").
                // (Not a word read as a proclitic and a name: "الوزير كلاوس" is no ك + لاوس.)
                if j < n, !buffer.infos[j].followsBreak, let (p, length) = nameMatch(buffer, at: j),
                   index.actorTypes[p.actor] == .group || index.actorTypes[p.actor] == .place
                    || (ofActor && j == i + titleLength && index.actorTypes[p.actor] == .organization) {
                    // (Without its descriptor, as elsewhere: "المتحدث باسم حركة طالبان": طالبان.)
                    let first = ofActor && j == i + titleLength ? j + p.descriptorLength : j
                    mentions.append(ActorMatcher.mention(buffer, first, j + length - 1, actor: p.actor, candidate: nil,
                                                         via: p.canonical ? .gazetteer : .alias))
                    j += length
                }
                // "... السابق", "الراحل", "المخضرم" between the title and the name (two at most:
                // "المحلل العسكري الإسرائيلي السابق").
                let (afterThem, strict) = afterAdjectives(buffer, j)
                j = afterThem
                // A complement with ل after the title is the title's, no name ("المدير التنفيذي
                // لمستشفى سبيتار", "المدير العام لديوان الزيت"): the words after it are read on
                // their own. (Not a given name in ل: لبنى, لطفي.)
                if j < n, !buffer.infos[j].followsBreak, isComplementWithLam(buffer, j, afterAnOfficer: titleLength >= 2 && token(buffer, i, isIn: index.officerTitles)) {
                    i = j
                    continue
                }
                // A name after the title; none when a known actor stands there (matched on its own).
                // After "د." the name follows the period (`abbreviatedTitle`).
                let abbreviated = j == i + 1 && j < n && ActorMatcher.abbreviatedTitle(buffer, i)
                let k = j < n && (!buffer.infos[j].followsBreak || abbreviated)
                    ? nameEnd(buffer, from: j, afterTitle: true, afterAbbreviation: abbreviated) : j
                // "رئيس الحكومة سلام" after "تمام سلام": the surname of a known person named before
                // is that person (matched as his short form at j), not a new one. (Not for a
                // discovered name: those hold phrases too, "كوغان بشراء", which its surname after
                // a title would then make twice named.)
                if k == j + 1, shortForms.contains(buffer.hashes[j]),
                   buffer.withToken(j, { t in shortForms.value(hash: buffer.hashes[j]) { bytesEqual($0, t) } })?.actor != nil {
                    i = j
                    continue
                }
                // After a weak title, a given name and more ("الشاب محمد علي", not "المتهم يقر
                // بجريمته"); after an adjective, that or a name of two words that stands alone
                // ("الأميركي المخضرم أندري أغاسي", not "الشاعر الكبير تحديدا", "الممثل الشهير بحبه").
                // A title and a given name alone (or before a word that is no family name) after a
                // person of that given name was named ("الأمير محمد" after "ولي العهد السعودي محمد
                // بن سلمان"): that person.
                let givenEnd = j < n && token(buffer, j, isIn: index.nameLinks) ? j + 2 : j + 1
                if k == givenEnd || (k > givenEnd && buffer.withToken(givenEnd, { isNoPersonNameWord($0, hash: buffer.hashes[givenEnd]) })),
                   token(buffer, j, isIn: index.givenNames) || token(buffer, j, isIn: index.ambiguousGivenNames),
                   let m = personNamedBefore(byGivenName: j..<givenEnd, buffer, mentions, candidates) {
                    mentions.append(ActorMatcher.mention(buffer, j, givenEnd - 1, actor: m.actor, candidate: m.candidate,
                                                         via: m.actor != nil ? .alias : .discovered, confident: m.confident))
                    i = givenEnd
                    continue
                }
                // After the actor a title is of, a name of two words or more: one word there is
                // as often a word of the sentence ("رئيس الدولة رجع", "المتحدث باسم الاتحاد
                // الأوروبي كريستيان ويغاند" cut short): read as without the title.
                if ofActor && k <= j + 1 {
                    mentions.removeLast(mentions.count - mentionsBefore)
                    i += titleLength
                    continue
                }
                let namedWell = k > j + 1 && (token(buffer, j, isIn: index.givenNames) || token(buffer, j, isIn: index.ambiguousGivenNames)
                                              || (!weak && standsAlone(buffer, j..<k, wholeName: true)))
                let single = k == j + 1 && buffer.withToken(j, { isNoPersonNameWord($0, hash: buffer.hashes[j]) })
                if k > j && ((!weak && !strict && !single && (!extended || standsAlone(buffer, j..<k, wholeName: true))) || namedWell) {
                    // A given name and a family name after the title stand alone as well ("الفنان
                    // سمير صبري"): the same test as for a given name found on its own.
                    // A known given name and more after a title that is no weak one is a person too
                    // when the family name is a word that is no verb, pronoun ... ("المهندس سامي
                    // شكر": `isFamilyNameAfterATitle`; on the NER gold corpora +12 and +10 people
                    // found, the names reported once on news-bench ~85% people).
                    // So is a known given name and a nationality's masculine nisba, its family
                    // name (`nameEnd`: "السيد فيصل السويدي", "الشيخ محمد المصري").
                    let confident = k > j + 1 && token(buffer, j, isIn: index.givenNames)
                        && (standsAlone(buffer, (j + 1)..<k) || (!weak && isFamilyNameAfterATitle(buffer, (j + 1)..<k))
                            || (!weak && k == j + 2 && !token(buffer, j, isIn: index.ambiguousGivenNames) && isNisbaFamilyName(buffer, j + 1)))
                        || (honorific && (k > j + 1 || token(buffer, j, isIn: index.givenNames)) && standsAlone(buffer, j..<k, wholeName: true))
                    // A sovereign's ordinal ("الملك تشارلز الأول", "الملك ألفونسو الثالث عشر").
                    var k = k
                    if titleLength == 1, token(buffer, i, isIn: index.regnalTitles) {
                        for _ in 0..<2 where k < n && !buffer.infos[k].followsBreak && buffer.infos[k].line == buffer.infos[k - 1].line
                            && buffer.infos[k].start - buffer.infos[k - 1].end <= 1 && token(buffer, k, isIn: index.ordinals) {
                            k += 1
                        }
                    }
                    appendDiscovered(buffer, j..<k, &mentions, &candidates, &shortForms, confident: confident)
                    i = k
                    continue
                }
                if (weak || strict) && mentions.count > mentionsBefore {
                    // No name after a weak title or an adjective: the nationality is read again on
                    // its own, with its own rule for a name ("الصحافي الروسي ماكسيم بورودين").
                    mentions.removeLast(mentions.count - mentionsBefore)
                    i += titleLength
                    continue
                }
                if ofActor {
                    // No name after the actor a title is of: the actor is read on its own, as
                    // without the title ("رئيس نادي الزمالك" keeps its usual mention).
                    mentions.removeLast(mentions.count - mentionsBefore)
                    i += titleLength
                    continue
                }
                i = j > i + titleLength ? j : i + 1
                continue
            }
            if i == afterPerson, appendCoordinatedPerson(buffer, at: i, &mentions, &candidates, &shortForms, &i) { continue }
            i += 1
        }
        if discover, mentions.count >= 2 { surnamesBeforeTheirNames(buffer, &mentions, candidates) }
        if discover, !mentions.isEmpty { surnamesAloneBeforeTheirNames(buffer, &mentions, candidates) }
        if !mentions.isEmpty { resolveNamesakes(&mentions, buffer) }
        return mentions
    }

    /// A club with namesakes (`ActorIndex.namesakes`: "الأهلي" of "النادي الأهلي", Cairo's, and of
    /// "الأهلي السعودي", Jeddah's) is, in the whole article, the namesake whose country the
    /// article's other mentions name more often than the club's (places, peoples, other clubs:
    /// "جدة", "السعودي", "الهلال"); the club itself when neither is named more, or when the
    /// article names it by a name of two words or more ("الأهلي المصري", "الاتحاد السعودي").
    private func resolveNamesakes(_ mentions: inout [ActorMention], _ buffer: TokenBuffer) {
        guard mentions.contains(where: { m in m.actor.map { index.hasNamesakes[$0] } ?? false }) else { return }
        // (Countries compared as numbers, `ActorIndex.countryNumbers`: no string per mention.)
        let countries = index.countryNumbers
        func count(of country: Int32, without actor: Int) -> Int {
            guard country >= 0 else { return 0 }
            var n = 0
            for m in mentions { if let a = m.actor, a != actor, countries[a] == country { n += 1 } }
            return n
        }
        var chosen: [Int: Int] = [:]
        for m in mentions {
            guard let a = m.actor, index.hasNamesakes[a] else { continue }
            if let first = buffer.token(startingAt: m.byteStart), buffer.infos[first].byteEnd < m.byteEnd { chosen[a] = a }
        }
        for m in mentions {
            guard let a = m.actor, index.hasNamesakes[a], chosen[a] == nil else { continue }
            // (The club's own mentions left out: they are what is asked.)
            var best = a, most = count(of: countries[a], without: a)
            for other in index.namesakes[a] {
                let n = count(of: countries[other], without: a)
                if n > most { (best, most) = (other, n) }
            }
            chosen[a] = best
        }
        for k in mentions.indices {
            if let a = mentions[k].actor, let b = chosen[a], b != a { mentions[k].actor = b }
        }
    }

    /// A person's surname alone, in no mention, before his full name in the document (a known
    /// person's, or a discovered name that stands alone): a headline's "حالوتس يستدعي مائة" before
    /// "رئيس الأركان دان حالوتس", "تسديدة من توريس" before "فرناندو توريس" (the short forms only
    /// look back, and no rule names a word that stands alone so). The surname is no word of the
    /// language, given name, title or stopword, of three letters or more, and follows no given
    /// name, link or particle, nor a word that may be a name ("جمال مبارك" before "حسني مبارك" is
    /// his son): only a word of the language, a stopword, a punctuation mark or the line's start.
    private func surnamesAloneBeforeTheirNames(_ buffer: TokenBuffer, _ mentions: inout [ActorMention], _ candidates: CandidateNames) {
        // The last word of each person's first full name, by hash (a page that dumps many
        // articles has thousands of mentions: no loop over every pair).
        var lastWords: [UInt64: (token: Int, mention: Int)] = [:]
        var scanEnd = 0
        for b in mentions.indices where namesAPersonInFull(mentions[b], candidates) {
            let m = mentions[b]
            guard let tb = buffer.token(endingAt: m.byteEnd), tb > 0, buffer.infos[tb].byteStart > m.byteStart,
                  !token(buffer, tb - 1, isIn: index.lineageLinks), !token(buffer, tb - 1, isIn: index.kunyaLinks),
                  !token(buffer, tb - 1, isIn: index.nameLinks), lastWords[buffer.hashes[tb]] == nil else { continue }
            lastWords[buffer.hashes[tb]] = (tb, b)
            scanEnd = max(scanEnd, buffer.token(startingAt: m.byteStart) ?? 0)
        }
        guard !lastWords.isEmpty else { return }
        // Every word before the last full name is asked: a Bloom filter answers almost all of
        // them without hashing the key again for the dictionary (that lookup was 4% of `report`).
        let mayBeALastWord = BloomFilter(distinct: lastWords.keys)
        var found: [ActorMention] = []
        var next = 0  // the first mention that does not end before token i
        for i in 0..<scanEnd {
            guard mayBeALastWord.mayContain(buffer.hashes[i]) else { continue }
            let info = buffer.infos[i]
            while next < mentions.count && mentions[next].byteEnd <= info.byteStart { next += 1 }
            if next < mentions.count && mentions[next].byteStart < info.byteEnd { continue }  // in a mention
            guard let (tb, b) = lastWords[buffer.hashes[i]], mentions[b].byteStart >= info.byteEnd,
                  buffer.withToken(i, { u in buffer.withToken(tb) { $0.elementsEqual(u) } }),
                  buffer.withToken(i, { ActorMatcher.letters($0, from: 0) >= 3 }),
                  !token(buffer, i, isIn: index.commonWords), !token(buffer, i, isIn: index.lessCommonWords),
                  !token(buffer, i, isIn: index.givenNames), !token(buffer, i, isIn: index.ambiguousGivenNames),
                  !token(buffer, i, isIn: index.notNames), !token(buffer, i, isIn: index.titleWords),
                  !token(buffer, i, isIn: index.notFamilyNameShortForms),
                  buffer.withToken(i, { !ActorMatcher.isAllah($0) && !ActorMatcher.isAdDin($0) }) else { continue }
            // A discovered person's surname: a nisba (ي: "القحطاني", "عسيري"), or a word whose
            // letters are a foreign name's ("توريس"); not any word with ال ("الطيار", "الفرج").
            if mentions[b].actor == nil, !buffer.withToken(i, { t in
                t.count >= 6 && t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x8A || !ActorMatcher.startsWithAl(t) && mayBeAForeignName(t)
            }) { continue }
            if i > 0, !info.followsBreak, buffer.infos[i - 1].line == info.line, info.start - buffer.infos[i - 1].end <= 1 {
                // The word before: a word of the language or a stopword, in no mention.
                let before = i - 1
                guard token(buffer, before, isIn: index.notNames) || token(buffer, before, isIn: index.commonWords)
                        || token(buffer, before, isIn: index.lessCommonWords),
                      !token(buffer, before, isIn: index.givenNames), !token(buffer, before, isIn: index.ambiguousGivenNames),
                      !token(buffer, before, isIn: index.nameLinks), !token(buffer, before, isIn: index.nameParticles),
                      !token(buffer, before, isIn: index.titleWords), !token(buffer, before, isIn: index.honorifics),
                      next == 0 || mentions[next - 1].byteEnd <= buffer.infos[before].byteStart else { continue }
            }
            let m = mentions[b]
            found.append(ActorMatcher.mention(buffer, i, i, actor: m.actor, candidate: m.candidate,
                                              via: m.actor != nil ? .alias : .discovered, confident: m.confident))
        }
        guard !found.isEmpty else { return }
        // In the text's order with the others.
        var merged: [ActorMention] = []
        merged.reserveCapacity(mentions.count + found.count)
        var f = 0
        for m in mentions {
            while f < found.count && found[f].byteStart < m.byteStart { merged.append(found[f]); f += 1 }
            merged.append(m)
        }
        merged.append(contentsOf: found[f...])
        mentions = merged
    }

    /// A discovered one-word name that is the last word of a person's name given elsewhere in the
    /// document (a known person, or a discovered name that stands alone) is that person: named by
    /// his surname before his full name (a headline "الغاني مونتاري", then "سولي مونتاري" in the
    /// text; the short forms only look back), or after it where the headline's one word took the
    /// short form first ("الأرجنتيني روميرو", "سيرجيو روميرو", "وترك روميرو"). Not a given name
    /// ("حسن" before "محمد حسن"), nor the name after بن or أبو ("محمد بن سعود", "أبو محمد").
    private func surnamesBeforeTheirNames(_ buffer: TokenBuffer, _ mentions: inout [ActorMention], _ candidates: CandidateNames) {
        // The one-word discovered names that may be surnames (token and mention), then the last
        // words of the persons' full names by hash, in the mentions' order (a dictionary, not a
        // loop over every pair: a page that is a dump of thousands of articles has thousands of
        // mentions).
        var singles: [(token: Int, mention: Int)] = []
        for a in mentions.indices {
            guard mentions[a].via == .discovered, let c = mentions[a].candidate,
                  case let key = candidates.keys[c].bytes, key[0] > ActorMatcher.placeKeyMark, !key.contains(0x20),
                  let ta = buffer.token(endingAt: mentions[a].byteEnd), buffer.infos[ta].byteStart == mentions[a].byteStart,
                  !self.token(buffer, ta, isIn: index.givenNames) else { continue }
            singles.append((ta, a))
        }
        guard !singles.isEmpty else { return }
        var lastWords: [UInt64: [(token: Int, mention: Int)]] = [:]
        for b in mentions.indices {
            let m = mentions[b]
            guard namesAPersonInFull(m, candidates) else { continue }
            // A name of two words or more, whose last word follows no بن or أبو (a father's
            // name: "محمد بن سعود", "أبو محمد").
            guard let tb = buffer.token(endingAt: m.byteEnd), tb > 0, buffer.infos[tb].byteStart > m.byteStart,
                  !self.token(buffer, tb - 1, isIn: index.lineageLinks), !self.token(buffer, tb - 1, isIn: index.kunyaLinks) else { continue }
            lastWords[buffer.hashes[tb], default: []].append((tb, b))
        }
        for (ta, a) in singles {
            guard let names = lastWords[buffer.hashes[ta]],
                  let (_, b) = names.first(where: { tb in buffer.withToken(ta, { u in buffer.withToken(tb.token) { $0.elementsEqual(u) } }) })
            else { continue }
            let m = mentions[b]
            mentions[a].candidate = m.candidate
            mentions[a].actor = m.actor
            if m.actor != nil { mentions[a].via = .alias }
            mentions[a].confident = m.confident
        }
    }

    /// The place's one-word name at token `i` (a word too: `ActorIndex.placesNamedByAWord`) is
    /// said to be a place's: by a noun before it (مدينة, محافظة, دولة, حكومة, شمال ...: "مدينة
    /// الخبر", "حكومة مالي"), by a place named right before it or after it in a list ("الدمام
    /// والخبر", "السودان - مالي", "مالي والنيجر"), by a nationality or عاصمة after it ("مشهد
    /// الإيرانية", "مشهد عاصمة الإقليم"); by إلى or نحو before it; when `afterPreposition`, also
    /// by في, من ... before it or ب on it ("في الخبر", "بالعيون").
    private func saysItIsAPlace(_ buffer: TokenBuffer, _ i: Int, afterPreposition: Bool, after previous: ActorMention?) -> Bool {
        let info = buffer.infos[i]
        func isPlace(_ actor: Int) -> Bool { index.actorTypes[actor] == .place }
        if let previous, let a = previous.actor, isPlace(a), previous.line == info.line, !info.followsBreak,
           info.byteStart - previous.byteEnd <= 4 { return true }
        if i + 1 < buffer.count, !buffer.infos[i + 1].followsBreak, buffer.infos[i + 1].line == info.line,
           buffer.infos[i + 1].byteStart - info.byteEnd <= 4, let (q, _) = gazetteerMatch(buffer, at: i + 1),
           isPlace(q.actor) || (index.actorTypes[q.actor] == .group && buffer.infos[i + 1].start - info.end <= 1) { return true }
        if i >= 1, !info.followsBreak, buffer.infos[i - 1].line == info.line, info.start - buffer.infos[i - 1].end <= 1 {
            if token(buffer, i - 1, isIn: index.placeContextNouns) { return true }
            if buffer.withToken(i - 1, { t in
                t.count >= 8 && (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81 || t[1] == 0x84) || t[0] == 0xD8 && t[1] == 0xA8)
                    && index.placeContextNouns.contains(UnsafeBufferPointer(rebasing: t[2...]))
            }) { return true }
            if token(buffer, i - 1, isIn: afterPreposition ? index.placePrepositions : index.placeDirections) { return true }
        }
        // "مشهد عاصمة الإقليم"
        if i + 1 < buffer.count, !buffer.infos[i + 1].followsBreak, buffer.infos[i + 1].line == info.line,
           buffer.infos[i + 1].start - info.end <= 1, token(buffer, i + 1, isIn: index.capitalNouns) {
            return true
        }
        // ب on the name ("بالخبر", "بمالي")
        return afterPreposition && buffer.withToken(i) { t in t.count >= 6 && t[0] == 0xD8 && t[1] == 0xA8 }
    }

    /// Mention `m` names a person: a known one, or a discovered name of two words or more that
    /// stands alone (`ActorMention.confident`), whose words may name him again.
    private func namesAPersonInFull(_ m: ActorMention, _ candidates: CandidateNames) -> Bool {
        if let c = m.candidate {
            let key = candidates.keys[c].bytes
            return m.confident && key[0] > ActorMatcher.placeKeyMark && key.contains(0x20)
        }
        if let p = m.actor { return index.actorTypes[p] == .person }
        return false
    }

    /// The latest person named before tokens `given` (a given name: one word, or two with عبد,
    /// أبو ...) whose name starts with that given name and goes on after it: a known person, or
    /// a discovered one of two words or more that stands alone (`ActorMention.confident`; not a
    /// phrase taken for a name, "فرانسيس يعدل"). The first word may carry و, ف, ب or ل. Looks at the
    /// last 64 mentions (a page that dumps many articles has thousands).
    private func personNamedBefore(byGivenName given: Range<Int>, _ buffer: TokenBuffer, _ mentions: [ActorMention],
                                   _ candidates: CandidateNames) -> ActorMention? {
        let byteStart = buffer.infos[given.lowerBound].byteStart
        for m in mentions.reversed().prefix(64) where m.byteEnd <= byteStart && namesAPersonInFull(m, candidates) {
            guard let t0 = buffer.token(startingAt: m.byteStart), t0 + given.count < buffer.count,
                  buffer.infos[t0 + given.count].byteEnd <= m.byteEnd else { continue }
            var same = true
            for d in 0..<given.count where same {
                same = buffer.withToken(t0 + d) { u in
                    buffer.withToken(given.lowerBound + d) { v in
                        if u.elementsEqual(v) { return true }
                        guard d == 0, u.count == v.count + 2, u[0] == 0xD9 && (u[1] == 0x88 || u[1] == 0x81 || u[1] == 0x84)
                                || u[0] == 0xD8 && u[1] == 0xA8 else { return false }
                        return UnsafeBufferPointer(rebasing: u[2...]).elementsEqual(v)
                    }
                }
            }
            if same { return m }
        }
        return nil
    }

    /// The masculine nationality at `k` names a person, not an adjective of the word before it:
    /// at a sentence's start, after a preposition, a verb, a comma or و ("للبرازيلي فريد", "وفاز
    /// الروسي كافلنيكوف", "، والبرتغالي تياغو"), not after a noun with ال ("الإعلام الإسرائيلي
    /// أنصف") or a noun with a pronoun ("شقه اللبناني"). The one word after it is then a name
    /// though no given name.
    private func nisbaStandsForAPerson(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard buffer.withToken(k, { $0[$0.count - 2] == 0xD9 && $0[$0.count - 1] == 0x8A }) else { return false }
        guard k >= 1, !buffer.infos[k].followsBreak, buffer.infos[k - 1].line == buffer.infos[k].line else { return true }
        return buffer.withToken(k - 1) { t in
            // (ال also after و ف ب ك ل: "وللشعب القطري دوام".)
            let definite = ActorMatcher.startsWithAl(t) || ActorMatcher.startsWithPrepositionAndArticle(t)
                || (t.count > 8 && t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81) && ActorMatcher.startsWithPrepositionAndArticle(t[2...]))
            return !definite && !ActorMatcher.endsInAPronoun(t) && !(t.count >= 4 && t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x87)
        }
    }

    /// `t` is ب, ل or ك before a word of the language, common or less common, that is no given
    /// name ("بذكرى"; "كروجر" is Kruger, not ك + روجر).
    private func isPrepositionBeforeALanguageWord(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= 8, ActorMatcher.startsWithPreposition(t) else { return false }
        let rest = UnsafeBufferPointer(rebasing: t[2...])
        let h = byteHash(rest.baseAddress!, rest.count)
        return (index.commonWords.contains(rest, hash: h) || index.lessCommonWords.contains(rest, hash: h))
            && !index.givenNames.contains(rest, hash: h)
    }

    /// `t` may be a foreign name standing alone: four letters or more; no participle in the
    /// accusative (م, a consonant, …ا: "محرزا", "متسائلا"; "ماريا", "مونيكا" are names), no
    /// participle in مت or مست of five letters or more ("متخصص"), no future tense (س before a
    /// word of the language: "سيعمل", "سيوقع").
    func mayBeAForeignName(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 8 else { return false }
        if t[0] == 0xD9 && t[1] == 0x85 {
            if t[n - 2] == 0xD8 && t[n - 1] == 0xA7,
               !(t[2] == 0xD8 && t[3] == 0xA7), !(t[2] == 0xD9 && (t[3] == 0x88 || t[3] == 0x8A)) { return false }
            if n >= 10, t[2] == 0xD8, t[3] == 0xAA || t[3] == 0xB3 { return false }
        }
        if t[0] == 0xD8 && t[1] == 0xB3, index.commonWords.contains(UnsafeBufferPointer(rebasing: t[2...])) { return false }
        // no preposition before a word of the language ("الرئيس التونسي بذكرى")
        if isPrepositionBeforeALanguageWord(t) { return false }
        // and letters like a foreign name's (`NameLetterModel`: not "دوام", "تعرقل")
        return (index.nameLetters.score(t) ?? -1) > -0.3
    }

    /// A name particle (دا, دي, فان ...) right before token `i`, in no mention, written as it is
    /// normalised when the text is known ("فإن" is فان once normalised: "فإن ميركل").
    private func particleBefore(_ buffer: TokenBuffer, _ i: Int, after previous: ActorMention?) -> Bool {
        guard i > 0 else { return false }
        let info = buffer.infos[i], before = buffer.infos[i - 1]
        guard !info.followsBreak, info.line == before.line, info.start - before.end <= 1,
              (previous?.byteEnd ?? 0) <= before.byteStart, token(buffer, i - 1, isIn: index.nameParticles),
              !buffer.withToken(i - 1, { $0.elementsEqual([0xD9, 0x84, 0xD8, 0xA7]) }) else { return false }  // not لا ("no")
        guard let text = buffer.text else { return !buffer.withToken(i - 1, { $0.starts(with: [0xD9, 0x81]) }) }  // not ف… unseen
        guard before.byteEnd <= text.count else { return false }
        return buffer.withToken(i - 1) { $0.elementsEqual(text[before.byteStart..<before.byteEnd]) }
    }

    /// Where a name found at token `start` begins: two tokens before when a name word and a link of
    /// lineage (بن, ابن, بنت, ولد) stand there, in no mention ("سليمان بن [موسى الكلاعي]": the
    /// father's name is the son's; not آل, a family).
    private func lineageStart(_ buffer: TokenBuffer, _ start: Int, after previous: ActorMention?) -> Int {
        guard start >= 2, token(buffer, start - 1, isIn: index.lineageLinks), adjacent(buffer, start), adjacent(buffer, start - 1),
              (previous?.byteEnd ?? 0) <= buffer.infos[start - 2].byteStart,
              !buffer.withToken(start - 1, { $0.count == 4 && $0[0] == 0xD8 && $0[1] == 0xA2 || $0.elementsEqual([0xD8, 0xA7, 0xD9, 0x84]) }),
              !buffer.infos[start - 2].isNumber else { return start }
        let nameWord = token(buffer, start - 2, isIn: index.givenNames) || token(buffer, start - 2, isIn: index.ambiguousGivenNames)
            || buffer.withToken(start - 2, { t in
                ActorMatcher.letters(t, from: 0) >= 3 && t[0] >= 0xD8 && t[0] <= 0xDB && !index.commonWords.contains(t)
                    && !index.notNames.contains(t) && !index.titleWords.contains(t) && !isNoName(t)
            })
        return nameWord ? start - 2 : start
    }

    /// Token `k` is the noun of a place named after someone (`ActorIndex.namedPlaceNouns`), with
    /// or without و, ف, ب, ل or ك ("ومعبر كرم أبو سالم", "بمدينة الصدر").
    private func isNamedPlaceNoun(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        buffer.withToken(k) { t in
            index.namedPlaceNouns.contains(t)
                || (t.count > 4 && (t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81 || t[1] == 0x84 || t[1] == 0x83) || t[0] == 0xD8 && t[1] == 0xA8)
                    && index.namedPlaceNouns.contains(UnsafeBufferPointer(rebasing: t[2...])))
        }
    }

    /// أبو or أبي right before the given name at token `i` (no proclitic on it), on its line, in
    /// no mention.
    private func kunyaBefore(_ buffer: TokenBuffer, _ i: Int, after previous: ActorMention?) -> Bool {
        let info = buffer.infos[i], before = buffer.infos[i - 1]
        guard !info.followsBreak, info.line == before.line, info.start - before.end <= 1,
              (previous?.byteEnd ?? 0) <= before.byteStart,
              // (with و, ف or ل on it: "لأبي خليل القباني"; not ب: "بابا" is a word)
              buffer.withToken(i - 1, { t in
                  index.kunyaLinks.contains(t)
                      || (t.count == 8 && t[0] == 0xD9 && (t[1] == 0x88 || t[1] == 0x81 || t[1] == 0x84)
                          && index.kunyaLinks.contains(UnsafeBufferPointer(rebasing: t[2...])))
              }),
              !buffer.withToken(i - 1, { $0.count == 4 && $0[2] == 0xD9 && $0[3] == 0x85 }) else { return false }  // أم
        return token(buffer, i, isIn: index.givenNames) || token(buffer, i, isIn: index.ambiguousGivenNames)
    }

    /// Token `k` is a nisba (ال, a word of three letters or more, ي) right after token `k - 1`
    /// on its line: a family name after a kunya ("أبو ياسر الجعفري"), even one the gazetteer
    /// knows for someone else; a nationality's too, a word as often ("أبو حمزة المصري", "أبو
    /// عبد الله التركي"), but no other word of the language ("أبو محمد الحالي").
    private func isNisbaAfterAName(_ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard k > 0, k < buffer.count, !buffer.infos[k].followsBreak, buffer.infos[k].line == buffer.infos[k - 1].line,
              buffer.infos[k].start - buffer.infos[k - 1].end <= 1,
              buffer.withToken(k, { t in
                  t.count >= 10 && ActorMatcher.startsWithAl(t) && t[t.count - 2] == 0xD9 && t[t.count - 1] == 0x8A
              }),
              !(k + 1 < buffer.count && token(buffer, k + 1, isIn: index.nisbaQualifiers)) else { return false }
        return !token(buffer, k, isIn: index.commonWords)
            || gazetteerMatch(buffer, at: k).map({ $0.1 == 1 && index.actorTypes[$0.0.actor] == .group }) == true
    }

    /// `coordinatedPerson` at token `i`, appended and `i` moved past it when found.
    private func appendCoordinatedPerson(_ buffer: TokenBuffer, at start: Int, _ mentions: inout [ActorMention],
                                         _ candidates: inout CandidateNames, _ shortForms: inout ShortForms, _ i: inout Int) -> Bool {
        guard let last = mentions.last, let (j, k, confident) = coordinatedPerson(buffer, at: start, after: last, candidates) else { return false }
        // The key without the و ("ومتعب" is متعب).
        var name = (j..<k).map { buffer.tokenBytes($0) }
        if j == start, name[0].count > 2 { name[0] = UnsafeBufferPointer(rebasing: name[0][2...]) }
        let key = candidates.number(of: candidateKey(name))
        mentions.append(ActorMatcher.mention(buffer, j, k - 1, actor: nil, candidate: key, via: .discovered, confident: confident))
        register(buffer, j..<k, actor: nil, candidate: key, &shortForms, givenName: confident)
        i = k
        return true
    }

    /// A person named in English at token `i` (a Latin-script word): after a title ("President",
    /// "Foreign Minister", "Mr.": the name's tokens, not confident) or from a given name ("John
    /// Smith": confident), one to three capitalised words in `text`, joined by single spaces or
    /// hyphens, with particles between them ("Ursula von der Leyen", "Nasser Bin Hamad Al
    /// Khalifa"). Not in the
    /// title line (headlines capitalise every word), and none where a known actor's name
    /// starts (matched on its own).
    private func englishName(_ buffer: TokenBuffer, at i: Int, _ text: UnsafeBufferPointer<UInt8>,
                             _ shortForms: ShortForms) -> (Int, Int, Bool)? {
        let e = index.english, infos = buffer.infos
        guard infos[i].line > 0 else { return nil }
        let hash = buffer.hashes[i]
        if let specs = buffer.withToken(i, { e.titles.value(hash: hash, bytes: $0) }) {
            for spec in specs where i + spec.count <= buffer.count {
                var ok = true
                for j in 1..<max(1, spec.count) where infos[i + j].followsBreak || !buffer.withToken(i + j, { $0.elementsEqual(spec[j]) }) {
                    ok = false
                    break
                }
                guard ok else { continue }
                let j = i + spec.count
                // "Mr. Smith": the full stop of an abbreviation ends no sentence.
                let stop = spec.count == 1 && infos[i].byteEnd + 1 < text.count && text[infos[i].byteEnd] == UInt8(ascii: ".")
                    && text[infos[i].byteEnd + 1] == 0x20 && token(buffer, i, isIn: e.abbreviations)
                let k = englishNameEnd(buffer, from: j, text, breakAtStart: stop)
                // "Mr. Carney" after "Mark Carney": the surname is the person named before (the
                // short form matches it on the next token), not a new one.
                if k == j + 1 && shortForms.contains(buffer.hashes[j]) { return nil }
                return k > j ? (j, k, false) : nil
            }
        }
        if token(buffer, i, isIn: e.givenNames), ActorMatcher.capitalised(buffer, i, text) {
            let k = englishNameEnd(buffer, from: i + 1, text, breakAtStart: false, afterGivenName: true)
            return k > i + 1 ? (i, k, true) : nil
        }
        return nil
    }

    /// Token `k` is the first word of the English name of `actor` ("bashar" of Bashar al-Assad).
    private func sharesGivenName(_ actor: Int, _ buffer: TokenBuffer, _ k: Int) -> Bool {
        guard let english = index.actors[actor].nameEn, let first = ActorIndex.words(english).first else { return false }
        return buffer.withToken(k) { $0.elementsEqual(first.lowercased().utf8) }
    }

    /// Token `k` starts with a capital letter (A–Z) in `text`.
    @inline(__always)
    private static func capitalised(_ buffer: TokenBuffer, _ k: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = buffer.infos[k].byteStart
        return b < text.count && text[b] >= 0x41 && text[b] <= 0x5A
    }

    /// The end of an English name from token `j`: up to three capitalised words (see `englishName`);
    /// `j` itself when none, or when a known actor's name starts at `j`.
    private func englishNameEnd(_ buffer: TokenBuffer, from j: Int, _ text: UnsafeBufferPointer<UInt8>, breakAtStart: Bool,
                                afterGivenName: Bool = false) -> Int {
        let e = index.english, infos = buffer.infos
        guard j > 0, j < buffer.count else { return j }
        var k = j, words = 0, end = j
        var afterStop = breakAtStart  // after "Mr." or an initial ("Edward O. Wilson")
        while k < buffer.count && words < 3 {
            let info = infos[k], previous = infos[k - 1]
            if info.line != previous.line || (info.followsBreak && !afterStop) { break }
            // One space or hyphen between the words ("Smith, Jones" is two people, "Max: Fury"
            // no one), or ". " after an abbreviation or an initial.
            let gap = info.byteStart - previous.byteEnd
            if afterStop {
                guard gap == 2, text[previous.byteEnd] == UInt8(ascii: "."), text[previous.byteEnd + 1] == 0x20 else { break }
            } else {
                guard gap == 1, text[previous.byteEnd] == 0x20 || text[previous.byteEnd] == 0x2D else { break }
            }
            afterStop = false
            guard buffer.withToken(k, { $0[0] < 0x80 }) else { break }
            if k > j, token(buffer, k, isIn: e.particles) {
                k += 1  // a particle (von, bin, Al): the name goes on after it, never ends with it
                continue
            }
            guard ActorMatcher.capitalised(buffer, k, text), !token(buffer, k, isIn: e.notNameWords) else { break }
            if info.byteEnd - info.byteStart == 1, info.byteEnd + 1 < text.count,
               text[info.byteEnd] == UInt8(ascii: "."), text[info.byteEnd + 1] == 0x20 {
                k += 1  // an initial: the name goes on after it, never ends with it
                afterStop = true
                continue
            }
            if let (p, length) = gazetteerMatch(buffer, at: k) {
                // A known person's surname alone inside a capitalised name is this name's word
                // ("Mario Abdo Benitez" is not Rafa Benítez; "Omar Barghouti" not Marwan), also
                // right after a given name that is not the known person's ("Bashar Assad" is
                // Bashar al-Assad); any other known name ends the name, or is matched on its own.
                let surname = length == 1 && index.actorTypes[p.actor] == .person
                if k == j {
                    guard afterGivenName, surname, !sharesGivenName(p.actor, buffer, j - 1) else { return j }
                } else if !surname {
                    break
                }
            }
            k += 1
            words += 1
            end = k
        }
        return end
    }

    /// This matcher without discovery (the one for tags).
    var withoutDiscovery: ActorMatcher {
        var plain = self
        plain.discover = false
        return plain
    }

    /// Actors named in tags (metadata mentions): each tag string matched on its own, with the
    /// surface as written in the tag (offsets are within the tag); `buffer` is kept by the
    /// caller across documents. The matcher for tags is this one without discovery: a copy, not
    /// a new matcher (building one hashes the whole gazetteer: it took 70% of `report` on pages
    /// with tags when made for each page); a caller with many documents keeps that copy
    /// (`withoutDiscovery`), or each call makes one.
    func matchTags(_ tags: [String], tokenizer: Tokenizer, buffer: inout TokenBuffer) -> [(mention: ActorMention, surface: String)] {
        guard !tags.isEmpty else { return [] }
        if discover { return withoutDiscovery.matchTags(tags, tokenizer: tokenizer, buffer: &buffer) }
        var mentions: [(ActorMention, String)] = []
        var none = CandidateNames()  // no discovery in tags: stays empty
        for tag in tags {
            buffer.reset()
            var bytes = Array(tag.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { tokenizer.tokenize(UnsafeBufferPointer($0), into: &buffer) }
            let scalars = Array(tag.unicodeScalars)
            for var m in match(buffer, candidates: &none) where m.actor != nil {
                m.via = .tag
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[min(m.start, scalars.count)..<min(m.end, scalars.count)])
                mentions.append((m, String(v)))
            }
        }
        return mentions
    }
}

/// One form of a token to look up in the gazetteer: the token's bytes from `start` (after the
/// proclitics stripped), with ال in front when `withAl` (لل read as ل + ال), and their `byteHash`.
struct LookupForm {
    var start: Int
    var withAl: Bool
    var hash: UInt64

    /// Whether `key` is this form of token `t` (compared in place).
    @inline(__always)
    func matches(_ key: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count - start
        if withAl {
            guard key.count == n + 4, key[0] == 0xD8, key[1] == 0xA7, key[2] == 0xD9, key[3] == 0x84 else { return false }
            return bytesEqual(key.baseAddress! + 4, t.baseAddress! + start, n)
        }
        return key.count == n && bytesEqual(key.baseAddress!, t.baseAddress! + start, n)
    }
}

/// The forms of one token, at most six (the token and the token without و/ف, each also without
/// ب/ل/ك and with لل read as ال), stored inline in SIMD registers: a token's forms cost no
/// allocation and no copy through memory.
struct LookupForms {
    private var hashes = SIMD8<UInt64>()
    /// Start of each form; bit 7: with ال in front.
    private var starts = SIMD8<UInt8>()
    private(set) var count = 0
    /// What the forms may start, together (`ActorMatcher.firstRoles`; 0 for a form that is
    /// only a short form).
    private(set) var roles: UInt8 = 0

    @inline(__always)
    mutating func append(_ form: LookupForm, roles: UInt8 = 0) {
        precondition(count < 6)
        hashes[count] = form.hash
        starts[count] = UInt8(form.start) | (form.withAl ? 0x80 : 0)
        count += 1
        self.roles |= roles
    }

    @inline(__always)
    subscript(k: Int) -> LookupForm {
        LookupForm(start: Int(starts[k] & 0x7F), withAl: starts[k] & 0x80 != 0, hash: hashes[k])
    }
}
