import Testing
import TesseraRuntime

@Suite struct LimitTests {
    /// A guest recursing 1,000,000 deep exhausts the value stack: an `.exhaustion` error, and the
    /// store stays usable.
    @Test func deepRecursionIsExhaustion() throws {
        let instance = try instantiate("""
        (module
          (func $down (export "down") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
              (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1)))))))
          (func (export "ok") (result i32) (i32.const 7)))
        """)
        let error = wasmError { _ = try instance.call("down", .i32(1_000_000)) }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message == "call stack exhausted")
        #expect(try instance.call("ok") == [.i32(7)])
        #expect(try instance.call("down", .i32(10_000)) == [.i32(10_000)])
    }

    /// Runs well over 50 million IR instructions in one call (release builds), with and without the
    /// fuel and interrupt checks: each handler tail-calls the next, so a lost tail call would overflow
    /// the native stack here.
    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func longLoopInOneCall(fuelMetering: Bool, interruptible: Bool) throws {
        let engine = Engine(configuration: EngineConfiguration(fuelMetering: fuelMetering, interruptible: interruptible))
        let instance = try instantiate("""
        (module
          (func (export "spin") (param i32) (result i32) (local i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.const 3)))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (local.get 1))
          (func $fib (export "fib") (param i32) (result i32)
            (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
              (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                             (call $fib (i32.sub (local.get 0) (i32.const 2))))))))
        """, engine: engine)
        if fuelMetering { try instance.store.setFuel(.max) }
        #if DEBUG
        let iterations: Int32 = 200_000
        #else
        let iterations: Int32 = 20_000_000  // 3 IR instructions per iteration: 60 million
        #endif
        let result = try instance.call("spin", .i32(iterations))
        #expect(result == [.i32(iterations &* 3)])
        // Calls and returns with the limit checks at every function entry (fib(25): 242,785 calls).
        #expect(try instance.call("fib", .i32(25)) == [.i32(75025)])
    }
}
