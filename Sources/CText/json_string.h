#ifndef KHABAR_JSON_STRING_H
#define KHABAR_JSON_STRING_H

// The JSON reader's step inside a string (`JSONFieldScanner`): how many bytes from `src` are
// plain string content, before the first quote, backslash or control byte (< 0x20), looked at
// sixteen bytes at a time with SSE2 (a byte loop took 8% of `terms` on a JSON Lines corpus).
// A header of static inline functions, as plain_arabic.h.

#include <stddef.h>
#include <stdint.h>
#include <string.h>
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


// The JSON writer's test (`JSONObjectWriter.writeEscaped`): whether any of the `count` bytes at
// `src` is a quote, a backslash, a control byte (< 0x20) or E2 (the lead byte of U+2028/U+2029,
// which the writer escapes). Names, surfaces and titles are written by the million and almost
// never need it: sixteen bytes at a time, the last sixteen overlapping the ones before; a string
// shorter than sixteen bytes is read as two overlapping 8-byte words (or, under eight, copied into
// a word of 'a's), so no byte past `count` is read. (A word-at-a-time test in Swift took ~30
// instructions per eight bytes.)
static inline int khabar_json_needs_escape(const uint8_t *src, size_t count) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), e2 = _mm_set1_epi8((char)0xE2);
    const __m128i flip = _mm_set1_epi8((char)0x80), control = _mm_set1_epi8((char)(0x20 ^ 0x80));
#define KHABAR_JSON_SPECIAL(v) _mm_movemask_epi8(_mm_or_si128( \
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), \
        _mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmplt_epi8(_mm_xor_si128(v, flip), control))))
    if (count >= 16) {
        size_t i = 0;
        for (; i + 16 <= count; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(src + i));
            if (KHABAR_JSON_SPECIAL(v)) return 1;
        }
        if (i == count) return 0;
        __m128i last = _mm_loadu_si128((const __m128i *)(src + count - 16));
        return KHABAR_JSON_SPECIAL(last) != 0;
    }
    uint64_t lo, hi;
    if (count >= 8) {
        memcpy(&lo, src, 8);
        memcpy(&hi, src + count - 8, 8);
    } else {
        lo = 0x6161616161616161ull;
        memcpy(&lo, src, count);
        hi = lo;
    }
    __m128i v = _mm_set_epi64x((long long)hi, (long long)lo);
    return KHABAR_JSON_SPECIAL(v) != 0;
#undef KHABAR_JSON_SPECIAL
#else
    for (size_t i = 0; i < count; i++) {
        uint8_t b = src[i];
        if (b == '"' || b == '\\' || b < 0x20 || b == 0xE2) return 1;
    }
    return 0;
#endif
}

#endif
