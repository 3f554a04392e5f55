import TesseraTypes

/// Numeric literals as immediates: integer and float constants, `v128.const` shapes, lane indices and
/// shuffles. Shared by module and script parsing.
extension TokenCursor {
    /// The error for a token that is not a literal of the wanted kind.
    private func literalError(_ t: Token, _ failure: LiteralError, float: Bool) -> WasmError {
        if case .outOfRange = failure { return error("constant out of range", at: t) }
        switch t.kind {
        case .reserved:
            return error("unknown operator", at: t)
        case .keyword:
            let text = text(t)
            if float, text != "nan:canonical", text != "nan:arithmetic" {
                return error("unknown operator", at: t)
            }
            return error("unexpected token", at: t)
        default:
            return unexpected(t)
        }
    }

    /// Whether the token could be a numeric literal (a word that is not a parenthesis, string or id).
    func isLiteralLike(_ t: Token) -> Bool {
        t.kind == .reserved || t.kind == .keyword
    }

    mutating func integerBits(_ width: Int) throws(WasmError) -> UInt64 {
        let t = current
        guard t.kind == .reserved, !t.isMixed, let literal = scanInteger(source, t.start, t.end) else {
            throw literalError(t, .syntax, float: false)
        }
        do {
            let bits = try literal.bits(width)
            advance()
            return bits
        } catch {
            throw literalError(t, error, float: false)
        }
    }

    mutating func floatBits(_ width: Int) throws(WasmError) -> UInt64 {
        let t = current
        guard isLiteralLike(t), !t.isMixed else { throw literalError(t, .syntax, float: true) }
        do {
            let bits = try parseFloatBits(source, t.start, t.end, width: width)
            advance()
            return bits
        } catch {
            throw literalError(t, error, float: true)
        }
    }

    mutating func expectI32() throws(WasmError) -> Int32 {
        Int32(bitPattern: UInt32(truncatingIfNeeded: try integerBits(32)))
    }

    mutating func expectI64() throws(WasmError) -> Int64 {
        Int64(bitPattern: try integerBits(64))
    }

    mutating func expectF32Bits() throws(WasmError) -> UInt32 {
        UInt32(truncatingIfNeeded: try floatBits(32))
    }

    mutating func expectF64Bits() throws(WasmError) -> UInt64 {
        try floatBits(64)
    }

    /// `shape lane*`: the lane count is checked before the lanes' values.
    mutating func expectV128() throws(WasmError) -> V128 {
        let shapeToken = current
        guard shapeToken.kind == .keyword else { throw unexpected() }
        let laneBits: Int
        let isFloat: Bool
        switch text(shapeToken) {
        case "i8x16": (laneBits, isFloat) = (8, false)
        case "i16x8": (laneBits, isFloat) = (16, false)
        case "i32x4": (laneBits, isFloat) = (32, false)
        case "i64x2": (laneBits, isFloat) = (64, false)
        case "f32x4": (laneBits, isFloat) = (32, true)
        case "f64x2": (laneBits, isFloat) = (64, true)
        default: throw unexpected()
        }
        advance()
        let lanes = 128 / laneBits
        for k in 0..<lanes where !isLiteralLike(peek(k)) {
            throw error("wrong number of lane literals", at: peek(k))
        }
        if isLiteralLike(peek(lanes)) { throw error("wrong number of lane literals", at: peek(lanes)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for _ in 0..<lanes {
            let value = isFloat ? try floatBits(laneBits) : try integerBits(laneBits)
            for i in 0..<(laneBits / 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(8 * i))) }
        }
        return V128(bytes: bytes)
    }

    mutating func expectLane() throws(WasmError) -> UInt8 {
        let t = current
        guard let v = try takeNat() else { throw unexpected() }
        guard v <= 255 else { throw error("i8 constant out of range", at: t) }
        return UInt8(v)
    }

    mutating func expectShuffle() throws(WasmError) -> V128 {
        var bytes: [UInt8] = []
        for _ in 0..<16 {
            let t = current
            guard isLiteralLike(t) else { throw error("invalid lane length", at: t) }
            guard let v = try takeNat(), v <= 255 else { throw error("i8 constant out of range", at: t) }
            bytes.append(UInt8(v))
        }
        if isLiteralLike(current) { throw error("invalid lane length") }
        return V128(bytes: bytes)
    }
}
