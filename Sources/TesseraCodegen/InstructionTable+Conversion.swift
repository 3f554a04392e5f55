/// Conversions between numeric types, including saturating truncation.
let conversionInstructions: [InstructionDefinition] = [
    conv("i32.wrap_i64", 0xA7, "i64", "i32"),
    conv("i32.trunc_f32_s", 0xA8, "f32", "i32"),
    conv("i32.trunc_f32_u", 0xA9, "f32", "i32"),
    conv("i32.trunc_f64_s", 0xAA, "f64", "i32"),
    conv("i32.trunc_f64_u", 0xAB, "f64", "i32"),
    conv("i64.extend_i32_s", 0xAC, "i32", "i64"),
    conv("i64.extend_i32_u", 0xAD, "i32", "i64"),
    conv("i64.trunc_f32_s", 0xAE, "f32", "i64"),
    conv("i64.trunc_f32_u", 0xAF, "f32", "i64"),
    conv("i64.trunc_f64_s", 0xB0, "f64", "i64"),
    conv("i64.trunc_f64_u", 0xB1, "f64", "i64"),
    conv("f32.convert_i32_s", 0xB2, "i32", "f32"),
    conv("f32.convert_i32_u", 0xB3, "i32", "f32"),
    conv("f32.convert_i64_s", 0xB4, "i64", "f32"),
    conv("f32.convert_i64_u", 0xB5, "i64", "f32"),
    conv("f32.demote_f64", 0xB6, "f64", "f32"),
    conv("f64.convert_i32_s", 0xB7, "i32", "f64"),
    conv("f64.convert_i32_u", 0xB8, "i32", "f64"),
    conv("f64.convert_i64_s", 0xB9, "i64", "f64"),
    conv("f64.convert_i64_u", 0xBA, "i64", "f64"),
    conv("f64.promote_f32", 0xBB, "f32", "f64"),
    conv("i32.reinterpret_f32", 0xBC, "f32", "i32"),
    conv("i64.reinterpret_f64", 0xBD, "f64", "i64"),
    conv("f32.reinterpret_i32", 0xBE, "i32", "f32"),
    conv("f64.reinterpret_i64", 0xBF, "i64", "f64"),
    sat("i32.trunc_sat_f32_s", 0, "f32", "i32"),
    sat("i32.trunc_sat_f32_u", 1, "f32", "i32"),
    sat("i32.trunc_sat_f64_s", 2, "f64", "i32"),
    sat("i32.trunc_sat_f64_u", 3, "f64", "i32"),
    sat("i64.trunc_sat_f32_s", 4, "f32", "i64"),
    sat("i64.trunc_sat_f32_u", 5, "f32", "i64"),
    sat("i64.trunc_sat_f64_s", 6, "f64", "i64"),
    sat("i64.trunc_sat_f64_u", 7, "f64", "i64"),
]

private func conv(_ name: String, _ op: UInt8, _ from: String, _ to: String) -> InstructionDefinition {
    .init(name, .byte(op), family: .conversion, signature: sig(from, to))
}

private func sat(_ name: String, _ op: UInt32, _ from: String, _ to: String) -> InstructionDefinition {
    .init(
        name, .prefixed(0xFC, op), feature: ["saturatingFloatToInt"], family: .conversion,
        signature: sig(from, to))
}
