#ifndef KHABAR_CARCHIVE_SHIM_H
#define KHABAR_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

/// A hint to bring the cache line at `p` closer (no fault if `p` is not mapped). Swift has no
/// prefetch of its own; the term table uses it to overlap the cache misses of lookups.
static inline void khabar_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

/// `archive_set_error` is variadic, which Swift cannot call: the read callbacks of a client-fed
/// archive (a gzip stream Khabar inflates itself) report their errors through this.
static inline void khabar_archive_set_error(struct archive *a, int code, const char *message) {
    archive_set_error(a, code, "%s", message);
}

/// Whether the first byte of the open file `fd` is in the page cache: 1 yes, 0 no, -1 the
/// kernel cannot tell (no `preadv2` with `RWF_NOWAIT`, before Linux 4.14; or an empty file).
/// `FilePrefetcher` asks it before hinting a file, to leave a folder already in memory alone.
/// (Through `syscall`: glibc's `preadv2` needs `_GNU_SOURCE`, and Swift cannot call the
/// variadic `syscall` itself.)
static inline int khabar_first_byte_cached(int fd) {
#if defined(__linux__) && defined(SYS_preadv2)
    char byte;
    struct iovec v = { &byte, 1 };
    long got = syscall(SYS_preadv2, fd, &v, 1, 0L, 0L, 0x00000008 /* RWF_NOWAIT */);
    if (got == 1) return 1;
    if (got < 0 && errno == EAGAIN) return 0;
    return -1;
#else
    (void)fd;
    return -1;
#endif
}

/// `posix_fadvise(fd, 0, length, POSIX_FADV_WILLNEED)`: starts reading the file's first
/// `length` bytes into the page cache without waiting for them.
static inline int khabar_will_need(int fd, long length) {
#ifdef POSIX_FADV_WILLNEED
    return posix_fadvise(fd, 0, length, POSIX_FADV_WILLNEED);
#else
    (void)fd; (void)length;
    return 0;
#endif
}
#endif
