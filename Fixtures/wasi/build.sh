#!/usr/bin/env bash
# Rebuilds every Fixtures/wasi/*.wasm from src/*.c with zig's clang and wasi-libc:
#   pip install ziglang     (then `python3 -m ziglang cc` is the compiler)
# Usage: Fixtures/wasi/build.sh [NAME...]   (default: every src/*.c)
set -euo pipefail
cd "$(dirname "$0")"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for source in src/*.c; do names+=("$(basename "$source" .c)"); done
fi
for name in "${names[@]}"; do
    python3 -m ziglang cc --target=wasm32-wasi -O2 -s -Wall -Wextra -Werror -o "$name.wasm" "src/$name.c"
    chmod 644 "$name.wasm"
    echo "built $name.wasm ($(wc -c < "$name.wasm") bytes)"
done
