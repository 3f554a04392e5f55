/* Shared helpers for the Tessera WASI fixture programs.
 * Every program prints only deterministic verdicts: no timestamps, random values or addresses. */
#ifndef TESSERA_FIXTURE_COMMON_H
#define TESSERA_FIXTURE_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* The symbolic name of an errno value, so the golden output does not depend on strerror's wording. */
static inline const char *errno_name(int e) {
    switch (e) {
    case 0: return "ok";
    case E2BIG: return "E2BIG";
    case EACCES: return "EACCES";
    case EAGAIN: return "EAGAIN";
    case EBADF: return "EBADF";
    case EBUSY: return "EBUSY";
    case EEXIST: return "EEXIST";
    case EFAULT: return "EFAULT";
    case EINVAL: return "EINVAL";
    case EIO: return "EIO";
    case EISDIR: return "EISDIR";
    case ELOOP: return "ELOOP";
    case EMFILE: return "EMFILE";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case ENOENT: return "ENOENT";
    case ENOSPC: return "ENOSPC";
    case ENOSYS: return "ENOSYS";
    case ENOTCAPABLE: return "ENOTCAPABLE";
    case ENOTDIR: return "ENOTDIR";
    case ENOTEMPTY: return "ENOTEMPTY";
    case ENOTSUP: return "ENOTSUP";
    case EPERM: return "EPERM";
    case ESPIPE: return "ESPIPE";
    case EXDEV: return "EXDEV";
    default: {
        static char unknown[16];
        snprintf(unknown, sizeof unknown, "E%d", e);
        return unknown;
    }
    }
}

/* Prints "label: ok" when rc is not -1, else "label: <errno name>". */
static inline void report(const char *label, int rc) {
    if (rc == -1) printf("%s: %s\n", label, errno_name(errno));
    else printf("%s: ok\n", label);
}

#endif
