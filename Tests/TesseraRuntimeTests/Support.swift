import TesseraRuntime
import TesseraText
import TesseraTypes

/// Compiles and instantiates a WAT module with no imports.
func instantiate(_ wat: String, engine: Engine = Engine()) throws -> Instance {
    let module = try Module(engine: engine, bytes: try parseWat(wat))
    return try Store(engine: engine).instantiate(module, imports: [])
}

extension Instance {
    /// Calls an export and returns its results.
    func call(_ name: String, _ arguments: Value...) throws -> [Value] {
        guard let f = function(name) else { throw WasmError(.unlinkable, "no export \(name)") }
        return try f.call(arguments)
    }
}

/// The error a throwing expression produced, as a `WasmError`.
func wasmError(_ body: () throws -> Void) -> WasmError? {
    do {
        try body()
        return nil
    } catch let error as WasmError {
        return error
    } catch {
        return nil
    }
}
