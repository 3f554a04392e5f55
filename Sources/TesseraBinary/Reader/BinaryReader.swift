public import TesseraTypes

/// A cursor over a WebAssembly binary. Every read is bounds-checked; failures are `malformed` errors
/// that carry the byte offset.
///
/// The bytes are held as an `ArraySlice` whose indices are absolute offsets into the original binary, so
/// a reader over one function body (a slice of the module's bytes) reports offsets in module coordinates
/// and never copies.
public struct BinaryReader: Sendable {
    /// The input; its indices are absolute byte offsets into the original binary.
    public let bytes: ArraySlice<UInt8>
    /// Absolute position of the next byte.
    public var offset: Int
    /// Absolute end of the readable region (a section's end while inside a section).
    public var end: Int

    /// The message for reading past `end`. It is the reference interpreter's wording for running out of
    /// bytes inside a section or function; it begins with "unexpected end", the wording for a truncated
    /// binary, so a prefix match accepts it for both.
    public static let unexpectedEndMessage = "unexpected end of section or function"

    /// A reader over a whole binary, from `offset` up to `end` (by default the binary's end).
    public init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes[...]
        self.offset = offset
        self.end = Swift.min(end ?? bytes.count, bytes.count)
    }

    /// A reader over a slice; offsets stay those of the slice's base (absolute).
    public init(_ slice: ArraySlice<UInt8>) {
        self.bytes = slice
        self.offset = slice.startIndex
        self.end = slice.endIndex
    }

    /// Whether every byte up to `end` has been read.
    public var isAtEnd: Bool { offset >= end }
    /// The number of bytes left before `end`.
    public var remaining: Int { end - offset }

    /// A `malformed` error with `message` at `position` (by default the current offset).
    public func error(_ message: String, at position: Int? = nil) -> WasmError {
        .malformed(message, offset: position ?? offset)
    }

    @usableFromInline
    static func unexpectedEnd(at offset: Int) -> WasmError {
        WasmError.malformed(unexpectedEndMessage, offset: offset)
    }

    @inlinable @inline(__always)
    /// Reads one byte.
    public mutating func readByte() throws(WasmError) -> UInt8 {
        guard offset < end else { throw Self.unexpectedEnd(at: offset) }
        let b = bytes[offset]
        offset += 1
        return b
    }

    @inlinable @inline(__always)
    /// Returns the next byte without consuming it.
    public func peekByte() throws(WasmError) -> UInt8 {
        guard offset < end else { throw Self.unexpectedEnd(at: offset) }
        return bytes[offset]
    }

    /// Reads `count` bytes as a slice of the input, without copying.
    public mutating func readBytes(_ count: Int) throws(WasmError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= end - offset else { throw Self.unexpectedEnd(at: offset) }
        let slice = bytes[offset..<offset + count]
        offset += count
        return slice
    }

    /// Moves past `count` bytes.
    public mutating func skip(_ count: Int) throws(WasmError) {
        guard count >= 0, count <= end - offset else { throw Self.unexpectedEnd(at: offset) }
        offset += count
    }

    /// Reads an unsigned LEB128 of at most `bits` bits (1...64), rejecting overlong and overflowing
    /// encodings as the spec requires ("integer representation too long" / "integer too large").
    @inlinable @inline(__always)
    public mutating func readUnsigned(bits: Int) throws(WasmError) -> UInt64 {
        // Fast path: one byte, which fits any width from 7 bits up.
        if offset < end && bits >= 7 {
            let first = bytes[offset]
            if first < 0x80 {
                offset += 1
                return UInt64(first)
            }
        }
        return try readUnsignedSlow(bits: bits)
    }

    @usableFromInline
    mutating func readUnsignedSlow(bits: Int) throws(WasmError) -> UInt64 {
        var result: UInt64 = 0
        var shift = 0
        let maxBytes = (bits + 6) / 7
        let start = offset
        for index in 0..<maxBytes {
            guard offset < end else { throw Self.unexpectedEnd(at: offset) }
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

    /// Reads a signed LEB128 of at most `bits` bits (7...64).
    @inlinable @inline(__always)
    public mutating func readSigned(bits: Int) throws(WasmError) -> Int64 {
        // Fast path: one byte; bit 6 is the sign.
        if offset < end && bits >= 7 {
            let first = bytes[offset]
            if first < 0x80 {
                offset += 1
                return Int64(Int8(bitPattern: first << 1) >> 1)
            }
        }
        return try readSignedSlow(bits: bits)
    }

    @usableFromInline
    mutating func readSignedSlow(bits: Int) throws(WasmError) -> Int64 {
        var result: Int64 = 0
        var shift = 0
        let maxBytes = (bits + 6) / 7
        let start = offset
        for index in 0..<maxBytes {
            guard offset < end else { throw Self.unexpectedEnd(at: offset) }
            let byte = bytes[offset]
            offset += 1
            if index == maxBytes - 1 {
                if byte & 0x80 != 0 { throw WasmError.malformed("integer representation too long", offset: start) }
                // The unused high bits must all equal the sign bit of the value.
                let usedBits = bits - shift  // payload bits taken from this byte, incl. the sign
                if usedBits < 7 {
                    let signAndUnused = Int8(bitPattern: byte << 1) >> Int8(usedBits)
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

    @inlinable @inline(__always)
    /// Reads an unsigned LEB128 `u32`.
    public mutating func readU32() throws(WasmError) -> UInt32 {
        UInt32(truncatingIfNeeded: try readUnsigned(bits: 32))
    }

    @inlinable @inline(__always)
    /// Reads an unsigned LEB128 `u64`.
    public mutating func readU64() throws(WasmError) -> UInt64 {
        try readUnsigned(bits: 64)
    }

    @inlinable @inline(__always)
    /// Reads a signed LEB128 `s32`.
    public mutating func readS32() throws(WasmError) -> Int32 {
        Int32(truncatingIfNeeded: try readSigned(bits: 32))
    }

    @inlinable @inline(__always)
    /// Reads a signed LEB128 `s33`, the encoding of block types and heap types.
    public mutating func readS33() throws(WasmError) -> Int64 {
        try readSigned(bits: 33)
    }

    @inlinable @inline(__always)
    /// Reads a signed LEB128 `s64`.
    public mutating func readS64() throws(WasmError) -> Int64 {
        try readSigned(bits: 64)
    }

    /// Reads the four little-endian bytes of an `f32` as its bit pattern.
    public mutating func readF32Bits() throws(WasmError) -> UInt32 {
        guard end - offset >= 4 else { throw Self.unexpectedEnd(at: offset) }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return v
    }

    /// Reads the eight little-endian bytes of an `f64` as its bit pattern.
    public mutating func readF64Bits() throws(WasmError) -> UInt64 {
        guard end - offset >= 8 else { throw Self.unexpectedEnd(at: offset) }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return v
    }

    /// Reads a 16-byte `v128` constant.
    public mutating func readV128() throws(WasmError) -> V128 {
        let lo = try readF64Bits()
        let hi = try readF64Bits()
        return V128(low: lo, high: hi)
    }

    /// Reads a byte-length prefix: a u32 that must not exceed the remaining bytes ("length out of bounds").
    public mutating func readLength() throws(WasmError) -> Int {
        let start = offset
        let length = Int(try readU32())
        guard length <= remaining else { throw WasmError.malformed("length out of bounds", offset: start) }
        return length
    }

    /// Reads a length-prefixed UTF-8 name, rejecting invalid UTF-8 ("malformed UTF-8 encoding").
    public mutating func readName() throws(WasmError) -> String {
        let length = try readLength()
        let start = offset
        let slice = bytes[offset..<offset + length]
        offset += length
        guard let s = String(validatingUTF8Bytes: slice) else {
            throw WasmError.malformed("malformed UTF-8 encoding", offset: start)
        }
        return s
    }

    /// Reads a vector length. Each element takes at least `minimumElementSize` bytes, so a count that
    /// cannot fit in the remaining bytes fails at once, as running out of bytes (the reference interpreter
    /// reads on and fails there); hostile lengths thus never cause allocations beyond the input's size.
    public mutating func readVectorCount(minimumElementSize: Int = 1) throws(WasmError) -> Int {
        let count = Int(try readU32())
        if count > remaining / Swift.max(minimumElementSize, 1) {
            throw Self.unexpectedEnd(at: end)
        }
        return count
    }
}

extension String {
    /// Strict UTF-8 validation: rejects overlong forms, surrogates and code points above U+10FFFF.
    public init?(validatingUTF8Bytes bytes: some Collection<UInt8>) {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
