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

/// Splits a written date into numbers, normalised words and symbols, with the position
/// (in `Character`s of the input) where each token starts and ends.
enum DateLexer {
    struct Located: Equatable, Sendable {
        var token: DateToken
        var start: Int
        var end: Int
    }

    static func lex(_ text: String) -> [Located] {
        var out: [Located] = []
        var word = ""
        var wordStart = 0
        var number = 0, digits = 0, numberStart = 0
        var position = 0
        func flushWord(_ end: Int) {
            if !word.isEmpty { out.append(Located(token: .word(word), start: wordStart, end: end)); word = "" }
        }
        func flushNumber(_ end: Int) {
            if digits > 0 {
                out.append(Located(token: .number(digits > 18 ? Int.max : number, digits: digits), start: numberStart, end: end))
                number = 0; digits = 0
            }
        }
        for ch in text {
            defer { position += 1 }
            let scalars = ch.unicodeScalars
            let first = scalars.first!
            if let value = first.properties.numericType == .decimal ? Int(first.properties.numericValue ?? -1) : nil,
               scalars.count == 1, value >= 0 {
                flushWord(position)
                if digits == 0 { numberStart = position }
                if digits < 19 { number = number * 10 + value }
                digits += 1
                continue
            }
            flushNumber(position)
            if ch.isLetter || first.properties.generalCategory == .nonspacingMark {
                if word.isEmpty { wordStart = position }
                for s in scalars {
                    switch s.value {
                    case 0x064B...0x065F, 0x0670, 0x0640, 0x0610...0x061A: continue
                    case 0x0622, 0x0623, 0x0625, 0x0671: word.unicodeScalars.append("\u{0627}")
                    case 0x0649: word.unicodeScalars.append("\u{064A}")
                    default: word += String(s).lowercased()
                    }
                }
                continue
            }
            if ch == "\u{0640}" { continue }  // tatweel between letters
            flushWord(position)
            if ch.isWhitespace || TextProfile.isInvisible(first.value) { continue }
            out.append(Located(token: .symbol(ch), start: position, end: position + 1))
        }
        flushWord(position)
        flushNumber(position)
        return out
    }
}
