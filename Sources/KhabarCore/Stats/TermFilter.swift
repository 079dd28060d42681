/// Which terms a report keeps: stopwords, numbers and very short tokens are dropped.
/// Filtering never changes what is counted for the kept terms.
public struct TermFilter: Sendable, Equatable {
    /// Normalised stopwords (text profile applied), as UTF-8 bytes.
    public var stopwords: Set<[UInt8]> {
        didSet { stopwordHashes = TermFilter.hashes(stopwords) }
    }
    /// Byte hashes of the stopwords: n-grams are filtered per token, and most tokens are ruled
    /// out here without making an Array of them for the Set (nil: no stopwords).
    private var stopwordHashes: HashFilter?
    /// Keep tokens made of digits only (`--numbers`).
    public var keepNumbers: Bool
    /// Drop tokens shorter than this many characters (Unicode scalars).
    public var minLength: Int

    public init(stopwords: Set<[UInt8]> = [], keepNumbers: Bool = false, minLength: Int = 2) {
        self.stopwords = stopwords
        self.keepNumbers = keepNumbers
        self.minLength = minLength
        self.stopwordHashes = TermFilter.hashes(stopwords)
    }

    private static func hashes(_ words: Set<[UInt8]>) -> HashFilter? {
        words.isEmpty ? nil : HashFilter(words.map { w in w.withUnsafeBufferPointer { byteHash($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) } })
    }

    public static func == (a: TermFilter, b: TermFilter) -> Bool {
        a.stopwords == b.stopwords && a.keepNumbers == b.keepNumbers && a.minLength == b.minLength
    }

    /// Keeps everything: the raw profile output.
    public static let none = TermFilter(stopwords: [], keepNumbers: true, minLength: 1)

    @inline(__always)
    public func keeps(_ token: UnsafeBufferPointer<UInt8>, isNumber: Bool) -> Bool {
        if isNumber && !keepNumbers { return false }
        if minLength > 1 {
            var scalars = 0
            for b in token where b & 0xC0 != 0x80 { scalars += 1 }
            if scalars < minLength { return false }
        }
        if let hashes = stopwordHashes, hashes.contains(byteHash(token.baseAddress ?? UnsafePointer(bitPattern: 1)!, token.count)),
           stopwords.contains(Array(token)) { return false }
        return true
    }
}
