/// How much a word's letters look like a foreign name written in Arabic rather than a word of
/// the language: a naive Bayes score on its letter n-grams (one to three letters, with the word's
/// start and end), learned when the index is built from what the binary already holds: the
/// common words (ANT's words of the language) against the words of the gazetteer's people of
/// non-Arab countries and the given names of other languages. "لندنشتراوس", "سلفستري", "كيتا"
/// score high; "صرحت", "محاكمة", "استنادا" (verbs, nouns, adverbs that a title or a verb of saying
/// put where a name could be) low.
///
/// The matcher reports a discovered name named once when its words that are no known given
/// names all score so (`ActorMatcher.looksLikeAForeignName`): on the NER gold corpora that kept
/// 4 right names in 5 among the names that would otherwise have needed a second document.
///
/// The tables are dense arrays indexed by letter numbers (45 symbols: the start, the 42 Arabic
/// letters U+0621–U+064A, the end, anything else), built in a few milliseconds; a dictionary of
/// n-gram strings cost more to build than the rest of the index.
struct NameLetterModel: Sendable {
    private static let symbols = 45
    private static let start = 0, end = 43, other = 44
    /// Log-likelihood ratio (names against words) of each n-gram, by its symbols in base 45.
    private let unigrams: [Float]
    private let bigrams: [Float]
    private let trigrams: [Float]

    /// The symbols of `word` (normalised UTF-8) between the start and the end; nil for an empty word.
    private static func symbols(_ word: UnsafeBufferPointer<UInt8>) -> [Int]? {
        guard !word.isEmpty else { return nil }
        var out = [start]
        out.reserveCapacity(word.count / 2 + 2)
        var k = 0
        while k < word.count {
            let b0 = word[k]
            if b0 & 0xE0 == 0xC0, k + 1 < word.count {
                let cp = (Int(b0 & 0x1F) << 6) | Int(word[k + 1] & 0x3F)
                out.append(cp >= 0x0621 && cp <= 0x064A ? cp - 0x0621 + 1 : other)
                k += 2
            } else {
                out.append(other)
                k += b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 1
            }
        }
        out.append(end)
        return out
    }

    /// Counts every word of Arabic letters once; `names` and `words` as normalised UTF-8.
    init(names: Set<[UInt8]>, words: Set<[UInt8]>) {
        let n = NameLetterModel.symbols
        func counts(_ set: Set<[UInt8]>) -> ([Int32], [Int32], [Int32], Int) {
            var u = [Int32](repeating: 0, count: n), b = [Int32](repeating: 0, count: n * n)
            var t = [Int32](repeating: 0, count: n * n * n), total = 0
            for w in set {
                // (Arabic words only: the gazetteer's English names are not counted.)
                guard let s = w.withUnsafeBufferPointer({ NameLetterModel.symbols($0) }), !s.contains(NameLetterModel.other) else { continue }
                for k in s.indices {
                    u[s[k]] += 1
                    total += 1
                    if k + 1 < s.count { b[s[k] * n + s[k + 1]] += 1; total += 1 }
                    if k + 2 < s.count { t[(s[k] * n + s[k + 1]) * n + s[k + 2]] += 1; total += 1 }
                }
            }
            return (u, b, t, total)
        }
        let (pu, pb, pt, pTotal) = counts(names)
        let (qu, qb, qt, qTotal) = counts(words)
        // Add-½ smoothing over the n-grams seen in either set.
        var seen = 0
        for (p, q) in [(pu, qu), (pb, qb), (pt, qt)] {
            for k in p.indices where p[k] > 0 || q[k] > 0 { seen += 1 }
        }
        let pDenominator = log(Float(pTotal) + 0.5 * Float(seen)), qDenominator = log(Float(qTotal) + 0.5 * Float(seen))
        func ratios(_ p: [Int32], _ q: [Int32]) -> [Float] {
            p.indices.map { k in (log(Float(p[k]) + 0.5) - pDenominator) - (log(Float(q[k]) + 0.5) - qDenominator) }
        }
        unigrams = ratios(pu, qu)
        bigrams = ratios(pb, qb)
        trigrams = ratios(pt, qt)
    }

    /// The word's score per letter (above 0: more like a name of the gazetteer's foreigners than a
    /// word of the language); nil when it holds anything but Arabic letters.
    func score(_ word: UnsafeBufferPointer<UInt8>) -> Float? {
        guard let s = NameLetterModel.symbols(word), !s.contains(NameLetterModel.other) else { return nil }
        let n = NameLetterModel.symbols
        var total: Float = 0
        for k in s.indices {
            total += unigrams[s[k]]
            if k + 1 < s.count { total += bigrams[s[k] * n + s[k + 1]] }
            if k + 2 < s.count { total += trigrams[(s[k] * n + s[k + 1]) * n + s[k + 2]] }
        }
        return total / Float(s.count - 2)
    }
}

import Foundation
