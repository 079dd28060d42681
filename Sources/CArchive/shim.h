#ifndef KHABAR_CARCHIVE_SHIM_H
#define KHABAR_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

/// A hint to bring the cache line at `p` closer (no fault if `p` is not mapped). Swift has no
/// prefetch of its own; the term table uses it to overlap the cache misses of lookups.
static inline void khabar_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

/// `archive_set_error` is variadic, which Swift cannot call: the read callbacks of a client-fed
/// archive (a gzip stream Khabar inflates itself) report their errors through this.
static inline void khabar_archive_set_error(struct archive *a, int code, const char *message) {
    archive_set_error(a, code, "%s", message);
}
#endif
