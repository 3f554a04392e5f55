/* A plugin that exercises every function of extism:host/env, plus one user host function. */
#include "extism.h"

__attribute__((import_module("extism:host/user"), import_name("reverse"))) handle_t host_reverse(handle_t);

static uint8_t in[1 << 16];
static uint8_t tmp[1 << 16];

/* Finds "key":"value" in the input (flat JSON, string values); returns the value length or -1. */
static int64_t json_string(const uint8_t *s, uint64_t n, const char *key, uint64_t *start) {
  uint64_t k = text_length(key);
  for (uint64_t i = 0; i + k + 2 < n; i++) {
    if (s[i] != '"' || s[i + k + 1] != '"') continue;
    int same = 1;
    for (uint64_t j = 0; j < k; j++) if (s[i + 1 + j] != (uint8_t)key[j]) { same = 0; break; }
    if (!same) continue;
    uint64_t p = i + k + 2;
    while (p < n && (s[p] == ' ' || s[p] == ':')) p++;
    if (p >= n || s[p] != '"') return -1;
    uint64_t b = ++p;
    while (p < n && s[p] != '"') p++;
    *start = b;
    return (int64_t)(p - b);
  }
  return -1;
}

/* greet: {"name": N} -> greeting from config "greeting" (default Hello), a call counter in var "count". */
EXPORT("greet") int32_t greet(void) {
  uint64_t n = read_input(in, sizeof in), at = 0;
  int64_t name_len = json_string(in, n, "name", &at);
  if (name_len < 0) return fail_with("input JSON lacks a string field \"name\"");
  handle_t g = k_config_get(text_block("greeting"));
  uint64_t count = 0;
  handle_t c = k_var_get(text_block("count"));
  if (c) count = k_load_u64(c);
  count++;
  k_var_set(text_block("count"), to_block(&count, 8));
  out_text("{\"message\":\"");
  if (g) out_bytes(tmp, from_block(g, tmp, sizeof tmp)); else out_text("Hello");
  out_text(", "); out_bytes(in + at, (uint64_t)name_len); out_text("!\",\"count\":"); out_uint(count);
  out_text(",\"config_found\":"); out_bool(g != 0);
  out_text(",\"input_bytes\":"); out_uint(n); out_text("}");
  return out_finish();
}

EXPORT("del_var") int32_t del_var(void) { k_var_set(text_block("count"), 0); out_text("deleted"); return out_finish(); }

/* echo: the input block itself becomes the output. */
EXPORT("echo") int32_t echo(void) { k_output_set(k_input_offset(), k_input_length()); return 0; }

EXPORT("fail") int32_t fail(void) { return fail_with("kitchen: deliberate failure"); }
EXPORT("fail_rc_only") int32_t fail_rc_only(void) { return 7; }
EXPORT("error_rc0") int32_t error_rc0(void) { k_error_set(text_block("kitchen: error with rc 0")); return 0; }
EXPORT("error_cleared") int32_t error_cleared(void) {
  k_error_set(text_block("set then cleared")); k_error_set(0);
  out_text("cleared:"); out_bool(k_error_get() == 0); return out_finish();
}
EXPORT("trap") int32_t trap(void) { (void)k_input_length(); __builtin_trap(); }
EXPORT("void_fn") void void_fn(void) { out_text("void ok"); out_finish(); }
EXPORT("with_param") int32_t with_param(int32_t x) { return x; }

/* handles: raw handle numbers and length semantics (must be identical to the reference kernel). */
EXPORT("handles") int32_t handles(void) {
  handle_t input = k_input_offset();
  handle_t a = k_alloc(1), b = k_alloc(100);
  uint64_t la = k_length(a), lb = k_length(b), lmid = k_length(b + 1), lumid = k_length_unsafe(b + 1);
  uint64_t lu = k_length_unsafe(b);
  handle_t zero = k_alloc(0);
  k_free(b);
  uint64_t after = k_length(b);
  handle_t c = k_alloc(50);
  handle_t big = k_alloc(70000);
  handle_t reused = 0;
  k_free(c);
  k_free(big);
  reused = k_alloc(60000);
  out_text("{\"input\":"); out_uint(input); out_text(",\"input_length\":"); out_uint(k_input_length());
  out_text(",\"length_input\":"); out_uint(k_length(input));
  out_text(",\"a\":"); out_uint(a); out_text(",\"la\":"); out_uint(la);
  out_text(",\"b\":"); out_uint(b); out_text(",\"lb\":"); out_uint(lb); out_text(",\"lu\":"); out_uint(lu);
  out_text(",\"lmid\":"); out_uint(lmid); out_text(",\"lumid\":"); out_uint(lumid);
  out_text(",\"zero\":"); out_uint(zero); out_text(",\"after_free\":"); out_uint(after);
  out_text(",\"c\":"); out_uint(c); out_text(",\"big\":"); out_uint(big); out_text(",\"reused\":"); out_uint(reused);
  out_text(",\"length_reused\":"); out_uint(k_length(reused));
  out_text(",\"load_u8_low\":"); out_uint(k_load_u8(3)); out_text(",\"load_u64_far\":"); out_uint(k_load_u64(1ull << 40));
  out_text(",\"in_u8_end\":"); out_uint(k_input_load_u8(k_input_length()));
  out_text(",\"in_u64_end\":"); out_uint(k_input_load_u64(k_input_length() - 4));
  out_text("}");
  return out_finish();
}

/* free_input: freeing the input block zeroes the input length. */
EXPORT("free_input") int32_t free_input(void) {
  uint64_t before = k_input_length();
  k_free(k_input_offset());
  out_uint(before); out_text("->"); out_uint(k_input_length()); return out_finish();
}

EXPORT("logs") int32_t logs(void) {
  k_log_trace(text_block("kitchen trace")); k_log_debug(text_block("kitchen debug"));
  k_log_info(text_block("kitchen info")); k_log_warn(text_block("kitchen warn")); k_log_error(text_block("kitchen error"));
  out_text("{\"log_level\":"); out_int(k_get_log_level()); out_text("}"); return out_finish();
}

/* call_host: the input reversed by the embedder's host function. */
EXPORT("call_host") int32_t call_host(void) {
  handle_t r = host_reverse(k_input_offset());
  k_output_set(r, k_length(r)); return 0;
}

/* big_var: stores the input as a var. */
EXPORT("big_var") int32_t big_var(void) {
  uint64_t n = read_input(in, sizeof in);
  k_var_set(text_block("big"), to_block(in, n)); out_text("stored"); return out_finish();
}

/* config: the value of the config key named by the input, or "<none>". */
EXPORT("config") int32_t config(void) {
  uint64_t n = read_input(in, sizeof in);
  handle_t v = k_config_get(to_block(in, n));
  if (!v) { out_text("<none>"); return out_finish(); }
  k_output_set(v, k_length(v)); return 0;
}

/* http: {"url": U} -> status and body of a GET (the body must be JSON or text). */
EXPORT("http") int32_t http(void) {
  uint64_t n = read_input(in, sizeof in);
  handle_t req = to_block(in, n);
  handle_t body = k_http_request(req, 0);
  int32_t status = k_http_status_code();
  handle_t headers = k_http_headers();
  out_text("{\"status\":"); out_int(status); out_text(",\"body\":\"");
  uint64_t bn = from_block(body, tmp, sizeof tmp);
  for (uint64_t i = 0; i < bn; i++) { if (tmp[i] == '"' || tmp[i] == '\\') out_text("\\"); out_bytes(tmp + i, 1); }
  out_text("\",\"headers\":");
  if (headers) {
    uint64_t hn = from_block(headers, tmp, sizeof tmp);
    /* only report whether the JSON mentions the probe header, the rest varies (date, server) */
    int found = 0;
    for (uint64_t i = 0; i + 7 <= hn; i++) { int same = 1; for (int j = 0; j < 7; j++) if (tmp[i + j] != (uint8_t)"x-probe"[j]) same = 0; if (same) found = 1; }
    out_text(found ? "\"has x-probe\"" : "\"no x-probe\"");
  } else out_text("null");
  out_text("}");
  return out_finish();
}

/* spin: an infinite loop (stopped by timeout, fuel or cancel). */
EXPORT("spin") int32_t spin(void) { volatile uint64_t i = 0; for (;;) i++; }

/* alloc_bomb: allocates 1 MiB blocks until alloc returns 0 (or a limit stops the call). */
EXPORT("alloc_bomb") int32_t alloc_bomb(void) {
  uint64_t total = 0;
  for (int i = 0; i < 64; i++) { if (!k_alloc(1 << 20)) break; total += 1 << 20; }
  out_text("{\"allocated\":"); out_uint(total); out_text("}"); return out_finish();
}

/* grow_bomb: grows the plugin's own memory by the number of pages in the input (decimal). */
EXPORT("grow_bomb") int32_t grow_bomb(void) {
  uint64_t n = read_input(in, sizeof in), pages = 0;
  for (uint64_t i = 0; i < n; i++) pages = pages * 10 + (in[i] - '0');
  int32_t r = __builtin_wasm_memory_grow(0, pages);
  out_text("{\"grow\":"); out_int(r >= 0 ? 1 : r); out_text("}"); return out_finish();
}

/* alloc_n: one allocation of the number of bytes in the input. */
EXPORT("alloc_n") int32_t alloc_n(void) {
  uint64_t n = read_input(in, sizeof in), size = 0;
  for (uint64_t i = 0; i < n; i++) size = size * 10 + (in[i] - '0');
  handle_t h = k_alloc(size);
  out_text("{\"handle\":"); out_uint(h); out_text("}"); return out_finish();
}

/* recurse: unbounded recursion (call stack exhaustion is a trap). */
static int32_t deep(int32_t x) { volatile int32_t y = x; return y ? deep(y + 1) + 1 : 0; }
EXPORT("recurse") int32_t recurse(void) { return deep(1); }
