import Testing
import TesseraRuntime
import TesseraTypes

/// A v128 value from lanes of any integer width (little-endian, lane 0 first).
private func v128<T: FixedWidthInteger>(_ lanes: [T]) -> Value {
    var bytes: [UInt8] = []
    for lane in lanes {
        for i in 0..<(T.bitWidth / 8) { bytes.append(UInt8(truncatingIfNeeded: lane >> (8 * i))) }
    }
    return .v128(V128(bytes: bytes))
}

private func i8x16(_ lanes: Int8...) -> Value { v128(lanes) }
private func i16x8(_ lanes: Int16...) -> Value { v128(lanes) }
private func i32x4(_ lanes: Int32...) -> Value { v128(lanes) }
private func i64x2(_ lanes: Int64...) -> Value { v128(lanes) }
private func f32x4(_ lanes: Float...) -> Value { v128(lanes.map(\.bitPattern)) }
private func f64x2(_ lanes: Double...) -> Value { v128(lanes.map(\.bitPattern)) }

/// The 32-bit lanes of a v128 result.
private func lanes32(_ value: Value?) -> [UInt32] {
    guard case .v128(let v)? = value else { return [] }
    let b = v.bytes
    return (0..<4).map { i in (0..<4).reduce(0) { $0 | UInt32(b[4 * i + $1]) << (8 * UInt32($1)) } }
}

@Suite struct SIMDTests {
    @Test func integerLanes() throws {
        let instance = try instantiate("""
        (module
          (func (export "add_sat_s") (param v128 v128) (result v128) (i8x16.add_sat_s (local.get 0) (local.get 1)))
          (func (export "sub_sat_u") (param v128 v128) (result v128) (i16x8.sub_sat_u (local.get 0) (local.get 1)))
          (func (export "q15") (param v128 v128) (result v128) (i16x8.q15mulr_sat_s (local.get 0) (local.get 1)))
          (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1)))
          (func (export "shl") (param v128 i32) (result v128) (i8x16.shl (local.get 0) (local.get 1)))
          (func (export "shr_s9") (param v128) (result v128) (i8x16.shr_s (local.get 0) (i32.const 9)))
          (func (export "narrow_u") (param v128 v128) (result v128) (i8x16.narrow_i16x8_u (local.get 0) (local.get 1)))
          (func (export "bitmask") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
          (func (export "all_true") (param v128) (result i32) (i32x4.all_true (local.get 0)))
          (func (export "extmul_high_u") (param v128 v128) (result v128)
            (i64x2.extmul_high_i32x4_u (local.get 0) (local.get 1)))
          (func (export "abs64") (param v128) (result v128) (i64x2.abs (local.get 0)))
          (func (export "lt_u") (param v128 v128) (result v128) (i32x4.lt_u (local.get 0) (local.get 1))))
        """)
        #expect(try instance.call("add_sat_s", i8x16(100, -100, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                                  i8x16(100, -100, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                == [i8x16(127, -128, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)])
        #expect(try instance.call("sub_sat_u", i16x8(5, 10, 0, 0, 0, 0, 0, -1), i16x8(6, 3, 0, 0, 0, 0, 0, 1))
                == [i16x8(0, 7, 0, 0, 0, 0, 0, -2)])
        #expect(try instance.call("q15", i16x8(-32768, 16384, 0, 0, 0, 0, 0, 0), i16x8(-32768, 16384, 0, 0, 0, 0, 0, 0))
                == [i16x8(32767, 8192, 0, 0, 0, 0, 0, 0)])
        #expect(try instance.call("dot", i16x8(-32768, -32768, 1, 2, 3, 4, 5, 6), i16x8(-32768, -32768, 1, 2, 3, 4, 5, 6))
                == [i32x4(Int32.min, 5, 25, 61)])
        // Shift counts are taken modulo the lane width (9 mod 8 = 1).
        #expect(try instance.call("shl", i8x16(1, -1, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), .i32(9))
                == [i8x16(2, -2, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)])
        #expect(try instance.call("shr_s9", i8x16(-128, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                == [i8x16(-64, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)])
        #expect(try instance.call("narrow_u", i16x8(-1, 300, 255, 0, 0, 0, 0, 0), i16x8(1, 0, 0, 0, 0, 0, 0, 7))
                == [i8x16(0, -1, -1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 7)])
        #expect(try instance.call("bitmask", i8x16(-1, 0, -128, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5))
                == [.i32(0x8005)])
        #expect(try instance.call("all_true", i32x4(1, 2, 3, 4)) == [.i32(1)])
        #expect(try instance.call("all_true", i32x4(1, 2, 0, 4)) == [.i32(0)])
        #expect(try instance.call("extmul_high_u", i32x4(0, 0, -1, 2), i32x4(0, 0, -1, 3))
                == [i64x2(-0x1_FFFF_FFFF, 6)])
        #expect(try instance.call("abs64", i64x2(Int64.min, -3)) == [i64x2(Int64.min, 3)])
        #expect(try instance.call("lt_u", i32x4(1, -1, 5, 5), i32x4(2, 1, 5, 6)) == [i32x4(-1, 0, 0, -1)])
    }

    @Test func floatLanes() throws {
        let instance = try instantiate("""
        (module
          (func (export "min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
          (func (export "pmax") (param v128 v128) (result v128) (f64x2.pmax (local.get 0) (local.get 1)))
          (func (export "nearest") (param v128) (result v128) (f32x4.nearest (local.get 0)))
          (func (export "abs") (param v128) (result v128) (f32x4.abs (local.get 0)))
          (func (export "trunc_sat") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0)))
          (func (export "convert_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
          (func (export "ne") (param v128 v128) (result v128) (f64x2.ne (local.get 0) (local.get 1)))
          (func (export "demote") (param v128) (result v128) (f32x4.demote_f64x2_zero (local.get 0))))
        """)
        let min = lanes32(try instance.call("min", f32x4(-0.0, 1, .nan, 3), f32x4(0.0, -1, 2, 4)).first)
        #expect(min.count == 4 && min[0] == 0x8000_0000 && min[1] == Float(-1).bitPattern && min[3] == Float(3).bitPattern)
        #expect(min.count == 4 && Float(bitPattern: min[2]).isNaN)
        // pmax is `a < b ? b : a`: a NaN first operand is returned as is.
        #expect(try instance.call("pmax", f64x2(.nan, 1), f64x2(5, 2)) == [f64x2(.nan, 2)])
        #expect(try instance.call("nearest", f32x4(2.5, -3.5, 0.4, -0.4)) == [f32x4(2, -4, 0, -0.0)])
        #expect(try instance.call("abs", v128([UInt32(0xFFA0_0001), 0x8000_0000, 1, 0xBF80_0000]))
                == [v128([UInt32(0x7FA0_0001), 0, 1, 0x3F80_0000])])
        #expect(try instance.call("trunc_sat", f64x2(-1, 5e9)) == [i32x4(0, -1, 0, 0)])
        #expect(try instance.call("trunc_sat", f64x2(.nan, 7.9)) == [i32x4(0, 7, 0, 0)])
        #expect(try instance.call("convert_u", i32x4(-1, 1, 0, 16_777_217)) == [f32x4(4294967296, 1, 0, 16_777_216)])
        #expect(try instance.call("ne", f64x2(.nan, 1), f64x2(.nan, 1)) == [i64x2(-1, 0)])
        #expect(try instance.call("demote", f64x2(1.5, -2)) == [f32x4(1.5, -2, 0, 0)])
    }

    @Test func lanesAndShuffles() throws {
        let instance = try instantiate("""
        (module
          (func (export "shuffle") (param v128 v128) (result v128)
            (i8x16.shuffle 31 0 30 1 29 2 28 3 16 17 18 19 4 5 6 7 (local.get 0) (local.get 1)))
          (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))
          (func (export "extract_s") (param v128) (result i32) (i8x16.extract_lane_s 15 (local.get 0)))
          (func (export "extract_u") (param v128) (result i32) (i16x8.extract_lane_u 7 (local.get 0)))
          (func (export "replace") (param v128 i64) (result v128) (i64x2.replace_lane 1 (local.get 0) (local.get 1)))
          (func (export "splat") (param f32) (result v128) (f32x4.splat (local.get 0)))
          (func (export "any_true") (param v128) (result i32) (v128.any_true (local.get 0)))
          (func (export "bitselect") (param v128 v128 v128) (result v128)
            (v128.bitselect (local.get 0) (local.get 1) (local.get 2))))
        """)
        let a = i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        let b = i8x16(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
        #expect(try instance.call("shuffle", a, b) == [i8x16(31, 0, 30, 1, 29, 2, 28, 3, 16, 17, 18, 19, 4, 5, 6, 7)])
        #expect(try instance.call("swizzle", b, i8x16(15, 16, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100))
                == [i8x16(31, 0, 0, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 0)])
        #expect(try instance.call("extract_s", i8x16(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -2)) == [.i32(-2)])
        #expect(try instance.call("extract_u", i16x8(0, 0, 0, 0, 0, 0, 0, -2)) == [.i32(65534)])
        #expect(try instance.call("replace", i64x2(1, 2), .i64(-9)) == [i64x2(1, -9)])
        // A NaN payload survives a splat.
        #expect(try instance.call("splat", .f32(0x7FA0_0001)) == [v128([UInt32](repeating: 0x7FA0_0001, count: 4))])
        #expect(try instance.call("any_true", i64x2(0, 1 << 40)) == [.i32(1)])
        #expect(try instance.call("any_true", i64x2(0, 0)) == [.i32(0)])
        #expect(try instance.call("bitselect", i32x4(-1, -1, 0, 0), i32x4(0, 0, -1, -1), i32x4(0xFF, 0, 0xFF, 0))
                == [i32x4(0xFF, 0, -256, -1)])
    }

    /// Scalar constants materialised next to a fresh two-slot temporary must not overwrite its high half.
    @Test func constantsBesideTemporaries() throws {
        let instance = try instantiate("""
        (module
          (func (export "shift") (param v128) (result v128)
            (i32x4.shl (i32x4.add (local.get 0) (v128.const i32x4 1 2 3 4)) (i32.const 1)))
          (func (export "replace") (param v128) (result v128)
            (i32x4.replace_lane 3 (i32x4.add (local.get 0) (local.get 0)) (i32.const 42)))
          (func (export "splat_add") (param i32) (result v128)
            (i32x4.add (i32x4.splat (local.get 0)) (i32x4.splat (i32.const 5))))
          (func (export "locals") (param v128) (result v128) (local v128 i32)
            (local.set 1 (i32x4.neg (local.get 0)))
            (local.set 2 (i32.const 3))
            (i32x4.replace_lane 0 (local.tee 1 (i32x4.add (local.get 1) (local.get 1))) (local.get 2))))
        """)
        #expect(try instance.call("shift", i32x4(10, 20, 30, 40)) == [i32x4(22, 44, 66, 88)])
        #expect(try instance.call("replace", i32x4(1, 2, 3, 4)) == [i32x4(2, 4, 6, 42)])
        #expect(try instance.call("splat_add", .i32(-1)) == [i32x4(4, 4, 4, 4)])
        #expect(try instance.call("locals", i32x4(-1, -2, -3, -4)) == [i32x4(3, 4, 6, 8)])
    }

    @Test func memory() throws {
        let instance = try instantiate("""
        (module
          (memory 1)
          (data (i32.const 0) "\\00\\01\\02\\03\\04\\05\\06\\07\\08\\09\\0a\\0b\\0c\\0d\\0e\\0f\\f0\\f1")
          (func (export "load") (param i32) (result v128) (v128.load offset=2 (local.get 0)))
          (func (export "load8x8_s") (param i32) (result v128) (v128.load8x8_s (local.get 0)))
          (func (export "load32_zero") (param i32) (result v128) (v128.load32_zero (local.get 0)))
          (func (export "load16_splat") (param i32) (result v128) (v128.load16_splat (local.get 0)))
          (func (export "store") (param i32 v128) (v128.store (local.get 0) (local.get 1)))
          (func (export "store_lane") (param i32 v128) (v128.store16_lane 7 (local.get 0) (local.get 1)))
          (func (export "load_lane") (param i32 v128) (result v128) (v128.load32_lane 1 (local.get 0) (local.get 1)))
          (func (export "byte") (param i32) (result i32) (i32.load8_u (local.get 0))))
        """)
        #expect(try instance.call("load", .i32(0)) == [i8x16(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16, -15)])
        #expect(try instance.call("load8x8_s", .i32(10)) == [i16x8(10, 11, 12, 13, 14, 15, -16, -15)])
        #expect(try instance.call("load32_zero", .i32(1)) == [i32x4(0x0403_0201, 0, 0, 0)])
        #expect(try instance.call("load16_splat", .i32(16)) == [v128([UInt16](repeating: 0xF1F0, count: 8))])
        #expect(try instance.call("load_lane", .i32(4), i32x4(-1, -1, -1, -1)) == [i32x4(-1, 0x0706_0504, -1, -1)])
        _ = try instance.call("store", .i32(65520), i32x4(1, 2, 3, 4))
        #expect(try instance.call("byte", .i32(65532)) == [.i32(4)])
        _ = try instance.call("store_lane", .i32(100), i16x8(0, 0, 0, 0, 0, 0, 0, 0x1234))
        #expect(try instance.call("byte", .i32(100)) == [.i32(0x34)])
        #expect(try instance.call("byte", .i32(101)) == [.i32(0x12)])
        // The last byte in bounds is fine; one more traps, also through the offset and for lane forms.
        #expect(wasmError { _ = try instance.call("store", .i32(65521), i32x4(0, 0, 0, 0)) }?.message
                == "out of bounds memory access")
        #expect(wasmError { _ = try instance.call("load", .i32(65520)) }?.message == "out of bounds memory access")
        #expect(wasmError { _ = try instance.call("load", .i32(-1)) }?.message == "out of bounds memory access")
        #expect(wasmError { _ = try instance.call("load_lane", .i32(65533), i32x4(0, 0, 0, 0)) }?.kind == .trap)
        #expect(try instance.call("load_lane", .i32(65532), i32x4(0, 0, 0, 0)).count == 1)
    }

    /// Memories other than 0 go through the instance's memory table; 64-bit addresses plus offsets that
    /// overflow are out of bounds.
    @Test func otherMemories() throws {
        let instance = try instantiate("""
        (module
          (memory $a 1)
          (memory $b 1)
          (memory $c i64 1)
          (data (memory $b) (i32.const 8) "\\01\\02\\03\\04")
          (func (export "splat_b") (param i32) (result v128) (v128.load32_splat $b (local.get 0)))
          (func (export "load_c") (param i64) (result v128) (v128.load $c (local.get 0)))
          (func (export "load_c_high") (param i64) (result v128)
            (v128.load $c offset=0xFFFFFFFFFFFFFFF0 (local.get 0)))
          (func (export "store_lane_c") (param i64 v128) (v128.store64_lane $c 1 (local.get 0) (local.get 1))))
        """)
        #expect(try instance.call("splat_b", .i32(8)) == [i32x4(0x0403_0201, 0x0403_0201, 0x0403_0201, 0x0403_0201)])
        _ = try instance.call("store_lane_c", .i64(65528), i64x2(1, -7))
        #expect(try instance.call("load_c", .i64(65520)) == [i64x2(0, -7)])
        #expect(wasmError { _ = try instance.call("load_c", .i64(65521)) }?.message == "out of bounds memory access")
        #expect(wasmError { _ = try instance.call("load_c", .i64(1 << 32)) }?.kind == .trap)
        #expect(wasmError { _ = try instance.call("load_c_high", .i64(0x10)) }?.kind == .trap)
        #expect(wasmError { _ = try instance.call("store_lane_c", .i64(-1), i64x2(0, 0)) }?.kind == .trap)
    }

    @Test func relaxed() throws {
        let instance = try instantiate("""
        (module
          (func (export "madd") (param v128 v128 v128) (result v128)
            (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
          (func (export "nmadd") (param v128 v128 v128) (result v128)
            (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)))
          (func (export "dot_add") (param v128 v128 v128) (result v128)
            (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2)))
          (func (export "swizzle") (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
          (func (export "trunc") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0))))
        """)
        #expect(try instance.call("madd", f32x4(2, 3, -1, 0.5), f32x4(3, 3, 1, 4), f32x4(1, -9, 1, 0.5))
                == [f32x4(7, 0, 0, 2.5)])
        // The negation keeps the sign of zero: -(0) * 1 + -0 is -0, -(-0) * 1 + -0 is +0.
        #expect(try instance.call("nmadd", f64x2(0, -0.0), f64x2(1, 1), f64x2(-0.0, -0.0)) == [f64x2(-0.0, 0)])
        #expect(try instance.call("dot_add", i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                                  i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), i32x4(0, 1, 2, 3))
                == [i32x4(14, 127, 368, 737)])
        #expect(try instance.call("swizzle", i8x16(9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0),
                                  i8x16(0, 16, -128, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                == [i8x16(9, 0, 0, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9)])
        #expect(try instance.call("trunc", f32x4(.nan, 3e9, -3e9, -1.5)) == [i32x4(0, Int32.max, Int32.min, -1)])
    }
}
