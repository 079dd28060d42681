#ifndef KHABAR_CISAL_SHIM_H
#define KHABAR_CISAL_SHIM_H
// ISA-L's gzip/deflate decoder (isal_inflate), used by GzipInflater when Khabar is built with it.
#include <isa-l/igzip_lib.h>
#endif
