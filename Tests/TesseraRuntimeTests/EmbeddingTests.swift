import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

@Suite struct EmbeddingTests {
    /// The README's embedding example: load a module, define a host function, call an export.
    @Test func readmeExample() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat("""
            (module
              (import "env" "log" (func $log (param i32)))
              (memory (export "memory") 1)
              (func (export "run") (param i32) (result i32)
                (call $log (local.get 0))
                (i32.store (i32.const 0) (i32.mul (local.get 0) (i32.const 2)))
                (i32.load (i32.const 0))))
            """))
        var logged: [Int32] = []
        var linker = Linker()
        try linker.define(module: "env", name: "log", type: FunctionType(parameters: [.i32])) { caller, args in
            logged.append(args[0].i32 ?? 0)
            #expect(caller.memory() != nil)
            return []
        }
        let instance = try linker.instantiate(module, in: store)
        let run = try #require(instance.function("run"))
        #expect(try run.call([.i32(21)]) == [.i32(42)])
        #expect(logged == [21])
    }

    @Test func linkErrors() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat("""
            (module (import "env" "f" (func (param i64))))
            """))
        var linker = Linker()
        #expect(wasmError { _ = try linker.instantiate(module, in: store) }?.kind == .unlinkable)
        try linker.define(module: "env", name: "f", type: FunctionType(parameters: [.i32])) { _, _ in [] }
        let error = wasmError { _ = try linker.instantiate(module, in: store) }
        #expect(error?.kind == .unlinkable)
        #expect(error?.message.hasPrefix("incompatible import type") == true)
        #expect(wasmError {
            try linker.define(module: "env", name: "f", type: FunctionType()) { _, _ in [] }
        }?.message.hasPrefix("duplicate") == true)
    }

    @Test func hostErrorsPropagateAndInstancesLink() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let provider = try store.instantiate(Module(engine: engine, bytes: try parseWat("""
            (module (func (export "twice") (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1))))
            """)), imports: [])
        var linker = Linker()
        try linker.define(module: "lib", instance: provider)
        try linker.define(module: "env", name: "fail", type: FunctionType()) { _, _ in
            throw WasmError(.trap, "host says no")
        }
        let user = try linker.instantiate(Module(engine: engine, bytes: try parseWat("""
            (module
              (import "lib" "twice" (func $twice (param i32) (result i32)))
              (import "env" "fail" (func $fail))
              (func (export "quad") (param i32) (result i32) (call $twice (call $twice (local.get 0))))
              (func (export "fail") (call $fail)))
            """)), in: store)
        #expect(try user.call("quad", .i32(5)) == [.i32(20)])
        #expect(wasmError { _ = try user.call("fail") }?.message == "host says no")
        #expect(try user.call("quad", .i32(1)) == [.i32(4)])
    }
}
