#if WasmKit
import BenchKit
import WasmKit

/// WasmKit under test, through its public API with its default configuration (lazy compilation,
/// the platform's threading model and bounds checking). The load scenario uses an engine in eager
/// compilation mode so that translation happens inside the measured load, as it does in Tessera.
final class WasmKitBenchEngine: BenchEngine {
    let name = "wasmkit"
    let engine = Engine()
    let eagerEngine = Engine(configuration: EngineConfiguration(compilationMode: .eager))

    func load(_ bytes: [UInt8], repeats: Int) throws -> Sample {
        let store = Store(engine: eagerEngine)
        return try Sample.measure {
            for _ in 0..<repeats { _ = try parseWasm(bytes: bytes).instantiate(store: store) }
            return nil
        }
    }

    func compile(_ bytes: [UInt8]) throws -> Module {
        try parseWasm(bytes: bytes)
    }

    func execute(_ module: Module, n: Int32) throws -> Sample {
        let instance = try module.instantiate(store: Store(engine: engine))
        guard let run = instance.exports[function: "run"] else { throw BenchError("wasmkit: no run export") }
        return try Sample.measure {
            let results = try run.invoke([.i32(UInt32(bitPattern: n))])
            guard case .i64(let value)? = results.first else { throw BenchError("wasmkit: run returned \(results)") }
            return value
        }
    }

    func instantiate(_ module: Module, count: Int) throws -> Sample {
        let stores = (0..<count).map { _ in Store(engine: engine) }
        return try Sample.measure {
            for store in stores { _ = try module.instantiate(store: store) }
            return nil
        }
    }

    func callExport(_ module: Module, count: Int) throws -> Sample {
        guard let noop = try hostCallInstance(module).exports[function: "noop"] else {
            throw BenchError("wasmkit: no noop export")
        }
        // The fastest documented path for repeated calls: one execution stack for all of them.
        var stack = ExecutionStack(engine: engine)
        var sum: UInt32 = 0
        let duration = try ContinuousClock().measure {
            for i in 0..<UInt32(truncatingIfNeeded: count) {
                guard case .i32(let r)? = try noop.invoke([.i32(i)], on: &stack).first else {
                    throw BenchError("wasmkit: noop returned no i32")
                }
                sum &+= r
            }
        }
        return Sample(duration: duration, checksum: UInt64(sum))
    }

    func callImport(_ module: Module, count: Int) throws -> Sample {
        guard let callHost = try hostCallInstance(module).exports[function: "callHost"] else {
            throw BenchError("wasmkit: no callHost export")
        }
        return try Sample.measure {
            guard case .i32(let r)? = try callHost.invoke([.i32(UInt32(truncatingIfNeeded: count))]).first else {
                throw BenchError("wasmkit: callHost returned no i32")
            }
            return UInt64(r)
        }
    }

    func hostCallInstance(_ module: Module) throws -> Instance {
        let store = Store(engine: engine)
        // The raw form: no arrays per call.
        let host = Function(store: store, parameters: [.i32], results: [.i32]) { _, arguments, results in
            guard case .i32(let i) = arguments[0] else { throw BenchError("wasmkit: host got \(arguments[0])") }
            results[0] = .i32(UInt32(bitPattern: hostImportValue(Int32(bitPattern: i))))
        }
        var imports = Imports()
        imports.define(module: "env", name: "host", host)
        return try module.instantiate(store: store, imports: imports)
    }
}
#endif
