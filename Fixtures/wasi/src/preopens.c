/* Preopened directories: lists descriptors 3 and up through the raw fd_prestat_get and
 * fd_prestat_dir_name calls until the first EBADF, then reads one file through each by path. */
#include <fcntl.h>
#include <unistd.h>
#include <wasi/api.h>
#include "common.h"

int main(int argc, char **argv) {
    for (__wasi_fd_t fd = 3; fd < 16; fd++) {
        __wasi_prestat_t prestat;
        __wasi_errno_t e = __wasi_fd_prestat_get(fd, &prestat);
        if (e != 0) {
            printf("fd %u: %s\n", (unsigned)fd, errno_name(e));
            break;
        }
        char name[64] = "";
        size_t length = prestat.u.dir.pr_name_len;
        if (length >= sizeof name) {
            printf("fd %u: name too long\n", (unsigned)fd);
            continue;
        }
        e = __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, length);
        printf("fd %u: directory [%s] (name %zu bytes)%s\n", (unsigned)fd, name, length, e ? errno_name(e) : "");
    }
    __wasi_prestat_t prestat;
    printf("stdin prestat: %s\n", errno_name(__wasi_fd_prestat_get(0, &prestat)));
    for (int i = 1; i < argc; i++) {
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) {
            printf("open %s: %s\n", argv[i], errno_name(errno));
            continue;
        }
        char buffer[128] = "";
        ssize_t n = read(fd, buffer, sizeof buffer - 1);
        close(fd);
        printf("read %s: %zd bytes [%.*s]\n", argv[i], n, (int)(n > 0 && buffer[n - 1] == '\n' ? n - 1 : n), buffer);
    }
    return 0;
}
