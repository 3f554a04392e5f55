import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

/// Fuel metering: exhaustion, exact accounting per instruction, no fuel without metering.
@Suite struct FuelTests {
    static let metered = Engine(configuration: EngineConfiguration(fuelMetering: true))

    /// Instantiates `wat` in a fresh store of the metering engine.
    func meteredInstance(_ wat: String, fuel: UInt64) throws -> Instance {
        let store = Store(engine: Self.metered)
        try store.setFuel(fuel)
        return try store.instantiate(Module(engine: Self.metered, bytes: parseWat(wat)), imports: [])
    }

    /// The fuel `name(arguments)` uses (starting from a large tank).
    func cost(_ instance: Instance, _ name: String, _ arguments: Value...) throws -> UInt64 {
        try instance.store.setFuel(1_000_000)
        guard let f = instance.function(name) else { throw WasmError(.unlinkable, "no export \(name)") }
        _ = try f.call(arguments)
        return 1_000_000 - (instance.store.fuel ?? 0)
    }

    @Test func runawayLoopRunsOutOfFuel() throws {
        let instance = try meteredInstance("""
        (module
          (func (export "spin") (loop (br 0)))
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
        """, fuel: 1_000_000)
        let error = wasmError { _ = try instance.call("spin") }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message.hasPrefix("fuel exhausted") == true)
        #expect(error?.backtrace?.frames.first?.functionIndex == 0)
        #expect(instance.store.fuel == 0)
        // The store stays usable once it has fuel again; without fuel the next call stops at once.
        #expect(wasmError { _ = try instance.call("add", .i32(1), .i32(2)) }?.message == "fuel exhausted")
        try instance.store.setFuel(10)
        #expect(try instance.call("add", .i32(2), .i32(3)) == [.i32(5)])
        #expect(instance.store.fuel == 7)
    }

    /// One unit per executed instruction; `nop`, `drop`, `block`, `loop`, `else`, `end` are free.
    @Test func accountingIsExact() throws {
        let instance = try meteredInstance("""
        (module
          (func $add (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
          (func (export "count") (param i32) (result i32) (local i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
            (local.get 1))
          (func (export "pick") (param i32) (result i32)
            (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.add (i32.const 2) (i32.const 3)))))
          (func (export "skip") (param i32)
            (block (br_if 0 (local.get 0)) (nop) (drop (i32.const 1))))
          (func (export "calls") (result i32) (call $add (i32.const 1) (i32.const 2)))
          (func (export "table") (param i32) (result i32)
            (block (block (br_table 0 1 (local.get 0))) (return (i32.const 10))) (i32.const 20)))
        """, fuel: 0)
        #expect(try cost(instance, "add", .i32(1), .i32(2)) == 3)
        // Per iteration: local.get, i32.const, i32.add, local.set, local.get, local.get, i32.lt_u, br_if.
        #expect(try cost(instance, "count", .i32(1)) == 8 + 1)
        #expect(try cost(instance, "count", .i32(10)) == 80 + 1)
        #expect(try cost(instance, "pick", .i32(1)) == 2 + 1)
        #expect(try cost(instance, "pick", .i32(0)) == 2 + 3)
        #expect(try cost(instance, "skip", .i32(1)) == 2)
        #expect(try cost(instance, "skip", .i32(0)) == 3)
        #expect(try cost(instance, "calls") == 3 + 3)
        #expect(try cost(instance, "table", .i32(0)) == 2 + 2)
        #expect(try cost(instance, "table", .i32(1)) == 2 + 1)
    }

    /// A call needing exactly the fuel left succeeds; one unit less stops it.
    @Test func exhaustionAtTheBoundary() throws {
        let instance = try meteredInstance("""
        (module (func (export "count") (param i32) (result i32) (local i32)
          (loop $l
            (local.set 1 (i32.add (local.get 1) (i32.const 1)))
            (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
          (local.get 1)))
        """, fuel: 0)
        try instance.store.setFuel(81)
        #expect(try instance.call("count", .i32(10)) == [.i32(10)])
        #expect(instance.store.fuel == 0)
        try instance.store.setFuel(80)
        #expect(wasmError { _ = try instance.call("count", .i32(10)) }?.message == "fuel exhausted")
        #expect(instance.store.fuel == 0)
    }

    /// Every kind of control transfer pays exactly: `br_on_null`, a catch clause's landing, direct and
    /// tail calls of the module's own functions, a call of another instance's function.
    @Test func accountingIsExactAcrossTransfers() throws {
        let instance = try meteredInstance("""
        (module
          (tag $t)
          (func (export "onNull") (param externref) (result i32)
            (block (br_on_null 0 (local.get 0)) (drop) (return (i32.const 1))) (i32.const 2))
          (func (export "caught") (result i32)
            (block $h (try_table (catch_all $h) (throw $t))) (i32.const 7))
          (func $down (export "down") (param i32) (result i32)
            (if (result i32) (local.get 0)
              (then (return_call $down (i32.sub (local.get 0) (i32.const 1))))
              (else (i32.const 42))))
          (func (export "twice") (param i32) (result i32) (i32.add (call $down (local.get 0)) (call $down (i32.const 0)))))
        """, fuel: 0)
        // local.get, br_on_null, i32.const (the block's end is free) / local.get, br_on_null, i32.const, return.
        #expect(try cost(instance, "onNull", .externRef(nil)) == 3)
        #expect(try cost(instance, "onNull", .externRef(ExternReference(5))) == 4)
        // throw, then the landing's i32.const.
        #expect(try cost(instance, "caught") == 2)
        // Per level: local.get, if, local.get, i32.const, i32.sub, return_call; the last: local.get, if, i32.const.
        #expect(try cost(instance, "down", .i32(10)) == 10 * 6 + 3)
        // local.get, call, i32.const, call, i32.add around down(3) and down(0).
        #expect(try cost(instance, "twice", .i32(3)) == 5 + (3 * 6 + 3) + 3)

        // A call of an import from another instance runs the callee's own entry charge.
        let store = instance.store
        let caller = try Module(engine: Self.metered, bytes: parseWat("""
        (module (import "m" "down" (func $down (param i32) (result i32)))
          (func (export "viaImport") (result i32) (return_call $down (call $down (i32.const 2)))))
        """))
        var linker = Linker()
        try linker.define(module: "m", name: "down", instance.export("down")!)
        let outer = try linker.instantiate(caller, in: store)
        // i32.const, call, return_call, then down(2) and down(42).
        #expect(try cost(outer, "viaImport") == 3 + (2 * 6 + 3) + (42 * 6 + 3))
    }

    /// The rule for charges in advance: the code a conditional branch falls through to is paid with the
    /// code before the branch, and refunded when the branch is taken. A completed call pays exactly;
    /// exhaustion can come early, when the fuel left does not cover the prepaid fall-through.
    @Test func fallThroughIsPaidInAdvance() throws {
        let instance = try meteredInstance("""
        (module (func (export "early") (param i32)
          (block (br_if 0 (local.get 0))
            (drop (i32.const 1)) (drop (i32.const 2)) (drop (i32.const 3)))))
        """, fuel: 0)
        // Taken: local.get, br_if. Not taken: also the three constants.
        #expect(try cost(instance, "early", .i32(1)) == 2)
        #expect(try cost(instance, "early", .i32(0)) == 5)
        // Entry pays 5 in advance; the taken branch refunds 3.
        try instance.store.setFuel(5)
        _ = try instance.call("early", .i32(1))
        #expect(instance.store.fuel == 3)
        try instance.store.setFuel(4)
        #expect(wasmError { _ = try instance.call("early", .i32(1)) }?.message == "fuel exhausted")
        #expect(instance.store.fuel == 0)
    }

    /// A host function that refills the tank in the middle of a call: the refund of code paid in advance
    /// before the refill cannot overflow the counter (the tank holds at most `Store.maxFuel`).
    @Test func refillInTheMiddleOfACall() throws {
        let store = Store(engine: Self.metered)
        let module = try Module(engine: Self.metered, bytes: parseWat("""
        (module
          (import "env" "refill" (func $refill))
          (func (export "f") (param i32) (result i32)
            (call $refill)
            (block (br_if 0 (local.get 0)) (drop (i32.const 1)) (drop (i32.const 2)))
            (i32.const 9)))
        """))
        var linker = Linker()
        try linker.define(module: "env", name: "refill", HostFunction(Void.self, Void.self) { caller in
            try caller.store.setFuel(.max)
        })
        let instance = try linker.instantiate(module, in: store)
        try store.setFuel(6)
        #expect(try instance.call("f", .i32(1)) == [.i32(9)])
        // Entry paid 6 (call, local.get, br_if, the two constants, the last i32.const); the taken
        // branch refunded the two constants on top of the refilled tank.
        #expect(store.fuel == Store.maxFuel + 2)
        try store.setFuel(5)
        #expect(wasmError { _ = try instance.call("f", .i32(1)) }?.message == "fuel exhausted")
    }

    /// A runaway tail-call loop (no loop instruction at all) stops on fuel.
    @Test func runawayTailCallsRunOutOfFuel() throws {
        let instance = try meteredInstance("(module (func $spin (export \"spin\") (return_call $spin)))", fuel: 1000)
        let error = wasmError { _ = try instance.call("spin") }
        #expect(error?.message == "fuel exhausted")
        #expect(error?.backtrace?.frames.first?.functionIndex == 0)
        #expect(instance.store.fuel == 0)
    }

    @Test func noFuelWithoutMetering() throws {
        let instance = try instantiate("(module (func (export \"f\") (result i32) (i32.const 1)))")
        #expect(instance.store.fuel == nil)
        #expect(wasmError { try instance.store.setFuel(5) }?.kind == .invalid)
        #expect(try instance.call("f") == [.i32(1)])
    }

    /// A host function re-entering wasm spends from the same tank.
    @Test func reentrySharesTheFuel() throws {
        let store = Store(engine: Self.metered)
        let module = try Module(engine: Self.metered, bytes: parseWat("""
        (module
          (import "env" "host" (func $host (param i32) (result i32)))
          (func (export "inner") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
          (func (export "outer") (result i32) (call $host (i32.const 21))))
        """))
        var linker = Linker()
        try linker.define(module: "env", name: "host", HostFunction(Int32.self, Int32.self) { caller, x in
            let inner = try caller.instance!.typedFunction("inner", Int32.self, Int32.self)
            return try inner(x)
        })
        let instance = try linker.instantiate(module, in: store)
        try store.setFuel(100)
        #expect(try instance.call("outer") == [.i32(42)])
        // outer: i32.const, call; inner: local.get, i32.const, i32.mul.
        #expect(store.fuel == 100 - 2 - 3)
        try store.setFuel(4)
        #expect(wasmError { _ = try instance.call("outer") }?.message == "fuel exhausted")
        #expect(store.fuel == 0)
    }
}
