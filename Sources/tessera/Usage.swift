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
}
