import TesseraTypes
import TesseraRuntime

/// The `spectest` host module the spec scripts import from: `print*` functions (which print nothing),
/// `global_i32` / `global_i64` = 666, `global_f32` / `global_f64` = 666.6, `table` (10..20 funcref),
/// `table64` (the same with 64-bit indices) and `memory` (1..2 pages).
///
/// The runtime has no public way to create a memory, table or global from the host, so those come from a
/// small module instantiated in the engine's store; the print functions are host functions.
enum Spectest {
    static let moduleName = "spectest"

    static let definitions = """
        (module
          (global (export "global_i32") i32 (i32.const 666))
          (global (export "global_i64") i64 (i64.const 666))
          (global (export "global_f32") f32 (f32.const 666.6))
          (global (export "global_f64") f64 (f64.const 666.6))
          (table (export "table") 10 20 funcref)
          (table (export "table64") i64 10 20 funcref)
          (memory (export "memory") 1 2))
        """

    static let printFunctions: [(String, [ValueType])] = [
        ("print", []),
        ("print_i32", [.i32]),
        ("print_i64", [.i64]),
        ("print_f32", [.f32]),
        ("print_f64", [.f64]),
        ("print_i32_f32", [.i32, .f32]),
        ("print_f64_f64", [.f64, .f64]),
    ]

    /// Creates the module's exports in `store`.
    static func exports(in store: Store, features: FeatureSet) throws(WasmError) -> [String: Extern] {
        let bytes = try Toolchain.assemble(definitions, features: features)
        let module = try Module(engine: store.engine, bytes: bytes)
        var exports = try store.instantiate(module, imports: []).exports
        for (name, parameters) in printFunctions {
            let type = FunctionType(parameters: parameters, results: [])
            exports[name] = .function(store.define(HostFunction(type: type) { _, _ in [] }))
        }
        return exports
    }
}
