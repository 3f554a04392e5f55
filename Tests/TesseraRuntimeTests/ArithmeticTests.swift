import Testing
import TesseraRuntime

@Suite struct ArithmeticTests {
    let instance: Instance

    init() throws {
        instance = try instantiate("""
        (module
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
          (func (export "addImm") (param i32) (result i32) (i32.add (local.get 0) (i32.const 7)))
          (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
          (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
          (func (export "shr_s") (param i64 i64) (result i64) (i64.shr_s (local.get 0) (local.get 1)))
          (func (export "rotl") (param i32 i32) (result i32) (i32.rotl (local.get 0) (local.get 1)))
          (func (export "clz") (param i64) (result i64) (i64.clz (local.get 0)))
          (func (export "fmin") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
          (func (export "nearest") (param f64) (result f64) (f64.nearest (local.get 0)))
          (func (export "trunc") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
          (func (export "trunc_sat") (param f32) (result i32) (i32.trunc_sat_f32_u (local.get 0)))
          (func (export "extend") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
          (func (export "lt") (param i32 i32) (result i32) (i32.lt_u (local.get 0) (local.get 1)))
          (func (export "neg") (param f32) (result f32) (f32.neg (local.get 0))))
        """)
    }

    @Test func integers() throws {
        #expect(try instance.call("add", .i32(Int32.max), .i32(1)) == [.i32(Int32.min)])
        #expect(try instance.call("addImm", .i32(5)) == [.i32(12)])
        #expect(try instance.call("div_s", .i32(-7), .i32(2)) == [.i32(-3)])
        #expect(try instance.call("rem_s", .i32(Int32.min), .i32(-1)) == [.i32(0)])
        #expect(try instance.call("shr_s", .i64(-16), .i64(66)) == [.i64(-4)])
        #expect(try instance.call("rotl", .i32(Int32(bitPattern: 0x8000_0001)), .i32(1)) == [.i32(3)])
        #expect(try instance.call("clz", .i64(1)) == [.i64(63)])
        #expect(try instance.call("extend", .i32(-1)) == [.i64(-1)])
        #expect(try instance.call("lt", .i32(-1), .i32(1)) == [.i32(0)])
    }

    @Test func floats() throws {
        #expect(try instance.call("fmin", .float32(-0.0), .float32(0.0)) == [.float32(-0.0)])
        let nan = try instance.call("fmin", .float32(.nan), .float32(1))[0].float32
        #expect(nan?.isNaN == true)
        #expect(try instance.call("nearest", .float64(2.5)) == [.float64(2.0)])
        #expect(try instance.call("nearest", .float64(-3.5)) == [.float64(-4.0)])
        #expect(try instance.call("trunc_sat", .float32(-5)) == [.i32(0)])
        #expect(try instance.call("trunc_sat", .float32(1e10)) == [.i32(-1)])
        // neg flips the sign bit of a NaN without touching its payload.
        #expect(try instance.call("neg", .f32(0x7FA0_0001)) == [.f32(0xFFA0_0001)])
    }

    @Test func traps() throws {
        #expect(wasmError { _ = try instance.call("div_s", .i32(1), .i32(0)) }?.message == "integer divide by zero")
        #expect(wasmError { _ = try instance.call("div_s", .i32(Int32.min), .i32(-1)) }?.message == "integer overflow")
        #expect(wasmError { _ = try instance.call("trunc", .float64(.nan)) }?.message == "invalid conversion to integer")
        #expect(wasmError { _ = try instance.call("trunc", .float64(3e9)) }?.kind == .trap)
        #expect(try instance.call("trunc", .float64(-2147483648.9)) == [.i32(Int32.min)])
    }
}
