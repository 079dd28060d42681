import CArchive
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming reader over one archive, a thin typed face over libarchive's `archive_read_*`.
///
/// Format and compression are detected by libarchive: tar (all variants), zip, 7z, cpio, ar,
/// iso9660, and the gzip, bzip2, xz, lzma, zstd, lz4 filters. A lone compressed file (`x.txt.gz`)
/// or plain data is read as a single entry through the `raw` format; `isRaw` tells when that
/// happened, so the caller can name the entry after the file. On a stream Khabar decompresses
/// itself (`ClientInput`), the common tar headers are read by `TarStream` and libarchive takes
/// over from the first header that reader leaves to it.
///
/// Nothing is extracted to disk: `readData` hands out the decompressed bytes entry by entry.
/// A reader is used by one thread at a time (it is not `Sendable`).
public final class ArchiveReader {
    private let handle: OpaquePointer
    /// The name used in messages and document ids.
    public let name: String
    private var currentEntryPath: String?
    private var isOpen = false
    /// Headers read so far (names nameless entries in messages).
    private var entryNumber = 0
    /// The bytes of an in-memory archive; libarchive reads them until the reader is freed.
    private var memory: UnsafeMutableRawBufferPointer?
    /// The input when Khabar reads it for libarchive (gzip inflated with ISA-L, bzip2 decoded on
    /// several threads, or a pipe).
    private var client: ClientInput?
    /// Khabar's own tar reader, in front of libarchive on a stream Khabar decompresses (nil:
    /// libarchive reads; it takes over at the first header the tar reader leaves to it).
    private var tar: TarStream?
    /// The tar reader met the end of the archive.
    private var tarEnded = false
    /// `nextDataBlock`'s state in the current entry: bytes handed out, zeros of a hole still to
    /// hand out, and the block that follows the hole.
    private var blockDelivered = 0
    private var holeRemaining = 0
    private var pendingBlock: UnsafeRawBufferPointer?

    /// Read block size handed to libarchive for files and file descriptors.
    public static let blockSize = 1 << 20

    private init(name: String) throws {
        ArchiveReader.prepareLocale()
        guard let handle = archive_read_new() else {
            throw ArchiveError(archive: name, message: "libarchive could not allocate a reader")
        }
        self.handle = handle
        self.name = name
        archive_read_support_filter_all(handle)
        archive_read_support_format_all(handle)
        // Raw last: it bids lowest, so it only wins when no real format does.
        archive_read_support_format_raw(handle)
        archive_read_support_format_empty(handle)
    }

    /// Opens the archive at `path`. `name` is what messages and ids call it.
    ///
    /// A gzip file is inflated by Khabar (`GzipInflater`, ISA-L), and bzip2 and .xz files decoded
    /// on `decoderThreads` threads (`Bzip2Decoder`, `XzDecoder`), when Khabar was built with them
    /// and `inflater` is `.fastest`; anything else is opened by libarchive, which can then seek in
    /// it (zip, 7z).
    public convenience init(path: String, name: String, inflater: Inflater = .fastest,
                            decoderThreads: Int = ArchiveReader.defaultDecoderThreads) throws {
        try self.init(name: name)
        if inflater == .fastest && ClientInput.decodesAny {
            let fd = ArchiveReader.openDescriptor(path)
            if fd >= 0 {
                let source = DescriptorSource(descriptor: fd, ownsDescriptor: true)
                var status = stat()
                let size = fstat(fd, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
                if let head = try? source.peek(10) {
                    let decoder = ClientInput.decoder(for: head, threads: decoderThreads, size: size)
                    if case .none = decoder {} else {
                        try openClient(ClientInput(source: source, decoder: decoder))
                        return
                    }
                }
            }
            // Not compressed so, or not readable: libarchive opens it (and words any error as before).
        }
        try check(archive_read_open_filename(handle, path, ArchiveReader.blockSize), entry: nil)
        isOpen = true
    }

    /// Reads an archive stream from an open file descriptor (for example 0, standard input).
    ///
    /// Gzip, bzip2 and .xz are decoded by Khabar as for files. To see what a pipe holds its first bytes
    /// are read, and then handed to libarchive before the rest; a regular file is looked at in
    /// place (`pread`) and, when neither, left to libarchive, which can seek in it.
    public convenience init(fileDescriptor: Int32, name: String, inflater: Inflater = .fastest,
                            decoderThreads: Int = ArchiveReader.defaultDecoderThreads) throws {
        try self.init(name: name)
        if inflater == .fastest && ClientInput.decodesAny {
            var status = stat()
            let isRegular = fstat(fileDescriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
            if isRegular {
                var head = [UInt8](repeating: 0, count: 10)
                let offset = lseek(fileDescriptor, 0, SEEK_CUR)
                let n = head.withUnsafeMutableBytes { pread(fileDescriptor, $0.baseAddress, 10, offset) }
                let decoder = ClientInput.decoder(for: Array(head.prefix(max(0, n))), threads: decoderThreads,
                                                  size: Int(status.st_size - offset))
                if case .none = decoder {} else {
                    try openClient(ClientInput(source: DescriptorSource(descriptor: fileDescriptor, ownsDescriptor: false), decoder: decoder))
                    return
                }
            } else {
                let source = DescriptorSource(descriptor: fileDescriptor, ownsDescriptor: false)
                let head: [UInt8]
                do { head = try source.peek(10) } catch {
                    throw ArchiveError(archive: name, message: error.message, errno: error.errno)
                }
                try openClient(ClientInput(source: source, decoder: ClientInput.decoder(for: head, threads: decoderThreads)))
                return
            }
        }
        try check(archive_read_open_fd(handle, fileDescriptor, ArchiveReader.blockSize), entry: nil)
        isOpen = true
    }

    /// True when the file at `path` is bzip2 that Khabar decodes itself on several threads
    /// (built with libbzip2's header, and large enough: `ClientInput.smallestForThreads`).
    static func isBzip2ForThreads(path: String) -> Bool {
        guard ClientInput.decodesBzip2 else { return false }
        let fd = openDescriptor(path)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return false }
        var head = [UInt8](repeating: 0, count: 10)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 10, 0) }
        guard n == 10 else { return false }
        if case .bzip2 = ClientInput.decoder(for: head, threads: 2, size: Int(status.st_size)) { return true }
        return false
    }

    /// Threads a bzip2 or .xz input is decoded on by default: the cores.
    public static var defaultDecoderThreads: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Who decompresses gzip, bzip2 and .xz inputs.
    public enum Inflater: Sendable, Equatable {
        /// Khabar's decoders when it was built with them (see `Package.swift`): ISA-L for gzip,
        /// libbzip2 on several threads for bzip2, liblzma's threaded decoder for .xz; else libarchive.
        case fastest
        /// Always libarchive (zlib, libbzip2 and liblzma on one thread): for comparisons and tests.
        case libarchive
    }

    /// True when gzip inputs opened with `.fastest` are inflated by ISA-L.
    public static var inflatesGzipWithISAL: Bool { ClientInput.inflatesGzip }

    /// True when bzip2 inputs opened with `.fastest` are decoded by Khabar on several threads.
    public static var decodesBzip2InParallel: Bool { ClientInput.decodesBzip2 }

    /// True when .xz inputs opened with `.fastest` (and two threads or more) are decoded with
    /// liblzma's multi-threaded decoder.
    public static var decodesXzInParallel: Bool { ClientInput.decodesXz }

    /// `open(2)` for reading, from the platform's C library.
    private static func openDescriptor(_ path: String) -> Int32 {
        #if canImport(Glibc)
        Glibc.open(path, O_RDONLY | O_CLOEXEC)
        #else
        Darwin.open(path, O_RDONLY | O_CLOEXEC)
        #endif
    }

    /// A gzip member starts 1F 8B 08 (deflate, the only method gzip defines).
    static func isGzip(_ head: [UInt8]) -> Bool {
        head.count >= 3 && head[0] == 0x1F && head[1] == 0x8B && head[2] == 0x08
    }

    /// Reads `input`: with `TarStream` when Khabar decompresses it and it starts with a tar header
    /// that reader reads, else (and from the first header it leaves) with libarchive through the
    /// client callbacks. The reader keeps the input alive.
    private func openClient(_ input: ClientInput) throws {
        client = input
        if input.inflates {
            var unconsumed: [UInt8] = []
            if let stream = TarStream.open(input, unconsumed: &unconsumed) {
                tar = stream
                return
            }
            input.giveBack(unconsumed)
        }
        try openLibarchive(input)
    }

    private func openLibarchive(_ input: ClientInput) throws {
        let status = archive_read_open(handle, Unmanaged.passUnretained(input).toOpaque(), nil,
                                       clientInputRead, nil)
        isOpen = status >= ARCHIVE_WARN
        try check(status, entry: nil)
        if input.failure != nil { throw error(entry: nil) }
    }

    /// A `TarStream` failure as libarchive's would have been reported: the input's own error
    /// first (a decompression error), else the format's message.
    private func tarError(_ failure: TarStream.Failure, entry: String?) -> ArchiveError {
        if let input = failure.input ?? client?.failure {
            return ArchiveError(archive: name, entry: entry, message: input.message, errno: input.errno)
        }
        return ArchiveError(archive: name, entry: entry, message: failure.message, errno: failure.errno)
    }

    /// `nextEntry` while `TarStream` reads: the entry, nil at the end, or a hand-over to libarchive
    /// (`handedOver`: libarchive reads on from the header given back).
    private func nextTarEntry(_ stream: TarStream, handedOver: inout Bool) throws -> ArchiveEntry? {
        if tarEnded { return nil }
        let next: TarStream.Next
        do { next = try stream.next() } catch { throw tarError(error, entry: currentEntryPath.map { "after \($0)" }) }
        switch next {
        case .end:
            tarEnded = true
            return nil
        case .handOver:
            client!.giveBack(stream.handOverBytes())
            tar = nil
            try openLibarchive(client!)
            handedOver = true
            return nil
        case .entry(let header):
            var path = String(validating: header.path, as: UTF8.self) ?? String(decoding: header.path, as: UTF8.self)
            entryNumber += 1
            if path.isEmpty { path = "(entry #\(entryNumber), no name)" }
            currentEntryPath = path
            return ArchiveEntry(path: path, declaredSize: header.size, fileType: header.isDirectory ? .directory : .regular)
        }
    }

    /// Reads the archive that is the current entry of `outer`, as its blocks are decompressed
    /// (an archive inside an archive, never held whole). Only for formats libarchive reads
    /// without seeking (tar, cpio, ar, and any compressed stream): not zip, 7z, iso.
    convenience init(entryOf outer: ArchiveReader, name: String, inflater: Inflater = .fastest,
                     decoderThreads: Int = ArchiveReader.defaultDecoderThreads) throws {
        try self.init(name: name)
        let source = DescriptorSource { () throws(ArchiveInputError) -> UnsafeRawBufferPointer? in
            do throws(ArchiveError) { return try outer.nextDataBlock() } catch {
                throw ArchiveInputError(message: error.message, errno: error.errno)
            }
        }
        var decoder = ClientInput.Decoder.none
        if inflater == .fastest && ClientInput.decodesAny {
            do throws(ArchiveInputError) { decoder = ClientInput.decoder(for: try source.peek(10), threads: decoderThreads) } catch {
                throw ArchiveError(archive: name, message: error.message, errno: error.errno)
            }
        }
        try openClient(ClientInput(source: source, decoder: decoder))
    }

    /// Reads an archive from bytes in memory (used for archives nested in archives).
    convenience init(memory bytes: [UInt8], name: String) throws {
        try self.init(name: name)
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        copy.copyBytes(from: bytes)
        memory = copy
        try check(archive_read_open_memory(handle, copy.baseAddress, bytes.count), entry: nil)
        isOpen = true
    }

    deinit {
        if isOpen { archive_read_close(handle) }
        archive_read_free(handle)
        memory?.deallocate()
    }

    /// libarchive needs a UTF-8 locale to convert entry names (zip entries with Arabic names
    /// come back NULL under the "C" locale). Done once, before the first archive is opened.
    public static func prepareLocale() { _ = localeReady }
    private static let localeReady: Bool = {
        setlocale(LC_ALL, "C.UTF-8") != nil
    }()

    /// True when libarchive fell back to the `raw` format: the input is one stream of data
    /// (possibly compressed), not an archive of entries.
    public var isRaw: Bool { tar == nil && !tarEnded && archive_format(handle) == ARCHIVE_FORMAT_RAW }

    /// True when Khabar decompresses the input itself (`GzipInflater`, `Bzip2Decoder`,
    /// `XzDecoder`) and hands libarchive what is inside.
    var decodesInKhabar: Bool { client?.inflates ?? false }

    /// True when the data went through a decompressor: a libarchive filter (gzip, xz, zstd ...)
    /// or one of Khabar's decoders. A raw, uncompressed input is plain data, not an archive.
    public var isCompressed: Bool { (client?.inflates ?? false) || archive_filter_count(handle) > 1 }

    /// The detected format, as libarchive names it ("GNU tar format", "ZIP 2.0 (deflation)"), or
    /// "tar (read by Khabar)" while (and after) `TarStream` reads the archive.
    public var formatName: String {
        if tar != nil || tarEnded { return "tar (read by Khabar)" }
        return archive_format_name(handle).map { String(cString: $0) } ?? "unknown"
    }

    /// Total compressed bytes consumed so far (`archive_filter_bytes(a, -1)`, or the bytes read
    /// from the input when Khabar feeds libarchive).
    public var compressedBytesRead: Int64 { client?.bytesIn ?? archive_filter_bytes(handle, -1) }

    /// Advances to the next entry header; nil at the end of the archive.
    public func nextEntry() throws -> ArchiveEntry? {
        blockDelivered = 0
        holeRemaining = 0
        pendingBlock = nil
        if let tar {
            var handedOver = false
            let entry = try nextTarEntry(tar, handedOver: &handedOver)
            if !handedOver {
                if entry == nil { try finishClient() }
                return entry
            }
        }
        var entryPointer: OpaquePointer?
        let status = archive_read_next_header(handle, &entryPointer)
        if status == ARCHIVE_EOF {
            try finishClient()
            return nil
        }
        // RETRY (a damaged header), FAILED or FATAL: the stream cannot be trusted any further.
        if status < ARCHIVE_WARN || status == ARCHIVE_RETRY {
            throw error(entry: currentEntryPath.map { "after \($0)" })
        }
        guard let entryPointer else {
            throw ArchiveError(archive: name, message: "libarchive returned no entry header")
        }
        var path: String
        if ArchiveReader.localeReady, let raw = archive_entry_pathname(entryPointer) {
            // Under the UTF-8 locale set by `prepareLocale` the multibyte name is the UTF-8 name
            // (libarchive converts other charsets into it): `archive_entry_pathname_utf8` would
            // convert it once more, ~4,000 instructions an entry. Not valid UTF-8: decoded leniently.
            let bytes = UnsafeRawBufferPointer(start: raw, count: Int(bitPattern: UInt(strlen(raw))))
            path = String(validating: bytes, as: UTF8.self) ?? String(decoding: bytes, as: UTF8.self)
        } else if let utf8 = archive_entry_pathname_utf8(entryPointer) {
            path = String(cString: utf8)
        } else if let raw = archive_entry_pathname(entryPointer) {
            // Not valid in the locale: decode leniently rather than lose the entry.
            path = String(decoding: UnsafeRawBufferPointer(start: raw, count: Int(bitPattern: UInt(strlen(raw)))), as: UTF8.self)
        } else {
            path = ""
        }
        entryNumber += 1
        if path.isEmpty { path = "(entry #\(entryNumber), no name)" }
        // A raw stream's one entry is named "data" by libarchive: messages name the input alone
        // (the caller names the entry after the file).
        currentEntryPath = isRaw ? nil : path
        let mode = archive_entry_filetype(entryPointer)
        let fileType: ArchiveEntry.FileType
        switch mode & 0o170000 {
        case 0o100000: fileType = .regular
        case 0o040000: fileType = .directory
        case 0o120000: fileType = .symbolicLink
        case 0: fileType = .regular  // raw format and some zip streams leave the type unset
        default: fileType = .other
        }
        let declaredSize = archive_entry_size_is_set(entryPointer) != 0
            ? Int(archive_entry_size(entryPointer)) : nil
        return ArchiveEntry(path: path, declaredSize: declaredSize, fileType: fileType)
    }

    /// At the end of the archive: reads what is left of the input Khabar decodes (its trailer).
    private func finishClient() throws {
        if let client {
            do { try client.finish() } catch {
                throw ArchiveError(archive: name, entry: currentEntryPath.map { "after \($0)" },
                                   message: error.message, errno: error.errno)
            }
        }
        currentEntryPath = nil
    }

    /// The outcome of reading an entry's data.
    public enum ReadOutcome: Equatable, Sendable {
        /// All the entry's bytes were appended.
        case complete
        /// The entry is larger than the limit; the bytes appended so far are a prefix,
        /// the rest was skipped.
        case exceededLimit
    }

    /// Appends the current entry's decompressed bytes to `buffer`, block by block
    /// (`nextDataBlock`: one copy out of libarchive's buffer, no per-byte work; holes of sparse
    /// entries as zeros).
    public func readData(into buffer: inout [UInt8], limit: Int) throws -> ReadOutcome {
        var read = 0
        while let block = try nextDataBlock() {
            if read + block.count > limit { return .exceededLimit }
            buffer.append(contentsOf: block)
            read += block.count
        }
        return .complete
    }

    /// Hands the current entry's decompressed bytes to `body`, block by block as libarchive
    /// decodes them (no copy; a block is valid only during the call). Holes of sparse entries
    /// come as blocks of zeros.
    public func readDataBlocks(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        while let block = try nextDataBlock() { try body(block) }
    }

    /// The current entry's next block of decompressed bytes, or nil at its end: valid until the
    /// next call (a hole of a sparse entry comes as zeros, up to 64 KiB at a time).
    public func nextDataBlock() throws(ArchiveError) -> UnsafeRawBufferPointer? {
        if holeRemaining > 0 {
            let n = Swift.min(holeRemaining, ArchiveReader.zeros.count)
            holeRemaining -= n
            blockDelivered += n
            return UnsafeRawBufferPointer(rebasing: ArchiveReader.zeros[..<n])
        }
        if let tar {
            do {
                guard let block = try tar.nextDataBlock() else { return nil }
                return block
            } catch {
                throw tarError(error, entry: currentEntryPath)
            }
        }
        if let pending = pendingBlock {
            pendingBlock = nil
            blockDelivered += pending.count
            return pending
        }
        var block: UnsafeRawPointer?
        var size = 0
        var offset: la_int64_t = 0
        let status = archive_read_data_block(handle, &block, &size, &offset)
        if status == ARCHIVE_EOF {
            blockDelivered = 0
            return nil
        }
        if status < ARCHIVE_WARN || status == ARCHIVE_RETRY { throw error(entry: currentEntryPath) }
        let data = UnsafeRawBufferPointer(start: block, count: block == nil ? 0 : size)
        let hole = Int(offset) - blockDelivered
        if hole > 0 {
            holeRemaining = hole
            pendingBlock = data
            return try nextDataBlock()
        }
        blockDelivered += data.count
        return data
    }

    /// 64 KiB of zeros for holes. `nonisolated(unsafe)`: written once when made, only read after.
    nonisolated(unsafe) private static let zeros: UnsafeRawBufferPointer = {
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        block.initializeMemory(as: UInt8.self, repeating: 0)
        return UnsafeRawBufferPointer(block)
    }()

    /// Skips the rest of the current entry's data (cheap for formats that can seek).
    public func skipData() throws {
        if let tar {
            do { try tar.skipData() } catch { throw tarError(error, entry: currentEntryPath) }
            return
        }
        let status = archive_read_data_skip(handle)
        if status < ARCHIVE_WARN { throw error(entry: currentEntryPath) }
    }

    private func check(_ status: Int32, entry: String?) throws {
        if status < ARCHIVE_WARN { throw error(entry: entry) }
    }

    private func error(entry: String?) -> ArchiveError {
        if let failure = client?.failure {
            return ArchiveError(archive: name, entry: entry, message: failure.message, errno: failure.errno)
        }
        var text = archive_error_string(handle).map { String(cString: $0) } ?? "unknown libarchive error"
        let code = archive_errno(handle)
        // "Failed to open 'x'" says nothing of why: add the system's reason when libarchive has one.
        // (libarchive also uses EINVAL, EILSEQ, ... as categories of format errors: not those.)
        if [ENOENT, EACCES, EPERM, EISDIR, ENOTDIR, EIO, EMFILE, ENFILE, ENOMEM, ELOOP].contains(code), let reason = strerror(code).map({ String(cString: $0) }), !text.contains(reason) {
            text += ": \(reason)"
        }
        return ArchiveError(archive: name, entry: entry, message: text, errno: code)
    }
}
