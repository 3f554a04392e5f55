/// The help texts.
enum Usage {
    static let top = """
        USAGE: tessera <command> [options]

        Commands:
          wast [--json] [--verbose] [--no-execute] PATH...
                                               run .wast scripts (files, or folders of .wast files)
          validate FILE                        decode and validate a .wasm or .wat module
          inspect FILE                         show sections, types, imports, exports, custom sections
          parse FILE.wat [-o FILE.wasm]        assemble the text format into a binary
          run [options] FILE [ARGS...]         run a WASI program (or one export, with --invoke)
          call [options] PLUGIN FUNCTION       call an Extism plugin (.wasm, .wat or .json manifest)

        Options:
          -h, --help      show help (also after a command: tessera wast --help)
          --version       print the version
        """

    static let wast = """
        USAGE: tessera wast [--json] [--verbose] [--no-execute] PATH...

        Runs spec-format scripts: decodes, validates and executes every directive. A folder stands for
        the .wast files directly inside it, sorted. Prints one line per file (or one JSON object per line
        with --json), then "N passed, M failed, K skipped". Exits 0 only when no directive failed.
        Directives may be skipped only when they need GC and the file is a GC file of the testsuite's
        MANIFEST.tsv (beside the file or up to two folders above it); anything else the interpreter
        cannot do counts as failed.

        Options:
          --json          one JSON object per file: {"failed": {...}, "file": ..., "passed": {...}, "skipped": {...}}
          -v, --verbose   also list each failure (and note) with its line number
          --no-execute    only decode and validate (and check text-format assertions); execution
                          directives are skipped. (--execute, the default, is accepted too.)
          -h, --help      show this help
        """

    static let validate = """
        USAGE: tessera validate FILE

        Decodes and validates a module (.wasm binary, or .wat text). Prints "valid" and exits 0, or prints
        the error with its offset and exits 1.

        Options:
          -h, --help      show this help
        """

    static let inspect = """
        USAGE: tessera inspect FILE

        Lists the sections of a module (.wasm, or .wat assembled first) with their ids, offsets and sizes,
        then its types, imports, exports and custom section names.

        Options:
          -h, --help      show this help
        """

    static let parse = """
        USAGE: tessera parse FILE.wat [-o FILE.wasm]

        Assembles a text-format module into a binary. Without -o the output goes next to the input with
        the extension .wasm.

        Options:
          -o, --output FILE   where to write the binary
          -h, --help          show this help
        """

    static let run = """
        USAGE: tessera run [options] FILE.wasm|FILE.wat [ARGS...]

        Runs a WASI preview-1 program: calls its _start (or _initialize) with ARGS as its arguments
        (the module path is argv[0]) and exits with its exit code. Standard streams are inherited;
        nothing else of the host is reachable except --dir directories. A module with imports that
        neither WASI nor --trap-unknown-imports provides is refused, listing each one. A trap or an
        exhausted limit prints the error with the wasm backtrace and exits 134.

        Options (before FILE; everything after FILE goes to the guest):
          --dir HOST[::GUEST]     preopen the host directory HOST as GUEST (default: the same path)
          --env NAME=VALUE        set an environment variable; --env NAME passes the host's value
          --invoke NAME           call the export NAME instead of _start; ARGS are its arguments
                                  (integers, 0x hexadecimal, floats), results are printed one per line
          --fuel N                stop after about N executed instructions
          --timeout DURATION      stop after DURATION of wall time (100ms, 2s, 1m)
          --max-memory SIZE       cap every linear memory at SIZE bytes (65536, 64KiB, 16MiB, 1GiB)
          --trap-unknown-imports  define unknown function imports as functions that trap when called
          -h, --help              show this help
        """
}
