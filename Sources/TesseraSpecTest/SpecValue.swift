public import TesseraTypes

/// A value produced by an engine for `assert_return` (function results and global values).
public enum SpecValue: Hashable, Sendable {
    case i32(UInt32)
    case i64(UInt64)
    /// Bit pattern.
    case f32(UInt32)
    /// Bit pattern.
    case f64(UInt64)
    case v128(V128)
    case ref(SpecReference)
}

/// A reference value as far as script assertions can observe it.
public enum SpecReference: Hashable, Sendable {
    /// A null reference of any type.
    case null
    /// A non-null function reference.
    case function
    /// The host reference the script calls `ref.extern n`, seen as an `externref`.
    case extern(UInt32)
    /// The host reference `n` seen inside the `any` hierarchy (`ref.host n`, or `any.convert_extern` of
    /// `ref.extern n`).
    case host(UInt32)
    /// An `i31ref` holding the 31-bit value.
    case i31(UInt32)
    case structure
    case array
    case exception
    /// Any other non-null reference, described by the abstract heap type it belongs to (e.g. an
    /// `externref` made by `extern.convert_any` from a struct).
    case other(AbstractHeapType)
}

extension SpecValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .i32(let v): "(i32.const \(v))"
        case .i64(let v): "(i64.const \(v))"
        case .f32(let v): "(f32.const bits:0x\(String(v, radix: 16)))"
        case .f64(let v): "(f64.const bits:0x\(String(v, radix: 16)))"
        case .v128(let v): "(v128.const i64x2 0x\(String(v.low, radix: 16)) 0x\(String(v.high, radix: 16)))"
        case .ref(let r): r.description
        }
    }
}

extension SpecReference: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: "(ref.null)"
        case .function: "(ref.func)"
        case .extern(let n): "(ref.extern \(n))"
        case .host(let n): "(ref.host \(n))"
        case .i31(let n): "(ref.i31 \(n))"
        case .structure: "(ref.struct)"
        case .array: "(ref.array)"
        case .exception: "(ref.exn)"
        case .other(let t): "(ref \(t.textName))"
        }
    }
}
