/* Recursive calls: the naive Fibonacci recursion, about 1.6^n calls. */
#include "bench.h"

__attribute__((noinline)) static uint32_t fib(uint32_t n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

uint64_t run(int32_t n) {
    return bench_mix(0, fib((uint32_t)n));
}
