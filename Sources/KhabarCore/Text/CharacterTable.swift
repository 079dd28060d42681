import Foundation

/// The text profile compiled into one 64-bit entry per BMP code point, so that the tokenizer
/// decides everything about a character with a single load (written by hand because it is the
/// hot path: ~200 MB of text per second per core is the goal).
///
/// Entry layout:
/// - bits 0–2: what the character is (`Kind`);
/// - bit 3: a sentence break (separators only);
/// - bit 4: NFC-sensitive outside the Arabic handling: a document holding one takes the slow path;
/// - bit 5: a non-starter (canonical combining class ≠ 0);
/// - bit 6: combining class 230 (blocks a later hamza above from composing);
/// - bit 7: U+0654 hamza above;
/// - bit 8: a starter that composes with U+0654 (و ي ە ہ ے);
/// - bit 9: the output is in the side table (multi-scalar lowercase, e.g. İ);
/// - bits 16–18: output length in bytes (0: deleted);
/// - bits 32–55: the output bytes (UTF-8 of the folded, lowercased character).
final class CharacterTable: Sendable {
    enum Kind: UInt64 {
        case separator = 0, letter = 1, digit = 2, invisible = 3, presentation = 4
    }

    static let kindMask: UInt64 = 7
    static let sentenceBreak: UInt64 = 1 << 3
    static let nfcSensitive: UInt64 = 1 << 4
    static let nonStarter: UInt64 = 1 << 5
    static let ccc230: UInt64 = 1 << 6
    static let hamzaAbove: UInt64 = 1 << 7
    static let composesWithHamza: UInt64 = 1 << 8
    static let sideTable: UInt64 = 1 << 9

    let profile: TextProfile
    /// 65,536 entries. Immutable after init; a plain array gives the optimizer a stable buffer.
    let entries: [UInt64]
    /// Presentation form → its NFKC code points.
    let presentation: [UInt32: [UInt32]]
    /// Output bytes of characters whose lowercase is several scalars.
    let multiOutput: [UInt32: [UInt8]]
    /// The non-starters that compose with a preceding character (NFC).
    let composingNonStarters: Set<UInt32>
    /// Whether the tokenizer may take words of plain Arabic letters sixteen bytes at a time
    /// (`khabar_plain_arabic_run` in CText): 0 no, 1 yes with ة plain, 2 yes with ة folded.
    /// Decided from the entries (`plainArabicMode(_:)`): a profile that changed one of those
    /// letters turns the word step off rather than changes the tokens.
    let plainArabicMode: Int32

    init(profile: TextProfile) {
        self.profile = profile
        var presentation: [UInt32: [UInt32]] = [:]
        let flat = UnicodeTables.presentationFormNFKC
        var i = 0
        while i < flat.count {
            let cp = flat[i], n = Int(flat[i + 1])
            presentation[cp] = Array(flat[(i + 2)..<(i + 2 + n)])
            i += 2 + n
        }
        self.presentation = presentation
        let composing = Set(UnicodeTables.composingNonStarters)
        self.composingNonStarters = composing
        // 65,536 entries from Unicode properties (~2,000 instructions each): built in 8 chunks on
        // the cores, because every command pays for it before its first document.
        let chunks = 8, chunkSize = 0x10000 / chunks
        let extras = LockedBox([UInt32: [UInt8]]())
        var entries = [UInt64](repeating: 0, count: 0x10000)
        entries.withUnsafeMutableBufferPointer { buffer in
            let out = SendablePointer(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var multi: [UInt32: [UInt8]] = [:]
                for cp in UInt32(chunk * chunkSize)..<UInt32((chunk + 1) * chunkSize) {
                    let (entry, extra) = CharacterTable.makeEntry(cp, profile: profile, composing: composing)
                    out.pointer[Int(cp)] = entry  // each chunk writes its own range
                    if let extra { multi[cp] = extra }
                }
                extras.withValue { $0.merge(multi) { a, _ in a } }
            }
        }
        self.entries = entries
        self.multiOutput = extras.withValue { $0 }
        self.plainArabicMode = CharacterTable.plainArabicMode(entries)
    }

    /// The letters `khabar_plain_arabic_run` takes as they are (ة last: the one a profile folds).
    static let plainArabicLetters: [UInt32] = [0x0621, 0x0624] + (0x0626...0x063A).filter { $0 != 0x0629 }
        + Array(0x0641...0x0648) + [0x064A, 0x0629]

    /// 1 when every plain letter is a letter starter whose output is itself, needs no exact NFC
    /// and does not compose with anything but a hamza above (a word is taken whole only when a
    /// separator follows it, so nothing composes with it); 2 when all but ة are; 0 otherwise.
    static func plainArabicMode(_ entries: [UInt64]) -> Int32 {
        func plain(_ cp: UInt32) -> Bool {
            let entry = entries[Int(cp)]
            let utf8 = UInt64(0xC0 | cp >> 6) | UInt64(0x80 | cp & 0x3F) << 8
            return entry & (kindMask | nonStarter | sideTable | nfcSensitive) == Kind.letter.rawValue
                && (entry >> 16) & 7 == 2 && (entry >> 32) & 0xFF_FFFF == utf8
        }
        guard plainArabicLetters.dropLast().allSatisfy(plain) else { return 0 }
        return plain(0x0629) ? 1 : 2
    }

    /// The entry of a code point outside the BMP (computed on demand: rare in news text).
    func supplementaryEntry(_ cp: UInt32) -> (UInt64, [UInt8]?) {
        CharacterTable.makeEntry(cp, profile: profile, composing: composingNonStarters)
    }

    static func makeEntry(_ cp: UInt32, profile: TextProfile, composing: Set<UInt32>) -> (UInt64, [UInt8]?) {
        if let entry = blockEntry(cp) { return (entry, nil) }
        return entryFromProperties(cp, profile: profile, composing: composing)
    }

    /// The entry of a code point in one of the large uniform blocks, without asking the Unicode
    /// tables: the CJK unified ideographs (U+3400–U+4DBF, U+4E00–U+9FFF) and the Hangul
    /// syllables (U+AC00–U+D7A3) are letters, starters that no mark composes with, with no
    /// case and no fold, their output themselves; the private use area (U+E000–U+F8FF) is
    /// separators. Together 70% of the BMP: their property lookups were ~60% of the table's
    /// start-up, which every command pays for before its first document. `CharacterTableTests`
    /// checks every one against `entryFromProperties`.
    @inline(__always)
    static func blockEntry(_ cp: UInt32) -> UInt64? {
        if (0xE000...0xF8FF).contains(cp) { return Kind.separator.rawValue }
        guard (0x3400...0x4DBF).contains(cp) || (0x4E00...0x9FFF).contains(cp) || (0xAC00...0xD7A3).contains(cp) else { return nil }
        let utf8 = UInt64(0xE0 | cp >> 12) | UInt64(0x80 | (cp >> 6) & 0x3F) << 8 | UInt64(0x80 | cp & 0x3F) << 16
        return Kind.letter.rawValue | 3 << 16 | utf8 << 32
    }

    /// A code point's entry from its Unicode properties (and the profile's folds).
    static func entryFromProperties(_ cp: UInt32, profile: TextProfile, composing: Set<UInt32>) -> (UInt64, [UInt8]?) {
        guard let scalar = Unicode.Scalar(cp) else {
            return (Kind.separator.rawValue, nil)  // surrogates: never decoded from valid UTF-8
        }
        if TextProfile.isInvisible(cp) { return (Kind.invisible.rawValue, nil) }
        if TextProfile.isPresentationForm(cp), presentationKeys.contains(cp) {
            return (Kind.presentation.rawValue, nil)
        }
        let props = scalar.properties
        var entry: UInt64 = 0
        let kind: Kind
        switch props.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            kind = .letter
        case .decimalNumber:
            kind = .digit
        default:
            kind = .separator
        }
        entry |= kind.rawValue
        let ccc = props.canonicalCombiningClass.rawValue
        let arabicHandled = TextProfile.isDeletedMark(cp)
        if ccc != 0 {
            entry |= nonStarter
            if ccc == 230 { entry |= ccc230 }
            if !arabicHandled { entry |= nfcSensitive }
        }
        if props.isFullCompositionExclusion || composing.contains(cp) { entry |= nfcSensitive }
        if cp == 0x0654 { entry |= hamzaAbove }
        switch cp {
        case 0x0648, 0x064A, 0x06D5, 0x06C1, 0x06D2: entry |= composesWithHamza
        default: break
        }
        if kind == .separator {
            if TextProfile.isSentenceBreak(cp) { entry |= sentenceBreak }
            return (entry, nil)
        }
        // Output: deleted, folded, lowercased.
        if TextProfile.isDeletedMark(cp) { return (entry, nil) }  // length 0
        let folded = profile.fold(cp) ?? cp
        let f = Unicode.Scalar(folded)!
        if !f.properties.changesWhenLowercased {
            // The character itself (most letters): its UTF-8, without a String.
            var utf8: UInt64 = 0, length: UInt64 = 0
            for b in UTF8.encode(f)! { utf8 |= UInt64(b) << (8 * length); length += 1 }
            if length > 3 { return (entry | sideTable, Array(String(f).utf8)) }
            return (entry | length << 16 | utf8 << 32, nil)
        }
        let lower = f.properties.lowercaseMapping
        let bytes = Array(lower.utf8)
        if bytes.count > 3 || lower.unicodeScalars.count > 1 {
            entry |= sideTable
            return (entry, bytes)
        }
        entry |= UInt64(bytes.count) << 16
        for (k, b) in bytes.enumerated() { entry |= UInt64(b) << (32 + 8 * UInt64(k)) }
        return (entry, nil)
    }

    /// The code points that the presentation-form table maps.
    static let presentationKeys: Set<UInt32> = {
        var keys = Set<UInt32>()
        let flat = UnicodeTables.presentationFormNFKC
        var i = 0
        while i < flat.count {
            keys.insert(flat[i])
            i += 2 + Int(flat[i + 1])
        }
        return keys
    }()

    /// The table of each profile, built once per process (~10 ms).
    static let v1 = CharacterTable(profile: .v1)
    static let v1FoldTeh = CharacterTable(profile: TextProfile(foldTehMarbuta: true))

    static func forProfile(_ profile: TextProfile) -> CharacterTable {
        profile.foldTehMarbuta ? v1FoldTeh : v1
    }
}


/// A raw pointer handed to the chunks of a `concurrentPerform`. `@unchecked Sendable`: each chunk
/// writes a disjoint range of the buffer, and the buffer outlives the call.
private struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<UInt64>
    init(_ pointer: UnsafeMutablePointer<UInt64>) { self.pointer = pointer }
}
