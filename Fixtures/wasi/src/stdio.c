/* Standard streams: formatted output on stdout, diagnostics on stderr, raw write() and writev()
 * with several buffers, and a few kilobytes of numbered lines (more than one stdio buffer). */
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>
#include "common.h"

int main(int argc, char **argv) {
    int lines = argc > 1 ? atoi(argv[1]) : 3;
    printf("stdout: hello, %s!\n", "world");
    printf("numbers: %d %u %x %.3f %lld\n", -42, 42u, 0xbeef, 3.14159, -9007199254740993LL);
    puts("puts: ünïcödé ✓");
    fflush(stdout);

    fprintf(stderr, "stderr: first diagnostic\n");
    fputs("stderr: second diagnostic\n", stderr);

    const char raw[] = "write: raw bytes on fd 1\n";
    ssize_t n = write(STDOUT_FILENO, raw, sizeof raw - 1);
    printf("write returned %zd\n", n);

    char a[] = "writev: [", b[] = "", c[] = "three", d[] = " buffers]\n";
    struct iovec iov[4] = {{a, sizeof a - 1}, {b, 0}, {c, sizeof c - 1}, {d, sizeof d - 1}};
    fflush(stdout);
    /* A runtime may write fewer bytes than asked (wasmtime writes one buffer per call), so the
     * program finishes the job like any careful POSIX program. */
    ssize_t total = 0;
    int iovcnt = 4, calls = 0;
    struct iovec *next = iov;
    while (iovcnt > 0 && calls < 100) {
        n = writev(STDOUT_FILENO, next, iovcnt);
        calls++;
        if (n < 0) {
            printf("writev: %s\n", errno_name(errno));
            break;
        }
        total += n;
        while (iovcnt > 0 && (size_t)n >= next->iov_len) {
            n -= (ssize_t)next->iov_len;
            next++;
            iovcnt--;
        }
        if (iovcnt > 0) {
            next->iov_base = (char *)next->iov_base + n;
            next->iov_len -= (size_t)n;
        }
    }
    printf("writev wrote %zd bytes in all\n", total);
    printf("write of 0 bytes returned %zd\n", write(STDOUT_FILENO, raw, 0));

    for (int i = 1; i <= lines; i++) printf("line %04d of %04d: the quick brown fox\n", i, lines);

    /* stderr is not buffered, so this line reaches the host before the buffered stdout lines. */
    fprintf(stderr, "stderr: %d lines written\n", lines);
    return 0;
}
