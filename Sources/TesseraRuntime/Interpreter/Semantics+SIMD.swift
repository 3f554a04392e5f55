// WebAssembly vector (v128) semantics, written once and generic over lane types.
//
// A v128 lives in two consecutive 64-bit slots: bytes 0–7 in the first, bytes 8–15 in the second, lanes
// little-endian. Handlers view the pair as one of the Swift SIMD types below (a bit cast: the host is
// little-endian, so lane i of the SIMD value is lane i of the wasm vector). Signedness is a property of
// the lane type: `VI8` lanes compare, shift and extend as signed, `VU8` lanes as unsigned.

typealias VU8 = SIMD16<UInt8>
typealias VI8 = SIMD16<Int8>
typealias VU16 = SIMD8<UInt16>
typealias VI16 = SIMD8<Int16>
typealias VU32 = SIMD4<UInt32>
typealias VI32 = SIMD4<Int32>
typealias VU64 = SIMD2<UInt64>
typealias VI64 = SIMD2<Int64>
typealias VF32 = SIMD4<Float>
typealias VF64 = SIMD2<Double>

#if _endian(big)
#error("the v128 lane views assume a little-endian host")
#endif

extension UnsafeMutablePointer where Pointee == UInt64 {
    /// The v128 in slots `s` and `s + 1`, viewed with lane type `V` (a 16-byte SIMD type).
    @inline(__always)
    func vector<V: SIMD>(_ s: Int, as _: V.Type = V.self) -> V {
        unsafeBitCast(VU64(self[s], self[s &+ 1]), to: V.self)
    }

    /// Writes a v128 (any 16-byte SIMD type) to slots `s` and `s + 1`.
    @inline(__always)
    func setVector<V: SIMD>(_ s: Int, _ value: V) {
        let halves = unsafeBitCast(value, to: VU64.self)
        self[s] = halves[0]
        self[s &+ 1] = halves[1]
    }
}

// MARK: - Lane-wise integer operations

enum VectorOps {
    /// Applies `op` to each lane of `a`; `R` has the same lane count as `V`.
    @inline(__always)
    static func map<V: SIMD, R: SIMD>(_ a: V, _ op: (V.Scalar) -> R.Scalar) -> R {
        var r = R()
        for i in r.indices { r[i] = op(a[i]) }
        return r
    }

    /// Applies `op` to each pair of lanes of `a` and `b`.
    @inline(__always)
    static func zip<V: SIMD, R: SIMD>(_ a: V, _ b: V, _ op: (V.Scalar, V.Scalar) -> R.Scalar) -> R {
        var r = R()
        for i in r.indices { r[i] = op(a[i], b[i]) }
        return r
    }

    /// A comparison mask as lanes of all ones (true) or all zeros (false).
    @inline(__always)
    static func lanes<M: SIMD>(_ mask: SIMDMask<M>) -> M where M.Scalar: FixedWidthInteger, M.MaskStorage == M {
        M().replacing(with: ~0, where: mask)
    }

    @inline(__always)
    static func addSaturating<T: FixedWidthInteger>(_ a: T, _ b: T) -> T {
        let (r, overflow) = a.addingReportingOverflow(b)
        if !overflow { return r }
        return T.isSigned && b < 0 ? T.min : T.max
    }

    @inline(__always)
    static func subSaturating<T: FixedWidthInteger>(_ a: T, _ b: T) -> T {
        let (r, overflow) = a.subtractingReportingOverflow(b)
        if !overflow { return r }
        return T.isSigned && b < 0 ? T.max : T.min
    }

    /// Rounding average of unsigned lanes: (a + b + 1) / 2 without overflow.
    @inline(__always)
    static func averageRounded<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> T {
        (a >> 1) &+ (b >> 1) &+ ((a | b) & 1)
    }

    /// Lane-wise minimum (signedness from the lane type).
    @inline(__always)
    static func minimum<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar: FixedWidthInteger {
        a.replacing(with: b, where: b .< a)
    }

    /// Lane-wise maximum (signedness from the lane type).
    @inline(__always)
    static func maximum<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar: FixedWidthInteger {
        a.replacing(with: b, where: a .< b)
    }

    /// Wrapping absolute value (abs of the minimum is the minimum).
    @inline(__always)
    static func abs<T: FixedWidthInteger & SignedInteger>(_ a: T) -> T { a < 0 ? 0 &- a : a }

    /// Shift count of a vector shift: the scalar operand modulo the lane width.
    @inline(__always)
    static func shiftCount<V: SIMD>(_ n: UInt64, _: V.Type) -> V where V.Scalar: FixedWidthInteger {
        V(repeating: V.Scalar(truncatingIfNeeded: UInt32(truncatingIfNeeded: n) % UInt32(V.Scalar.bitWidth)))
    }

    /// Saturating rounding Q15 multiplication.
    @inline(__always)
    static func q15MulRoundSaturating(_ a: Int16, _ b: Int16) -> Int16 {
        Int16(clamping: (Int32(a) * Int32(b) + 0x4000) >> 15)
    }

    /// Narrows the lanes of `a` then `b` with saturation (`N` has twice the lanes of `W`).
    @inline(__always)
    static func narrow<W: SIMD, N: SIMD>(_ a: W, _ b: W) -> N
    where W.Scalar: FixedWidthInteger, N.Scalar: FixedWidthInteger {
        var r = N()
        let half = W.scalarCount
        for i in 0..<half {
            r[i] = N.Scalar(clamping: a[i])
            r[i + half] = N.Scalar(clamping: b[i])
        }
        return r
    }

    /// Widens the low or high half of `a` (sign- or zero-extending as `N`'s lane type says).
    @inline(__always)
    static func extend<N: SIMD, W: SIMD>(_ a: N, high: Bool) -> W
    where N.Scalar: FixedWidthInteger, W.Scalar: FixedWidthInteger {
        var r = W()
        let base = high ? W.scalarCount : 0
        for i in r.indices { r[i] = W.Scalar(truncatingIfNeeded: a[base + i]) }
        return r
    }

    /// Widening multiplication of the low or high halves.
    @inline(__always)
    static func extendMultiply<N: SIMD, W: SIMD>(_ a: N, _ b: N, high: Bool) -> W
    where N.Scalar: FixedWidthInteger, W.Scalar: FixedWidthInteger {
        let wa: W = extend(a, high: high), wb: W = extend(b, high: high)
        return wa &* wb
    }

    /// Widens adjacent lane pairs and adds them.
    @inline(__always)
    static func extendAddPairwise<N: SIMD, W: SIMD>(_ a: N) -> W
    where N.Scalar: FixedWidthInteger, W.Scalar: FixedWidthInteger {
        var r = W()
        for i in r.indices {
            r[i] = W.Scalar(truncatingIfNeeded: a[2 * i]) &+ W.Scalar(truncatingIfNeeded: a[2 * i + 1])
        }
        return r
    }

    /// i32x4.dot_i16x8_s: products of signed lane pairs, summed (wrapping).
    @inline(__always)
    static func dot(_ a: VI16, _ b: VI16) -> VI32 {
        let products: VI32 = extendMultiply(a, b, high: false), high: VI32 = extendMultiply(a, b, high: true)
        return VI32(products[0] &+ products[1], products[2] &+ products[3],
                    high[0] &+ high[1], high[2] &+ high[3])
    }

    /// One bit per lane: the lane's most significant bit (`V` has signed lanes).
    @inline(__always)
    static func bitmask<V: SIMD>(_ a: V) -> UInt64 where V.Scalar: FixedWidthInteger & SignedInteger {
        var bits: UInt64 = 0
        for i in a.indices where a[i] < 0 { bits |= 1 << UInt64(i) }
        return bits
    }

    /// Whether every lane is non-zero.
    @inline(__always)
    static func allTrue<V: SIMD>(_ a: V) -> Bool where V.Scalar: FixedWidthInteger {
        for i in a.indices where a[i] == 0 { return false }
        return true
    }

    /// Selects lanes of `a` by the indices in `s`; indices past the last lane give 0.
    @inline(__always)
    static func swizzle(_ a: VU8, _ s: VU8) -> VU8 {
        var r = VU8()
        for i in r.indices where s[i] < 16 { r[i] = a[Int(s[i])] }
        return r
    }

    /// Selects lanes of `a ‖ b` by 16 immediate indices (each < 32, masked to stay in bounds).
    @inline(__always)
    static func shuffle(_ a: VU8, _ b: VU8, _ indices: VU8) -> VU8 {
        var r = VU8()
        for i in r.indices {
            let k = Int(indices[i] & 31)
            r[i] = k < 16 ? a[k] : b[k - 16]
        }
        return r
    }

    /// Bitwise select: bits of `a` where `mask` is 1, of `b` where it is 0.
    @inline(__always)
    static func bitselect(_ a: VU64, _ b: VU64, _ mask: VU64) -> VU64 { (a & mask) | (b & ~mask) }
}
