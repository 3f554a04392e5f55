/* A WASI plugin (reactor or command): a C constructor, libc I/O and clocks, Extism vars. */
#include <stdio.h>
#include <time.h>
#include "extism.h"

static int ctor_runs;
__attribute__((constructor)) static void count_ctor(void) { ctor_runs++; }

EXPORT("ctor_count") int32_t ctor_count(void) {
  out_text("{\"ctor_runs\":"); out_uint((uint64_t)ctor_runs); out_text("}"); return out_finish();
}

/* Uses WASI: stdout (discarded by the host), the realtime clock. */
EXPORT("wasi_io") int32_t wasi_io(void) {
  printf("hello from wasi\n");
  fflush(stdout);
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  out_text("{\"realtime_after_2020\":"); out_bool(ts.tv_sec > 1577836800); out_text("}"); return out_finish();
}

/* A counter in a var: shows whether vars survive a call of _start. */
EXPORT("count") int32_t count(void) {
  uint64_t n = 0;
  handle_t v = k_var_get(text_block("n"));
  if (v) n = k_load_u64(v);
  n++;
  k_var_set(text_block("n"), to_block(&n, 8));
  out_uint(n); return out_finish();
}

#ifdef WASI_COMMAND
int main(void) { return 0; }
#endif
