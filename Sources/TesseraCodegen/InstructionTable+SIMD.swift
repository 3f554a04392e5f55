/// Fixed-width SIMD: memory accesses, constants, shuffles, splats, lanes and comparisons (0xFD 0–94).
let simdInstructions: [InstructionDefinition] = [
    simdLoad("v128.load", 0, 4),
    simdLoad("v128.load8x8_s", 1, 3),
    simdLoad("v128.load8x8_u", 2, 3),
    simdLoad("v128.load16x4_s", 3, 3),
    simdLoad("v128.load16x4_u", 4, 3),
    simdLoad("v128.load32x2_s", 5, 3),
    simdLoad("v128.load32x2_u", 6, 3),
    simdLoad("v128.load8_splat", 7, 0),
    simdLoad("v128.load16_splat", 8, 1),
    simdLoad("v128.load32_splat", 9, 2),
    simdLoad("v128.load64_splat", 10, 3),
    .init("v128.store", .prefixed(0xFD, 11), .memArg, feature: ["simd"], family: .simd, signature: sig("i32 v128", ""), align: 4),
    simd("v128.const", 12, "", "v128", .v128),
    simd("i8x16.shuffle", 13, "v128 v128", "v128", .shuffle),
    simd("i8x16.swizzle", 14, "v128 v128", "v128"),
    simd("i8x16.splat", 15, "i32", "v128"),
    simd("i16x8.splat", 16, "i32", "v128"),
    simd("i32x4.splat", 17, "i32", "v128"),
    simd("i64x2.splat", 18, "i64", "v128"),
    simd("f32x4.splat", 19, "f32", "v128"),
    simd("f64x2.splat", 20, "f64", "v128"),
    simd("i8x16.extract_lane_s", 21, "v128", "i32", .lane),
    simd("i8x16.extract_lane_u", 22, "v128", "i32", .lane),
    simd("i8x16.replace_lane", 23, "v128 i32", "v128", .lane),
    simd("i16x8.extract_lane_s", 24, "v128", "i32", .lane),
    simd("i16x8.extract_lane_u", 25, "v128", "i32", .lane),
    simd("i16x8.replace_lane", 26, "v128 i32", "v128", .lane),
    simd("i32x4.extract_lane", 27, "v128", "i32", .lane),
    simd("i32x4.replace_lane", 28, "v128 i32", "v128", .lane),
    simd("i64x2.extract_lane", 29, "v128", "i64", .lane),
    simd("i64x2.replace_lane", 30, "v128 i64", "v128", .lane),
    simd("f32x4.extract_lane", 31, "v128", "f32", .lane),
    simd("f32x4.replace_lane", 32, "v128 f32", "v128", .lane),
    simd("f64x2.extract_lane", 33, "v128", "f64", .lane),
    simd("f64x2.replace_lane", 34, "v128 f64", "v128", .lane),
    binary("i8x16.eq", 35), binary("i8x16.ne", 36),
    binary("i8x16.lt_s", 37), binary("i8x16.lt_u", 38),
    binary("i8x16.gt_s", 39), binary("i8x16.gt_u", 40),
    binary("i8x16.le_s", 41), binary("i8x16.le_u", 42),
    binary("i8x16.ge_s", 43), binary("i8x16.ge_u", 44),
    binary("i16x8.eq", 45), binary("i16x8.ne", 46),
    binary("i16x8.lt_s", 47), binary("i16x8.lt_u", 48),
    binary("i16x8.gt_s", 49), binary("i16x8.gt_u", 50),
    binary("i16x8.le_s", 51), binary("i16x8.le_u", 52),
    binary("i16x8.ge_s", 53), binary("i16x8.ge_u", 54),
    binary("i32x4.eq", 55), binary("i32x4.ne", 56),
    binary("i32x4.lt_s", 57), binary("i32x4.lt_u", 58),
    binary("i32x4.gt_s", 59), binary("i32x4.gt_u", 60),
    binary("i32x4.le_s", 61), binary("i32x4.le_u", 62),
    binary("i32x4.ge_s", 63), binary("i32x4.ge_u", 64),
    binary("f32x4.eq", 65), binary("f32x4.ne", 66), binary("f32x4.lt", 67),
    binary("f32x4.gt", 68), binary("f32x4.le", 69), binary("f32x4.ge", 70),
    binary("f64x2.eq", 71), binary("f64x2.ne", 72), binary("f64x2.lt", 73),
    binary("f64x2.gt", 74), binary("f64x2.le", 75), binary("f64x2.ge", 76),
    unary("v128.not", 77),
    binary("v128.and", 78), binary("v128.andnot", 79), binary("v128.or", 80), binary("v128.xor", 81),
    simd("v128.bitselect", 82, "v128 v128 v128", "v128"),
    simd("v128.any_true", 83, "v128", "i32"),
    laneAccess("v128.load8_lane", 84, 0, load: true),
    laneAccess("v128.load16_lane", 85, 1, load: true),
    laneAccess("v128.load32_lane", 86, 2, load: true),
    laneAccess("v128.load64_lane", 87, 3, load: true),
    laneAccess("v128.store8_lane", 88, 0, load: false),
    laneAccess("v128.store16_lane", 89, 1, load: false),
    laneAccess("v128.store32_lane", 90, 2, load: false),
    laneAccess("v128.store64_lane", 91, 3, load: false),
    simdLoad("v128.load32_zero", 92, 2),
    simdLoad("v128.load64_zero", 93, 3),
    unary("f32x4.demote_f64x2_zero", 94),
]

func simd(
    _ name: String, _ op: UInt32, _ params: String, _ results: String, _ immediate: ImmediateKind = .none,
    feature: String = "simd"
) -> InstructionDefinition {
    .init(
        name, .prefixed(0xFD, op), immediate, feature: [feature],
        family: feature == "simd" ? .simd : .relaxedSimd, signature: sig(params, results))
}

/// `[v128] -> [v128]`.
func unary(_ name: String, _ op: UInt32) -> InstructionDefinition { simd(name, op, "v128", "v128") }
/// `[v128 v128] -> [v128]`.
func binary(_ name: String, _ op: UInt32) -> InstructionDefinition { simd(name, op, "v128 v128", "v128") }

private func simdLoad(_ name: String, _ op: UInt32, _ align: UInt32) -> InstructionDefinition {
    .init(name, .prefixed(0xFD, op), .memArg, feature: ["simd"], family: .simd, signature: sig("i32", "v128"), align: align)
}

private func laneAccess(_ name: String, _ op: UInt32, _ align: UInt32, load: Bool) -> InstructionDefinition {
    .init(
        name, .prefixed(0xFD, op), .memArgLane, feature: ["simd"], family: .simd,
        signature: sig("i32 v128", load ? "v128" : ""), align: align)
}
