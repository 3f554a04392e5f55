/* Native driver: prints run(n) in hex for each n on the command line (used by ../build.sh to record the
 * checksums the wasm builds must reproduce). */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

uint64_t run(int32_t n);

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) printf("0x%016llx\n", (unsigned long long)run((int32_t)atoi(argv[i])));
    return 0;
}
