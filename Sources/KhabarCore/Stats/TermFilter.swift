/// Which terms a report keeps: stopwords, numbers and very short tokens are dropped.
/// Filtering never changes what is counted for the kept terms.
public struct TermFilter: Sendable, Equatable {
    /// Normalised stopwords (text profile applied), as UTF-8 bytes.
    public var stopwords: Set<[UInt8]>
    /// Keep tokens made of digits only (`--numbers`).
    public var keepNumbers: Bool
    /// Drop tokens shorter than this many characters (Unicode scalars).
    public var minLength: Int

    public init(stopwords: Set<[UInt8]> = [], keepNumbers: Bool = false, minLength: Int = 2) {
        self.stopwords = stopwords
        self.keepNumbers = keepNumbers
        self.minLength = minLength
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
        if !stopwords.isEmpty && stopwords.contains(Array(token)) { return false }
        return true
    }
}
