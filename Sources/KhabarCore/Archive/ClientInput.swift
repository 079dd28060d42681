import CArchive
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input that Khabar reads itself and hands to libarchive block by block (libarchive's
/// "client" callbacks), instead of letting libarchive open it.
///
/// Three reasons to do so: a gzip stream is inflated here with ISA-L (`GzipInflater`, about 3×
/// the speed of the zlib inside libarchive, when Khabar is built with it), bzip2 and .xz streams
/// are decoded here on several threads (`Bzip2Decoder`, `XzDecoder`), and standard input has to
/// be peeked at to tell them from anything else, so the bytes taken to look must be handed back.
/// Everything else (the format, other filters, entries) is libarchive's as before.
final class ClientInput {
    /// Where the bytes come from.
    let source: DescriptorSource
    #if KHABAR_ISAL
    private let inflater: GzipInflater?
    #endif
    #if KHABAR_BZ2
    private let bzip2: Bzip2Decoder?
    #endif
    #if KHABAR_XZ
    private let xz: XzDecoder?
    #endif
    /// The data is decompressed here (gzip, bzip2, xz), before libarchive sees it.
    var inflates: Bool {
        #if KHABAR_ISAL
        if inflater != nil { return true }
        #endif
        #if KHABAR_BZ2
        if bzip2 != nil { return true }
        #endif
        #if KHABAR_XZ
        if xz != nil { return true }
        #endif
        return false
    }

    /// What decompresses the input before libarchive.
    enum Decoder {
        /// Nothing: libarchive gets the bytes as they are (and applies its own filters).
        case none
        /// `GzipInflater` (ISA-L).
        case gzip
        /// `Bzip2Decoder` on this many threads.
        case bzip2(threads: Int)
        /// `XzDecoder` (liblzma's multi-threaded decoder) on this many threads.
        case xz(threads: Int)
    }
    /// Read buffer for the pass-through case (nil when inflating).
    private let buffer: UnsafeMutableRawPointer?
    private static let bufferSize = 1 << 20

    /// True when gzip is inflated by Khabar (built with ISA-L).
    static var inflatesGzip: Bool {
        #if KHABAR_ISAL
        return true
        #else
        return false
        #endif
    }

    /// True when bzip2 is decoded by Khabar, on several threads (built with libbzip2's header).
    static var decodesBzip2: Bool {
        #if KHABAR_BZ2
        return true
        #else
        return false
        #endif
    }

    /// True when .xz is decoded by Khabar with liblzma's multi-threaded decoder.
    static var decodesXz: Bool {
        #if KHABAR_XZ
        return true
        #else
        return false
        #endif
    }

    /// True when Khabar decodes some compression itself.
    static var decodesAny: Bool { inflatesGzip || decodesBzip2 || decodesXz }

    /// Below this many compressed bytes (a file of known size) bzip2 and .xz are left to
    /// libarchive: a few blocks at most, and starting threads cost more than they save (707 news
    /// pages as .txt.bz2 files: 0.09 s with libarchive, 0.20 s with `Bzip2Decoder`).
    static let smallestForThreads = 256 << 10

    /// The decoder for an input that starts with `head` (its first 10 bytes or fewer), among
    /// those Khabar was built with; `.none` for anything else. `size`: the input's size, when known.
    static func decoder(for head: [UInt8], threads: Int, size: Int? = nil) -> Decoder {
        if inflatesGzip && ArchiveReader.isGzip(head) { return .gzip }
        if let size, size < smallestForThreads { return .none }
        // With one thread the decoders would only add their buffers: libarchive decodes.
        guard threads >= 2 else { return .none }
        #if KHABAR_BZ2
        if Bzip2Decoder.isBzip2(head) { return .bzip2(threads: threads) }
        #endif
        #if KHABAR_XZ
        if XzDecoder.isXz(head) { return .xz(threads: threads) }
        #endif
        return .none
    }

    /// Reads `source`, decompressing it with `decoder` (one Khabar was built with).
    init(source: DescriptorSource, decoder: Decoder) {
        self.source = source
        #if KHABAR_ISAL
        if case .gzip = decoder { inflater = GzipInflater(source: source) } else { inflater = nil }
        #else
        if case .gzip = decoder { preconditionFailure("Khabar was built without ISA-L") }
        #endif
        #if KHABAR_BZ2
        if case .bzip2(let threads) = decoder { bzip2 = Bzip2Decoder(source: source, threads: threads) } else { bzip2 = nil }
        #else
        if case .bzip2 = decoder { preconditionFailure("Khabar was built without libbzip2's header") }
        #endif
        #if KHABAR_XZ
        if case .xz(let threads) = decoder { xz = XzDecoder(source: source, threads: threads) } else { xz = nil }
        #else
        if case .xz = decoder { preconditionFailure("Khabar was built without liblzma's multi-threaded decoder") }
        #endif
        if case .none = decoder {
            buffer = .allocate(byteCount: ClientInput.bufferSize, alignment: 64)
        } else {
            buffer = nil
        }
    }

    deinit {
        buffer?.deallocate()
        handedBack?.deallocate()
    }

    /// Compressed bytes consumed so far (the input's own bytes).
    var bytesIn: Int64 { source.bytesRead - Int64(source.pendingCount) }

    /// The first error met, kept: libarchive's format readers may word a failed read their own
    /// way ("Truncated input file") or, at the very start, take it for an empty input, so the
    /// reader asks here what really happened.
    private(set) var failure: ArchiveInputError?

    /// Bytes given back (`giveBack`), handed out before the rest of the input; and the copy
    /// handed out last, freed at the next call.
    private var givenBack: [UInt8] = []
    private var handedBack: UnsafeMutableRawBufferPointer?

    /// Makes `bytes`, taken from `next` and not used, the next block (when `TarStream` leaves
    /// the rest of an archive to libarchive).
    func giveBack(_ bytes: [UInt8]) {
        givenBack = bytes + givenBack
    }

    /// The next block for libarchive: empty at the end. The block stays valid until the next call.
    func next() throws(ArchiveInputError) -> UnsafeRawBufferPointer {
        handedBack?.deallocate()
        handedBack = nil
        if !givenBack.isEmpty {
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: givenBack.count, alignment: 16)
            copy.copyBytes(from: givenBack)
            givenBack = []
            handedBack = copy
            return UnsafeRawBufferPointer(copy)
        }
        if let failure { throw failure }
        do {
            #if KHABAR_ISAL
            if let inflater {
                return try inflater.next()
            }
            #endif
            #if KHABAR_BZ2
            if let bzip2 {
                return try bzip2.next()
            }
            #endif
            #if KHABAR_XZ
            if let xz {
                return try xz.next()
            }
            #endif
            let count = try source.read(into: buffer!, capacity: ClientInput.bufferSize)
            return UnsafeRawBufferPointer(start: buffer, count: count)
        } catch {
            failure = error
            throw error
        }
    }

    /// After libarchive saw the end of the archive: inflates what is left of a gzip stream (the
    /// tar's padding and the trailer), so that a damaged checksum or a cut trailer is not missed.
    func finish() throws(ArchiveInputError) {
        guard inflates else { return }
        while try next().count > 0 {}
    }

}

/// The read callback libarchive calls for a `ClientInput` (`client`: the input, unretained; the
/// reader holds it for as long as libarchive may call back).
func clientInputRead(_ archive: OpaquePointer?, _ client: UnsafeMutableRawPointer?,
                     _ block: UnsafeMutablePointer<UnsafeRawPointer?>?) -> la_ssize_t {
    let input = Unmanaged<ClientInput>.fromOpaque(client!).takeUnretainedValue()
    do {
        let bytes = try input.next()
        block?.pointee = bytes.count > 0 ? bytes.baseAddress : nil
        return bytes.count
    } catch {
        khabar_archive_set_error(archive, error.errno, error.message)
        return la_ssize_t(ARCHIVE_FATAL)
    }
}

/// Why an input could not be read or inflated: the text goes into the `ArchiveError` libarchive
/// reports for the entry being read.
struct ArchiveInputError: Error {
    var message: String
    /// The system's error number, or EILSEQ for damaged compressed data (as libarchive uses it).
    var errno: Int32
}
