/// The command line of `tessera-bench`.
public struct Options: Sendable, Equatable {
    /// Only rows whose name contains one of these (case-insensitive); empty: every row.
    public var filters: [String] = []
    /// Samples per engine and row (default 5; 1 with `--smoke`).
    public var runs: Int?
    /// Print JSON instead of the table.
    public var json = false
    /// Run each scenario once, on small sizes (for CI).
    public var smoke = false
    /// Measure Tessera alone (also the case when WasmKit is not built in).
    public var tesseraOnly = false
    /// Where `workloads.json` lives (default: `Fixtures/bench` of this checkout).
    public var fixtures: String?
    /// Size of the generated module of the load scenario in MB (default 20, or 1 with `--smoke`).
    public var generatedMB: Int?
    /// Print the usage and stop.
    public var help = false

    public static let usage = """
        usage: tessera-bench [--filter NAME]... [--runs N] [--json] [--smoke] [--tessera-only] [--fixtures DIR]
                            [--generated-mb N]

        Runs every benchmark scenario on Tessera and WasmKit alternately in one process, checks each
        workload's checksum, and prints median/min/max per engine with the ratio tessera/wasmkit
        (times: below 1.00 means Tessera is faster), then `geomean tessera/wasmkit: X.XX` over the
        execute rows.

          --filter NAME   only rows whose name contains NAME (repeatable), e.g. execute, fib, load
          --runs N        samples per engine and row (default 5, or 1 with --smoke)
          --json          print the results as JSON instead of the table
          --smoke         each scenario once on small sizes (CI)
          --tessera-only  measure Tessera alone (automatic when built without the WasmKit trait)
          --fixtures DIR  the folder holding workloads.json (default: Fixtures/bench of this checkout)
          --generated-mb N  size of the generated module of the load scenario (default 20, smoke 1)
        """

    public init() {}

    /// Parses the arguments (without the program name).
    public init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            return v
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--filter": filters.append(try value(argument))
            case "--runs":
                let text = try value(argument)
                guard let n = Int(text), n >= 1 else { throw BenchError("--runs needs a positive number, not \(text)") }
                runs = n
            case "--json": json = true
            case "--smoke": smoke = true
            case "--tessera-only": tesseraOnly = true
            case "--fixtures": fixtures = try value(argument)
            case "--generated-mb":
                let text = try value(argument)
                guard let n = Int(text), (1...1000).contains(n) else { throw BenchError("--generated-mb needs 1...1000, not \(text)") }
                generatedMB = n
            case "-h", "--help": help = true
            default: throw BenchError("unknown argument \(argument)")
            }
        }
    }

    /// Samples per engine and row.
    public var samples: Int { runs ?? (smoke ? 1 : 5) }

    /// Whether a row named `name` is selected.
    public func selects(_ name: String) -> Bool {
        filters.isEmpty || filters.contains { name.lowercased().contains($0.lowercased()) }
    }
}
