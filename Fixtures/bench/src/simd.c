/* A SIMD kernel (v128 when built with -msimd128): f32x4 multiply-add over arrays, i32x4 integer mixing
 * with lane shuffles, and u8x16 byte arithmetic with compare masks. Written with vector types, so the
 * native build computes the same lanes. */
#include "bench.h"

typedef float f32x4 __attribute__((vector_size(16)));
typedef uint32_t u32x4 __attribute__((vector_size(16)));
typedef int32_t i32x4 __attribute__((vector_size(16)));
typedef uint8_t u8x16 __attribute__((vector_size(16)));

#define LANES 1024
static f32x4 xs[LANES], ys[LANES];
static u32x4 words[LANES];
static u8x16 bytes[LANES];

uint64_t run(int32_t n) {
    bench_rng rng = {0x51D0ULL};
    for (int i = 0; i < LANES; i++) {
        float base = (float)(i % 13) * 0.125f;
        xs[i] = (f32x4){base, base + 0.5f, base * 0.5f, 1.0f - base * 0.25f};
        ys[i] = (f32x4){1.0f, 0.5f, 0.25f, 2.0f};
        uint64_t a = bench_next(&rng), b = bench_next(&rng);
        words[i] = (u32x4){(uint32_t)a, (uint32_t)(a >> 32), (uint32_t)b, (uint32_t)(b >> 32)};
        for (int j = 0; j < 16; j++) bytes[i][j] = (uint8_t)(a >> (j * 4));
    }
    f32x4 scale = {0.5f, 0.25f, 0.75f, 0.125f};
    u32x4 hv = {0x12345678u, 0x9abcdef0u, 0x0fedcba9u, 0x87654321u};
    i32x4 above = {0, 0, 0, 0};
    u8x16 bacc = {0};
    for (int32_t round = 0; round < n; round++) {
        for (int i = 0; i < LANES; i++) {
            f32x4 y = ys[i] * 0.5f + xs[i] * scale;
            ys[i] = y;
            above -= (i32x4)(y > xs[i]);
            u32x4 w = words[i];
            w = (w * 0x9E3779B1u + (w >> 7)) ^ hv;
            hv = __builtin_shufflevector(hv, hv, 1, 2, 3, 0) ^ w;
            words[i] = w;
            u8x16 b = bytes[i] + (u8x16)w;
            bacc += b & (u8x16)(b > bacc);
            bytes[i] = b;
        }
        scale = __builtin_shufflevector(scale, scale, 3, 0, 1, 2);
    }
    uint64_t h = 0;
    for (int j = 0; j < 4; j++) h = bench_mix(bench_mix(h, hv[j]), (uint32_t)above[j]);
    for (int j = 0; j < 16; j++) h = bench_mix(h, bacc[j]);
    for (int i = 0; i < LANES; i += 37) {
        u32x4 bits = (u32x4)ys[i];
        for (int j = 0; j < 4; j++) h = bench_mix(h, bits[j]);
    }
    return h;
}
