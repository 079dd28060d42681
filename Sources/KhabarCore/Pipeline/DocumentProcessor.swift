/// A worker's share of the run: parses entries into documents, tokenizes them and counts.
/// One per worker thread, with its own tokenizer and term table (merged at the end).
struct DocumentProcessor {
    let configuration: PipelineConfiguration
    let tokenizer: Tokenizer
    var counter: TermCounter
    let pageParser = NewsPageParser()
    let htmlParser = HTMLArticleParser()
    let jsonParser: JSONArticleParser
    var timeline = TimelineDocumentCounts()
    var actorStatistics: ActorStatistics?
    /// The actor matcher (nil: no actors), and the same without discovery for tags (made once:
    /// a copy made per document showed in profiles). `var`, though never changed, to be passed
    /// `inout` (`DocumentProcessor.match`): read from `self` for a call that also takes a part
    /// of `self` inout, a matcher was copied (nine arrays and tables retained, then released),
    /// twice a document.
    var matcher: ActorMatcher?
    var tagMatcher: ActorMatcher?
    var tokenBuffer = TokenBuffer()
    /// The tokens of a document's tags (kept across documents).
    var tagBuffer = TokenBuffer()
    /// Spilling (`--max-memory`): the folder, this worker's number, and the runs written.
    let spillFolder: SpillFolder?
    let worker: Int
    var spilledTerms: [String] = []
    var spillFailed = false
    /// The mention lines' actor fields of each gazetteer actor, made once (by actor id: a lookup
    /// per mention, a million on a large corpus), all in one array: an array per actor was
    /// retained and released for every mention line.
    var actorFieldBytes: [UInt8] = []
    /// Where each actor's fields are in `actorFieldBytes` (start, count); count 0 until made.
    var actorFieldSpans: [(start: Int, count: Int)] = []
    /// The same for the discovered people, by their number in this worker's candidates: made
    /// once a person and batch of candidates (each mention's escaped name twice and an array
    /// were ~0.9% of `report`'s instructions), dropped when the candidates go to the run's
    /// counts and are numbered again (`flushActorStatistics`).
    var discoveredFieldBytes: [UInt8] = []
    var discoveredFieldSpans: [(start: Int, count: Int)] = []
    /// Scratch for the timeline's actor ids of a document (kept across documents).
    var timelineActorIDs: [Int] = []
    /// Room for the report lines of the next batch: what the last one made, rounded up to a power
    /// of two (`powerOfTwoAbove`).
    var lastLineBytes: (documents: Int, dates: Int, actors: Int) = (0, 0, 0)
    var spilledPairs: [String] = []
    /// The run's actor counts, which `actorStatistics` is added to whenever it holds
    /// `flushPairs` pairs (nil: kept whole until the end of the run).
    let actorTotals: LockedBox<ActorStatistics>?
    /// The run's term counts, which `counter` is added to whenever its table holds
    /// `configuration.termTableFlushEntries` terms (nil: kept whole until the end of the run).
    let termTotals: LockedBox<TermCounter?>?

    init(configuration: PipelineConfiguration, worker: Int = 0, spillFolder: SpillFolder? = nil,
         actorTotals: LockedBox<ActorStatistics>? = nil, termTotals: LockedBox<TermCounter?>? = nil) {
        self.worker = worker
        self.actorTotals = actorTotals
        self.termTotals = termTotals
        self.spillFolder = spillFolder
        self.configuration = configuration
        self.tokenizer = Tokenizer(profile: configuration.profile)
        self.counter = DocumentProcessor.makeCounter(configuration)
        self.jsonParser = JSONArticleParser(fields: configuration.jsonFields)
        if let a = configuration.actors {
            let m = ActorMatcher(index: a.index, discover: a.discover)
            matcher = m
            tagMatcher = m.withoutDiscovery
            actorStatistics = ActorStatistics(gazetteerCount: a.index.actors.count, maxActorsPerUnit: a.maxActorsPerUnit, flushPairs: a.flushPairs)
        } else {
            matcher = nil
            tagMatcher = nil
        }
    }

    /// A term counter for `configuration`: n-grams, and a timeline's (period, term) counts.
    static func makeCounter(_ configuration: PipelineConfiguration) -> TermCounter {
        var counter = TermCounter(ngram: configuration.ngram, filter: configuration.ngramFilter)
        if let t = configuration.timeline, t.trackTerms {
            counter.pairs = PairTable()
            counter.table.trackedKeys = t.trackedKeys
        }
        return counter
    }

    /// `batch` is taken apart (`inout`): its payloads are moved out one by one, not copied.
    mutating func process(_ batch: inout WorkBatch) -> BatchOutput {
        var counters = batch.counters
        var notes = batch.notes
        // The batch's report lines, reserved at the sizes of this worker's last batch (growing
        // them by doubling copied every byte about twice: mention lines are ~1.3 bytes a byte
        // of text).
        var lines: [UInt8] = [], mentionLines: [UInt8] = [], actorLines: [UInt8] = []
        lines.reserveCapacity(lastLineBytes.documents)
        mentionLines.reserveCapacity(lastLineBytes.dates)
        actorLines.reserveCapacity(lastLineBytes.actors)
        defer { lastLineBytes = (powerOfTwoAbove(lines.count), powerOfTwoAbove(mentionLines.count), powerOfTwoAbove(actorLines.count)) }
        var discoveredLines = DiscoveredMentionRecords()
        // Each payload moved out of the batch (popped, not copied: a copy retained and released
        // its bytes and names).
        var payloads = batch.payloads
        batch.payloads = []
        payloads.reverse()
        while let payload = payloads.popLast() {
            var documents: [Document]  // var: taken apart below
            switch payload.format {
            case .newsPage, .html:
                // Text in another encoding (`--encoding`; by default a UTF-16 byte order mark or
                // Windows-1256 Arabic, `LegacyText.detect`) is made UTF-8 first.
                var bytes = payload.bytes
                if configuration.encoding != .utf8,
                   let encoding = LegacyText.encoding(of: payload.bytes, setting: configuration.encoding)
                    ?? (payload.format == .html && configuration.encoding == .auto ? LegacyText.declaredEncoding(ofPage: payload.bytes) : nil) {
                    let decoded = LegacyText.utf8(from: payload.bytes, encoding)
                    counters.decodedEntries[encoding.rawValue, default: 0] += 1
                    if counters.decodedExamples[encoding.rawValue] == nil {
                        counters.decodedExamples[encoding.rawValue] = "\(payload.archive):\(payload.entry)"
                    }
                    if decoded.unmapped > 0 {
                        notes.append(InputNote(severity: .warning, archive: payload.archive, entry: payload.entry,
                                               message: "read as \(LegacyText.displayName(encoding)): \(decoded.unmapped) bytes have no character there (each read as U+FFFD, a separator)"))
                    }
                    bytes = decoded.bytes
                }
                documents = payload.format == .html ? [htmlParser.parse(bytes, archive: payload.archive, entry: payload.entry)]
                    : pageParser.parse(bytes, archive: payload.archive, entry: payload.entry)
                if documents.count == 1, documents[0].text.isEmpty, documents[0].dateRaw == nil,
                   documents[0].source == nil, documents[0].tags.isEmpty {
                    counters.skip(SkipReason.empty, "\(payload.archive):\(payload.entry)")
                    notes.append(InputNote(severity: .warning, archive: payload.archive, entry: payload.entry,
                                           message: "skipped: empty (white space and invisible marks only)"))
                    continue
                }
            case .jsonLines, .jsonDocument:
                let parsed = payload.format == .jsonLines || payload.itemsAsLines
                    ? jsonParser.parseLines(payload.bytes, archive: payload.archive, entry: payload.entry, firstLine: payload.firstLine,
                                          arrayItems: payload.itemsAsLines)
                    : jsonParser.parseDocument(payload.bytes, archive: payload.archive, entry: payload.entry)
                documents = parsed.documents
                for error in parsed.errors {
                    counters.skip(SkipReason.badJSONRecord, "\(payload.archive):\(payload.entry):\(error.position)")
                    let place = payload.format == .jsonLines ? "line \(error.position)" : payload.itemsAsLines ? "item \(error.position)" : (error.position == 0 ? "document" : "item \(error.position)")
                    notes.append(InputNote(severity: .warning, archive: payload.archive, entry: payload.entry,
                                           message: "\(place) skipped: \(error.message)"))
                }
            case .archive:
                documents = []  // readers open nested archives themselves
            }
            // Each document moved out of the array (popped, not copied: a copy retained and
            // released its dozen strings and arrays).
            documents.reverse()
            while var document = documents.popLast() {
                counters.documents += 1
                if let raw = document.dateRaw {
                    if let date = configuration.dateParser.parse(raw) {
                        document.date = date
                        counters.datedDocuments += 1
                        if let warning = date.warning {
                            notes.append(InputNote(severity: .warning, archive: document.archive, entry: document.entry,
                                                   message: "date \"\(raw)\": \(warning)"))
                        }
                    } else {
                        let shape = DateParser.shape(of: raw)
                        counters.unparsedDates[shape, default: 0] += 1
                        if counters.unparsedDateExamples[shape] == nil { counters.unparsedDateExamples[shape] = "\(document.id): \(raw)" }
                    }
                } else {
                    counters.undatedDocuments += 1
                }
                if document.kind == .related { counters.relatedDocuments += 1 }
                var period: Int?
                // `{"doc":"…",`: the start of the document's mention lines, escaped once.
                var documentPrefix: [UInt8]?
                if let t = configuration.timeline {
                    if let date = document.date {
                        let p = t.granularity.index(of: date)
                        period = p
                        timeline.documents[p, default: 0] += 1
                        if let source = document.source { timeline.bySource[source, default: [:]][p, default: 0] += 1 }
                    } else if document.kind == .related {
                        timeline.undatedRelated += 1
                    } else {
                        timeline.undatedArticles += 1
                    }
                }
                let result: TokenizeResult
                // The tokens are kept for the actor matcher, and for the date finder, which reads
                // them instead of lexing the text again (profile v1: its lexer's words are the
                // tokenizer's then).
                let keepsTokens = matcher != nil || (configuration.findDateMentions && tokenizer.table === CharacterTable.v1)
                if configuration.countTerms {
                    counter.beginDocument(period: period)
                    if keepsTokens && counter.ngram == 1 {
                        // Unigrams counted from the token buffer (not copied into the counter's
                        // batch as well).
                        tokenBuffer.reset()
                        result = document.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokenBuffer) }
                        counter.countUnigrams(of: tokenBuffer)
                    } else if keepsTokens {
                        tokenBuffer.reset()
                        result = withUnsafeMutablePointer(to: &counter) { c in
                            withUnsafeMutablePointer(to: &tokenBuffer) { b in
                                var tee = PointerTee(a: c, b: b)
                                return document.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tee) }
                            }
                        }
                    } else {
                        result = document.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &counter) }
                    }
                    counter.flush()
                } else if keepsTokens {
                    tokenBuffer.reset()
                    result = document.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokenBuffer) }
                } else {
                    var sink = TokenTally()
                    result = document.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &sink) }
                }
                if matcher != nil, let a = configuration.actors {
                    // The text, for the case of Latin-script names, when the tokens' byte offsets index it.
                    let mentions = result.usedSlowPath
                        ? DocumentProcessor.match(&matcher!, tokenBuffer, &actorStatistics!.candidates, text: nil)
                        : document.text.withUnsafeBufferPointer { DocumentProcessor.match(&matcher!, tokenBuffer, &actorStatistics!.candidates, text: $0) }
                    let tags = DocumentProcessor.matchTags(&tagMatcher!, document.tags, tokenizer, &tagBuffer)
                    let units: Int
                    switch a.unit {
                    case .document: units = 1
                    case .paragraph: units = document.text.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                    case .sentence: units = tokenBuffer.infos.last.map { $0.sentence + 1 } ?? 0
                    }
                    let crowded = actorStatistics!.count(mentions, tags: tags.map(\.mention), unit: a.unit, unitCount: units)
                    if crowded.unitsWithoutPairs > 0 {
                        counters.unitsWithoutPairs += crowded.unitsWithoutPairs
                        if counters.unitsWithoutPairsExample == nil { counters.unitsWithoutPairsExample = document.id }
                        let unitName = a.unit == .document ? "the document" : "\(crowded.unitsWithoutPairs) \(a.unit.rawValue)\(crowded.unitsWithoutPairs == 1 ? "" : "s")"
                        notes.append(InputNote(severity: .warning, archive: document.archive, entry: document.entry,
                                               message: "\(crowded.actors) actors in \(unitName) (more than \(a.maxActorsPerUnit) in one unit: not an article?): the pairs of that unit are not counted"))
                    }
                    if let period {
                        // The timeline's actor series (gazetteer actors; `a` is the period here): the
                        // document's actor ids sorted in a reused array, each run added once (a
                        // dictionary per document, and two lookups per actor, showed in profiles).
                        var ids = timelineActorIDs
                        timelineActorIDs = []
                        ids.removeAll(keepingCapacity: true)
                        for m in mentions { if let id = m.actor { ids.append(id) } }
                        ids.sort()
                        var k = 0
                        while k < ids.count {
                            var j = k + 1
                            while j < ids.count && ids[j] == ids[k] { j += 1 }
                            timeline.addActorDocument(period: period, actor: ids[k], mentions: j - k)
                            k = j
                        }
                        timelineActorIDs = ids
                    }
                    if a.renderMentions && !(mentions.isEmpty && tags.isEmpty) {
                        // Surfaces as written: byte slices of the text; after the exact NFC path the
                        // token bytes index the normalised text, so go through code points then.
                        let scalars = result.usedSlowPath ? Array(String(decoding: document.text, as: UTF8.self).unicodeScalars) : []
                        let prefix = documentPrefix ?? ActorMentionsReport.documentPrefix(document.id)
                        documentPrefix = prefix
                        let bytesAreSurfaces = !result.usedSlowPath && result.invalidBytes == 0
                        for m in mentions {
                            if bytesAreSurfaces, let number = m.candidate {
                                // A discovered person's line: the surface from the text's bytes,
                                // written into the batch's records after the candidate's key.
                                // (The name is read only for a candidate's first line in a batch.)
                                let span = number < discoveredFieldSpans.count && discoveredFieldSpans[number].count > 0
                                    ? discoveredFieldSpans[number]
                                    : discoveredFieldSpan(number, actorStatistics!.candidates.names[number], a.index)
                                let key = actorStatistics!.candidates.keys[number].bytes
                                key.withUnsafeBufferPointer { name in
                                    discoveredLines.append(name: name) { line in
                                        DocumentProcessor.appendMentionLine(m, a.unit, prefix, discoveredFieldBytes, span, document.text, to: &line)
                                    }
                                }
                                continue
                            }
                            if bytesAreSurfaces, m.candidate == nil, let actor = m.actor {
                                // The common case: the surface is a slice of the (valid) text, the
                                // actor's fields a slice of the cache; nothing is retained per line.
                                let span = actorFieldSpan(actor, a.index)
                                DocumentProcessor.appendMentionLine(m, a.unit, prefix, actorFieldBytes, span, document.text, to: &actorLines)
                                continue
                            }
                            let surface: String
                            if result.usedSlowPath {
                                var v = String.UnicodeScalarView()
                                v.append(contentsOf: scalars[min(m.start, scalars.count)..<min(m.end, scalars.count)])
                                surface = String(v)
                            } else {
                                surface = String(decoding: document.text[m.byteStart..<m.byteEnd], as: UTF8.self)
                            }
                            if let number = m.candidate {
                                let candidate = actorStatistics!.candidates.names[number]
                                var line: [UInt8] = []
                                ActorMentionsReport.append(m, surface: surface, documentPrefix: prefix,
                                                           actorFields: ActorMentionsReport.actorFields(actor: nil, candidate: candidate, index: a.index),
                                                           unit: a.unit, to: &line)
                                discoveredLines.append(candidate: candidate, line: line)
                            } else {
                                let fields = actorFields(m.actor!, a.index)
                                ActorMentionsReport.append(m, surface: surface, documentPrefix: prefix, actorFields: fields,
                                                           unit: a.unit, to: &actorLines)
                            }
                        }
                        for t in tags {
                            let fields: [UInt8]
                            if let actor = t.mention.actor, t.mention.candidate == nil {
                                fields = actorFields(actor, a.index)
                            } else {
                                fields = ActorMentionsReport.actorFields(actor: t.mention.actor, candidate: t.mention.candidate.map { actorStatistics!.candidates.names[$0] },
                                                                         index: a.index)
                            }
                            ActorMentionsReport.append(t.mention, surface: t.surface, documentPrefix: prefix, actorFields: fields,
                                                       unit: a.unit, to: &actorLines)
                        }
                    }
                }
                counters.tokens += result.tokens
                if result.usedSlowPath { counters.exactNFCDocuments += 1 }
                if result.invalidBytes > 0 {
                    counters.invalidBytes += result.invalidBytes
                    counters.documentsWithInvalidBytes += 1
                    notes.append(InputNote(severity: .warning, archive: document.archive, entry: document.entry,
                                           message: "\(result.invalidBytes) bytes are not valid UTF-8 (each read as U+FFFD, a separator)"))
                }
                if configuration.findDateMentions {
                    // Valid UTF-8 is searched as it is; other text once repaired (U+FFFD), as a String.
                    // The tokenizer's tokens are reused when they are what the date lexer would make
                    // (profile v1 on the fast path, nothing rewritten): the text is not lexed twice.
                    let reuseTokens = keepsTokens && tokenizer.table === CharacterTable.v1 && !result.usedSlowPath
                        && !result.rewroteScalars
                    let found = result.invalidBytes == 0
                        ? document.text.withUnsafeBufferPointer {
                            reuseTokens ? DateMentionFinder().find(tokens: tokenBuffer, utf8: $0, published: document.date)
                                        : DateMentionFinder().find(utf8: $0, published: document.date)
                        }
                        : DateMentionFinder().find(in: String(decoding: document.text, as: UTF8.self), published: document.date)
                    if !found.isEmpty {
                        let prefix = documentPrefix ?? ActorMentionsReport.documentPrefix(document.id)
                        for m in found { DateMentionsReport.append(m, documentPrefix: prefix, to: &mentionLines) }
                        counters.dateMentions += found.count
                    }
                }
                if configuration.renderDocuments {
                    DocumentsReport.append(&document, tokens: result.tokens, invalidBytes: result.invalidBytes, to: &lines)
                }
                // Between documents: when the next document could grow the tables past this
                // worker's share of the budget (8,192 new terms is more than a long article
                // brings), the counter spills a run.
                if !spillFailed, let folder = spillFolder, let limit = configuration.spillThresholdPerWorker,
                   configuration.countTerms, counter.tableMemoryBytes(afterNewTerms: 8192) > limit {
                    do { try spillRun(folder) } catch {
                        spillFailed = true  // one error is enough: the run is incomplete already
                        notes.append(InputNote(severity: .error, archive: folder.path, entry: nil,
                                               message: "\(error)"))
                    }
                }
            }
        }
        // Once a batch, here: a mutating call inside the loop's `if let matcher` made the
        // compiler copy the matcher (and retain all it holds) for every document.
        if let actorTotals, actorStatistics?.shouldFlush == true { flushActorStatistics(into: actorTotals) }
        if let termTotals, counter.table.count >= configuration.termTableFlushEntries {
            termTotals.withValue { counter.moveCounts(into: &$0!) }
        }
        return BatchOutput(documentLines: lines, dateMentionLines: mentionLines, actorMentionLines: actorLines,
                           discoveredMentions: discoveredLines, notes: notes, counters: counters,
                           source: batch.source, index: batch.index, isLast: batch.isLast)
    }
}

extension DocumentProcessor {
    /// Adds this worker's actor counts to the run's totals and empties them.
    mutating func flushActorStatistics(into totals: LockedBox<ActorStatistics>) {
        guard var part = actorStatistics else { return }
        actorStatistics = nil  // moved out: `part` is the only reference, emptied in place
        let spill = spillFolder.flatMap { folder in
            configuration.actorPairSpillBytes.map { ActorStatistics.PairSpill(folder: folder, limit: $0) }
        }
        totals.withValue { $0.absorb(&part, spill: spill) }
        actorStatistics = part
        discoveredFieldBytes.removeAll(keepingCapacity: true)
        discoveredFieldSpans.removeAll(keepingCapacity: true)
    }

    /// Appends the line of mention `m`: its surface a slice of `text` (valid UTF-8), its actor's
    /// fields `span` of `fields` (a worker's cache), after the document's `prefix`.
    @inline(__always)
    static func appendMentionLine(_ m: ActorMention, _ unit: CooccurrenceUnit, _ prefix: [UInt8], _ fields: [UInt8],
                                  _ span: (start: Int, count: Int), _ text: [UInt8], to out: inout [UInt8]) {
        let unitValue = ActorMentionsReport.unitValue(m, unit)
        prefix.withUnsafeBufferPointer { pre in
            fields.withUnsafeBufferPointer { f in
                text.withUnsafeBufferPointer { t in
                    ActorMentionsReport.appendLine(
                        start: m.start, end: m.end, unit: unitValue, via: m.via,
                        surfaceUTF8: UnsafeBufferPointer(rebasing: t[m.byteStart..<m.byteEnd]), documentPrefix: pre,
                        actorFields: UnsafeBufferPointer(rebasing: f[span.start..<(span.start + span.count)]), to: &out)
                }
            }
        }
    }

    /// Where the actor fields of discovered person `number` (named `name`) are in
    /// `discoveredFieldBytes` (made on first use).
    @inline(__always)
    mutating func discoveredFieldSpan(_ number: Int, _ name: String, _ index: ActorIndex) -> (start: Int, count: Int) {
        if number < discoveredFieldSpans.count, discoveredFieldSpans[number].count > 0 { return discoveredFieldSpans[number] }
        if number >= discoveredFieldSpans.count {
            discoveredFieldSpans.append(contentsOf: repeatElement((start: 0, count: 0), count: number + 1 - discoveredFieldSpans.count))
        }
        let fields = ActorMentionsReport.actorFields(actor: nil, candidate: name, index: index)
        discoveredFieldSpans[number] = (discoveredFieldBytes.count, fields.count)
        discoveredFieldBytes += fields
        return discoveredFieldSpans[number]
    }

    /// Where the actor fields of a gazetteer actor's mention lines are in `actorFieldBytes`
    /// (made on first use).
    @inline(__always)
    mutating func actorFieldSpan(_ actor: Int, _ index: ActorIndex) -> (start: Int, count: Int) {
        if actor < actorFieldSpans.count, actorFieldSpans[actor].count > 0 { return actorFieldSpans[actor] }
        if actor >= actorFieldSpans.count {
            actorFieldSpans += Array(repeating: (0, 0), count: actor + 1 - actorFieldSpans.count)
        }
        let fields = ActorMentionsReport.actorFields(actor: actor, candidate: nil, index: index)
        actorFieldSpans[actor] = (actorFieldBytes.count, fields.count)
        actorFieldBytes += fields
        return actorFieldSpans[actor]
    }

    /// The actor fields of a gazetteer actor's mention lines (cached).
    mutating func actorFields(_ actor: Int, _ index: ActorIndex) -> [UInt8] {
        let span = actorFieldSpan(actor, index)
        return Array(actorFieldBytes[span.start..<(span.start + span.count)])
    }

    /// Writes the counter's tables as the next sorted run of this worker.
    mutating func spillRun(_ folder: SpillFolder) throws {
        let name = "w\(worker)-\(spilledTerms.count)"
        let (terms, pairs) = try counter.spill(into: folder, name: name)
        spilledTerms.append(terms)
        if let pairs { spilledPairs.append(pairs) }
    }
}

/// Forwards tokens to two sinks held elsewhere (no copies of their storage per document),
/// hashing each token once for both.
struct PointerTee<A: HashedTokenSink, B: HashedTokenSink>: TokenSink {
    let a: UnsafeMutablePointer<A>
    let b: UnsafeMutablePointer<B>
    @inline(__always)
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) {
        let hash = byteHash(bytes.baseAddress!, bytes.count)
        a.pointee.token(bytes, info, hash: hash)
        b.pointee.token(bytes, info, hash: hash)
    }
}

/// A sink that only counts tokens (when no terms are wanted).
struct TokenTally: TokenSink {
    var count = 0
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) { count += 1 }
}

extension DocumentProcessor {
    // A matcher passed `inout` (not changed): its memory is then known to be this call's alone,
    // and the compiler lends it to the method without a copy.
    private static func match(_ m: inout ActorMatcher, _ buffer: TokenBuffer, _ candidates: inout CandidateNames,
                              text: UnsafeBufferPointer<UInt8>?) -> [ActorMention] {
        m.match(buffer, candidates: &candidates, text: text)
    }

    private static func matchTags(_ m: inout ActorMatcher, _ tags: [String], _ tokenizer: Tokenizer,
                                  _ buffer: inout TokenBuffer) -> [(mention: ActorMention, surface: String)] {
        m.matchTags(tags, tokenizer: tokenizer, buffer: &buffer)
    }
}
