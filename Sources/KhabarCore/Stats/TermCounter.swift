/// Counts the tokens of documents into a `TermTable`: unigrams, or n-grams (n = 2, 3) that
/// never span a sentence break or a line end and in which every token passes the filter.
///
/// One counter per worker; unigrams are counted unfiltered (the filter is applied once per
/// distinct term when the report is written), n-grams are filtered as they are formed.
struct TermCounter: TokenSink, Sendable {
    var table: TermTable
    let ngram: Int
    let filter: TermFilter
    /// Tokens seen (all of them, filtered or not).
    var tokens = 0
    // The n-gram window: the previous tokens (oldest first) and whether each passed the filter.
    private var window: [[UInt8]] = []
    private var windowKept: [Bool] = []
    private var scratch: [UInt8] = []
    /// Timeline: the current document's period (nil: not counted in the timeline), and the
    /// (period, term) counts of the tracked terms.
    var period: Int?
    var pairs: PairTable?

    init(ngram: Int, filter: TermFilter) {
        precondition((1...3).contains(ngram), "n-gram size is 1, 2 or 3")
        self.table = TermTable()
        self.ngram = ngram
        self.filter = filter
    }

    mutating func beginDocument(period: Int? = nil) {
        table.beginDocument()
        self.period = period
        pairs?.beginDocument()
        window.removeAll(keepingCapacity: true)
        windowKept.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) {
        let isNumber = info.isNumber
        tokens += 1
        if ngram == 1 {
            let e = table.add(bytes, isNumber: isNumber)
            if let period, pairs != nil, table.isTracked(e) { pairs!.add(period: period, term: e) }
            return
        }
        if info.followsBreak {
            window.removeAll(keepingCapacity: true)
            windowKept.removeAll(keepingCapacity: true)
        }
        let kept = filter.keeps(bytes, isNumber: isNumber)
        if window.count == ngram - 1 {
            if kept && !windowKept.contains(false) {
                scratch.removeAll(keepingCapacity: true)
                for w in window { scratch.append(contentsOf: w); scratch.append(0x20) }
                scratch.append(contentsOf: bytes)
                let e = scratch.withUnsafeBufferPointer { table.add($0, isNumber: false) }
                if let period, pairs != nil, table.isTracked(e) { pairs!.add(period: period, term: e) }
            }
            window.removeFirst()
            windowKept.removeFirst()
        }
        window.append(Array(bytes))
        windowKept.append(kept)
    }
}
