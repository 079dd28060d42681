// libbzip2 (Debian: libbz2-dev), and the bit-level steps of Khabar's parallel bzip2 decoding
// (`Bzip2Decoder`): finding where blocks start, and copying a block into a stream of its own.
// Inline C because they run over every bit of a bzip2 input on the thread that feeds the decoders.
#include <bzlib.h>
#include <stdint.h>
#include <string.h>

#define KHABAR_BZ2_BLOCK_MAGIC 0x314159265359ULL
#define KHABAR_BZ2_END_MAGIC 0x177245385090ULL

static inline uint64_t khabar_bz2_load_be64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return __builtin_bswap64(v);
}

// For a byte b at offset 1 of an 8-byte window, 1 + s when a block or end-of-stream magic may
// start s bits into the window (s = 0...7): every magic has a different such byte, so one
// lookup per byte passes over almost all of the input.
static const uint8_t khabar_bz2_shift_table[256] = {
    [0x41] = 1, [0xa0] = 2, [0x50] = 3, [0x28] = 4, [0x14] = 5, [0x8a] = 6, [0xc5] = 7, [0x62] = 8,
    [0x72] = 1, [0xb9] = 2, [0xdc] = 3, [0xee] = 4, [0x77] = 5, [0xbb] = 6, [0x5d] = 7, [0x2e] = 8,
};

// The first bit offset b >= from of a block magic (*kind = 1) or end-of-stream magic (*kind = 2)
// lying wholly in the first `length` bytes of p (b + 48 <= 8 * length); -1 if none. Bits are
// numbered from the most significant bit of p[0]. p must be readable 8 bytes past `length`.
static inline int64_t khabar_bz2_find_magic(const uint8_t *p, int64_t length, int64_t from, int *kind) {
    if (from < 0) from = 0;
    int64_t limit = 8 * length - 48;
    for (int64_t i = from >> 3; 8 * i <= limit; i++) {
        uint8_t t = khabar_bz2_shift_table[p[i + 1]];
        if (t == 0) continue;
        int64_t b = 8 * i + (t - 1);
        if (b < from || b > limit) continue;
        uint64_t v = (khabar_bz2_load_be64(p + i) >> (16 - (t - 1))) & 0xFFFFFFFFFFFFULL;
        if (v == KHABAR_BZ2_BLOCK_MAGIC) { *kind = 1; return b; }
        if (v == KHABAR_BZ2_END_MAGIC) { *kind = 2; return b; }
    }
    return -1;
}

// n <= 57 bits at bit offset `bit` of p (p readable 8 bytes past the bits).
static inline uint64_t khabar_bz2_read_bits(const uint8_t *p, int64_t bit, int n) {
    return (khabar_bz2_load_be64(p + (bit >> 3)) << (bit & 7)) >> (64 - n);
}

// Writes a bzip2 stream of one block: "BZh" and `level`, the `nbits` bits of the block at bit
// offset `bit` of src (from its magic to the bit before the next magic), the end-of-stream
// magic, the stream's CRC (for one block, the block's CRC) and zero bits to the byte. Returns
// the bytes written; dst must hold 4 + (nbits + 80) / 8 + 9 bytes, src be readable 8 bytes past.
static inline size_t khabar_bz2_single_block_stream(uint8_t *dst, uint8_t level, const uint8_t *src,
                                                    int64_t bit, int64_t nbits, uint32_t crc) {
    dst[0] = 'B'; dst[1] = 'Z'; dst[2] = 'h'; dst[3] = level;
    uint8_t *out = dst + 4;
    const uint8_t *in = src + (bit >> 3);
    int shift = (int)(bit & 7);
    int64_t whole = nbits >> 3;
    if (shift == 0) {
        memcpy(out, in, (size_t)whole);
    } else {
        for (int64_t k = 0; k < whole; k++) out[k] = (uint8_t)((in[k] << shift) | (in[k + 1] >> (8 - shift)));
    }
    // The last partial byte of the block, then 80 bits of trailer, one bit at a time.
    int64_t used = whole * 8;
    int rest = (int)(nbits & 7);
    out[whole] = 0;
    if (rest) {
        uint8_t last = (uint8_t)((in[whole] << shift) | (shift ? in[whole + 1] >> (8 - shift) : 0));
        out[whole] = (uint8_t)(last & (0xFF << (8 - rest)));
        used += rest;
    }
    uint64_t magic = KHABAR_BZ2_END_MAGIC;
    for (int k = 47; k >= 0; k--, used++) {
        if ((used & 7) == 0) out[used >> 3] = 0;
        if ((magic >> k) & 1) out[used >> 3] |= (uint8_t)(0x80 >> (used & 7));
    }
    for (int k = 31; k >= 0; k--, used++) {
        if ((used & 7) == 0) out[used >> 3] = 0;
        if ((crc >> k) & 1) out[used >> 3] |= (uint8_t)(0x80 >> (used & 7));
    }
    return 4 + (size_t)((used + 7) >> 3);
}
