/* Clocks and randomness, printing verdicts only: realtime is after 2020, monotonic never goes
 * back and advances across a sleep, resolutions are sane, sleeps last at least as long as asked,
 * random bytes are not all zero and differ between draws. */
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "common.h"

static int64_t nanoseconds(clockid_t clock) {
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0) return -1;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void verdict(const char *label, int ok) { printf("%s: %s\n", label, ok ? "ok" : "FAILED"); }

int main(void) {
    const int64_t year2020 = 1577836800LL * 1000000000, year2100 = 4102444800LL * 1000000000;
    int64_t real = nanoseconds(CLOCK_REALTIME);
    verdict("realtime after 2020 and before 2100", real > year2020 && real < year2100);
    time_t seconds = time(NULL);
    verdict("time() agrees with realtime", seconds >= real / 1000000000 && seconds - real / 1000000000 < 5);
    struct timeval tv;
    verdict("gettimeofday agrees with realtime", gettimeofday(&tv, NULL) == 0 && tv.tv_sec - real / 1000000000 < 5 && tv.tv_sec >= real / 1000000000);

    int64_t previous = nanoseconds(CLOCK_MONOTONIC), backwards = 0;
    for (int i = 0; i < 1000; i++) {
        int64_t now = nanoseconds(CLOCK_MONOTONIC);
        if (now < previous) backwards++;
        previous = now;
    }
    verdict("monotonic never goes back", previous > 0 && backwards == 0);

    struct timespec res;
    verdict("monotonic resolution in (0, 1s]", clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 && res.tv_nsec > 0);
    verdict("realtime resolution in (0, 1s]", clock_getres(CLOCK_REALTIME, &res) == 0 &&
            ((res.tv_sec == 0 && res.tv_nsec > 0) || (res.tv_sec == 1 && res.tv_nsec == 0)));

    int64_t before = nanoseconds(CLOCK_MONOTONIC);
    struct timespec nap = {0, 20 * 1000000};
    int slept = nanosleep(&nap, NULL);
    int64_t after = nanoseconds(CLOCK_MONOTONIC);
    verdict("nanosleep 20ms returns 0", slept == 0);
    verdict("monotonic advances at least 20ms across it (and under 5s)", after - before >= 20000000 && after - before < 5000000000LL);

    before = nanoseconds(CLOCK_MONOTONIC);
    verdict("usleep 5ms returns 0", usleep(5000) == 0);
    verdict("monotonic advances at least 5ms across it", nanoseconds(CLOCK_MONOTONIC) - before >= 5000000);

    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_nsec += 10 * 1000000;
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_nsec -= 1000000000;
        deadline.tv_sec++;
    }
    int absolute = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
    int64_t reached = nanoseconds(CLOCK_MONOTONIC);
    verdict("clock_nanosleep to an absolute monotonic deadline", absolute == 0 &&
            reached >= (int64_t)deadline.tv_sec * 1000000000 + deadline.tv_nsec);
    verdict("sched_yield returns 0", sched_yield() == 0);

    unsigned char first[32], second[32];
    int a = getentropy(first, sizeof first), b = getentropy(second, sizeof second);
    int zeros = 0;
    for (size_t i = 0; i < sizeof first; i++) zeros += first[i] == 0;
    verdict("getentropy returns 0", a == 0 && b == 0);
    verdict("getentropy bytes are not all zero", zeros < (int)sizeof first);
    verdict("two getentropy draws differ", memcmp(first, second, sizeof first) != 0);
    errno = 0;
    unsigned char big[257];
    int over = getentropy(big, sizeof big);
    printf("getentropy of 257 bytes: %s\n", over == 0 ? "ok" : errno_name(errno));

    uint32_t values[8];
    int distinct = 0;
    for (int i = 0; i < 8; i++) {
        values[i] = arc4random();
        int repeated = 0;
        for (int j = 0; j < i; j++) repeated |= values[j] == values[i];
        distinct += !repeated;
    }
    verdict("arc4random gives varied values", distinct >= 7);
    uint32_t bounded = arc4random_uniform(10);
    verdict("arc4random_uniform(10) is below 10", bounded < 10);
    return 0;
}
