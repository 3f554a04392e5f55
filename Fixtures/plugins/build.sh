#!/bin/sh
# Rebuilds the fixture plugins from src/ (C with direct Extism imports, no PDK; WAT).
# Needs: python3 -m ziglang (pip install ziglang) and wasm-tools (pip install wasm-tools) or `tessera parse`.
set -e
cd "$(dirname "$0")"
CC="python3 -m ziglang cc --target=wasm32-freestanding -O2 -nostdlib -Wl,--no-entry -Wl,--export-memory"
$CC -o kitchen.wasm src/kitchen.c
$CC -o transform.wasm src/transform.c
for w in src/*.wat; do
  wasm-tools parse "$w" -o "$(basename "$w" .wat).wasm"
done
python3 -m ziglang cc --target=wasm32-wasi -O2 -mexec-model=reactor -s -o wasi-reactor.wasm src/wasi.c
python3 -m ziglang cc --target=wasm32-wasi -O2 -DWASI_COMMAND -s -o wasi-command.wasm src/wasi.c
