/* The process and thread CPU-time clocks (WASI clock ids 2 and 3), called through the raw
 * preview-1 import: each must answer and advance across some busy work. */
#include <stdint.h>
#include <wasi/api.h>
#include "common.h"

static volatile uint64_t sink;

static void probe(const char *label, __wasi_clockid_t clock) {
    __wasi_timestamp_t resolution = 0, before = 0, after = 0;
    __wasi_errno_t e = __wasi_clock_res_get(clock, &resolution);
    printf("%s resolution: %s\n", label, e ? errno_name(e) : resolution > 0 ? "ok" : "zero");
    e = __wasi_clock_time_get(clock, 1, &before);
    if (e != 0) {
        printf("%s: %s\n", label, errno_name(e));
        return;
    }
    uint64_t x = 1;
    for (uint64_t i = 0; i < 3000000; i++) x = x * 6364136223846793005ULL + i;
    sink = x;
    e = __wasi_clock_time_get(clock, 1, &after);
    printf("%s advances across busy work: %s\n", label, e ? errno_name(e) : after > before ? "ok" : "no");
}

int main(void) {
    probe("process CPU clock", __WASI_CLOCKID_PROCESS_CPUTIME_ID);
    probe("thread CPU clock", __WASI_CLOCKID_THREAD_CPUTIME_ID);
    return 0;
}
