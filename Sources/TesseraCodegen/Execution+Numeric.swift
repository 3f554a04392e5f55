/// The execution semantics of the scalar numeric and conversion operators, one value per operator
/// family; the table entries of `InstructionTable+Numeric.swift` and `+Conversion.swift` name them.
/// Integers are unsigned bit patterns (signed operators go through `IntOps`); floats are `Float`/`Double`.
extension Execution {
    // MARK: Integer arithmetic and bitwise operators (i32, i64)

    static let wrappingAdd = binary("a &+ b")
    static let wrappingSubtract = binary("a &- b")
    static let wrappingMultiply = binary("a &* b")
    static let bitwiseAnd = binary("a & b")
    static let bitwiseOr = binary("a | b")
    static let bitwiseXor = binary("a ^ b")
    /// Shift counts are taken modulo the width, which the masking shifts do.
    static let shiftLeft = binary("a &<< b")
    static let shiftRightUnsigned = binary("a &>> b")
    static let shiftRightSigned = binary("IntOps.shrS(a, b)")
    static let rotateLeft = binary("IntOps.rotl(a, b)")
    static let rotateRight = binary("IntOps.rotr(a, b)")
    /// Division and remainder trap on a zero divisor (and signed division on overflow).
    static let divideSigned = trappingBinary("IntOps.divS(a, b)")
    static let divideUnsigned = trappingBinary("IntOps.divU(a, b)")
    static let remainderSigned = trappingBinary("IntOps.remS(a, b)")
    static let remainderUnsigned = trappingBinary("IntOps.remU(a, b)")

    static let countLeadingZeros = unary("$R(a.leadingZeroBitCount)")
    static let countTrailingZeros = unary("$R(a.trailingZeroBitCount)")
    static let populationCount = unary("$R(a.nonzeroBitCount)")
    static let extend8Signed = unary("IntOps.extendS(a, bits: 8)")
    static let extend16Signed = unary("IntOps.extendS(a, bits: 16)")
    static let extend32Signed = unary("IntOps.extendS(a, bits: 32)")
    static let equalsZero = unary("a == 0 ? 1 : 0")

    // MARK: Comparisons (unsigned and float ones share the Swift operator)

    static let equal = compare("a == b")
    static let notEqual = compare("a != b")
    static let less = compare("a < b")
    static let greater = compare("a > b")
    static let lessOrEqual = compare("a <= b")
    static let greaterOrEqual = compare("a >= b")
    static let lessSigned = compare("IntOps.signed(a) < IntOps.signed(b)")
    static let greaterSigned = compare("IntOps.signed(a) > IntOps.signed(b)")
    static let lessOrEqualSigned = compare("IntOps.signed(a) <= IntOps.signed(b)")
    static let greaterOrEqualSigned = compare("IntOps.signed(a) >= IntOps.signed(b)")

    // MARK: Float arithmetic (f32, f64)

    static let add = binary("a + b")
    static let subtract = binary("a - b")
    static let multiply = binary("a * b")
    static let divide = binary("a / b")
    static let minimum = binary("FloatOps.min(a, b)")
    static let maximum = binary("FloatOps.max(a, b)")
    /// On bit patterns, so that NaN payloads survive.
    static let copySign = binary("(a & ~$SIGN) | (b & $SIGN)", onBitPatterns: true)
    static let squareRoot = unary("FloatOps.squareRoot(a)")
    static let ceil = unary("a.rounded(.up)")
    static let floor = unary("a.rounded(.down)")
    static let truncate = unary("a.rounded(.towardZero)")
    static let nearest = unary("a.rounded(.toNearestOrEven)")
    /// Sign-bit operations on the bit pattern (NaN payloads survive), straight into the slot.
    static let absolute = unary("a.absBits", resultIsSlot: true)
    static let negate = unary("a.negBits", resultIsSlot: true)

    // MARK: Conversions

    /// Float to integer: traps on NaN and out-of-range values.
    static let truncateToSigned = trappingUnary(
        "let (r, t) = FloatOps.truncate(a, to: $SR.self); return ($R(bitPattern: r), t)")
    static let truncateToUnsigned = trappingUnary("let (r, t) = FloatOps.truncate(a, to: $R.self); return (r, t)")
    /// Float to integer, saturating: NaN is 0, out-of-range values clamp.
    static let truncateSaturatingToSigned = unary(
        "let r = FloatOps.truncateSaturating(a, to: $SR.self); return $R(bitPattern: r)")
    static let truncateSaturatingToUnsigned = unary(
        "let r = FloatOps.truncateSaturating(a, to: $R.self); return r")
    /// Signed integer to float, rounding to nearest.
    static let convertSigned = unary("$R($SA(bitPattern: a))")
    /// The value converted exactly or rounded to nearest: unsigned integer to float, f32 ↔ f64,
    /// i32 to i64 zero-extended.
    static let convert = unary("$R(a)")
    static let wrap = unary("$R(truncatingIfNeeded: a)")
    static let extendSigned = unary("$R(bitPattern: $SR($SA(bitPattern: a)))")
}
