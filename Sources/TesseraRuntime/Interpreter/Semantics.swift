// WebAssembly numeric semantics, written once, generic over FixedWidthInteger / BinaryFloatingPoint.
// Slots hold i32/f32 zero-extended and i64/f64 as is; floats are kept as bit patterns so NaN payloads
// survive moves.

// The float rounding operations call into libm; importing the C library links it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value that lives in a 64-bit slot.
protocol SlotValue {
    init(slot: UInt64)
    var slot: UInt64 { get }
}

extension UInt32: SlotValue {
    @inline(__always) init(slot: UInt64) { self = UInt32(truncatingIfNeeded: slot) }
    @inline(__always) var slot: UInt64 { UInt64(self) }
}
extension UInt64: SlotValue {
    @inline(__always) init(slot: UInt64) { self = slot }
    @inline(__always) var slot: UInt64 { self }
}
extension Float: SlotValue {
    @inline(__always) init(slot: UInt64) { self = Float(bitPattern: UInt32(truncatingIfNeeded: slot)) }
    @inline(__always) var slot: UInt64 { UInt64(bitPattern) }
}
extension Double: SlotValue {
    @inline(__always) init(slot: UInt64) { self = Double(bitPattern: slot) }
    @inline(__always) var slot: UInt64 { bitPattern }
}
extension Bool: SlotValue {
    @inline(__always) init(slot: UInt64) { self = slot != 0 }
    @inline(__always) var slot: UInt64 { self ? 1 : 0 }
}

// MARK: - Integers

enum IntOps {
    @inline(__always)
    static func divS<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> (T, TrapCode) {
        if b == 0 { return (0, .integerDivideByZero) }
        let minSigned = T(1) << (T.bitWidth - 1)
        if a == minSigned && b == T.max { return (0, .integerOverflow) }
        return (signedOp(a, b) { $0 / $1 }, .none)
    }

    @inline(__always)
    static func remS<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> (T, TrapCode) {
        if b == 0 { return (0, .integerDivideByZero) }
        if b == T.max { return (0, .none) }  // x rem -1 is 0 (and must not overflow for min)
        return (signedOp(a, b) { $0 % $1 }, .none)
    }

    @inline(__always)
    static func divU<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> (T, TrapCode) {
        b == 0 ? (0, .integerDivideByZero) : (a / b, .none)
    }

    @inline(__always)
    static func remU<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> (T, TrapCode) {
        b == 0 ? (0, .integerDivideByZero) : (a % b, .none)
    }

    /// Applies a signed operation to unsigned bit patterns (T is UInt32 or UInt64).
    @inline(__always)
    static func signedOp<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T, _ op: (Int64, Int64) -> Int64) -> T {
        if T.bitWidth == 32 {
            let r = op(Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: a))),
                       Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: b))))
            return T(truncatingIfNeeded: UInt32(truncatingIfNeeded: r))
        }
        return T(truncatingIfNeeded: UInt64(bitPattern: op(Int64(bitPattern: UInt64(truncatingIfNeeded: a)),
                                                         Int64(bitPattern: UInt64(truncatingIfNeeded: b)))))
    }

    @inline(__always)
    static func signed<T: FixedWidthInteger & UnsignedInteger>(_ a: T) -> Int64 {
        T.bitWidth == 32 ? Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: a)))
                         : Int64(bitPattern: UInt64(truncatingIfNeeded: a))
    }

    @inline(__always)
    static func shrS<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> T {
        let shift = Int64(b % T(T.bitWidth))
        return T(truncatingIfNeeded: signed(a) >> shift)
    }

    @inline(__always)
    static func rotl<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> T {
        // Masking shifts (`&<<` takes the count modulo the width): a count of 0 gives `a | a`. LLVM
        // compiles the pattern to one rotate instruction.
        (a &<< b) | (a &>> (0 &- b))
    }

    @inline(__always)
    static func rotr<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> T {
        (a &>> b) | (a &<< (0 &- b))
    }

    /// Sign-extends the low `bits` bits.
    @inline(__always)
    static func extendS<T: FixedWidthInteger & UnsignedInteger>(_ a: T, bits: Int) -> T {
        let shift = T.bitWidth - bits
        return T(truncatingIfNeeded: signed(a << shift) >> Int64(shift))
    }
}

// MARK: - Floats

enum FloatOps {
    /// The square root, rounded correctly (IEEE 754), by the hardware instruction. `squareRoot()` of
    /// the standard library goes through a C shim that LLVM does not inline into the handlers, so each
    /// `sqrt` paid for a real call and the register saves around it.
    @inline(__always) static func squareRoot(_ x: Double) -> Double { llvmSquareRoot(x) }
    @inline(__always) static func squareRoot(_ x: Float) -> Float { llvmSquareRoot(x) }

    @inline(__always)
    static func min<F: BinaryFloatingPoint>(_ a: F, _ b: F) -> F {
        if a.isNaN || b.isNaN { return a + b }  // an arithmetic NaN
        if a == b { return a.sign == .minus ? a : b }  // -0 < +0
        return a < b ? a : b
    }

    @inline(__always)
    static func max<F: BinaryFloatingPoint>(_ a: F, _ b: F) -> F {
        if a.isNaN || b.isNaN { return a + b }
        if a == b { return a.sign == .minus ? b : a }
        return a > b ? a : b
    }

    /// Truncation to an integer that traps on NaN and out-of-range inputs.
    @inline(__always)
    static func truncate<F: BinaryFloatingPoint, I: FixedWidthInteger>(_ x: F, to: I.Type) -> (I, TrapCode) {
        if x.isNaN { return (0, .invalidConversion) }
        guard let r = I(exactly: x.rounded(.towardZero)) else { return (0, .integerOverflow) }
        return (r, .none)
    }

    /// Saturating truncation: NaN is 0, out-of-range inputs clamp.
    @inline(__always)
    static func truncateSaturating<F: BinaryFloatingPoint, I: FixedWidthInteger>(_ x: F, to: I.Type) -> I {
        if x.isNaN { return 0 }
        return I(exactly: x.rounded(.towardZero)) ?? (x < 0 ? I.min : I.max)
    }
}

/// LLVM's square-root intrinsics, which become one instruction (`sqrtsd`/`sqrtss` on x86-64, `fsqrt`
/// on arm64) in pure Swift. Only FloatOps.squareRoot calls them.
@_silgen_name("llvm.sqrt.f64") private func llvmSquareRoot(_ x: Double) -> Double
@_silgen_name("llvm.sqrt.f32") private func llvmSquareRoot(_ x: Float) -> Float

extension Float {
    @inline(__always) var absBits: UInt64 { UInt64(bitPattern & 0x7FFF_FFFF) }
    @inline(__always) var negBits: UInt64 { UInt64(bitPattern ^ 0x8000_0000) }
}
extension Double {
    @inline(__always) var absBits: UInt64 { bitPattern & 0x7FFF_FFFF_FFFF_FFFF }
    @inline(__always) var negBits: UInt64 { bitPattern ^ 0x8000_0000_0000_0000 }
}
