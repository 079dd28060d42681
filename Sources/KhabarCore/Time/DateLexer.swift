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
