/// One row of the terms report.
public struct TermRow: Sendable, Equatable {
    /// The normalised term (n-grams: tokens joined by one space).
    public var term: String
    /// Occurrences in the corpus.
    public var count: UInt64
    /// Documents that contain the term.
    public var docs: UInt64
}

/// The merged term statistics of a run: every distinct term with its counts.
public final class TermCounts {
    var table: TermTable
    /// The n-gram size counted.
    public let ngram: Int
    /// Tokens seen in all documents (before any filter).
    public let tokens: Int

    init(table: TermTable, ngram: Int, tokens: Int) {
        self.table = table
        self.ngram = ngram
        self.tokens = tokens
    }

    deinit { table.deallocate() }

    /// Distinct terms counted (before filtering).
    public var distinctTerms: Int { table.count }

    /// Bytes the table holds.
    public var memoryBytes: Int { table.memoryBytes }

    /// The report's rows: filtered (unigrams only: n-grams were filtered while counted), at
    /// least `minCount` occurrences, sorted by count descending then term in code point order
    /// (UTF-8 byte order is code point order), at most `top` rows.
    public func rows(filter: TermFilter, minCount: UInt64 = 1, top: Int? = nil) -> [TermRow] {
        let t = table
        var selected: [Int] = []
        selected.reserveCapacity(t.count)
        for i in 0..<t.count where t.count(i) >= minCount {
            if ngram == 1 && !filter.keeps(t.key(i), isNumber: t.isNumber(i)) { continue }
            selected.append(i)
        }
        selected.sort { a, b in
            let ca = t.count(a), cb = t.count(b)
            if ca != cb { return ca > cb }
            let ka = t.key(a), kb = t.key(b)
            let c = memcmp(ka.baseAddress!, kb.baseAddress!, min(ka.count, kb.count))
            if c != 0 { return c < 0 }
            return ka.count < kb.count
        }
        if let top, selected.count > top { selected.removeSubrange(top...) }
        return selected.map { i in
            TermRow(term: String(decoding: t.key(i), as: UTF8.self), count: t.count(i), docs: t.docs(i))
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
