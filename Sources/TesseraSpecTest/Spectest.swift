import TesseraTypes
import TesseraRuntime

/// The `spectest` host module the spec scripts import from: `print*` functions (which print nothing),
/// `global_i32` / `global_i64` = 666, `global_f32` / `global_f64` = 666.6, `table` (10..20 funcref),
/// `table64` (the same with 64-bit indices) and `memory` (1..2 pages), all made by the host through the
/// runtime's public API.
enum Spectest {
    static let moduleName = "spectest"

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
    static func exports(in store: Store) throws(WasmError) -> ExportMap {
        var exports = ExportMap()
        let globals: [(String, Value)] = [
            ("global_i32", .i32(666)),
            ("global_i64", .i64(666)),
            ("global_f32", .float32(666.6)),
            ("global_f64", .float64(666.6)),
        ]
        for (name, value) in globals {
            let type = GlobalType(value.type, mutable: false)
            exports[name] = .global(try Global(store: store, type: type, value: value))
        }
        exports["table"] = .table(try Table(store: store, type: TableType(
            elementType: .funcref, limits: Limits(min: 10, max: 20))))
        exports["table64"] = .table(try Table(store: store, type: TableType(
            elementType: .funcref, limits: Limits(min: 10, max: 20, is64: true))))
        exports["memory"] = .memory(try Memory(store: store, type: MemoryType(limits: Limits(min: 1, max: 2))))
        for (name, parameters) in printFunctions {
            let type = FunctionType(parameters: parameters, results: [])
            exports[name] = .function(store.define(HostFunction(type: type) { _, _ in [] }))
        }
        return exports
    }
}
