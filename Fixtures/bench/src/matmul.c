/* f64 matrix multiply: C = A * B for n x n matrices (i-k-j order), checksum over C. */
#include "bench.h"

#define MAT_MAX 512
static double A[MAT_MAX * MAT_MAX], B[MAT_MAX * MAT_MAX], C[MAT_MAX * MAT_MAX];

uint64_t run(int32_t n) {
    if (n > MAT_MAX) n = MAT_MAX;
    for (int32_t i = 0; i < n; i++)
        for (int32_t j = 0; j < n; j++) {
            A[i * n + j] = (double)((i * 7 + j * 3) % 17) / (double)(j + 1) - 0.5;
            B[i * n + j] = (double)((i * 5 + j * 11) % 13) * 0.25 + (double)i / (double)(n + j);
            C[i * n + j] = 0.0;
        }
    for (int32_t i = 0; i < n; i++)
        for (int32_t k = 0; k < n; k++) {
            double a = A[i * n + k];
            for (int32_t j = 0; j < n; j++) C[i * n + j] += a * B[k * n + j];
        }
    double sum = 0.0;
    uint64_t h = 0;
    for (int32_t i = 0; i < n * n; i++) {
        sum += C[i];
        if (i % 97 == 0) h = bench_mix(h, bench_bits(C[i]));
    }
    return bench_mix(h, bench_bits(sum));
}
