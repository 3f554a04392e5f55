import TesseraTypes

/// Argument values and expected results of script actions.
extension WastParser {
    /// `(i32.const n)`, `(f32.const z)`, `(v128.const shape lanes)`, `(ref.null ht)`, `(ref.extern n)`, `(ref.host n)`.
    mutating func parseValue() throws(WasmError) -> WastValue {
        try c.expectLeftParen()
        let t = c.current
        guard t.kind == .keyword else { throw c.unexpected() }
        c.advance()
        let value: WastValue
        switch c.text(t) {
        case "i32.const": value = .i32(UInt32(bitPattern: try c.expectI32()))
        case "i64.const": value = .i64(UInt64(bitPattern: try c.expectI64()))
        case "f32.const": value = .f32(try c.expectF32Bits())
        case "f64.const": value = .f64(try c.expectF64Bits())
        case "v128.const": value = .v128(try c.expectV128())
        case "ref.null": value = .refNull(try heapType())
        case "ref.extern": value = .refExtern(try c.expectU32())
        case "ref.host": value = .refHost(try c.expectU32())
        default: throw c.error("unknown operator \(c.text(t))", at: t)
        }
        try c.expectRightParen()
        return value
    }

    private mutating func heapType() throws(WasmError) -> HeapType {
        let t = c.current
        guard t.kind == .keyword, let a = AbstractHeapType(textName: c.text(t)) else {
            if let index = try c.takeU32() { return .concrete(index) }
            throw c.unexpected()
        }
        c.advance()
        return .abstract(a)
    }

    /// A NaN pattern keyword, if the cursor is at one.
    private mutating func takeNaNPattern() -> NaNPattern? {
        if c.takeKeyword("nan:canonical") { return .canonical }
        if c.takeKeyword("nan:arithmetic") { return .arithmetic }
        return nil
    }

    /// One expected result of `assert_return`.
    mutating func parseExpected() throws(WasmError) -> WastExpected {
        let open = c.index
        try c.expectLeftParen()
        let t = c.current
        guard t.kind == .keyword else { throw c.unexpected() }
        let word = c.text(t)
        let expected: WastExpected
        switch word {
        case "f32.const":
            c.advance()
            if let p = takeNaNPattern() { expected = .f32NaN(p) } else { expected = .value(.f32(try c.expectF32Bits())) }
        case "f64.const":
            c.advance()
            if let p = takeNaNPattern() { expected = .f64NaN(p) } else { expected = .value(.f64(try c.expectF64Bits())) }
        case "v128.const":
            c.advance()
            expected = try parseV128Expected()
        case "ref.null":
            c.advance()
            expected = c.current.kind == .rightParen ? .anyNull : .value(.refNull(try heapType()))
        case "ref.extern":
            c.advance()
            if let n = try c.takeU32() { expected = .value(.refExtern(n)) } else { expected = .anyRefExtern }
        case "ref.func":
            c.advance()
            if let id = c.takeId() {
                expected = .refFunc(id)
            } else if let n = try c.takeU32() {
                expected = .refFunc(String(n))
            } else {
                expected = .refFunc(nil)
            }
        case "ref.i31":
            c.advance()
            if let n = try c.takeU32() { expected = .refI31(n) } else { expected = .refKind(.i31) }
        case "ref.struct", "ref.array", "ref.eq", "ref.any", "ref.exn", "ref.none":
            c.advance()
            expected = .refKind(AbstractHeapType(textName: String(word.dropFirst(4)))!)
        case "either":
            c.advance()
            var alternatives: [WastExpected] = []
            while c.current.kind == .leftParen { alternatives.append(try parseExpected()) }
            expected = .either(alternatives)
        default:
            c.index = open
            return .value(try parseValue())
        }
        try c.expectRightParen()
        return expected
    }

    /// `shape lane*` where float lanes may be NaN patterns.
    private mutating func parseV128Expected() throws(WasmError) -> WastExpected {
        let shape = c.current
        let isF32 = c.isKeyword(shape, "f32x4")
        guard isF32 || c.isKeyword(shape, "f64x2") else { return .value(.v128(try c.expectV128())) }
        var hasPattern = false
        for k in 1...(isF32 ? 4 : 2) {
            let t = c.peek(k)
            if c.isKeyword(t, "nan:canonical") || c.isKeyword(t, "nan:arithmetic") { hasPattern = true }
        }
        guard hasPattern else { return .value(.v128(try c.expectV128())) }
        c.advance()
        var lanes: [LanePattern] = []
        for _ in 0..<(isF32 ? 4 : 2) {
            if let p = takeNaNPattern() {
                lanes.append(isF32 ? .f32NaN(p) : .f64NaN(p))
            } else if isF32 {
                lanes.append(.f32(try c.expectF32Bits()))
            } else {
                lanes.append(.f64(try c.expectF64Bits()))
            }
        }
        return .v128Lanes(lanes)
    }
}
