#ifndef KHABAR_NFC_SCAN_H
#define KHABAR_NFC_SCAN_H

// The tokenizer's pre-check for characters whose NFC its fast path does not reproduce
// (Tokenizer.swift, `needsExactNFC`): ASCII, U+0080–U+02FF (lead bytes C2–CB), continuation
// bytes and the Arabic block (lead bytes D8–DB) never are; every other lead byte is looked at.
//
// khabar_nfc_candidate(src, count): the offset of the first byte in [src, src + count) that is
// >= 0xCC and not D8–DB, or `count`; sixteen bytes at a time with SSE2 (it runs over every
// byte of every document).

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline size_t khabar_nfc_candidate(const uint8_t *src, size_t count) {
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i cc = _mm_set1_epi8((char)0xCC), fc = _mm_set1_epi8((char)0xFC), d8 = _mm_set1_epi8((char)0xD8);
    while (count - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(src + i));
        __m128i atLeastCC = _mm_cmpeq_epi8(_mm_max_epu8(v, cc), v);
        __m128i arabicLead = _mm_cmpeq_epi8(_mm_and_si128(v, fc), d8);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(arabicLead, atLeastCC));
        if (m != 0) return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
#endif
    for (; i < count; i++) {
        uint8_t b = src[i];
        if (b >= 0xCC && (b & 0xFC) != 0xD8) return i;
    }
    return count;
}

#endif
