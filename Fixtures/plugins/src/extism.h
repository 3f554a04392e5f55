/* Direct declarations of the Extism host ABI (no PDK): every function of "extism:host/env". */
#ifndef TESSERA_FIXTURE_EXTISM_H
#define TESSERA_FIXTURE_EXTISM_H
#include <stdint.h>

typedef uint64_t handle_t;

#define KERNEL(n) __attribute__((import_module("extism:host/env"), import_name(n)))
#define EXPORT(n) __attribute__((export_name(n)))

KERNEL("alloc") handle_t k_alloc(uint64_t);
KERNEL("free") void k_free(handle_t);
KERNEL("length") uint64_t k_length(handle_t);
KERNEL("length_unsafe") uint64_t k_length_unsafe(handle_t);
KERNEL("load_u8") uint8_t k_load_u8(handle_t);
KERNEL("load_u64") uint64_t k_load_u64(handle_t);
KERNEL("store_u8") void k_store_u8(handle_t, uint8_t);
KERNEL("store_u64") void k_store_u64(handle_t, uint64_t);
KERNEL("input_length") uint64_t k_input_length(void);
KERNEL("input_offset") handle_t k_input_offset(void);
KERNEL("input_load_u8") uint8_t k_input_load_u8(uint64_t);
KERNEL("input_load_u64") uint64_t k_input_load_u64(uint64_t);
KERNEL("output_set") void k_output_set(handle_t, uint64_t);
KERNEL("error_set") void k_error_set(handle_t);
KERNEL("error_get") handle_t k_error_get(void);
KERNEL("config_get") handle_t k_config_get(handle_t);
KERNEL("var_get") handle_t k_var_get(handle_t);
KERNEL("var_set") void k_var_set(handle_t, handle_t);
KERNEL("http_request") handle_t k_http_request(handle_t, handle_t);
KERNEL("http_status_code") int32_t k_http_status_code(void);
KERNEL("http_headers") handle_t k_http_headers(void);
KERNEL("log_trace") void k_log_trace(handle_t);
KERNEL("log_debug") void k_log_debug(handle_t);
KERNEL("log_info") void k_log_info(handle_t);
KERNEL("log_warn") void k_log_warn(handle_t);
KERNEL("log_error") void k_log_error(handle_t);
KERNEL("get_log_level") int32_t k_get_log_level(void);

/* ---- buffers in the plugin's own memory ---- */
static uint64_t text_length(const char *s) { uint64_t n = 0; while (s[n]) n++; return n; }

/* A new Extism block holding n bytes copied from p (8 bytes at a time, then bytes). */
static handle_t to_block(const void *p, uint64_t n) {
  const uint8_t *b = (const uint8_t *)p;
  handle_t h = k_alloc(n);
  uint64_t i = 0;
  for (; i + 8 <= n; i += 8) { uint64_t w; __builtin_memcpy(&w, b + i, 8); k_store_u64(h + i, w); }
  for (; i < n; i++) k_store_u8(h + i, b[i]);
  return h;
}
static handle_t text_block(const char *s) { return to_block(s, text_length(s)); }

/* Copies block h (at most cap bytes) into dst; returns the count. */
static uint64_t from_block(handle_t h, uint8_t *dst, uint64_t cap) {
  uint64_t n = k_length(h);
  if (n > cap) n = cap;
  uint64_t i = 0;
  for (; i + 8 <= n; i += 8) { uint64_t w = k_load_u64(h + i); __builtin_memcpy(dst + i, &w, 8); }
  for (; i < n; i++) dst[i] = k_load_u8(h + i);
  return n;
}

/* Copies the input (at most cap bytes) into dst with input_load_u64/u8; returns the count. */
static uint64_t read_input(uint8_t *dst, uint64_t cap) {
  uint64_t n = k_input_length();
  if (n > cap) n = cap;
  uint64_t i = 0;
  for (; i + 8 <= n; i += 8) { uint64_t w = k_input_load_u64(i); __builtin_memcpy(dst + i, &w, 8); }
  for (; i < n; i++) dst[i] = k_input_load_u8(i);
  return n;
}

/* An output builder. */
static uint8_t out_buf[1 << 16];
static uint64_t out_len;
static void out_bytes(const void *p, uint64_t n) { const uint8_t *b = p; for (uint64_t i = 0; i < n && out_len < sizeof out_buf; i++) out_buf[out_len++] = b[i]; }
static void out_text(const char *s) { out_bytes(s, text_length(s)); }
static void out_uint(uint64_t v) {
  char t[24]; int k = 0;
  if (v == 0) t[k++] = '0';
  while (v) { t[k++] = (char)('0' + v % 10); v /= 10; }
  while (k) out_bytes(&t[--k], 1);
}
static void out_int(int64_t v) { if (v < 0) { out_text("-"); out_uint((uint64_t)-v); } else out_uint((uint64_t)v); }
static void out_bool(int b) { out_text(b ? "true" : "false"); }
static int32_t out_finish(void) { handle_t h = to_block(out_buf, out_len); k_output_set(h, out_len); out_len = 0; return 0; }
static int32_t fail_with(const char *message) { k_error_set(text_block(message)); return 1; }
#endif
