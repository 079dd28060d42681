// liblzma (Debian: liblzma-dev), for its multi-threaded .xz decoder (liblzma 5.4 and later).
#include <lzma.h>

// LZMA_CONCATENATED as a constant (Swift does not import the macro: it is a cast expression).
static const uint32_t KHABAR_LZMA_CONCATENATED = LZMA_CONCATENATED;

// LZMA_STREAM_INIT as a function (Swift does not import the macro).
static inline lzma_stream khabar_lzma_stream_init(void) {
    lzma_stream s = LZMA_STREAM_INIT;
    return s;
}
