/* Shared definitions for the Tessera benchmark workloads.
 *
 * Each workload is one freestanding C file that exports `uint64_t run(int32_t n)`: it does `n` units of
 * work and returns a checksum. The same file builds to wasm32 (zig cc, see ../build.sh) and natively
 * (with native_main.c), and the native result is the checksum recorded in ../workloads.json. Workloads
 * use no libc: memory is static, and randomness comes from the generator below. */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <stddef.h>

#if defined(__wasm__)
#define BENCH_EXPORT __attribute__((export_name("run")))
#else
#define BENCH_EXPORT
#endif

/* The entry point every workload defines. */
BENCH_EXPORT uint64_t run(int32_t n);

/* A small deterministic generator (xorshift64*), the same on every target. */
typedef struct { uint64_t s; } bench_rng;

static inline uint64_t bench_next(bench_rng *r) {
    uint64_t x = r->s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    r->s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* Folds a value into a running checksum. */
static inline uint64_t bench_mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h;
}

/* The bit pattern of a double, for checksums of floating-point results. */
static inline uint64_t bench_bits(double d) {
    union { double d; uint64_t u; } u;
    u.d = d;
    return u.u;
}

#endif
