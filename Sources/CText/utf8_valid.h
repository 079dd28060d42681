#ifndef KHABAR_UTF8_VALID_H
#define KHABAR_UTF8_VALID_H

// Whether bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF), as Swift's `String(validating:as: UTF8.self)` decides: the JSON reader
// keeps a field's bytes as they are when they are, instead of building a `String` (which validates
// and copies them) and taking its bytes back (`JSONFieldScanner`). Sixteen bytes at a time with
// SSE2 while they are ASCII and two-byte sequences (Arabic, Latin accents), else sequence by
// sequence; a test compares it with Swift's validation on random bytes. A header of static inline
// functions, as plain_arabic.h.

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// One sequence at s[i] (i < n): its length when well-formed, else 0.
static inline size_t khabar_utf8_sequence(const uint8_t *s, size_t i, size_t n) {
    uint8_t a = s[i];
    if (a < 0x80) return 1;
    if (a >= 0xC2 && a <= 0xDF) return (n - i >= 2 && (s[i + 1] & 0xC0) == 0x80) ? 2 : 0;
    if (a >= 0xE0 && a <= 0xEF) {
        if (n - i < 3) return 0;
        uint8_t b = s[i + 1], c = s[i + 2];
        if ((c & 0xC0) != 0x80) return 0;
        if (a == 0xE0) return (b >= 0xA0 && b <= 0xBF) ? 3 : 0;
        if (a == 0xED) return (b >= 0x80 && b <= 0x9F) ? 3 : 0;
        return (b & 0xC0) == 0x80 ? 3 : 0;
    }
    if (a >= 0xF0 && a <= 0xF4) {
        if (n - i < 4) return 0;
        uint8_t b = s[i + 1], c = s[i + 2], d = s[i + 3];
        if ((c & 0xC0) != 0x80 || (d & 0xC0) != 0x80) return 0;
        if (a == 0xF0) return (b >= 0x90 && b <= 0xBF) ? 4 : 0;
        if (a == 0xF4) return (b >= 0x80 && b <= 0x8F) ? 4 : 0;
        return (b & 0xC0) == 0x80 ? 4 : 0;
    }
    return 0;  // 80..C1 (a continuation byte or an overlong lead), F5..FF
}

static inline int khabar_utf8_valid(const uint8_t *s, size_t n) {
    size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time while they hold only ASCII and two-byte sequences (Arabic, Latin
    // accents): every byte >= 0x80 is a lead C2..DF or a continuation 80..BF, and the
    // continuations are exactly the bytes after the leads. A block with anything else (a
    // three- or four-byte sequence, an invalid byte) is checked sequence by sequence, from the
    // start of the sequence it begins in.
    const __m128i flip = _mm_set1_epi8((char)0x80);
    const __m128i lead_low = _mm_set1_epi8(0x41), lead_high = _mm_set1_epi8(0x60);
    const __m128i cont_low = _mm_set1_epi8(-1), cont_high = _mm_set1_epi8(0x40);
    unsigned carry = 0;  // the byte before the block is a lead
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        unsigned high = (unsigned)_mm_movemask_epi8(v);
        if (high == 0 && carry == 0) { i += 16; continue; }
        __m128i x = _mm_xor_si128(v, flip);  // bytes as signed: 80..BF -> 00..3F, C2..DF -> 42..5F
        unsigned lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, lead_low), _mm_cmplt_epi8(x, lead_high)));
        unsigned cont = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, cont_low), _mm_cmplt_epi8(x, cont_high)));
        if ((lead | cont) != high || cont != (((lead << 1) | carry) & 0xFFFF)) break;
        carry = (lead >> 15) & 1;
        i += 16;
    }
    if (carry) i -= 1;  // the block that stopped begins inside a sequence: check it from its lead
#endif
    while (i < n) {
        size_t k = khabar_utf8_sequence(s, i, n);
        if (k == 0) return 0;
        i += k;
    }
    return 1;
}

#endif
