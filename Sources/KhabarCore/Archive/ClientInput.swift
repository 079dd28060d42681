import CArchive
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input that Khabar reads itself and hands to libarchive block by block (libarchive's
/// "client" callbacks), instead of letting libarchive open it.
///
/// Two reasons to do so: a gzip stream is inflated here with ISA-L (`GzipInflater`, about 3× the
/// speed of the zlib inside libarchive, when Khabar is built with it), and standard input has to
/// be peeked at to tell gzip from anything else, so the bytes taken to look must be handed back.
/// Everything else (the format, other filters, entries) is libarchive's as before.
final class ClientInput {
    /// Where the bytes come from.
    let source: DescriptorSource
    #if KHABAR_ISAL
    private let inflater: GzipInflater?
    #endif
    /// The data is inflated here (gzip), before libarchive sees it.
    var inflates: Bool {
        #if KHABAR_ISAL
        return inflater != nil
        #else
        return false
        #endif
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

    /// Reads `source`, inflating it when `gzip` is true (only when `inflatesGzip`).
    init(source: DescriptorSource, gzip: Bool) {
        self.source = source
        buffer = gzip ? nil : .allocate(byteCount: ClientInput.bufferSize, alignment: 64)
        #if KHABAR_ISAL
        inflater = gzip ? GzipInflater(source: source) : nil
        #else
        precondition(!gzip, "Khabar was built without ISA-L")
        #endif
    }

    deinit { buffer?.deallocate() }

    /// Compressed bytes consumed so far (the input's own bytes).
    var bytesIn: Int64 { source.bytesRead - Int64(source.pendingCount) }

    /// The first error met, kept: libarchive's format readers may word a failed read their own
    /// way ("Truncated input file") or, at the very start, take it for an empty input, so the
    /// reader asks here what really happened.
    private(set) var failure: ArchiveInputError?

    /// The next block for libarchive: empty at the end. The block stays valid until the next call.
    func next() throws(ArchiveInputError) -> UnsafeRawBufferPointer {
        if let failure { throw failure }
        do {
            #if KHABAR_ISAL
            if let inflater {
                return try inflater.next()
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
        #if KHABAR_ISAL
        guard inflater != nil else { return }
        while try next().count > 0 {}
        #endif
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
