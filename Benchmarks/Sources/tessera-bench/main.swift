// tessera-bench: Tessera and WasmKit side by side (see Options.usage and the README's Benchmarks section).
import BenchKit
import Foundation

#if WasmKit
let wasmKitBuiltIn = true
#else
let wasmKitBuiltIn = false
#endif

func main() -> Int32 {
    let options: Options
    do {
        options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("tessera-bench: \(error)\n\n\(Options.usage)\n".utf8))
        return 2
    }
    if options.help {
        print(Options.usage)
        return 0
    }
    var engines: [any BenchEngine] = [TesseraBenchEngine()]
    #if WasmKit
    if !options.tesseraOnly { engines.append(WasmKitBenchEngine()) }
    #endif
    do {
        let directory = options.fixtures.map { URL(fileURLWithPath: $0) } ?? WorkloadManifest.defaultDirectory
        let manifest = try WorkloadManifest(directory: directory)
        let scenarios = try Suite.scenarios(manifest: manifest, options: options)
        guard !scenarios.isEmpty else { throw BenchError("no scenario matches the filter \(options.filters)") }
        let names = engines.map(\.name)
        FileHandle.standardError.write(Data(("tessera-bench: \(scenarios.count) scenarios on \(names.joined(separator: ", "))"
            + ", \(options.samples) run(s) each\(options.smoke ? " (smoke)" : "")"
            + (wasmKitBuiltIn ? "" : "; built without WasmKit (trait WasmKit off)") + "\n").utf8))
        let rows = Harness(engines: engines, samples: options.samples).run(scenarios)
        print(options.json ? try Report.json(rows, smoke: options.smoke, samples: options.samples)
                           : Report.table(rows, engines: names))
        return rows.contains { $0.engines.contains { $0.failure != nil } } ? 1 : 0
    } catch {
        FileHandle.standardError.write(Data("tessera-bench: \(error)\n".utf8))
        return 1
    }
}

exit(main())
