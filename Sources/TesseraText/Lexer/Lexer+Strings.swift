/// UTF-8 checks and string literal decoding.

/// The length of the valid UTF-8 sequence starting at `i`, or nil if it is malformed.
func utf8SequenceLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
    let b0 = bytes[i]
    if b0 < 0x80 { return 1 }
    func cont(_ k: Int) -> Bool { i + k < end && bytes[i + k] & 0xC0 == 0x80 }
    switch b0 {
    case 0xC2...0xDF:
        return cont(1) ? 2 : nil
    case 0xE0...0xEF:
        guard cont(1), cont(2) else { return nil }
        let b1 = bytes[i + 1]
        if b0 == 0xE0, b1 < 0xA0 { return nil }
        if b0 == 0xED, b1 >= 0xA0 { return nil }
        return 3
    case 0xF0...0xF4:
        guard cont(1), cont(2), cont(3) else { return nil }
        let b1 = bytes[i + 1]
        if b0 == 0xF0, b1 < 0x90 { return nil }
        if b0 == 0xF4, b1 >= 0x90 { return nil }
        return 4
    default:
        return nil
    }
}

func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    var i = 0
    while i < bytes.count {
        guard let n = utf8SequenceLength(bytes, at: i, end: bytes.count) else { return false }
        i += n
    }
    return true
}

/// Decodes a string literal token (including its quotes) that the lexer has already checked.
func decodeStringLiteral(_ bytes: [UInt8], start: Int, end: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(end - start - 2)
    var i = start + 1
    let stop = end - 1
    while i < stop {
        let c = bytes[i]
        guard c == UInt8(ascii: "\\") else {
            out.append(c)
            i += 1
            continue
        }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "'"): out.append(0x27)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "u"):
            i += 1  // "{"
            var value: UInt32 = 0
            while bytes[i] != UInt8(ascii: "}") {
                if let h = hexValue(bytes[i]) { value = value << 4 | UInt32(h) }
                i += 1
            }
            i += 1
            appendUTF8(Unicode.Scalar(value) ?? "\u{FFFD}", to: &out)
        default:
            out.append(hexValue(e)! << 4 | hexValue(bytes[i])!)
            i += 1
        }
    }
    return out
}

func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    let v = scalar.value
    switch v {
    case 0..<0x80:
        out.append(UInt8(v))
    case 0x80..<0x800:
        out.append(0xC0 | UInt8(v >> 6))
        out.append(0x80 | UInt8(v & 0x3F))
    case 0x800..<0x10000:
        out.append(0xE0 | UInt8(v >> 12))
        out.append(0x80 | UInt8(v >> 6 & 0x3F))
        out.append(0x80 | UInt8(v & 0x3F))
    default:
        out.append(0xF0 | UInt8(v >> 18))
        out.append(0x80 | UInt8(v >> 12 & 0x3F))
        out.append(0x80 | UInt8(v >> 6 & 0x3F))
        out.append(0x80 | UInt8(v & 0x3F))
    }
}
