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

    /// Calls `body` with the symbols of `word` (normalised UTF-8) from the start to the end, in
    /// order; false (and no call) when it is empty or holds anything but Arabic letters. (No
    /// array per word: the tables are built from 30,000 words at every start of an actor run.)
    @inline(__always)
    private static func forEachSymbol(_ word: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) -> Bool {
        guard !word.isEmpty, word.count % 2 == 0 else { return false }
        var k = 0
        while k < word.count {
            let b0 = word[k]
            guard b0 & 0xE0 == 0xC0 else { return false }
            let cp = (Int(b0 & 0x1F) << 6) | Int(word[k + 1] & 0x3F)
            guard cp >= 0x0621 && cp <= 0x064A else { return false }
            k += 2
        }
        body(start)
        k = 0
        while k < word.count {
            body(((Int(word[k] & 0x1F) << 6) | Int(word[k + 1] & 0x3F)) - 0x0621 + 1)
            k += 2
        }
        body(end)
        return true
    }

    /// Counts every word of Arabic letters once (`names` distinct, `words` distinct); both as
    /// normalised UTF-8. Words of other letters (the gazetteer's English names) are left out.
    init(names: [[UInt8]], words: [[UInt8]]) {
        let n = NameLetterModel.symbols
        func counts(_ list: [[UInt8]]) -> ([Int32], [Int32], [Int32], Int) {
            var u = [Int32](repeating: 0, count: n), b = [Int32](repeating: 0, count: n * n)
            var t = [Int32](repeating: 0, count: n * n * n), total = 0
            for w in list {
                var a = -1, c = -1
                _ = w.withUnsafeBufferPointer { word in
                    NameLetterModel.forEachSymbol(word) { x in
                        u[x] += 1
                        total += 1
                        if c >= 0 { b[c * n + x] += 1; total += 1 }
                        if a >= 0 { t[(a * n + c) * n + x] += 1; total += 1 }
                        a = c
                        c = x
                    }
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
        let unseen = qDenominator - pDenominator
        func ratios(_ p: [Int32], _ q: [Int32]) -> [Float] {
            // (the log of ½ cancels out where neither set has the n-gram: most trigrams)
            p.indices.map { k in
                p[k] == 0 && q[k] == 0 ? unseen : (log(Float(p[k]) + 0.5) - pDenominator) - (log(Float(q[k]) + 0.5) - qDenominator)
            }
        }
        unigrams = ratios(pu, qu)
        bigrams = ratios(pb, qb)
        trigrams = ratios(pt, qt)
    }

    /// The word's score per letter (above 0: more like a name of the gazetteer's foreigners than a
    /// word of the language); nil when it holds anything but Arabic letters.
    func score(_ word: UnsafeBufferPointer<UInt8>) -> Float? {
        let n = NameLetterModel.symbols
        var total: Float = 0, a = -1, c = -1, symbols = 0
        let arabic = NameLetterModel.forEachSymbol(word) { x in
            total += unigrams[x]
            if c >= 0 { total += bigrams[c * n + x] }
            if a >= 0 { total += trigrams[(a * n + c) * n + x] }
            a = c
            c = x
            symbols += 1
        }
        return arabic ? total / Float(symbols - 2) : nil
    }
}

import Foundation
