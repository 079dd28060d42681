#ifndef KHABAR_CARCHIVE_SHIM_H
#define KHABAR_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

/// A hint to bring the cache line at `p` closer (no fault if `p` is not mapped). Swift has no
/// prefetch of its own; the term table uses it to overlap the cache misses of lookups.
static inline void khabar_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }
#endif
