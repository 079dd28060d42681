#ifndef KHABAR_SHA256_BLOCKS_H
#define KHABAR_SHA256_BLOCKS_H

// SHA-256's compression function on the x86 SHA extensions (SHA-NI), for the input checksums
// in summary.json: the Swift rounds cost ~0.2 s of CPU on a 57 MB archive, taken from the
// workers on a 2-core machine; these instructions do the same in about a fifth of that.
// Written from the instruction descriptions (Intel SDM: SHA256RNDS2, SHA256MSG1, SHA256MSG2):
// the state is kept as the two vectors the round instruction takes (ABEF and CDGH), each group
// of four message words is made from the four before it, and every group runs four rounds as
// two SHA256RNDS2 (two rounds each). The Swift code in SHA256.swift is the reference and the
// fallback; a test compares the two on random inputs.
//
// A header of static inline functions in a module map (as the CArchive shim), not a C target:
// the Swift compiler emits them with KhabarCore's own debug information. (A C target's object
// carried DWARF 5 from clang, which valgrind 3.19 cannot read, and callgrind is how this
// project counts instructions.)
//
// khabar_sha256_hw_available(): 1 when this CPU has the SHA extensions (x86-64 SHA-NI with
// SSSE3 and SSE4.1) and khabar_sha256_blocks_hw may be called; 0 otherwise.
// khabar_sha256_blocks_hw(state, data, count, round_constants): compresses `count` whole 64-byte
// blocks at `data` into `state` (h0...h7, FIPS 180-4); `round_constants` are the 64 words K of
// FIPS 180-4 (SHA256.swift's table, passed in so that it is written once).

#include <stddef.h>
#include <stdint.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>

static inline int khabar_sha256_hw_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    const int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    const int sha = (b >> 29) & 1;
    return ssse3 && sse41 && sha;
}

__attribute__((target("sha,sse4.1,ssse3")))
static inline void khabar_sha256_blocks_hw(uint32_t state[8], const uint8_t *data, size_t count,
                                           const uint32_t round_constants[64]) {
    // Big-endian words: reverse the bytes of each 32-bit lane.
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // state[0..3] = A B C D, state[4..7] = E F G H (lane 0 first) → ABEF and CDGH, high lane first.
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (size_t block = 0; block < count; block++, data += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        __m128i w[16];
        for (int g = 0; g < 16; g++) {
            if (g < 4) {
                w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * g)), byte_swap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four at a time.
                __m128i t = _mm_sha256msg1_epu32(w[g - 4], w[g - 3]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[g - 1], w[g - 2], 4));
                w[g] = _mm_sha256msg2_epu32(t, w[g - 1]);
            }
            __m128i wk = _mm_add_epi32(w[g], _mm_loadu_si128((const __m128i *)&round_constants[4 * g]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    // ABEF and CDGH back to A B C D and E F G H.
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

#else

static inline int khabar_sha256_hw_available(void) { return 0; }

static inline void khabar_sha256_blocks_hw(uint32_t state[8], const uint8_t *data, size_t count,
                                           const uint32_t round_constants[64]) {
    (void)state; (void)data; (void)count; (void)round_constants;
}

#endif

#endif
