#ifndef KHABAR_PLAIN_ARABIC_H
#define KHABAR_PLAIN_ARABIC_H

// The tokenizer's word step for Arabic: how long the run of "plain" two-byte Arabic letters
// (letters that text profile v1 leaves as they are) at a position is, found sixteen bytes at a
// time. Four words in five of Arabic news are such a run between two separators: the tokenizer
// then hands the word to its sink straight from the text, without a step per character and
// without copying it into its scratch buffer (Tokenizer.swift, `Tokenizer.scan`).
//
// A header of static inline functions in a module map (as CSHA256 and the CArchive shim), not a
// C target: the Swift compiler inlines it into the tokenizer and emits it with KhabarCore's own
// debug information (valgrind 3.19 cannot read a C target's DWARF 5).
//
// Plain letters (`CharacterTable.plainArabicMode` checks, when a table is built, that the profile
// maps each of them to itself as a letter starter; a test checks this function against a
// byte-by-byte reference on random input):
//   U+0621, U+0624, U+0626..U+063A  (D8 A1, D8 A4, D8 A6..D8 BA): ء ؤ ئ ا ب ة ت ... غ
//   U+0641..U+0648, U+064A          (D9 81..D9 88, D9 8A): ف ق ك ل م ن ه و ي
// Not plain: آ أ إ (folded to ا), ى (folded to ي), tatweel and the marks (deleted), and ة (U+0629,
// D8 A9) when `teh_marbuta_plain` is 0 (the profile that folds it to ه).
//
// khabar_plain_arabic_run(src, count, teh_marbuta_plain): the number of bytes (even: whole
// characters) of the run of plain letters at `src`, looking at whole 16-byte blocks while 16
// bytes of `count` remain. When fewer remain, it stops at the last whole block: the byte after
// the returned length is then still a plain letter's lead byte, or the end of `count`. 0 on CPUs
// without SSE2 (the caller's own loop takes every character).

#include <stddef.h>
#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>

static inline size_t khabar_plain_arabic_run(const uint8_t *src, size_t count, int teh_marbuta_plain) {
    size_t done = 0;
    const __m128i d8 = _mm_set1_epi8((char)0xD8), d9 = _mm_set1_epi8((char)0xD9);
    const __m128i a1 = _mm_set1_epi8((char)0xA1), span8 = _mm_set1_epi8(0xBA - 0xA1);
    const __m128i x81 = _mm_set1_epi8((char)0x81), span9 = _mm_set1_epi8(0x8A - 0x81);
    const __m128i a2 = _mm_set1_epi8((char)0xA2), a3 = _mm_set1_epi8((char)0xA3);
    const __m128i a5 = _mm_set1_epi8((char)0xA5), x89 = _mm_set1_epi8((char)0x89);
    // A second A2 test when ة is plain: the same set, one comparison more or less.
    const __m128i a9 = teh_marbuta_plain ? a2 : _mm_set1_epi8((char)0xA9);
    while (count - done >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(src + done));
        // c[i] = v[i + 1]: the continuation byte beside each possible lead byte.
        __m128i c = _mm_srli_si128(v, 1);
        // D8 + A1..BA, less A2 A3 A5 (and A9): unsigned range test as min(c - A1, span) == c - A1.
        __m128i x = _mm_sub_epi8(c, a1);
        __m128i in8 = _mm_cmpeq_epi8(_mm_min_epu8(x, span8), x);
        __m128i out8 = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, a2), _mm_cmpeq_epi8(c, a3)),
                                    _mm_or_si128(_mm_cmpeq_epi8(c, a5), _mm_cmpeq_epi8(c, a9)));
        __m128i ok8 = _mm_and_si128(_mm_cmpeq_epi8(v, d8), _mm_andnot_si128(out8, in8));
        // D9 + 81..8A, less 89.
        __m128i y = _mm_sub_epi8(c, x81);
        __m128i in9 = _mm_cmpeq_epi8(_mm_min_epu8(y, span9), y);
        __m128i ok9 = _mm_and_si128(_mm_cmpeq_epi8(v, d9), _mm_andnot_si128(_mm_cmpeq_epi8(c, x89), in9));
        // Lead bytes sit at the even offsets of a run of two-byte characters.
        unsigned ok = (unsigned)_mm_movemask_epi8(_mm_or_si128(ok8, ok9)) & 0x5555u;
        if (ok != 0x5555u) return done + (size_t)__builtin_ctz(~ok & 0x5555u);
        done += 16;
    }
    return done;
}

#else

static inline size_t khabar_plain_arabic_run(const uint8_t *src, size_t count, int teh_marbuta_plain) {
    (void)src; (void)count; (void)teh_marbuta_plain;
    return 0;
}

#endif
#endif
