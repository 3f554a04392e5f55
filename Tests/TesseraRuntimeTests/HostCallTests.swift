import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

/// The raw host-function tier (`HostFunction(type:raw:)`, `HostCall`) and the forms built on it.
@Suite struct HostCallTests {
    static let i32i32_i32 = FunctionType(parameters: [.i32, .i32], results: [.i32])

    /// Instantiates `wat` with `functions` defined under module "env".
    static func link(_ wat: String, _ functions: [String: HostFunction]) throws -> Instance {
        let engine = Engine()
        var linker = Linker()
        for (name, function) in functions.sorted(by: { $0.key < $1.key }) {
            try linker.define(module: "env", name: name, function)
        }
        return try linker.instantiate(Module(engine: engine, bytes: try parseWat(wat)), in: Store(engine: engine))
    }

    @Test func rawArgumentsAndResultsUseTheSlots() throws {
        let sub = HostFunction(type: Self.i32i32_i32) { call in call.setI32(0, call.i32(0) &- call.i32(1)) }
        let instance = try Self.link("""
            (module
              (import "env" "sub" (func $sub (param i32 i32) (result i32)))
              (func (export "f") (param i32 i32) (result i32) (call $sub (local.get 0) (local.get 1))))
            """, ["sub": sub])
        #expect(try instance.call("f", .i32(10), .i32(3)) == [.i32(7)])
        #expect(try instance.call("f", .i32(Int32.min), .i32(1)) == [.i32(Int32.max)])
    }

    @Test func everyNumericTypeRoundTripsThroughRawSlots() throws {
        // (i64 f32 f64 v128 i32) -> (v128 f64 f32 i64 i32): the v128 takes two slots both ways.
        let type = FunctionType(parameters: [.i64, .f32, .f64, .v128, .i32], results: [.v128, .f64, .f32, .i64, .i32])
        let mix = HostFunction(type: type) { call in
            let a = call.i64(0), b = call.f32(1), c = call.f64(2), d = call.v128(3), e = call.u32(5)
            call.setV128(0, V128(low: d.high, high: d.low))
            call.setF64(2, c * 2)
            call.setF32(3, -b)
            call.setI64(4, a &+ 1)
            call.setU32(5, e &* 3)
        }
        let store = Store(engine: Engine())
        let f = store.define(mix)
        let results = try f.call([.i64(-5), .f32(Float(1.5).bitPattern), .f64(Double(2.25).bitPattern),
                                  .v128(V128(low: 1, high: 2)), .i32(7)])
        #expect(results == [.v128(V128(low: 2, high: 1)), .f64(Double(4.5).bitPattern),
                            .f32(Float(-1.5).bitPattern), .i64(-4), .i32(21)])
    }

    @Test func rawFunctionsReachTheCallersMemoryWithBoundsChecks() throws {
        // "upper" upper-cases the ASCII bytes [at, at + count) of the caller's memory 0 in place.
        let upper = HostFunction(type: FunctionType(parameters: [.i32, .i32], results: [])) { call in
            let bytes = try call.memory(at: UInt64(call.u32(0)), count: Int(call.u32(1)))
            for i in bytes.indices where bytes[i] >= 97 && bytes[i] <= 122 { bytes[i] -= 32 }
        }
        let instance = try Self.link("""
            (module
              (import "env" "upper" (func $upper (param i32 i32)))
              (memory (export "memory") 1)
              (data (i32.const 8) "hello, world")
              (func (export "f") (param i32 i32) (call $upper (local.get 0) (local.get 1))))
            """, ["upper": upper])
        _ = try instance.call("f", .i32(8), .i32(5))
        #expect(try instance.memory("memory")!.read(at: 8, count: 12) == Array("HELLO, world".utf8))
        let error = wasmError { _ = try instance.call("f", .i32(65530), .i32(7)) }
        #expect(error?.kind == .trap)
        #expect(error?.message == "out of bounds memory access")
        // Nothing was written by the failed call, and an empty range at the very end is fine.
        #expect(try instance.memory("memory")!.read(at: 8, count: 12) == Array("HELLO, world".utf8))
        #expect(try instance.call("f", .i32(65536), .i32(0)) == [])
    }

    @Test func aHostCallFromTheHostHasNoCallerMemory() throws {
        let size = HostFunction(type: FunctionType(parameters: [], results: [.i64])) { call in
            call.setI64(0, Int64(call.memory.count))
        }
        let store = Store(engine: Engine())
        #expect(try store.define(size).call([]) == [.i64(0)])
        let instance = try Self.link("""
            (module
              (import "env" "size" (func $size (result i64)))
              (memory 2)
              (func (export "f") (result i64) (call $size)))
            """, ["size": size])
        #expect(try instance.call("f") == [.i64(2 * 65536)])
    }

    @Test func rawErrorsPropagateWithTheWasmBacktrace() throws {
        struct Refused: Error {}
        let fail = HostFunction(type: FunctionType(parameters: [], results: [])) { _ in throw WasmError(.trap, "refused") }
        let other = HostFunction(type: FunctionType(parameters: [], results: [])) { _ in throw Refused() }
        let instance = try Self.link("""
            (module
              (import "env" "fail" (func $fail))
              (import "env" "other" (func $other))
              (func $inner (call $fail))
              (func (export "outer") (call $inner))
              (func (export "second") (call $other)))
            """, ["fail": fail, "other": other])
        let error = try #require(wasmError { _ = try instance.call("outer") })
        #expect(error.kind == .trap)
        #expect(error.message == "refused")
        #expect(error.backtrace?.frames.map(\.functionName) == ["inner", nil])
        let wrapped = try #require(wasmError { _ = try instance.call("second") })
        #expect(wrapped.message.hasPrefix("host error:"))
        // The store stays usable after both.
        #expect(wasmError { _ = try instance.call("outer") }?.message == "refused")
    }

    @Test func rawFunctionsMayReenterWasmThroughTheCaller() throws {
        // "again" calls the caller's "down" with n - 1 until 0, summing on the way back: the host's
        // slots lie below the re-entry's frames, so the outer arguments survive the inner calls.
        let again = HostFunction(type: FunctionType(parameters: [.i32, .i64], results: [.i64])) { call in
            let n = call.i32(0), weight = call.i64(1)
            guard n > 0 else { return call.setI64(0, 0) }
            let down = try #require(call.caller.function("down"))
            let inner = try down.call([.i32(n - 1)])[0].i64 ?? -1
            #expect(call.i32(0) == n && call.i64(1) == weight)
            call.setI64(0, inner &+ weight &* Int64(n))
        }
        let instance = try Self.link("""
            (module
              (import "env" "again" (func $again (param i32 i64) (result i64)))
              (func (export "down") (param i32) (result i64)
                (call $again (local.get 0) (i64.const 10))))
            """, ["again": again])
        #expect(try instance.call("down", .i32(20)) == [.i64(10 * (20 * 21 / 2))])
    }

    @Test func valueFormResultsAreChecked() throws {
        let wrong = HostFunction(type: FunctionType(parameters: [], results: [.i32])) { _, _ in [.i64(1)] }
        let missing = HostFunction(type: FunctionType(parameters: [], results: [.i32])) { _, _ in [] }
        let right = HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { caller, arguments in
            #expect(caller.instance != nil)
            return [.i32((arguments[0].i32 ?? 0) &* 2)]
        }
        let instance = try Self.link("""
            (module
              (import "env" "wrong" (func $wrong (result i32)))
              (import "env" "missing" (func $missing (result i32)))
              (import "env" "right" (func $right (param i32) (result i32)))
              (func (export "wrong") (result i32) (call $wrong))
              (func (export "missing") (result i32) (call $missing))
              (func (export "right") (param i32) (result i32) (call $right (local.get 0))))
            """, ["wrong": wrong, "missing": missing, "right": right])
        #expect(wasmError { _ = try instance.call("wrong") }?.message == "host function returned values of the wrong type")
        #expect(wasmError { _ = try instance.call("missing") }?.message == "host function returned values of the wrong type")
        #expect(try instance.call("right", .i32(21)) == [.i32(42)])
    }

    @Test func typedFunctionsConvertEveryKindOfValue() throws {
        let swap = HostFunction((Int64, Float, Double, V128, UInt32).self, (V128, Double, Int32).self) { caller, a, b, c, d, e in
            #expect(caller.instance != nil)
            return (V128(low: d.high, high: d.low), c + Double(b), Int32(truncatingIfNeeded: a) &+ Int32(bitPattern: e))
        }
        let instance = try Self.link("""
            (module
              (import "env" "swap" (func $swap (param i64 f32 f64 v128 i32) (result v128 f64 i32)))
              (func (export "f") (param i64 f32 f64 v128 i32) (result v128 f64 i32)
                (call $swap (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4))))
            """, ["swap": swap])
        let results = try instance.call("f", .i64(40), .f32(Float(0.5).bitPattern), .f64(Double(1.25).bitPattern),
                                        .v128(V128(low: 7, high: 9)), .i32(2))
        #expect(results == [.v128(V128(low: 9, high: 7)), .f64(Double(1.75).bitPattern), .i32(42)])
    }
}
