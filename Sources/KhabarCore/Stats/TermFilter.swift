/// Which terms a report keeps: stopwords, numbers and very short tokens are dropped.
/// Filtering never changes what is counted for the kept terms.
public struct TermFilter: Sendable, Equatable {
    /// Normalised stopwords (text profile applied), as UTF-8 bytes.
    public var stopwords: Set<[UInt8]> {
        didSet { stopwordTable = TermFilter.table(stopwords) }
    }
    /// The stopwords by byte hash: n-grams are filtered per token, and a token is looked up on
    /// its bytes, without an Array and a SipHash per token (stopwords are the most frequent
    /// tokens, so most lookups find one). Nil: no stopwords.
    private var stopwordTable: (filter: HashFilter, words: ByteKeyMap<Bool>)?
    /// Keep tokens made of digits only (`--numbers`).
    public var keepNumbers: Bool
    /// Drop tokens shorter than this many characters (Unicode scalars).
    public var minLength: Int

    public init(stopwords: Set<[UInt8]> = [], keepNumbers: Bool = false, minLength: Int = 2) {
        self.stopwords = stopwords
        self.keepNumbers = keepNumbers
        self.minLength = minLength
        self.stopwordTable = TermFilter.table(stopwords)
    }

    private static func table(_ words: Set<[UInt8]>) -> (filter: HashFilter, words: ByteKeyMap<Bool>)? {
        guard !words.isEmpty else { return nil }
        let keys = words.map { ByteKey($0) }
        return (HashFilter(keys.map(\.hash)), ByteKeyMap(Dictionary(uniqueKeysWithValues: keys.map { ($0, true) })))
    }

    public static func == (a: TermFilter, b: TermFilter) -> Bool {
        a.stopwords == b.stopwords && a.keepNumbers == b.keepNumbers && a.minLength == b.minLength
    }

    /// Keeps everything: the raw profile output.
    public static let none = TermFilter(stopwords: [], keepNumbers: true, minLength: 1)

    @inline(__always)
    public func keeps(_ token: UnsafeBufferPointer<UInt8>, isNumber: Bool) -> Bool {
        if isNumber && !keepNumbers { return false }
        // A scalar is at most 4 bytes: a token of 4 × minLength bytes or more is long enough.
        if minLength > 1 && token.count < 4 * minLength {
            var scalars = 0
            for b in token where b & 0xC0 != 0x80 { scalars += 1 }
            if scalars < minLength { return false }
        }
        if let table = stopwordTable {
            let h = byteHash(token.baseAddress ?? UnsafePointer(bitPattern: 1)!, token.count)
            if table.filter.contains(h), table.words.contains(hash: h, bytes: token) { return false }
        }
        return true
    }
}
