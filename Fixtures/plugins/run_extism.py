#!/usr/bin/env python3
"""Differential cases for Tessera's Extism host, run through the real Extism host (PyPI `extism`).

Every case names a plugin (manifest + host options) and a sequence of calls on one instance.  The
real host's raw outcome of each call (return code, error text, output) is recorded in
expected.json, which the Swift test `ExtismDifferentialTests` replays in process against Tessera.

  python3 run_extism.py            # run every case, write expected.json
  python3 run_extism.py --check    # run every case, compare with expected.json, print a summary

Only loopback networking is used (http cases point at closed loopback ports or are denied).
"""
import json
import os
import sys

import extism
from extism import Function, ValType
from extism_sys import lib, ffi

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "expected.json")


@extism.host_fn(name="reverse", signature=([ValType.PTR], [ValType.PTR]))
def reverse(plugin, params, results, *user_data):
    plugin.return_bytes(results[0], plugin.input_bytes(params[0])[::-1])


def kitchen(**extra):
    m = {"wasm": [{"path": "kitchen.wasm"}]}
    m.update(extra)
    return m


def one(path, **extra):
    m = {"wasm": [{"path": path}]}
    m.update(extra)
    return m


# (id, manifest, options, [(function, input), ...])
PLUGINS = [
    ("kitchen-config", kitchen(config={"greeting": "Hi"}), {}, [
        ("greet", '{"name":"Swift"}'), ("greet", '{"name":"Swift"}'), ("greet", '{"name":"Swift"}'),
        ("greet", "{}"), ("del_var", ""), ("greet", '{"name":"X"}'),
        ("fail", ""), ("fail_rc_only", ""), ("error_rc0", ""), ("error_cleared", ""),
        ("trap", ""), ("greet", '{"name":"after trap"}'), ("void_fn", ""), ("with_param", ""), ("nope", ""),
        ("echo", "abcdefghij"), ("echo", ""), ("handles", "abc"), ("handles", ""), ("handles", "abc"),
        ("free_input", "12345"), ("call_host", "hello"), ("config", "greeting"), ("config", "missing"),
        ("logs", ""), ("alloc_n", "60000"), ("alloc_n", "2000000"),
    ]),
    ("kitchen-no-config", kitchen(), {}, [("greet", '{"name":"A"}'), ("config", "greeting")]),
    ("kitchen-vars-100", kitchen(memory={"max_var_bytes": 100}), {}, [
        ("big_var", "x" * 10), ("big_var", "x" * 200), ("big_var", "y" * 20)]),
    ("kitchen-vars-off", kitchen(memory={"max_var_bytes": 0}), {}, [("greet", '{"name":"Z"}'), ("del_var", "")]),
    ("kitchen-pages-4", kitchen(memory={"max_pages": 4}), {}, [
        ("greet", '{"name":"M"}'), ("alloc_bomb", ""), ("greet", '{"name":"after bomb"}'), ("alloc_n", "200000"),
        ("alloc_n", "300000")]),
    ("kitchen-pages-8", kitchen(memory={"max_pages": 8}), {}, [("alloc_n", "500000"), ("alloc_n", "1000000")]),
    ("kitchen-pages-32", kitchen(memory={"max_pages": 32}), {}, [("alloc_n", "1000000"), ("alloc_bomb", "")]),
    ("kitchen-timeout", kitchen(timeout_ms=200), {}, [("spin", ""), ("greet", '{"name":"T"}'), ("greet", '{"name":"T"}')]),
    ("kitchen-fuel", kitchen(), {"fuel": 100000}, [
        ("spin", ""), ("greet", '{"name":"F"}'), ("greet", '{"name":"F"}'), ("spin", "")]),
    ("kitchen-http-denied", kitchen(), {}, [("http", '{"url":"http://127.0.0.1:9/x"}')]),
    ("kitchen-http-other-host", kitchen(allowed_hosts=["example.*"]), {}, [
        ("http", '{"url":"http://127.0.0.1:9/x"}')]),
    ("kitchen-http-refused", kitchen(allowed_hosts=["127.0.0.*"]), {}, [
        ("http", '{"url":"http://127.0.0.1:9/x"}'), ("greet", '{"name":"after http"}')]),
    ("transform", one("transform.wasm"), {"host": False}, [
        ("transform", '{"ir": {"op": "add", "args": [1, 2]}, "meta": "x"}'),
        ("transform", '{"meta": 1, "ir": [1, "two", {"three": 3}]}'),
        ("transform", '{"ir": "text with \\" quote"}'), ("transform", '{"other": 1}'), ("transform", "")]),
    ("kernel", one("kernel.wasm"), {"host": False}, [
        ("bad_output", ""), ("memory_pages", "x"), ("reset_inside", "input")]),
    ("linked", {"wasm": [{"path": "helper.wasm", "name": "helper"}, {"path": "linked.wasm", "name": "main"}]},
     {"host": False}, [("run", "3"), ("run", "2")]),
    ("linked-last-is-main", {"wasm": [{"path": "helper.wasm", "name": "helper"}, {"path": "linked.wasm"}]},
     {"host": False}, [("run", "1")]),
    ("mocked-host", {"wasm": [{"path": "upper_mock.wasm", "name": "extism:host/user"},
                              {"path": "kitchen.wasm", "name": "main"}]}, {"host": False},
     [("call_host", "hello world")]),
    ("wasi-reactor", one("wasi-reactor.wasm"), {"host": False, "wasi": True}, [
        ("ctor_count", ""), ("ctor_count", ""), ("wasi_io", ""), ("count", ""), ("count", "")]),
    ("wasi-command", one("wasi-command.wasm"), {"host": False, "wasi": True}, [
        ("ctor_count", ""), ("count", ""), ("count", ""), ("_start", ""), ("count", ""), ("ctor_count", "")]),
    ("wasi-module-without-wasi", one("wasi-reactor.wasm"), {"host": False}, []),
    ("missing-host-function", kitchen(), {"host": False}, []),
    ("bad-import", one("bad_import.wasm"), {"host": False}, []),
    ("empty-wasm-list", {"wasm": []}, {}, []),
    ("wrong-hash", {"wasm": [{"path": "transform.wasm", "hash": "00" * 32}]}, {"host": False}, []),
    ("unknown-key", {"wasm": [{"path": "transform.wasm"}], "bogus": 1}, {"host": False}, []),
]


def raw_call(plugin, name, data):
    data = data.encode()
    rc = lib.extism_plugin_call(plugin.plugin, name.encode(), data, len(data))
    err = lib.extism_plugin_error(plugin.plugin)
    err = None if err == ffi.NULL else ffi.string(err).decode()
    n = lib.extism_plugin_output_length(plugin.plugin)
    out = bytes(ffi.buffer(lib.extism_plugin_output_data(plugin.plugin), n)) if n else b""
    return {"rc": rc, "error": err, "output": out.decode("utf-8", "replace")}


class _Raw:
    """A plugin made through the C API (for options the Python SDK lacks, such as a fuel limit)."""

    def __init__(self, pointer, keep):
        self.plugin = pointer
        self.keep = keep


def make_plugin(manifest, host_functions, fuel, wasi):
    functions = [reverse] if host_functions else []
    if fuel is None:
        return extism.Plugin(manifest, functions=functions, wasi=wasi)
    metas = [extism.extism._ExtismFunctionMetadata(f) for f in functions]
    pointers = ffi.new("ExtismFunction*[]", [m.pointer for m in metas])
    error = ffi.new("char**")
    data = json.dumps(manifest).encode()
    pointer = lib.extism_plugin_new_with_fuel_limit(data, len(data), pointers, len(metas), wasi, fuel, error)
    if pointer == ffi.NULL:
        raise extism.Error(ffi.string(error[0]).decode())
    return _Raw(pointer, (metas, pointers))


def run_all():
    os.chdir(HERE)
    results = []
    for pid, manifest, options, calls in PLUGINS:
        entry = {"id": pid, "manifest": manifest, "host_functions": options.get("host", True), "calls": []}
        if "fuel" in options:
            entry["fuel"] = options["fuel"]
        entry["wasi"] = options.get("wasi", False)
        try:
            plugin = make_plugin(manifest, entry["host_functions"], options.get("fuel"), entry["wasi"])
        except extism.Error as e:
            entry["load_error"] = str(e)
            results.append(entry)
            continue
        entry["load_error"] = None
        for function, data in calls:
            outcome = raw_call(plugin, function, data)
            entry["calls"].append({"function": function, "input": data, **outcome})
        results.append(entry)
    return {"extism_version": extism.extism_version(), "plugins": results}


def main():
    fresh = run_all()
    if "--check" in sys.argv:
        with open(EXPECTED) as f:
            old = json.load(f)
        agreed = differed = 0
        for a, b in zip(old["plugins"], fresh["plugins"]):
            if a.get("load_error") != b.get("load_error"):
                differed += 1
                print(f"DIFF {a['id']} load: {a.get('load_error')!r} != {b.get('load_error')!r}")
            for x, y in zip(a["calls"], b["calls"]):
                if x == y:
                    agreed += 1
                else:
                    differed += 1
                    print(f"DIFF {a['id']} {x['function']}: {x} != {y}")
        print(f"{agreed} agreed, {differed} differed")
        sys.exit(1 if differed else 0)
    with open(EXPECTED, "w") as f:
        json.dump(fresh, f, indent=1, sort_keys=True)
        f.write("\n")
    n = sum(len(p["calls"]) for p in fresh["plugins"])
    print(f"wrote {EXPECTED}: {len(fresh['plugins'])} plugins, {n} calls")


if __name__ == "__main__":
    main()
