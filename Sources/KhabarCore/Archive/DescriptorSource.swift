#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)` (the source's own `read` method hides the global one).
#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif

/// A file descriptor read in blocks, after the bytes already taken from it (`pending`) to see
/// what it holds; or, for an archive inside an archive, the blocks of the outer archive's entry.
final class DescriptorSource {
    let descriptor: Int32
    /// Closed when the source is freed (false for standard input).
    let ownsDescriptor: Bool
    /// The next block of an entry of another archive (nil at its end), instead of a descriptor.
    private let nextBlock: (() throws(ArchiveInputError) -> UnsafeRawBufferPointer?)?
    private var block = UnsafeRawBufferPointer(start: nil, count: 0)
    private var pending: [UInt8]
    private var pendingOffset = 0
    /// Bytes read from the descriptor so far (including the pending ones).
    private(set) var bytesRead: Int64 = 0

    init(descriptor: Int32, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        nextBlock = nil
        pending = []
    }

    /// A source that reads the blocks `nextBlock` hands out (each valid until the next call).
    init(blocks nextBlock: @escaping () throws(ArchiveInputError) -> UnsafeRawBufferPointer?) {
        descriptor = -1
        ownsDescriptor = false
        self.nextBlock = nextBlock
        pending = []
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    var pendingCount: Int { pending.count - pendingOffset }

    /// Reads up to `count` bytes from the descriptor and keeps them to be read again: what the
    /// input starts with (fewer at the end of a short input).
    func peek(_ count: Int) throws(ArchiveInputError) -> [UInt8] {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
        defer { chunk.deallocate() }
        while pendingCount < count {
            let n = try readDescriptor(into: chunk.baseAddress!, capacity: count - pendingCount)
            if n == 0 { break }
            pending.append(contentsOf: chunk[0..<n])
        }
        return Array(pending[pendingOffset..<min(pending.count, pendingOffset + count)])
    }

    /// Reads up to `capacity` bytes into `destination`; 0 at the end of the input.
    func read(into destination: UnsafeMutableRawPointer, capacity: Int) throws(ArchiveInputError) -> Int {
        if pendingCount > 0 {
            let n = min(capacity, pendingCount)
            pending.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + pendingOffset, byteCount: n) }
            pendingOffset += n
            if pendingCount == 0 { pending = []; pendingOffset = 0 }
            return n
        }
        return try readDescriptor(into: destination, capacity: capacity)
    }

    private func readDescriptor(into destination: UnsafeMutableRawPointer, capacity: Int) throws(ArchiveInputError) -> Int {
        if let nextBlock {
            while block.isEmpty {
                guard let next = try nextBlock() else { return 0 }
                block = next
            }
            let n = min(capacity, block.count)
            destination.copyMemory(from: block.baseAddress!, byteCount: n)
            block = UnsafeRawBufferPointer(rebasing: block[n...])
            bytesRead += Int64(n)
            return n
        }
        while true {
            let n = systemRead(descriptor, destination, capacity)
            if n >= 0 { bytesRead += Int64(n); return n }
            let code = errno
            if code == EINTR { continue }
            throw ArchiveInputError(message: "read failed: \(String(cString: strerror(code)))", errno: code)
        }
    }
}
