#ifndef WINNOW_CLINUX_SHIM_H
#define WINNOW_CLINUX_SHIM_H
// Linux calls that Swift's Glibc module leaves out (they need _GNU_SOURCE).
#include <sys/types.h>
#include <sys/uio.h>

#ifndef RWF_NOWAIT
#define RWF_NOWAIT 0x00000008
#endif

// Reads what the page cache holds of `count` bytes at `offset`, without waiting for the disk:
// fewer bytes than asked, or -1 with EAGAIN, when some are not cached.
static inline ssize_t winnow_read_cached(int fd, void *buffer, size_t count, off_t offset) {
    struct iovec vector = { buffer, count };
    return preadv2(fd, &vector, 1, offset, RWF_NOWAIT);
}

#endif
