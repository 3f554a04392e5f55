/* The JSON transform: {"ir": X, ...} -> {"transformed":true,"output":X}. X is copied verbatim. */
#include "extism.h"

static uint8_t in[1 << 16];

/* Skips one JSON value starting at i (strings, nesting, scalars); returns the index after it. */
static uint64_t skip_value(const uint8_t *s, uint64_t i, uint64_t n) {
  int depth = 0, in_string = 0;
  for (; i < n; i++) {
    uint8_t c = s[i];
    if (in_string) {
      if (c == '\\') i++;
      else if (c == '"') { in_string = 0; if (depth == 0) return i + 1; }
      continue;
    }
    if (c == '"') in_string = 1;
    else if (c == '{' || c == '[') depth++;
    else if (c == '}' || c == ']') { if (depth == 0) return i; if (--depth == 0) return i + 1; }
    else if (depth == 0 && (c == ',' )) return i;
  }
  return n;
}

EXPORT("transform") int32_t transform(void) {
  uint64_t n = read_input(in, sizeof in);
  uint64_t i = 0;
  while (i < n && in[i] != '{') i++;
  i++;
  while (i < n) {
    while (i < n && (in[i] == ' ' || in[i] == ',' || in[i] == '\n' || in[i] == '\t' || in[i] == '\r')) i++;
    if (i >= n || in[i] != '"') break;
    uint64_t key = ++i;
    while (i < n && in[i] != '"') { if (in[i] == '\\') i++; i++; }
    uint64_t key_end = i++;
    while (i < n && (in[i] == ' ' || in[i] == ':')) i++;
    uint64_t value = i, value_end = skip_value(in, i, n);
    i = value_end;
    if (key_end - key == 2 && in[key] == 'i' && in[key + 1] == 'r') {
      while (value_end > value && (in[value_end - 1] == ' ' || in[value_end - 1] == '\n')) value_end--;
      out_text("{\"transformed\":true,\"output\":");
      out_bytes(in + value, value_end - value);
      out_text("}");
      return out_finish();
    }
  }
  return fail_with("transform: input has no \"ir\" field");
}
