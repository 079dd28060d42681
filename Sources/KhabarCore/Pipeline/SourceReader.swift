import Foundation

/// Reads one source from start to end and cuts it into batches of entry payloads.
///
/// Runs on a reader thread; decompression happens here (libarchive), everything else in the
/// workers. Entries are dispatched by name (`EntryFormat`); archives inside archives are read
/// in place, one level deep (`<entry>/<inner path>` in ids).
struct SourceReader {
    let sourceIndex: Int
    let source: Source
    let configuration: PipelineConfiguration
    /// Threads a bzip2 input is decoded on (`Bzip2Decoder`).
    let decoderThreads: Int
    /// Called with each finished batch (blocks while too many are in flight).
    let emit: (WorkBatch) -> Void
    /// The run's prefetcher of folder files, and the number its list gives this source's first file.
    let prefetch: (FilePrefetcher, firstFile: Int)?

    private var batch: WorkBatch
    private var batchBytes = 0
    private var nextIndex = 0

    init(sourceIndex: Int, source: Source, configuration: PipelineConfiguration,
         decoderThreads: Int, prefetch: (FilePrefetcher, firstFile: Int)? = nil, emit: @escaping (WorkBatch) -> Void) {
        self.sourceIndex = sourceIndex
        self.prefetch = prefetch
        self.source = source
        self.configuration = configuration
        self.decoderThreads = decoderThreads
        self.emit = emit
        self.batch = WorkBatch(source: sourceIndex, index: 0, isLast: false)
    }

    mutating func run() {
        let name = source.name
        switch source.kind {
        case .archive(let path):
            let threads = decoderThreads
            readArchive { try ArchiveReader(path: path, name: name, decoderThreads: threads) }
            if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber {
                batch.counters.inputBytes += size.int64Value
            }
        case .standardInput:
            let threads = decoderThreads
            readArchive { try ArchiveReader(fileDescriptor: 0, name: name, decoderThreads: threads) }
        case .files(let files):
            for (k, file) in files.enumerated() {
                prefetch?.0.didOpen(prefetch!.firstFile + k)
                readPlainFile(file)
            }
        }
        batch.isLast = true
        flush()
    }

    private mutating func flush() {
        batch.index = nextIndex
        nextIndex += 1
        emit(batch)
        batch = WorkBatch(source: sourceIndex, index: 0, isLast: false)
        batchBytes = 0
    }

    private mutating func add(_ payload: EntryPayload) {
        batchBytes += payload.bytes.count
        batch.counters.bytes += payload.bytes.count
        batch.payloads.append(payload)
        if batchBytes >= configuration.batchBytes { flush() }
    }

    private mutating func note(_ severity: InputNote.Severity, entry: String?, _ message: String) {
        batch.notes.append(InputNote(severity: severity, archive: source.name, entry: entry, message: message))
    }

    private mutating func readPlainFile(_ file: Source.PlainFile) {
        batch.counters.entries += 1
        let format = EntryFormat.forPath(file.entry)
        if format == .jsonLines || format == .jsonDocument {
            var read = 0
            defer { batch.counters.inputBytes += Int64(read) }
            do {
                if format == .jsonLines {
                    try readJSONLines(entry: file.entry) { body in read = try PlainFileContents.readBlocks(file.path, bytes: file.pathBytes, body) }
                } else {
                    try readJSONDocument(entry: file.entry) { body in read = try PlainFileContents.readBlocks(file.path, bytes: file.pathBytes, body) }
                }
            } catch let error as PlainFileContents.ReadError {
                note(.error, entry: file.entry, error.message)
            } catch {
                note(.error, entry: file.entry, "\(error)")
            }
            return
        }
        do {
            switch try PlainFileContents.read(file.path, bytes: file.pathBytes, limit: configuration.maxEntryBytes) {
            case .bytes(let bytes):
                batch.counters.inputBytes += Int64(bytes.count)
                accept(entry: file.entry, format: format ?? .newsPage, bytes: bytes)
            case .tooLarge(let size):
                batch.counters.inputBytes += Int64(size)
                batch.counters.skip(SkipReason.tooLarge, "\(source.name):\(file.entry)")
                note(.warning, entry: file.entry, "skipped: \(size) bytes, more than --max-entry-size \(configuration.maxEntryBytes)")
            }
        } catch {
            note(.error, entry: file.entry, error.message)
        }
    }

    /// Queues a JSON Lines entry in chunks of whole lines as its blocks arrive (`blocks` hands
    /// each to its argument), so that a large file is spread over the workers and never held
    /// whole. A line longer than `--max-entry-size` is skipped and counted as too large; an entry
    /// of white space only is counted as empty.
    private mutating func readJSONLines(entry: String, blocks: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) rethrows {
        var chunker = JSONLinesChunker(chunkBytes: configuration.batchBytes, maxLineBytes: configuration.maxEntryBytes)
        func chunk(_ c: JSONLinesChunker.Chunk) {
            add(EntryPayload(archive: source.name, entry: entry, format: .jsonLines, bytes: c.bytes, firstLine: c.firstLine))
        }
        func tooLong(_ line: Int) {
            batch.counters.skip(SkipReason.tooLarge, "\(source.name):\(entry):\(line)")
            note(.warning, entry: entry, "line \(line) skipped: larger than --max-entry-size \(configuration.maxEntryBytes) bytes")
        }
        try blocks { block in chunker.append(block, emit: chunk, tooLong: tooLong) }
        chunker.finish(emit: chunk, tooLong: tooLong)
        if chunker.isEmpty {
            batch.counters.skip(SkipReason.empty, "\(source.name):\(entry)")
            note(.warning, entry: entry, "skipped: empty")
        } else {
            batch.counters.bytes += chunker.blankPrefixBytes
        }
    }

    /// Queues a JSON document entry: an array of articles is turned into lines as its blocks
    /// arrive (`JSONArrayLines`) and queued in chunks like JSON Lines (each item numbered as
    /// before, a fault of the array's structure reported without losing the other items); any
    /// other document (one article object) is read whole.
    private mutating func readJSONDocument(entry: String, blocks: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) rethrows {
        enum Mode { case undecided, array, whole, tooLarge }
        var mode = Mode.undecided
        var head: [UInt8] = []
        var raw = 0, emitted = 0
        var lines = JSONArrayLines()
        var converted: [UInt8] = []
        var chunker = JSONLinesChunker(chunkBytes: configuration.batchBytes, maxLineBytes: configuration.maxEntryBytes)
        let limit = configuration.maxEntryBytes
        func chunk(_ c: JSONLinesChunker.Chunk) {
            emitted += c.bytes.count
            add(EntryPayload(archive: source.name, entry: entry, format: .jsonDocument, bytes: c.bytes, firstLine: c.firstLine,
                             itemsAsLines: true))
        }
        func tooLong(_ item: Int) {
            batch.counters.skip(SkipReason.tooLarge, "\(source.name):\(entry):\(item)")
            note(.warning, entry: entry, "item \(item) skipped: larger than --max-entry-size \(limit) bytes")
        }
        func fault(_ f: JSONArrayLines.Fault) {
            batch.counters.skip(SkipReason.badJSONRecord, "\(source.name):\(entry):\(f.item)")
            note(.warning, entry: entry, f.item == 0 ? f.message : "item \(f.item) skipped: \(f.message)")
        }
        func feed(_ block: UnsafeRawBufferPointer) {
            converted.removeAll(keepingCapacity: true)
            lines.convert(block, into: &converted, fault: fault)
            converted.withUnsafeBytes { chunker.append($0, emit: chunk, tooLong: tooLong) }
        }
        try blocks { block in
            raw += block.count
            switch mode {
            case .undecided:
                head.append(contentsOf: block)
                guard let isArray = head.withUnsafeBytes({ JSONArrayLines.startsArray($0) }) else { return }
                mode = isArray ? .array : .whole
                if isArray {
                    head.withUnsafeBytes { feed($0) }
                    head = []
                } else if head.count > limit {
                    mode = .tooLarge
                    head = []
                }
            case .array:
                feed(block)
            case .whole:
                head.append(contentsOf: block)
                if head.count > limit {
                    mode = .tooLarge
                    head = []
                }
            case .tooLarge:
                break
            }
        }
        switch mode {
        case .undecided, .whole:
            accept(entry: entry, format: .jsonDocument, bytes: head)
        case .tooLarge:
            batch.counters.skip(SkipReason.tooLarge, "\(source.name):\(entry)")
            note(.warning, entry: entry, "skipped: larger than --max-entry-size \(limit) bytes")
        case .array:
            lines.finish(fault: fault)
            chunker.finish(emit: chunk, tooLong: tooLong)
            // The text's bytes are the entry's, as when it was read whole (less the items too long).
            batch.counters.bytes += raw - emitted - chunker.skippedBytes
        }
    }

    /// Queues an entry's bytes, or counts it as empty.
    private mutating func accept(entry: String, format: EntryFormat, bytes: [UInt8]) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            batch.counters.skip(SkipReason.empty, "\(source.name):\(entry)")
            note(.warning, entry: entry, "skipped: empty")
            return
        }
        add(EntryPayload(archive: source.name, entry: entry, format: format, bytes: bytes))
    }

    private mutating func readArchive(_ open: () throws -> ArchiveReader) {
        do {
            let reader = try open()
            try readEntries(of: reader, prefix: nil, depth: 0)
            if source.kind == .standardInput { batch.counters.inputBytes += reader.compressedBytesRead }
        } catch let error as ArchiveError {
            note(.error, entry: error.entry, error.message)
        } catch {
            note(.error, entry: nil, "\(error)")
        }
    }

    private mutating func readEntries(of reader: ArchiveReader, prefix: String?, depth: Int) throws {
        while let header = try reader.nextEntry() {
            if header.fileType == .directory { continue }
            var entryName = header.path
            var format: EntryFormat?
            if reader.isRaw {
                // A lone compressed file or plain data: named after the file, or sniffed (stdin).
                if source.kind == .standardInput && prefix == nil {
                    entryName = "-"
                } else {
                    let base = prefix.map { String($0.split(separator: "/").last ?? "") } ?? source.name
                    entryName = EntryFormat.rawEntryName(forFile: base)
                }
                format = EntryFormat.forPath(entryName)
                if format == .archive && !reader.isCompressed {
                    // Named as an archive (x.tar.gz, or an entry x.zip) but neither an archive nor
                    // compressed: opening the same bytes again would go round in circles.
                    throw ArchiveError(archive: source.name,
                                       message: "Unrecognized archive format (neither an archive nor compressed data libarchive can read)")
                }
            } else {
                format = EntryFormat.forPath(entryName)
            }
            if let prefix { entryName = reader.isRaw ? prefix : "\(prefix)/\(entryName)" }
            batch.counters.entries += 1
            if header.fileType != .regular {
                batch.counters.skip(SkipReason.notRegularFile, "\(source.name):\(entryName)")
                continue
            }
            if !reader.isRaw && EntryFormat.isSystemMetadata(entryName) {
                batch.counters.skip(SkipReason.systemMetadata, "\(source.name):\(entryName)")
                try reader.skipData()
                continue
            }
            if format == nil && !(reader.isRaw && source.kind == .standardInput) {
                batch.counters.skip(SkipReason.unsupportedType, "\(source.name):\(entryName)")
                try reader.skipData()
                continue
            }
            if format == .jsonLines {
                try readJSONLines(entry: entryName) { body in try reader.readDataBlocks(body) }
                continue
            }
            if format == .jsonDocument {
                try readJSONDocument(entry: entryName) { body in try reader.readDataBlocks(body) }
                continue
            }
            if format == .archive && depth < 2 && EntryFormat.isStreamedArchive(entryName) {
                readNested(streamingFrom: reader, entry: entryName, depth: depth)
                continue
            }
            if format == nil {
                // Standard input without a name: sniffed from its first bytes, then JSON is
                // streamed like a named file (a pipe of JSON Lines has no size limit either).
                try readSniffed(reader, entry: entryName)
                continue
            }
            var bytes: [UInt8] = []
            if let size = header.declaredSize, size > 0, size <= configuration.maxEntryBytes {
                bytes.reserveCapacity(size)
            }
            let outcome = try reader.readData(into: &bytes, limit: configuration.maxEntryBytes)
            if outcome == .exceededLimit {
                batch.counters.skip(SkipReason.tooLarge, "\(source.name):\(entryName)")
                note(.warning, entry: entryName, "skipped: larger than --max-entry-size \(configuration.maxEntryBytes) bytes")
                try reader.skipData()
                continue
            }
            let resolved = format ?? EntryFormat.sniff(bytes)
            if resolved == .archive {
                readNested(bytes, entry: entryName, depth: depth)
                continue
            }
            accept(entry: entryName, format: resolved, bytes: bytes)
        }
    }

    private mutating func readSniffed(_ reader: ArchiveReader, entry: String) throws {
        var head: [UInt8] = []
        var decided: EntryFormat?
        while decided == nil, let block = try reader.nextDataBlock() {
            head.append(contentsOf: block)
            decided = EntryFormat.sniffed(head)
        }
        let format = decided ?? EntryFormat.sniff(head)
        func blocks(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
            try head.withUnsafeBytes { try body($0) }
            while let block = try reader.nextDataBlock() { try body(block) }
        }
        switch format {
        case .jsonLines: try readJSONLines(entry: entry, blocks: blocks)
        case .jsonDocument: try readJSONDocument(entry: entry, blocks: blocks)
        default:
            var bytes = head
            while bytes.count <= configuration.maxEntryBytes, let block = try reader.nextDataBlock() {
                bytes.append(contentsOf: block)
            }
            if bytes.count > configuration.maxEntryBytes {
                batch.counters.skip(SkipReason.tooLarge, "\(source.name):\(entry)")
                note(.warning, entry: entry, "skipped: larger than --max-entry-size \(configuration.maxEntryBytes) bytes")
                try reader.skipData()
                return
            }
            accept(entry: entry, format: format, bytes: bytes)
        }
    }

    private mutating func readNested(_ bytes: [UInt8], entry: String, depth: Int) {
        guard depth < 2 else {
            batch.counters.skip(SkipReason.badNestedArchive, "\(source.name):\(entry)")
            note(.warning, entry: entry, "skipped: archive nested more than 2 levels deep")
            return
        }
        let name = source.name
        readNested(entry: entry, depth: depth) { try ArchiveReader(memory: bytes, name: name) }
    }

    /// An archive inside an archive read as the outer entry's blocks come (tar, compressed
    /// streams: formats read without seeking), never held whole: no `--max-entry-size` for it.
    private mutating func readNested(streamingFrom outer: ArchiveReader, entry: String, depth: Int) {
        let name = source.name
        let threads = decoderThreads
        readNested(entry: entry, depth: depth) { try ArchiveReader(entryOf: outer, name: name, decoderThreads: threads) }
    }

    private mutating func readNested(entry: String, depth: Int, open: () throws -> ArchiveReader) {
        do {
            let inner = try open()
            try readEntries(of: inner, prefix: entry, depth: depth + 1)
        } catch let error as ArchiveError {
            batch.counters.skip(SkipReason.badNestedArchive, "\(source.name):\(entry)")
            note(.warning, entry: error.entry.map { "\(entry)/\($0)" } ?? entry, "skipped nested archive: \(error.message)")
        } catch {
            batch.counters.skip(SkipReason.badNestedArchive, "\(source.name):\(entry)")
            note(.warning, entry: entry, "skipped nested archive: \(error)")
        }
    }
}
