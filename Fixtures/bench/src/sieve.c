/* Sieve of Eratosthenes over a byte array, n rounds with slightly different limits. */
#include "bench.h"

#define SIEVE_MAX (1u << 20)
static uint8_t composite[SIEVE_MAX + 64];

static uint32_t sieve(uint32_t limit) {
    for (uint32_t i = 0; i <= limit; i++) composite[i] = 0;
    uint32_t count = 0;
    for (uint32_t i = 2; i <= limit; i++) {
        if (composite[i]) continue;
        count++;
        for (uint32_t j = i * 2; j <= limit; j += i) composite[j] = 1;
    }
    return count;
}

uint64_t run(int32_t n) {
    uint64_t h = 0;
    for (int32_t round = 0; round < n; round++) {
        uint32_t limit = SIEVE_MAX - (uint32_t)(round % 61) * 997;
        h = bench_mix(h, sieve(limit));
    }
    return h;
}
