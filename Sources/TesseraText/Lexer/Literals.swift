/// Numeric literal syntax of the text format: `nat`, `int` and `float` tokens with `_` separators,
/// hexadecimal forms, `inf`, `nan` and `nan:0x…`. Tokens are given as byte ranges of the source.
enum LiteralError: Error {
    /// The token is not a literal of the requested kind.
    case syntax
    /// The token is a literal but its value does not fit.
    case outOfRange
}

/// A scanned integer literal: optional sign and magnitude.
struct IntegerLiteral {
    enum Sign { case none, plus, minus }
    var sign: Sign
    var magnitude: UInt64
    /// The magnitude did not fit in 64 bits.
    var overflow: Bool

    /// The value as an N-bit integer (two's complement), accepting both the signed and unsigned ranges.
    func bits(_ width: Int) throws(LiteralError) -> UInt64 {
        if overflow { throw .outOfRange }
        let unsignedMax: UInt64 = width == 64 ? .max : (1 << UInt64(width)) - 1
        let signedLimit: UInt64 = 1 << UInt64(width - 1)
        switch sign {
        case .none, .plus:
            // As the reference interpreter does, `+` accepts the unsigned range too.
            guard magnitude <= unsignedMax else { throw .outOfRange }
            return magnitude
        case .minus:
            guard magnitude <= signedLimit else { throw .outOfRange }
            return (0 &- magnitude) & unsignedMax
        }
    }
}

/// Scans a run of digits in base 10 or 16 with single `_` between digits. Returns the index after the
/// run, or nil if the run is empty or badly separated. Accumulates into `value` (wrapping) and reports overflow.
@inline(__always)
private func scanDigits(
    _ b: [UInt8], from start: Int, to end: Int, hex: Bool, value: inout UInt64, overflow: inout Bool
) -> Int? {
    var i = start
    var sawDigit = false
    let base: UInt64 = hex ? 16 : 10
    while i < end {
        let c = b[i]
        if c == UInt8(ascii: "_") {
            guard sawDigit, i + 1 < end else { return nil }
            let n = b[i + 1]
            let nextIsDigit = hex ? hexValue(n) != nil : (n >= 0x30 && n <= 0x39)
            guard nextIsDigit else { return nil }
            i += 1
            continue
        }
        let d: UInt64
        if hex {
            guard let h = hexValue(c) else { break }
            d = UInt64(h)
        } else {
            guard c >= 0x30, c <= 0x39 else { break }
            d = UInt64(c - 0x30)
        }
        let (m, o1) = value.multipliedReportingOverflow(by: base)
        let (s, o2) = m.addingReportingOverflow(d)
        if o1 || o2 { overflow = true }
        value = s
        sawDigit = true
        i += 1
    }
    return sawDigit ? i : nil
}

/// Parses an unsigned literal (`nat`): decimal or `0x` hexadecimal, no sign.
func scanNat(_ b: [UInt8], _ start: Int, _ end: Int) -> (value: UInt64, overflow: Bool)? {
    guard start < end, b[start] >= 0x30, b[start] <= 0x39 else { return nil }
    var value: UInt64 = 0
    var overflow = false
    var i = start
    var hex = false
    if end - start > 2, b[start] == UInt8(ascii: "0"), b[start + 1] == UInt8(ascii: "x") {
        hex = true
        i += 2
    }
    guard let stop = scanDigits(b, from: i, to: end, hex: hex, value: &value, overflow: &overflow), stop == end else {
        return nil
    }
    return (value, overflow)
}

/// Parses a signed or unsigned integer literal.
func scanInteger(_ b: [UInt8], _ start: Int, _ end: Int) -> IntegerLiteral? {
    guard start < end else { return nil }
    var sign = IntegerLiteral.Sign.none
    var i = start
    if b[i] == UInt8(ascii: "+") {
        sign = .plus
        i += 1
    } else if b[i] == UInt8(ascii: "-") {
        sign = .minus
        i += 1
    }
    guard let (value, overflow) = scanNat(b, i, end) else { return nil }
    return IntegerLiteral(sign: sign, magnitude: value, overflow: overflow)
}

/// Parses a float literal into the bit pattern of an IEEE binary32 (`width` 32) or binary64 (`width` 64).
func parseFloatBits(_ b: [UInt8], _ start: Int, _ end: Int, width: Int) throws(LiteralError) -> UInt64 {
    guard start < end else { throw .syntax }
    var i = start
    var negative = false
    if b[i] == UInt8(ascii: "+") {
        i += 1
    } else if b[i] == UInt8(ascii: "-") {
        negative = true
        i += 1
    }
    let signBit: UInt64 = negative ? (width == 32 ? 0x8000_0000 : 0x8000_0000_0000_0000) : 0
    let expMask: UInt64 = width == 32 ? 0x7F80_0000 : 0x7FF0_0000_0000_0000
    let fracMask: UInt64 = width == 32 ? 0x007F_FFFF : 0x000F_FFFF_FFFF_FFFF
    let rest = b[i..<end]
    if rest.elementsEqual("inf".utf8) { return signBit | expMask }
    if rest.elementsEqual("nan".utf8) { return signBit | expMask | (fracMask + 1) >> 1 }
    if rest.starts(with: "nan:0x".utf8) {
        var payload: UInt64 = 0
        var overflow = false
        guard let stop = scanDigits(b, from: i + 6, to: end, hex: true, value: &payload, overflow: &overflow),
            stop == end
        else { throw .syntax }
        guard !overflow, payload >= 1, payload <= fracMask else { throw .outOfRange }
        return signBit | expMask | payload
    }
    // Validate the shape, then let the standard library round (it is correctly rounded).
    var text = negative ? "-" : ""
    var scratch: UInt64 = 0
    var overflow = false
    let hex = end - i > 2 && b[i] == UInt8(ascii: "0") && b[i + 1] == UInt8(ascii: "x")
    guard b[i] >= 0x30, b[i] <= 0x39 else { throw .syntax }
    if hex { i += 2 }
    guard let intEnd = scanDigits(b, from: i, to: end, hex: hex, value: &scratch, overflow: &overflow) else {
        throw .syntax
    }
    var j = intEnd
    if j < end, b[j] == UInt8(ascii: ".") {
        j += 1
        if j < end, hex ? hexValue(b[j]) != nil : (b[j] >= 0x30 && b[j] <= 0x39) {
            guard let fracEnd = scanDigits(b, from: j, to: end, hex: hex, value: &scratch, overflow: &overflow)
            else { throw .syntax }
            j = fracEnd
        }
    }
    if j < end {
        let e = b[j]
        let isExp = hex ? (e == UInt8(ascii: "p") || e == UInt8(ascii: "P")) : (e == UInt8(ascii: "e") || e == UInt8(ascii: "E"))
        guard isExp else { throw .syntax }
        j += 1
        if j < end, b[j] == UInt8(ascii: "+") || b[j] == UInt8(ascii: "-") { j += 1 }
        guard let expEnd = scanDigits(b, from: j, to: end, hex: false, value: &scratch, overflow: &overflow),
            expEnd == end
        else { throw .syntax }
    }
    text.reserveCapacity(end - start + 4)
    for k in start..<end where b[k] != UInt8(ascii: "_") && !(k == start && (b[k] == 0x2B || b[k] == 0x2D)) {
        text.unicodeScalars.append(Unicode.Scalar(b[k]))
    }
    if width == 32 {
        guard let f = Float(text) else { throw .syntax }
        guard f.isFinite else { throw .outOfRange }
        return UInt64(f.bitPattern)
    } else {
        guard let d = Double(text) else { throw .syntax }
        guard d.isFinite else { throw .outOfRange }
        return d.bitPattern
    }
}
