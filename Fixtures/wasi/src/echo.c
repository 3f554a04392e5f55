/* Stdin echo: copies stdin to stdout with read()/write() in odd-sized chunks until end of file,
 * then reports the byte and line counts on stderr. With the argument "upper" it upper-cases ASCII. */
#include <string.h>
#include <unistd.h>
#include "common.h"

int main(int argc, char **argv) {
    int upper = argc > 1 && strcmp(argv[1], "upper") == 0;
    char buffer[7];
    long bytes = 0, lines = 0;
    for (;;) {
        ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0) {
            fprintf(stderr, "read failed: %s\n", errno_name(errno));
            return 1;
        }
        if (n == 0) break;
        for (ssize_t i = 0; i < n; i++) {
            if (buffer[i] == '\n') lines++;
            if (upper && buffer[i] >= 'a' && buffer[i] <= 'z') buffer[i] -= 32;
        }
        bytes += n;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(STDOUT_FILENO, buffer + done, (size_t)(n - done));
            if (w <= 0) {
                fprintf(stderr, "write failed: %s\n", errno_name(errno));
                return 1;
            }
            done += w;
        }
    }
    /* A second read after end of file must also report end of file. */
    ssize_t again = read(STDIN_FILENO, buffer, sizeof buffer);
    fprintf(stderr, "echo: %ld bytes, %ld lines, read after EOF returned %zd\n", bytes, lines, again);
    return 0;
}
