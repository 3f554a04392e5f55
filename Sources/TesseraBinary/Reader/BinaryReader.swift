public import TesseraTypes

/// A cursor over a WebAssembly binary. Every read is bounds-checked; failures are `malformed` errors
/// that carry the byte offset.
public struct BinaryReader: Sendable {
    public let bytes: [UInt8]
    /// Absolute position of the next byte.
    public var offset: Int
    /// Absolute end of the readable region (a section's end while inside a section).
    public var end: Int

    public init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = end ?? bytes.count
    }

    public var isAtEnd: Bool { offset >= end }
    public var remaining: Int { end - offset }

    public func error(_ message: String, at position: Int? = nil) -> WasmError {
        .malformed(message, offset: position ?? offset)
    }

    @inlinable
    public mutating func readByte() throws(WasmError) -> UInt8 {
        guard offset < end else { throw WasmError.malformed("unexpected end", offset: offset) }
        let b = bytes[offset]
        offset += 1
        return b
    }

    public func peekByte() throws(WasmError) -> UInt8 {
        guard offset < end else { throw error("unexpected end") }
        return bytes[offset]
    }

    public mutating func readBytes(_ count: Int) throws(WasmError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= end - offset else { throw error("unexpected end") }
        let slice = bytes[offset..<offset + count]
        offset += count
        return slice
    }

    /// Reads an unsigned LEB128 of at most `bits` bits (32 or 64), rejecting overlong and overflowing
    /// encodings as the spec requires ("integer representation too long" / "integer too large").
    @inlinable
    public mutating func readUnsigned(bits: Int) throws(WasmError) -> UInt64 {
        var result: UInt64 = 0
        var shift = 0
        let maxBytes = (bits + 6) / 7
        let start = offset
        for index in 0..<maxBytes {
            guard offset < end else { throw WasmError.malformed("unexpected end", offset: offset) }
            let byte = bytes[offset]
            offset += 1
            if index == maxBytes - 1 {
                // Last permitted byte: no continuation, and the unused high bits must be zero.
                if byte & 0x80 != 0 { throw WasmError.malformed("integer representation too long", offset: start) }
                let usedBits = bits - shift
                if usedBits < 7 && (byte >> UInt8(usedBits)) != 0 {
                    throw WasmError.malformed("integer too large", offset: start)
                }
            }
            result |= UInt64(byte & 0x7F) << UInt64(shift)
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw WasmError.malformed("integer representation too long", offset: start)
    }

    /// Reads a signed LEB128 of at most `bits` bits (32, 33 or 64).
    @inlinable
    public mutating func readSigned(bits: Int) throws(WasmError) -> Int64 {
        var result: Int64 = 0
        var shift = 0
        let maxBytes = (bits + 6) / 7
        let start = offset
        for index in 0..<maxBytes {
            guard offset < end else { throw WasmError.malformed("unexpected end", offset: offset) }
            let byte = bytes[offset]
            offset += 1
            if index == maxBytes - 1 {
                if byte & 0x80 != 0 { throw WasmError.malformed("integer representation too long", offset: start) }
                // The unused high bits must all equal the sign bit of the value.
                let usedBits = bits - shift  // bits of payload taken from this byte, incl. sign
                if usedBits < 7 {
                    let signAndUnused = Int8(bitPattern: byte << 1) >> Int8(usedBits)  // arithmetic shift of bits 6..usedBits-1
                    if signAndUnused != 0 && signAndUnused != -1 {
                        throw WasmError.malformed("integer too large", offset: start)
                    }
                }
            }
            result |= Int64(byte & 0x7F) << Int64(shift)
            shift += 7
            if byte & 0x80 == 0 {
                if shift < 64 && (byte & 0x40) != 0 {
                    result |= -1 << Int64(shift)
                }
                return result
            }
        }
        throw WasmError.malformed("integer representation too long", offset: start)
    }

    public mutating func readU32() throws(WasmError) -> UInt32 {
        UInt32(truncatingIfNeeded: try readUnsigned(bits: 32))
    }

    public mutating func readU64() throws(WasmError) -> UInt64 {
        try readUnsigned(bits: 64)
    }

    public mutating func readS32() throws(WasmError) -> Int32 {
        Int32(truncatingIfNeeded: try readSigned(bits: 32))
    }

    public mutating func readS33() throws(WasmError) -> Int64 {
        try readSigned(bits: 33)
    }

    public mutating func readS64() throws(WasmError) -> Int64 {
        try readSigned(bits: 64)
    }

    public mutating func readF32Bits() throws(WasmError) -> UInt32 {
        let s = try readBytes(4)
        var v: UInt32 = 0
        for (i, b) in s.enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
        return v
    }

    public mutating func readF64Bits() throws(WasmError) -> UInt64 {
        let s = try readBytes(8)
        var v: UInt64 = 0
        for (i, b) in s.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
        return v
    }

    public mutating func readV128() throws(WasmError) -> V128 {
        let lo = try readF64Bits()
        let hi = try readF64Bits()
        return V128(low: lo, high: hi)
    }

    /// Reads a length-prefixed UTF-8 name, rejecting invalid UTF-8 ("malformed UTF-8 encoding").
    public mutating func readName() throws(WasmError) -> String {
        let length = Int(try readU32())
        let start = offset
        let slice = try readBytes(length)
        guard let s = String(validatingUTF8Bytes: slice) else {
            throw WasmError.malformed("malformed UTF-8 encoding", offset: start)
        }
        return s
    }

    /// Reads a vector length and checks it is plausible for the remaining bytes (each element takes at
    /// least `minimumElementSize` bytes), so hostile lengths never cause huge allocations.
    public mutating func readVectorCount(minimumElementSize: Int = 1) throws(WasmError) -> Int {
        let start = offset
        let count = Int(try readU32())
        if minimumElementSize > 0 && count > remaining / minimumElementSize + (minimumElementSize == 0 ? 1 : 0) {
            throw WasmError.malformed(count > remaining ? "unexpected end" : "length out of bounds", offset: start)
        }
        return count
    }
}

extension String {
    /// Strict UTF-8 validation: rejects overlong forms, surrogates and code points above U+10FFFF.
    public init?(validatingUTF8Bytes bytes: some Collection<UInt8>) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}
