/* Bulk memory: memset/memcpy/memmove of many sizes over a 4 MiB arena (memory.fill / memory.copy
 * when built with -mbulk-memory), with a sampled checksum. */
#include "bench.h"

#define ARENA (4u << 20)
static uint8_t arena[ARENA];

uint64_t run(int32_t n) {
    bench_rng rng = {0xB01CULL};
    uint64_t h = 0;
    __builtin_memset(arena, 0, ARENA);
    for (uint32_t i = 0; i < ARENA; i += 4096) arena[i] = (uint8_t)i;
    for (int32_t round = 0; round < n; round++) {
        for (int op = 0; op < 256; op++) {
            uint64_t r = bench_next(&rng);
            uint32_t size = (uint32_t)(16u << (r & 12)) + (uint32_t)(r >> 20 & 255); /* 16 B .. 64 KiB */
            uint32_t span = ARENA - 2 * size - 128; /* room for every operation below */
            uint32_t dst = (uint32_t)(r >> 32) % span;
            uint32_t src = (uint32_t)(r >> 8 & 0xFFFFFF) % span;
            switch (op & 3) {
            case 0: __builtin_memset(arena + dst, (int)(r >> 56), size); break;
            case 1: __builtin_memmove(arena + dst, arena + src, size); break;
            case 2: __builtin_memcpy(arena + (dst & ~63u), arena + (dst & ~63u) + size, size > 64 ? 64 : size); break;
            default: __builtin_memmove(arena + src + 1, arena + src, size); break;
            }
            h = bench_mix(h, arena[dst] + (uint64_t)arena[src + size / 2] * 256);
        }
    }
    for (uint32_t i = 0; i < ARENA; i += 4099) h = bench_mix(h, arena[i]);
    return h;
}
