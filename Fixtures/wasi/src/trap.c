/* Traps: writes a line with write() and one with a flushed printf, leaves a third in the stdio
 * buffer (a trap does not flush it), then traps in the way
 * argv[1] names: "unreachable", "oob" (a load far beyond linear memory), "divzero" (integer
 * division by zero) or "indirect" (call_indirect through a null/bad table slot). */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "common.h"

typedef int (*function)(int);

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "unreachable";
    char line[64];
    int length = snprintf(line, sizeof line, "about to trap: %s\n", mode);
    write(STDOUT_FILENO, line, (size_t)length);
    printf("printf, flushed before the trap\n");
    fflush(stdout);
    printf("still in the stdio buffer when the trap hits: never written");
    if (strcmp(mode, "unreachable") == 0) __builtin_trap();
    if (strcmp(mode, "oob") == 0) {
        volatile uint32_t address = 0xFFFFFFF0u;
        return *(volatile int *)(uintptr_t)address;
    }
    if (strcmp(mode, "divzero") == 0) {
        volatile int zero = 0;
        return 10 / zero;
    }
    if (strcmp(mode, "indirect") == 0) {
        volatile uintptr_t slot = 12345;
        return ((function)slot)(1);
    }
    fprintf(stderr, "unknown mode %s\n", mode);
    return 2;
}
