#ifndef KHABAR_JSON_STRING_H
#define KHABAR_JSON_STRING_H

// The JSON reader's step inside a string (`JSONFieldScanner`): how many bytes from `src` are
// plain string content, before the first quote, backslash or control byte (< 0x20), looked at
// sixteen bytes at a time with SSE2 (a byte loop took 8% of `terms` on a JSON Lines corpus).
// A header of static inline functions, as plain_arabic.h.

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline size_t khabar_json_string_run(const uint8_t *src, size_t count) {
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i flip = _mm_set1_epi8((char)0x80), control = _mm_set1_epi8((char)(0x20 ^ 0x80));
    while (count - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(src + i));
        // Control bytes: v < 0x20 unsigned, i.e. (v ^ 0x80) < (0x20 ^ 0x80) signed.
        __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                       _mm_cmplt_epi8(_mm_xor_si128(v, flip), control));
        unsigned mask = (unsigned)_mm_movemask_epi8(special);
        if (mask != 0) return i + (size_t)__builtin_ctz(mask);
        i += 16;
    }
#endif
    while (i < count) {
        uint8_t b = src[i];
        if (b == '"' || b == '\\' || b < 0x20) return i;
        i += 1;
    }
    return i;
}

#endif
