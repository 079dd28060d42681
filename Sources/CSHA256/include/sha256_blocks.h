#ifndef KHABAR_SHA256_BLOCKS_H
#define KHABAR_SHA256_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the SHA extensions (x86-64 SHA-NI with SSSE3 and SSE4.1) and
/// `khabar_sha256_blocks_hw` may be called; 0 otherwise (other CPUs, other architectures).
int khabar_sha256_hw_available(void);

/// Compresses `count` whole 64-byte blocks at `data` into `state` (h0...h7, FIPS 180-4) with the
/// SHA extensions. Call only when `khabar_sha256_hw_available()` returned 1.
void khabar_sha256_blocks_hw(uint32_t state[8], const uint8_t *data, size_t count);

#endif
