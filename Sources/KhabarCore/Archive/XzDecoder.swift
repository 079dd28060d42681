#if KHABAR_XZ
import CXZ
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes an .xz stream (or several one after another) with liblzma's multi-threaded decoder,
/// which decodes the stream's blocks on `threads` threads at once.
///
/// libarchive decodes .xz on one thread (libarchive#1964): news-bench as .tar.xz takes 1.5 s of
/// xz on one core while the workers wait. Files written by `xz -T0` (the default from xz 5.6),
/// pixz or pxz have many blocks and decode in parallel here; a file of one block (older `xz`
/// without `-T`) decodes on one thread, as before. liblzma checks every block's integrity check
/// (CRC-32/CRC-64/SHA-256) and the indexes, as libarchive has it do; stream padding is allowed,
/// other bytes after the last stream are an error, as in libarchive.
///
/// Memory: liblzma's buffers for the blocks in flight, at most 128 MiB a thread (an eighth of
/// the machine's memory at most); larger blocks decode on one thread. Used with two threads or
/// more (with one, libarchive decodes).
final class XzDecoder {
    private let source: DescriptorSource
    private var stream = khabar_lzma_stream_init()
    private let input: UnsafeMutablePointer<UInt8>
    private let output: UnsafeMutablePointer<UInt8>
    private static let inputSize = 1 << 20
    private static let outputSize = 1 << 20
    private var inputEnded = false
    private var finished = false
    private var failure: ArchiveInputError?
    private var pendingFailure: ArchiveInputError?

    /// An .xz stream starts FD 37 7A 58 5A 00.
    static func isXz(_ head: [UInt8]) -> Bool {
        head.count >= 6 && head[0] == 0xFD && head[1] == 0x37 && head[2] == 0x7A && head[3] == 0x58 && head[4] == 0x5A && head[5] == 0
    }

    init(source: DescriptorSource, threads: Int) {
        self.source = source
        input = .allocate(capacity: XzDecoder.inputSize)
        output = .allocate(capacity: XzDecoder.outputSize)
        var options = lzma_mt()
        options.flags = UInt32(KHABAR_LZMA_CONCATENATED)
        options.threads = UInt32(max(1, threads))
        options.timeout = 0
        // Blocks whose buffers would need more decode on one thread (xz -9 -T0 writes 192 MB
        // blocks): memory stays near the run's own.
        options.memlimit_threading = min(lzma_physmem() / 8, UInt64(max(1, threads)) * (128 << 20))
        options.memlimit_stop = UInt64.max
        let status = lzma_stream_decoder_mt(&stream, &options)
        if status != LZMA_OK { failure = XzDecoder.error(status) }
    }

    deinit {
        lzma_end(&stream)
        input.deallocate()
        output.deallocate()
    }

    /// The next decoded bytes (up to 1 MiB); empty at the end. Bytes decoded before damage are
    /// handed out before its error.
    func next() throws(ArchiveInputError) -> UnsafeRawBufferPointer {
        if let failure { throw failure }
        if let pendingFailure { failure = pendingFailure; throw pendingFailure }
        if finished { return UnsafeRawBufferPointer(start: nil, count: 0) }
        stream.next_out = output
        stream.avail_out = XzDecoder.outputSize
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && !inputEnded {
                let n: Int
                do { n = try source.read(into: input, capacity: XzDecoder.inputSize) } catch {
                    pendingFailure = error
                    break
                }
                if n == 0 { inputEnded = true }
                stream.next_in = UnsafePointer(input)
                stream.avail_in = n
            }
            let status = lzma_code(&stream, inputEnded ? LZMA_FINISH : LZMA_RUN)
            if status == LZMA_STREAM_END { finished = true; break }
            if status != LZMA_OK {
                pendingFailure = XzDecoder.error(status)
                break
            }
        }
        let produced = XzDecoder.outputSize - stream.avail_out
        if produced == 0, let pendingFailure {
            failure = pendingFailure
            throw pendingFailure
        }
        return UnsafeRawBufferPointer(start: output, count: produced)
    }

    private static func error(_ status: lzma_ret) -> ArchiveInputError {
        let what: String
        switch status {
        case LZMA_MEM_ERROR: what = "out of memory"
        case LZMA_MEMLIMIT_ERROR: what = "more memory needed than allowed"
        case LZMA_FORMAT_ERROR: what = "not .xz data"
        case LZMA_OPTIONS_ERROR: what = "unsupported options in the .xz headers"
        case LZMA_DATA_ERROR: what = "damaged data"
        case LZMA_BUF_ERROR: what = "truncated xz input (or bytes after the last stream that are not one)"
        default: what = "liblzma error \(status.rawValue)"
        }
        return ArchiveInputError(message: "xz decompression failed: \(what)", errno: EILSEQ)
    }
}
#endif
