#!/usr/bin/env python3
"""Runs every case of cases.json under wasmtime (the PyPI `wasmtime` package) and compares the
guest's stdout, stderr and exit code with the golden values: one line per case, exit status 1 on
any mismatch, 2 when wasmtime is missing or the cases file is malformed.

Each case runs with argv = [wasm file name, *args], exactly the environment in `env`, `stdin` as
its standard input, and each preopen's seed folder copied to a fresh temporary directory. The
copy sits alone inside a scratch folder; anything the guest creates beside it counts as a
sandbox escape and fails the case.

A trap (anything that ends the guest other than proc_exit) is reported as exit code 134, the code
`wasmtime run` uses on Unix; such cases also say "trap": true. A case may carry a "wasmtime"
object overriding expected fields where wasmtime is known to differ from the golden behaviour,
with a "reason".

Usage: run_wasmtime.py [--show] [--cases FILE] [NAME...]
  --show          print what each selected case produced as a JSON case (for writing new golden
                  data, which must then be checked by reading it, never pasted blindly)
  --cases FILE    read the cases from FILE instead of cases.json (wasm files and seeds are still
                  found beside this script)
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
TRAP_EXIT = 134
TIMEOUT_SECONDS = 20

try:
    import wasmtime
except ImportError:
    print("error: the Python package `wasmtime` is not installed (pip install wasmtime)", file=sys.stderr)
    sys.exit(2)


def run_case(engine, case):
    """Runs one case and returns (stdout, stderr, exit, trapped, escaped) with text decoded as UTF-8."""
    with tempfile.TemporaryDirectory(prefix="tessera-wasi-") as scratch:
        config = wasmtime.WasiConfig()
        config.argv = [case["wasm"]] + case.get("args", [])
        config.env = [[key, value] for key, value in case.get("env", {}).items()]
        stdin_path = os.path.join(scratch, "stdin")
        with open(stdin_path, "wb") as stdin_file:
            stdin_file.write(case.get("stdin", "").encode("utf-8"))
        config.stdin_file = stdin_path
        config.stdout_file = os.path.join(scratch, "stdout")
        config.stderr_file = os.path.join(scratch, "stderr")
        jails = []
        for index, preopen in enumerate(case.get("preopens", [])):
            jail = os.path.join(scratch, f"jail{index}")
            host = os.path.join(jail, "dir")
            os.mkdir(jail)
            shutil.copytree(os.path.join(HERE, preopen["seed"]), host, symlinks=True)
            config.preopen_dir(host, preopen["guest"])
            jails.append(jail)

        store = wasmtime.Store(engine)
        store.set_wasi(config)
        store.set_epoch_deadline(1)
        timer = threading.Timer(TIMEOUT_SECONDS, engine.increment_epoch)
        timer.start()
        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        module = wasmtime.Module.from_file(engine, os.path.join(HERE, case["wasm"]))
        trapped = False
        try:
            instance = linker.instantiate(store, module)
            instance.exports(store)["_start"](store)
            exit_code = 0
        except wasmtime.ExitTrap as exit_trap:
            exit_code = exit_trap.code
        except (wasmtime.Trap, wasmtime.WasmtimeError):
            exit_code, trapped = TRAP_EXIT, True
        finally:
            timer.cancel()
        del store, linker
        escaped = []
        for jail in jails:
            escaped += [name for name in os.listdir(jail) if name != "dir"]
        with open(os.path.join(scratch, "stdout"), "rb") as file:
            stdout = file.read().decode("utf-8", errors="replace")
        with open(os.path.join(scratch, "stderr"), "rb") as file:
            stderr = file.read().decode("utf-8", errors="replace")
        return stdout, stderr, exit_code, trapped, escaped


def first_difference(expected, actual):
    """A short description of where two texts start to differ."""
    expected_lines, actual_lines = expected.split("\n"), actual.split("\n")
    for number, (want, got) in enumerate(zip(expected_lines, actual_lines), start=1):
        if want != got:
            return f"line {number}: expected {want!r}, got {got!r}"
    return f"expected {len(expected_lines)} lines, got {len(actual_lines)}"


def main(argv):
    parser = argparse.ArgumentParser(description="Runs the WASI fixture cases under wasmtime.")
    parser.add_argument("--show", action="store_true", help="print what each case produced as JSON")
    parser.add_argument("--cases", default=os.path.join(HERE, "cases.json"), help="the cases file")
    parser.add_argument("names", nargs="*", help="run only these cases")
    options = parser.parse_args(argv)
    show, selected = options.show, options.names
    try:
        with open(options.cases, encoding="utf-8") as file:
            cases = json.load(file)
    except (OSError, ValueError) as error:
        print(f"error: cannot read {options.cases}: {error}", file=sys.stderr)
        return 2
    names = [case["name"] for case in cases]
    unknown = [name for name in selected if name not in names]
    if unknown or len(set(names)) != len(names):
        print(f"error: unknown or duplicate case names: {unknown or names}", file=sys.stderr)
        return 2

    wasm_config = wasmtime.Config()
    wasm_config.epoch_interruption = True
    engine = wasmtime.Engine(wasm_config)
    failures = 0
    for case in cases:
        if selected and case["name"] not in selected:
            continue
        stdout, stderr, exit_code, trapped, escaped = run_case(engine, case)
        if show:
            shown = dict(case, stdout=stdout, stderr=stderr, exit=exit_code)
            if trapped:
                shown["trap"] = True
            print(json.dumps(shown, indent=2, ensure_ascii=False))
            continue
        expected = dict(case)
        expected.update(case.get("wasmtime", {}))
        problems = []
        if stdout != expected["stdout"]:
            problems.append("stdout " + first_difference(expected["stdout"], stdout))
        if stderr != expected["stderr"]:
            problems.append("stderr " + first_difference(expected["stderr"], stderr))
        if exit_code != expected["exit"]:
            problems.append(f"exit code expected {expected['exit']}, got {exit_code}")
        if trapped != bool(expected.get("trap", False)):
            problems.append("trapped" if trapped else "expected a trap")
        if escaped:
            problems.append(f"created {escaped} outside the preopened directory")
        if problems:
            failures += 1
            print(f"FAIL {case['name']}: " + "; ".join(problems))
        else:
            note = " (wasmtime override: " + case["wasmtime"]["reason"] + ")" if "wasmtime" in case else ""
            print(f"ok   {case['name']}{note}")
    if not show:
        ran = len(selected) if selected else len(cases)
        print(f"{ran - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
