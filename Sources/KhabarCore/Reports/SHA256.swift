import CSHA256

/// SHA-256 (FIPS 180-4), for the input checksums in summary.json. Written by hand because
/// Foundation on Linux has no digest API and the project takes no crypto dependency for one
/// checksum per input; it is checked against the standard test vectors. On a CPU with the x86
/// SHA extensions the rounds run there (`Sources/CSHA256`): hashing the input runs beside the
/// workers, and on 2 cores every second of it is taken from them.
public struct SHA256 {
    /// This CPU has the SHA extensions (the C rounds are used unless a hasher is told otherwise).
    public static let hardwareAvailable = khabar_sha256_hw_available() != 0

    /// The rounds run on the SHA extensions.
    public let usesHardware: Bool
    private var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// A hasher; `hardware: false` keeps to the Swift rounds (the reference the tests compare with).
    public init(hardware: Bool = true) {
        usesHardware = hardware && SHA256.hardwareAvailable
    }

    public mutating func update(_ data: UnsafeRawBufferPointer) {
        length += UInt64(data.count)
        var rest = data[...]
        if !buffer.isEmpty {
            let take = min(64 - buffer.count, rest.count)
            buffer += rest.prefix(take)
            rest = rest.dropFirst(take)
            if buffer.count == 64 { buffer.withUnsafeBytes { blocks($0) }; buffer.removeAll(keepingCapacity: true) }
        }
        let whole = rest.count / 64 * 64
        if whole > 0 {
            blocks(UnsafeRawBufferPointer(rebasing: rest.prefix(whole)))
            rest = rest.dropFirst(whole)
        }
        buffer += rest
    }

    public mutating func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

    /// Compresses whole 64-byte blocks. The schedule lives on the stack and the state in locals
    /// (an Array per block cost more than the rounds: inputs are hashed while the run goes on).
    private mutating func blocks(_ p: UnsafeRawBufferPointer) {
        if usesHardware {
            let count = p.count / 64
            guard count > 0 else { return }
            h.withUnsafeMutableBufferPointer { state in
                SHA256.k.withUnsafeBufferPointer { k in
                    khabar_sha256_blocks_hw(state.baseAddress!, p.baseAddress!.assumingMemoryBound(to: UInt8.self), count, k.baseAddress!)
                }
            }
            return
        }
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
        var (h0, h1, h2, h3, h4, h5, h6, h7) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        SHA256.k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var offset = 0
                while offset + 64 <= p.count {
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: offset + i * 4, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                        let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    for i in 0..<64 {
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let ch = (e & f) ^ (~e & g)
                        let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let maj = (a & b) ^ (a & c) ^ (b & c)
                        let t2 = s0 &+ maj
                        (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                    }
                    h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
                    h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ hh
                    offset += 64
                }
            }
        }
        h = [h0, h1, h2, h3, h4, h5, h6, h7]
    }

    /// The digest as lowercase hex.
    public mutating func finalize() -> String {
        let bits = length * 8
        var pad: [UInt8] = [0x80]
        while (buffer.count + pad.count) % 64 != 56 { pad.append(0) }
        for i in (0..<8).reversed() { pad.append(UInt8(truncatingIfNeeded: bits >> (UInt64(i) * 8))) }
        let savedLength = length
        update(pad)
        length = savedLength
        return h.map { String(format: "%08x", $0) }.joined()
    }

    /// The digest of a file, read in 1 MiB blocks; nil when it cannot be read.
    public static func file(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var hasher = SHA256()
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = block.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n == 0 { break }
            block.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0.prefix(n))) }
        }
        return ferror(f) == 0 ? hasher.finalize() : nil
    }
}

import Foundation
