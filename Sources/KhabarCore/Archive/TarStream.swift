#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Khabar's own reader of the common tar headers, on a stream Khabar decompresses itself
/// (`ClientInput`: gzip by ISA-L, bzip2, .xz), in front of libarchive.
///
/// Hand-written because it is on the reader thread's hot path: libarchive's tar reader converts
/// every entry name to wide characters (`archive_entry_pathname_w`, for its trailing-slash test:
/// glibc's `mbrtowc` per character, through gconv) and copies the data through its read-ahead
/// buffer; on news-bench (72,716 entries) that was ~0.1 s of the reader thread's ~0.45 s of CPU,
/// beside ISA-L's 0.19 s.
///
/// It reads only what is plain and common: ustar and GNU headers of regular files ('0', NUL)
/// and directories ('5'), a POSIX pax header ('x') whose records it knows (`path`, `size`, times,
/// owners, extended attributes), a GNU long name ('L') and a pax global header ('g', whose
/// records, like libarchive, it does not apply). Anything else (links, devices, sparse files,
/// other charsets, a malformed pax record, a base-256 size, an old v7 header) is handed over:
/// libarchive reads the stream from that header on (`handOver`), so every archive libarchive
/// read before is read the same way. Messages are libarchive's ("Damaged tar archive",
/// "Truncated tar archive").
final class TarStream {
    /// A header group (pax and long-name headers, and the header they describe) read whole.
    struct Header {
        /// The path's bytes as stored (UTF-8 for pax; the bytes of the name fields otherwise).
        var path: [UInt8]
        var size: Int
        var isDirectory: Bool
    }

    enum Next {
        case entry(Header)
        /// The end-of-archive block, or the end of the stream at a block boundary.
        case end
        /// A header this reader leaves to libarchive: `handOverBytes()` are the bytes from its
        /// start that the input has already given.
        case handOver
    }

    /// Why reading stopped (libarchive's wording; the archive reader names the archive and entry).
    struct Failure: Error {
        var message: String
        /// The error number libarchive gives the same failure.
        var errno: Int32 = EINVAL
        /// The input's own error (a decompression error, a failed read), not the tar format's.
        var input: ArchiveInputError?
    }

    private let input: ClientInput
    /// The input's current block and how much of it has been consumed.
    private var block = UnsafeRawBufferPointer(start: nil, count: 0)
    private var offset = 0
    private var inputEnded = false
    /// The bytes consumed since the current header group began: given back on a hand-over.
    private var groupBytes: [UInt8] = []
    /// The current entry's data still to read, and its padding to the next 512-byte block.
    private var remaining = 0
    private var padding = 0
    private var header = [UInt8](repeating: 0, count: 512)

    /// Largest pax or long-name body read here (libarchive's limit for such "special headers").
    static let specialHeaderLimit = 1 << 20

    private init(input: ClientInput) {
        self.input = input
    }

    /// A reader of `input` when its first header is one this reader reads (a valid ustar or GNU
    /// header); nil otherwise, with `unconsumed` set to the bytes taken to look.
    /// An input error while looking also gives nil (the input keeps its failure, which
    /// libarchive's first read reports).
    static func open(_ input: ClientInput, unconsumed: inout [UInt8]) -> TarStream? {
        let stream = TarStream(input: input)
        stream.groupBytes.reserveCapacity(512)
        var first = [UInt8](repeating: 0, count: 512)
        let n: Int
        do { n = try stream.read(into: &first, count: 512) } catch {
            unconsumed = Array(first.prefix(stream.copiedBeforeFailure))
            return nil
        }
        stream.header = first
        if n == 512 && TarStream.isReadableHeader(first) {
            stream.groupBytes = first
            stream.pushBack = true
            return stream
        }
        unconsumed = Array(first.prefix(n)) + stream.rest()
        return nil
    }

    /// The first header, already read by `open`, is parsed again by the first `next`.
    private var pushBack = false

    /// True when `h` is a header this reader starts on: the checksum holds and it is ustar
    /// ("ustar" + version) or GNU ("ustar  \0").
    static func isReadableHeader(_ h: [UInt8]) -> Bool {
        checksumHolds(h) && h[257] == 0x75 && h[258] == 0x73 && h[259] == 0x74 && h[260] == 0x61 && h[261] == 0x72
    }

    /// The header checksum as libarchive checks it: the field holds an octal number, equal to
    /// the sum of the bytes with the field as spaces, unsigned or (old BSD tars) signed.
    static func checksumHolds(_ h: [UInt8]) -> Bool {
        for i in 148..<156 {
            let c = h[i]
            if c != 0x20 && c != 0 && (c < 0x30 || c > 0x37) { return false }
        }
        guard let stored = octal(h, 148, 8) else { return false }
        // The unsigned sum first (a vectorised loop over the bytes); the signed one only if needed.
        let unsigned = h.withUnsafeBufferPointer { p -> Int in
            var sum = 256  // the field as eight spaces
            for i in 0..<148 { sum &+= Int(p[i]) }
            for i in 156..<512 { sum &+= Int(p[i]) }
            return sum
        }
        if stored == unsigned { return true }
        var signed = 256
        for i in 0..<512 where i < 148 || i >= 156 { signed += Int(Int8(bitPattern: h[i])) }
        return stored == signed
    }

    /// An octal field as libarchive's `tar_atol` reads it (leading spaces, digits up to the
    /// first other byte); nil for a base-256 field (left to libarchive).
    static func octal(_ h: [UInt8], _ start: Int, _ width: Int) -> Int? {
        if h[start] & 0x80 != 0 { return nil }
        var i = start
        let end = start + width
        while i < end && (h[i] == 0x20 || h[i] == 0x09) { i += 1 }
        var value = 0
        while i < end, h[i] >= 0x30, h[i] <= 0x37 {
            value = value << 3 | Int(h[i] - 0x30)
            if value > Int(Int64.max >> 3) { return nil }
            i += 1
        }
        return value
    }

    /// The next entry's header, the end, or a hand-over. Skips what is left of the previous
    /// entry's data first.
    func next() throws(Failure) -> Next {
        if !pushBack {
            try skipData()
            groupBytes.removeAll(keepingCapacity: true)
        }
        var pathOverride: [UInt8]?
        var sizeOverride: Int?
        var depth = 0
        while true {
            if pushBack {
                pushBack = false
            } else {
                let n = try read(into: &header, count: 512)
                if n == 0 {
                    if depth == 0 { return .end }  // some writers omit the end blocks
                    throw Failure(message: "Damaged tar archive")  // a special header without its entry
                }
                if n < 512 { throw Failure(message: "Truncated tar archive", errno: EILSEQ) }
                groupBytes += header
            }
            if header[0] == 0 && header.allSatisfy({ $0 == 0 }) {
                if depth > 0 { throw Failure(message: "Damaged tar archive") }
                // The end: a second zero block is taken too, if there is one (libarchive does).
                var second = [UInt8](repeating: 0, count: 512)
                _ = try read(into: &second, count: 512)
                return .end
            }
            guard TarStream.checksumHolds(header) else { throw Failure(message: "Damaged tar archive") }
            depth += 1
            if depth > 32 { return .handOver }
            let type = header[156]
            let isUstar = header[257] == 0x75 && header[258] == 0x73 && header[259] == 0x74 && header[260] == 0x61 && header[261] == 0x72
            let isGNU = isUstar && header[262] == 0x20 && header[263] == 0x20 && header[264] == 0
            guard isUstar else { return .handOver }
            switch type {
            case 0x78, 0x67, 0x4C:  // 'x' pax, 'g' pax global, 'L' GNU long name
                guard let size = TarStream.octal(header, 124, 12), size <= TarStream.specialHeaderLimit else { return .handOver }
                var body = [UInt8](repeating: 0, count: size)
                if try read(into: &body, count: size) < size { throw Failure(message: "Truncated tar archive", errno: EILSEQ) }
                groupBytes += body
                let pad = (512 - size % 512) % 512
                var padBytes = [UInt8](repeating: 0, count: pad)
                if try read(into: &padBytes, count: pad) < pad { throw Failure(message: "Truncated tar archive", errno: EILSEQ) }
                groupBytes += padBytes
                if type == 0x4C {
                    pathOverride = Array(body.prefix { $0 != 0 })
                } else if type == 0x78 {
                    guard let records = TarStream.paxRecords(body) else { return .handOver }
                    for (key, value) in records {
                        if key == "path" {
                            pathOverride = value
                        } else if key == "size" {
                            guard !value.isEmpty, value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.count < 19 else { return .handOver }
                            sizeOverride = value.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                        } else if !TarStream.isIgnorablePaxKey(key) {
                            return .handOver
                        }
                    }
                }
                continue  // a global header ('g') is read and not applied, as libarchive does
            case 0x30, 0x00, 0x35:  // '0', NUL (regular), '5' (directory)
                guard let headerSize = TarStream.octal(header, 124, 12) else { return .handOver }
                let size = sizeOverride ?? headerSize
                var path: [UInt8]
                if let pathOverride {
                    path = pathOverride
                } else {
                    path = TarStream.field(header, 0, 100)
                    if !isGNU && header[345] != 0 {
                        var prefix = TarStream.field(header, 345, 155)
                        if prefix.last != 0x2F { prefix.append(0x2F) }
                        path = prefix + path
                    }
                }
                // "Regular" entry with a trailing '/' is a directory (old tars), as in libarchive.
                let isDirectory = type == 0x35 || path.last == 0x2F
                if isDirectory && size > 0 { return .handOver }  // data in a directory: libarchive's call
                remaining = size
                padding = (512 - size % 512) % 512
                groupBytes.removeAll(keepingCapacity: true)
                return .entry(Header(path: path, size: size, isDirectory: isDirectory))
            default:
                return .handOver
            }
        }
    }

    /// The bytes of a NUL-terminated (or full) header field.
    private static func field(_ h: [UInt8], _ start: Int, _ width: Int) -> [UInt8] {
        var end = start
        while end < start + width && h[end] != 0 { end += 1 }
        return Array(h[start..<end])
    }

    /// The records of a pax header ("length key=value\n", the length counting the whole record);
    /// nil when one is malformed.
    static func paxRecords(_ body: [UInt8]) -> [(key: String, value: [UInt8])]? {
        var records: [(key: String, value: [UInt8])] = []
        var i = 0
        while i < body.count {
            if body[i] == 0 { break }  // NUL padding after the last record
            var length = 0, j = i
            while j < body.count, body[j] >= 0x30, body[j] <= 0x39 {
                length = length * 10 + Int(body[j] - 0x30)
                if length > body.count { return nil }
                j += 1
            }
            guard j > i, j < body.count, body[j] == 0x20, length > j - i + 1, i + length <= body.count,
                  body[i + length - 1] == 0x0A else { return nil }
            let record = body[(j + 1)..<(i + length - 1)]
            guard let equals = record.firstIndex(of: 0x3D), equals > record.startIndex else { return nil }
            guard let key = String(validating: record[record.startIndex..<equals], as: UTF8.self) else { return nil }
            records.append((key, Array(record[(equals + 1)...])))
            i += length
        }
        return records
    }

    /// Pax keys that change nothing Khabar reads (times, owners, ids, extended attributes).
    static func isIgnorablePaxKey(_ key: String) -> Bool {
        switch key {
        case "mtime", "atime", "ctime", "uid", "gid", "uname", "gname", "comment", "linkpath",
             "SCHILY.dev", "SCHILY.ino", "SCHILY.nlink", "SCHILY.fflags", "LIBARCHIVE.creationtime":
            return true
        default:
            return key.hasPrefix("SCHILY.xattr.") || key.hasPrefix("LIBARCHIVE.xattr.") || key.hasPrefix("SCHILY.acl.")
        }
    }

    /// The current entry's next block of data (a slice of the input's block, valid until the
    /// next call), or nil at its end, after its padding (a cut in the padding fails the entry,
    /// as in libarchive).
    func nextDataBlock() throws(Failure) -> UnsafeRawBufferPointer? {
        guard remaining > 0 else {
            if padding > 0 { try skip(padding) }
            padding = 0
            return nil
        }
        if offset == block.count {
            guard try fetch() else { throw Failure(message: "Truncated tar archive", errno: EILSEQ) }
        }
        let n = Swift.min(remaining, block.count - offset)
        defer { offset += n; remaining -= n }
        return UnsafeRawBufferPointer(rebasing: block[offset..<(offset + n)])
    }

    /// Skips the rest of the current entry's data and its padding.
    func skipData() throws(Failure) {
        let left = remaining + padding
        remaining = 0
        padding = 0
        try skip(left)
    }

    /// Skips `count` bytes; fewer at the end of the input is libarchive's "Truncated input file".
    private func skip(_ count: Int) throws(Failure) {
        var skipped = 0
        while skipped < count {
            if offset == block.count {
                guard try fetch() else {
                    throw Failure(message: "Truncated input file (needed \(count) bytes, only \(skipped) available)",
                                  errno: EILSEQ)
                }
            }
            let n = Swift.min(count - skipped, block.count - offset)
            offset += n
            skipped += n
        }
    }

    /// For a hand-over: the bytes of the header group read so far and the rest of the current
    /// block, which libarchive must see before the rest of the input.
    func handOverBytes() -> [UInt8] {
        groupBytes + rest()
    }

    private func rest() -> [UInt8] {
        defer { offset = block.count }
        return Array(block[offset...])
    }

    /// Bytes the last `read` had copied when the input failed.
    private var copiedBeforeFailure = 0

    /// Copies up to `count` bytes into `into` (from its start); fewer only at the end of the input.
    private func read(into destination: inout [UInt8], count: Int) throws(Failure) -> Int {
        var copied = 0
        while copied < count {
            if offset == block.count {
                copiedBeforeFailure = copied
                guard try fetch() else { break }
            }
            let n = Swift.min(count - copied, block.count - offset)
            destination.withUnsafeMutableBytes { d in
                d.baseAddress!.advanced(by: copied).copyMemory(from: block.baseAddress!.advanced(by: offset), byteCount: n)
            }
            offset += n
            copied += n
        }
        return copied
    }

    /// The input's next block; false at its end.
    private func fetch() throws(Failure) -> Bool {
        if inputEnded { return false }
        do {
            block = try input.next()
        } catch {
            throw Failure(message: error.message, input: error)
        }
        offset = 0
        if block.count == 0 { inputEnded = true; return false }
        return true
    }
}
