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

    /// Runs well over 50 million IR instructions in one call (release builds): each handler tail-calls
    /// the next, so a lost tail call would overflow the native stack here.
    @Test func longLoopInOneCall() throws {
        let instance = try instantiate("""
        (module
          (func (export "spin") (param i32) (result i32) (local i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.const 3)))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (local.get 1)))
        """)
        #if DEBUG
        let iterations: Int32 = 200_000
        #else
        let iterations: Int32 = 20_000_000  // 3 IR instructions per iteration: 60 million
        #endif
        let result = try instance.call("spin", .i32(iterations))
        #expect(result == [.i32(iterations &* 3)])
    }
}
