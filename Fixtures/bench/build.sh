#!/usr/bin/env bash
# Rebuilds the benchmark workloads and their manifest from src/*.c.
#
# Each workload is compiled twice from the same source: to freestanding wasm32 with zig cc (PyPI
# package `ziglang`: `pip install ziglang`), and natively with the host's cc, whose result for the
# workload's full and smoke sizes is recorded as the checksum in workloads.json. Both engines must
# reproduce it. Usage: Fixtures/bench/build.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

# name | extra wasm flags | n (full run: about 0.3 s in a release Tessera on an idle machine) | n (--smoke) | what it exercises
workloads=(
    "fib|-|35|18|recursive calls"
    "sieve|-|8|1|byte-array loops (sieve of Eratosthenes)"
    "matmul|-|320|16|f64 matrix multiply"
    "sha256|-|72|1|integer mixing (SHA-256)"
    "memops|-mbulk-memory|2100|1|memset/memcpy/memmove (bulk memory)"
    "nbody|-|375000|1000|f64 n-body with sqrt"
    "hashtab|-|1500|4|pointer chasing (chained hash table, linked list)"
    "interp|-|5800|100|switch-dispatched bytecode interpreter"
    "simd|-msimd128|1800|2|SIMD (f32x4, i32x4, u8x16)"
    "coremix|-|1050|4|CoreMark-like list/matrix/state machine/CRC mix"
)

zigcc=(python3 -m ziglang cc --target=wasm32-freestanding -O2 -nostdlib -ffp-contract=off -s
       -Wl,--no-entry -Wl,--export=run -Wl,--strip-all)
entries=()
for spec in "${workloads[@]}"; do
    IFS='|' read -r name flags n smoke about <<< "$spec"
    extra=(); [[ "$flags" != "-" ]] && extra=($flags)
    "${zigcc[@]}" "${extra[@]}" "src/$name.c" -o "$name.wasm"
    cc -O2 -ffp-contract=off -Wall -Wextra -Werror "src/$name.c" src/native_main.c -lm -o "$tmp/$name"
    full="$("$tmp/$name" "$n")"; quick="$("$tmp/$name" "$smoke")"  # a fresh process each
    echo "$name: $(wc -c < "$name.wasm") bytes, run($n) = $full, run($smoke) = $quick"
    entries+=("$(printf '    {"name": "%s", "file": "%s.wasm", "n": %s, "checksum": "%s", "smokeN": %s, "smokeChecksum": "%s", "about": "%s"}' \
        "$name" "$name" "$n" "$full" "$smoke" "$quick" "$about")")
done
{
    echo '{"workloads": ['
    for i in "${!entries[@]}"; do
        [[ $i -lt $((${#entries[@]} - 1)) ]] && echo "${entries[$i]}," || echo "${entries[$i]}"
    done
    echo ']}'
} > workloads.json
echo "wrote $here/workloads.json"
