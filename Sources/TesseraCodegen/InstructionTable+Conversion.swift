/// Conversions between numeric types, including saturating truncation, with their execution semantics.
let conversionInstructions: [InstructionDefinition] = [
    conv("i32.wrap_i64", 0xA7, "i64", "i32", .wrap),
    conv("i32.trunc_f32_s", 0xA8, "f32", "i32", .truncateToSigned),
    conv("i32.trunc_f32_u", 0xA9, "f32", "i32", .truncateToUnsigned),
    conv("i32.trunc_f64_s", 0xAA, "f64", "i32", .truncateToSigned),
    conv("i32.trunc_f64_u", 0xAB, "f64", "i32", .truncateToUnsigned),
    conv("i64.extend_i32_s", 0xAC, "i32", "i64", .extendSigned),
    conv("i64.extend_i32_u", 0xAD, "i32", "i64", .convert),
    conv("i64.trunc_f32_s", 0xAE, "f32", "i64", .truncateToSigned),
    conv("i64.trunc_f32_u", 0xAF, "f32", "i64", .truncateToUnsigned),
    conv("i64.trunc_f64_s", 0xB0, "f64", "i64", .truncateToSigned),
    conv("i64.trunc_f64_u", 0xB1, "f64", "i64", .truncateToUnsigned),
    conv("f32.convert_i32_s", 0xB2, "i32", "f32", .convertSigned),
    conv("f32.convert_i32_u", 0xB3, "i32", "f32", .convert),
    conv("f32.convert_i64_s", 0xB4, "i64", "f32", .convertSigned),
    conv("f32.convert_i64_u", 0xB5, "i64", "f32", .convert),
    conv("f32.demote_f64", 0xB6, "f64", "f32", .convert),
    conv("f64.convert_i32_s", 0xB7, "i32", "f64", .convertSigned),
    conv("f64.convert_i32_u", 0xB8, "i32", "f64", .convert),
    conv("f64.convert_i64_s", 0xB9, "i64", "f64", .convertSigned),
    conv("f64.convert_i64_u", 0xBA, "i64", "f64", .convert),
    conv("f64.promote_f32", 0xBB, "f32", "f64", .convert),
    conv("i32.reinterpret_f32", 0xBC, "f32", "i32", .copy),
    conv("i64.reinterpret_f64", 0xBD, "f64", "i64", .copy),
    conv("f32.reinterpret_i32", 0xBE, "i32", "f32", .copy),
    conv("f64.reinterpret_i64", 0xBF, "i64", "f64", .copy),
    sat("i32.trunc_sat_f32_s", 0, "f32", "i32", .truncateSaturatingToSigned),
    sat("i32.trunc_sat_f32_u", 1, "f32", "i32", .truncateSaturatingToUnsigned),
    sat("i32.trunc_sat_f64_s", 2, "f64", "i32", .truncateSaturatingToSigned),
    sat("i32.trunc_sat_f64_u", 3, "f64", "i32", .truncateSaturatingToUnsigned),
    sat("i64.trunc_sat_f32_s", 4, "f32", "i64", .truncateSaturatingToSigned),
    sat("i64.trunc_sat_f32_u", 5, "f32", "i64", .truncateSaturatingToUnsigned),
    sat("i64.trunc_sat_f64_s", 6, "f64", "i64", .truncateSaturatingToSigned),
    sat("i64.trunc_sat_f64_u", 7, "f64", "i64", .truncateSaturatingToUnsigned),
]

private func conv(
    _ name: String, _ op: UInt8, _ from: String, _ to: String, _ execution: Execution
) -> InstructionDefinition {
    .init(name, .byte(op), family: .conversion, signature: sig(from, to), execution: execution)
}

private func sat(
    _ name: String, _ op: UInt32, _ from: String, _ to: String, _ execution: Execution
) -> InstructionDefinition {
    .init(
        name, .prefixed(0xFC, op), feature: ["saturatingFloatToInt"], family: .conversion,
        signature: sig(from, to), execution: execution)
}
