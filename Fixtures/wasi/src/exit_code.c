/* Exit codes: "exit N" calls exit(N) (stdio is flushed), "return N" returns N from main,
 * "_Exit N" flushes stdout by hand and calls _Exit(N). Prints what it is about to do first. */
#include <stdlib.h>
#include <unistd.h>
#include "common.h"

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: exit_code exit|return|_Exit N\n");
        return 2;
    }
    int code = atoi(argv[2]);
    printf("%s %d\n", argv[1], code);
    if (strcmp(argv[1], "exit") == 0) exit(code);
    if (strcmp(argv[1], "_Exit") == 0) {
        fflush(stdout);
        _Exit(code);
    }
    if (strcmp(argv[1], "return") == 0) return code;
    fprintf(stderr, "unknown mode %s\n", argv[1]);
    return 2;
}
