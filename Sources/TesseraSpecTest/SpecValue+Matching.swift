import TesseraTypes
public import TesseraText

extension WastExpected {
    /// Whether an engine's result satisfies this expectation of `assert_return`.
    public func matches(_ value: SpecValue) -> Bool {
        switch self {
        case .value(let expected):
            return expected.matches(value)
        case .f32NaN(let pattern):
            guard case .f32(let bits) = value else { return false }
            return pattern.matches(f32: bits)
        case .f64NaN(let pattern):
            guard case .f64(let bits) = value else { return false }
            return pattern.matches(f64: bits)
        case .v128Lanes(let lanes):
            guard case .v128(let v) = value else { return false }
            return Self.matches(lanes: lanes, v)
        case .anyNull:
            return value == .ref(.null)
        case .refFunc:
            // Function identity is not observable from the script; any non-null funcref matches.
            return value == .ref(.function)
        case .anyRefExtern:
            guard case .ref(let r) = value else { return false }
            switch r {
            case .extern, .other(.extern): return true
            default: return false
            }
        case .refKind(let kind):
            guard case .ref(let r) = value else { return false }
            return r.belongs(to: kind)
        case .refI31(let n):
            return value == .ref(.i31(n & 0x7FFF_FFFF))
        case .either(let alternatives):
            return alternatives.contains { $0.matches(value) }
        }
    }

    /// Splits the 128 bits into lanes of the pattern's shape (little-endian) and matches each lane.
    static func matches(lanes: [LanePattern], _ v: V128) -> Bool {
        guard !lanes.isEmpty, 16 % lanes.count == 0 else { return false }
        let bytes = v.bytes
        let width = 16 / lanes.count
        for (i, lane) in lanes.enumerated() {
            var bits: UInt64 = 0
            for j in 0..<width {
                bits |= UInt64(bytes[i * width + j]) << (8 * UInt64(j))
            }
            if !lane.matches(bits: bits, width: width) { return false }
        }
        return true
    }
}

extension LanePattern {
    func matches(bits: UInt64, width: Int) -> Bool {
        switch self {
        case .i8(let x): width == 1 && bits == UInt64(x)
        case .i16(let x): width == 2 && bits == UInt64(x)
        case .i32(let x): width == 4 && bits == UInt64(x)
        case .i64(let x): width == 8 && bits == x
        case .f32(let x): width == 4 && bits == UInt64(x)  // floats compare by bit pattern
        case .f64(let x): width == 8 && bits == x
        case .f32NaN(let p): width == 4 && p.matches(f32: UInt32(truncatingIfNeeded: bits))
        case .f64NaN(let p): width == 8 && p.matches(f64: bits)
        }
    }
}

extension NaNPattern {
    /// `nan:canonical` is exactly the quiet NaN with an empty payload (either sign); `nan:arithmetic` is
    /// any NaN with the quiet bit set.
    public func matches(f32 bits: UInt32) -> Bool {
        switch self {
        case .canonical: bits & 0x7FFF_FFFF == 0x7FC0_0000
        case .arithmetic: bits & 0x7FC0_0000 == 0x7FC0_0000
        }
    }

    public func matches(f64 bits: UInt64) -> Bool {
        switch self {
        case .canonical: bits & 0x7FFF_FFFF_FFFF_FFFF == 0x7FF8_0000_0000_0000
        case .arithmetic: bits & 0x7FF8_0000_0000_0000 == 0x7FF8_0000_0000_0000
        }
    }
}

extension WastValue {
    /// Exact match of a concrete expected value (floats by bit pattern; any null matches `ref.null t`).
    public func matches(_ value: SpecValue) -> Bool {
        switch (self, value) {
        case (.i32(let a), .i32(let b)): a == b
        case (.i64(let a), .i64(let b)): a == b
        case (.f32(let a), .f32(let b)): a == b
        case (.f64(let a), .f64(let b)): a == b
        case (.v128(let a), .v128(let b)): a == b
        case (.refNull, .ref(.null)): true
        case (.refExtern(let a), .ref(.extern(let b))): a == b
        case (.refHost(let a), .ref(.host(let b))): a == b
        default: false
        }
    }
}

extension SpecReference {
    /// Whether this non-null reference is of the abstract heap type `kind` (or a subtype of it).
    func belongs(to kind: AbstractHeapType) -> Bool {
        switch kind {
        case .any:
            switch self {
            case .host, .i31, .structure, .array, .other(.any), .other(.eq): return true
            default: return false
            }
        case .eq:
            switch self {
            case .i31, .structure, .array, .other(.eq): return true
            default: return false
            }
        case .i31:
            if case .i31 = self { return true }
            return false
        case .structure: return self == .structure
        case .array: return self == .array
        case .function: return self == .function
        case .extern:
            switch self {
            case .extern, .other(.extern): return true
            default: return false
            }
        case .exception: return self == .exception
        case .none, .noExtern, .noFunction, .noException: return false
        }
    }
}
