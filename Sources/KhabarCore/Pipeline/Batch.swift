/// The raw bytes of one entry, on their way from a reader to a worker.
struct EntryPayload: Sendable {
    var archive: String
    var entry: String
    var format: EntryFormat
    var bytes: [UInt8]
    /// JSON Lines: the number of the first line in `bytes` (a large entry comes in chunks of
    /// whole lines, `JSONLinesChunker`).
    var firstLine = 1
    /// A JSON document's array items, one a line (`JSONArrayLines`): parsed as JSON Lines,
    /// reported as items.
    var itemsAsLines = false
}

/// A message about the input, in input order. Warnings never stop a run; errors make the
/// result incomplete (no report is written, exit status 1).
public struct InputNote: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: Sendable, Equatable { case warning, error }
    public var severity: Severity
    public var archive: String
    public var entry: String?
    public var message: String
    public var description: String {
        if let entry { return "\(archive): entry \(entry): \(message)" }
        return "\(archive): \(message)"
    }
}

/// Counters of a batch, a source or a run; merged by adding.
public struct RunCounters: Sendable, Equatable {
    /// Documents counted (articles + related).
    public var documents = 0
    public var relatedDocuments = 0
    /// Entries (files) read from the inputs, including skipped ones.
    public var entries = 0
    /// Skipped entries or records by reason (`SkipReason`), with an example of each.
    public var skipped: [String: Int] = [:]
    public var skippedExamples: [String: String] = [:]
    /// Uncompressed bytes of the entries read.
    public var bytes = 0
    /// Compressed bytes read from archives and files.
    public var inputBytes: Int64 = 0
    public var tokens = 0
    public var invalidBytes = 0
    public var documentsWithInvalidBytes = 0
    /// Text entries read in another encoding than UTF-8 (`--encoding`), by encoding
    /// (`LegacyText.Encoding`'s raw value: "windows-1256", ...), with an example of each.
    public var decodedEntries: [String: Int] = [:]
    public var decodedExamples: [String: String] = [:]
    /// Documents that needed exact NFC (the tokenizer's slow path).
    public var exactNFCDocuments = 0
    /// Dates found inside the text.
    public var dateMentions = 0
    /// Documents with a parsed publication date, and without a date line or field at all.
    public var datedDocuments = 0
    public var undatedDocuments = 0
    /// Dates that could not be parsed, by shape (`99/99/9999`), with an example of each.
    public var unparsedDates: [String: Int] = [:]
    public var unparsedDateExamples: [String: String] = [:]
    /// Co-occurrence units (documents, paragraphs, sentences) with more than
    /// `ActorConfiguration.maxActorsPerUnit` actors, whose pairs were not counted, and a document
    /// with one.
    public var unitsWithoutPairs = 0
    public var unitsWithoutPairsExample: String?

    public init() {}

    mutating func skip(_ reason: String, _ example: String) {
        skipped[reason, default: 0] += 1
        if skippedExamples[reason] == nil { skippedExamples[reason] = example }
    }

    mutating func add(_ o: RunCounters) {
        documents += o.documents
        relatedDocuments += o.relatedDocuments
        entries += o.entries
        for (k, v) in o.skipped { skipped[k, default: 0] += v }
        for (k, v) in o.skippedExamples where skippedExamples[k] == nil { skippedExamples[k] = v }
        bytes += o.bytes
        inputBytes += o.inputBytes
        tokens += o.tokens
        invalidBytes += o.invalidBytes
        documentsWithInvalidBytes += o.documentsWithInvalidBytes
        for (k, v) in o.decodedEntries { decodedEntries[k, default: 0] += v }
        for (k, v) in o.decodedExamples where decodedExamples[k] == nil { decodedExamples[k] = v }
        exactNFCDocuments += o.exactNFCDocuments
        dateMentions += o.dateMentions
        datedDocuments += o.datedDocuments
        undatedDocuments += o.undatedDocuments
        for (k, v) in o.unparsedDates { unparsedDates[k, default: 0] += v }
        for (k, v) in o.unparsedDateExamples where unparsedDateExamples[k] == nil { unparsedDateExamples[k] = v }
        unitsWithoutPairs += o.unitsWithoutPairs
        if unitsWithoutPairsExample == nil { unitsWithoutPairsExample = o.unitsWithoutPairsExample }
    }

    /// Entries or records that were meant to be read and were not.
    public var lost: Int { skipped.filter { SkipReason.lossReasons.contains($0.key) }.values.reduce(0, +) }
}

/// Work for a worker: payloads plus what the reader noticed while reading them.
struct WorkBatch: Sendable {
    var source: Int
    var index: Int
    var isLast: Bool
    var payloads: [EntryPayload] = []
    var notes: [InputNote] = []
    var counters = RunCounters()
}

/// What a batch became, handed to the caller in input order.
public struct BatchOutput: Sendable {
    /// One JSON line per document, when documents are rendered.
    public var documentLines: [UInt8]
    /// One JSON line per date found in the text, when asked for.
    public var dateMentionLines: [UInt8] = []
    /// One JSON line per actor mention, when asked for (gazetteer, alias and tag mentions).
    public var actorMentionLines: [UInt8] = []
    /// Mentions of discovered candidates, kept aside (`MentionSpool`) until the end decides
    /// which candidates are reported (seen in enough documents).
    public var discoveredMentions = DiscoveredMentionRecords()
    /// Warnings and errors, in input order.
    public var notes: [InputNote]
    public var counters: RunCounters
    var source: Int
    var index: Int
    var isLast: Bool
    /// Its source's in-flight slot was given back when it was made, not when delivered.
    var releasedEarly = false

    /// About how many bytes the output holds until it is delivered (lines, notes).
    var retainedBytes: Int {
        documentLines.count + dateMentionLines.count + actorMentionLines.count
            + discoveredMentions.bytes.count
            + notes.count * 256 + counters.skippedExamples.count * 128
    }
}

/// The lines of a batch's mentions of discovered candidates, as the records `MentionSpool` keeps:
/// for each, the lengths of the candidate's name and of the line (4 bytes each, little-endian),
/// the name (normalised UTF-8, the candidate's key), then the line. One buffer per batch, which
/// the spool takes in one write: a (String, [UInt8]) per mention was an allocation and a retain
/// per mention, and three `fwrite` calls each in the spool.
public struct DiscoveredMentionRecords: Sendable {
    /// The records, one after another.
    public private(set) var bytes: [UInt8] = []
    /// Records held.
    public private(set) var count = 0

    public init() {}

    /// Appends the record of candidate `name` whose line `writeLine` appends to the bytes it is
    /// given (and nothing else).
    @inline(__always)
    mutating func append(name: UnsafeBufferPointer<UInt8>, _ writeLine: (inout [UInt8]) -> Void) {
        let header = bytes.count
        withUnsafeBytes(of: (UInt32(truncatingIfNeeded: name.count).littleEndian, UInt32(0))) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: name)
        let lineStart = bytes.count
        writeLine(&bytes)
        let lineCount = UInt32(truncatingIfNeeded: bytes.count - lineStart).littleEndian
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: lineCount, toByteOffset: header + 4, as: UInt32.self) }
        count += 1
    }

    /// Appends the record of candidate `name` with its `line`.
    public mutating func append(candidate name: String, line: [UInt8]) {
        var name = name
        name.withUTF8 { n in append(name: n) { $0.append(contentsOf: line) } }
    }

    /// Each record's candidate name and line, in order.
    public func forEach(_ body: (_ candidate: String, _ line: ArraySlice<UInt8>) -> Void) {
        bytes.withUnsafeBytes { raw in
            var at = 0
            while at < raw.count {
                let nameCount = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                let lineCount = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self)))
                let name = String(decoding: raw[(at + 8)..<(at + 8 + nameCount)], as: UTF8.self)
                body(name, bytes[(at + 8 + nameCount)..<(at + 8 + nameCount + lineCount)])
                at += 8 + nameCount + lineCount
            }
        }
    }
}
