// Lane-wise floating-point vector semantics and the relaxed-SIMD choices. NaN results come from the same
// operations the scalar instructions use (Semantics.swift), so they follow the same NaN rules: IEEE
// arithmetic propagates (quiets) NaN operands, min/max return an arithmetic NaN, abs/neg/copysign only
// touch the sign bit.

extension VectorOps {
    @inline(__always)
    static func min<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar: BinaryFloatingPoint {
        zip(a, b) { FloatOps.min($0, $1) }
    }

    @inline(__always)
    static func max<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar: BinaryFloatingPoint {
        zip(a, b) { FloatOps.max($0, $1) }
    }

    /// Pseudo-minimum: `b < a ? b : a` (no NaN or signed-zero special cases).
    @inline(__always)
    static func pmin<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar: BinaryFloatingPoint {
        zip(a, b) { $1 < $0 ? $1 : $0 }
    }

    /// Pseudo-maximum: `a < b ? b : a`.
    @inline(__always)
    static func pmax<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar: BinaryFloatingPoint {
        zip(a, b) { $0 < $1 ? $1 : $0 }
    }

    /// Clears the sign bit of each lane (`V` is the unsigned integer view of the float lanes).
    @inline(__always)
    static func clearSign<V: SIMD>(_ a: V) -> V where V.Scalar: FixedWidthInteger & UnsignedInteger {
        a & V(repeating: V.Scalar.max >> 1)
    }

    /// Flips the sign bit of each lane.
    @inline(__always)
    static func flipSign<V: SIMD>(_ a: V) -> V where V.Scalar: FixedWidthInteger & UnsignedInteger {
        a ^ V(repeating: ~(V.Scalar.max >> 1))
    }

    /// Saturating truncation of each lane; lanes past `F`'s lane count (the `_zero` forms) are 0.
    @inline(__always)
    static func truncateSaturating<F: SIMD, I: SIMD>(_ a: F) -> I
    where F.Scalar: BinaryFloatingPoint, I.Scalar: FixedWidthInteger {
        var r = I()
        for i in a.indices { r[i] = FloatOps.truncateSaturating(a[i], to: I.Scalar.self) }
        return r
    }

    /// Converts the first lanes of `a`, as many as `F` has (all four for f32x4, the low two for f64x2).
    @inline(__always)
    static func convert<I: SIMD, F: SIMD>(_ a: I) -> F where I.Scalar: FixedWidthInteger, F.Scalar: BinaryFloatingPoint {
        var r = F()
        for i in r.indices { r[i] = F.Scalar(a[i]) }
        return r
    }

    /// f32x4.demote_f64x2_zero.
    @inline(__always)
    static func demote(_ a: VF64) -> VF32 { VF32(Float(a[0]), Float(a[1]), 0, 0) }

    /// f64x2.promote_low_f32x4.
    @inline(__always)
    static func promote(_ a: VF32) -> VF64 { VF64(Double(a[0]), Double(a[1])) }

    // MARK: - Relaxed SIMD
    //
    // Each relaxed instruction takes the first of the results the specification allows (the behaviour
    // of its deterministic profile), always the same one: relaxed swizzle, truncation, min/max,
    // laneselect and q15mulr are their strict counterparts; madd is unfused (two roundings); the dot
    // products read the second operand's lanes as signed.

    /// relaxed_madd: `a * b + c`, rounded twice.
    @inline(__always)
    static func multiplyAdd<V: SIMD>(_ a: V, _ b: V, _ c: V) -> V where V.Scalar: BinaryFloatingPoint {
        a * b + c
    }

    /// relaxed_nmadd: `-a * b + c`, rounded twice. The negation flips each lane's sign (the SIMD prefix
    /// minus computes `0 - a`, which loses the sign of zeros and NaNs).
    @inline(__always)
    static func negativeMultiplyAdd<V: SIMD>(_ a: V, _ b: V, _ c: V) -> V where V.Scalar: BinaryFloatingPoint {
        let negated: V = map(a) { -$0 }
        return negated * b + c
    }

    /// i16x8.relaxed_dot_i8x16_i7x16_s: signed products of adjacent lane pairs, added with saturation.
    @inline(__always)
    static func relaxedDot(_ a: VI8, _ b: VI8) -> VI16 {
        var r = VI16()
        for i in r.indices {
            let p0 = Int16(a[2 * i]) * Int16(b[2 * i]), p1 = Int16(a[2 * i + 1]) * Int16(b[2 * i + 1])
            r[i] = addSaturating(p0, p1)
        }
        return r
    }

    /// i32x4.relaxed_dot_i8x16_i7x16_add_s: the i16x8 dot product, its lane pairs added into i32 lanes,
    /// plus `c`.
    @inline(__always)
    static func relaxedDotAdd(_ a: VI8, _ b: VI8, _ c: VI32) -> VI32 {
        let pairs: VI32 = extendAddPairwise(relaxedDot(a, b))
        return pairs &+ c
    }
}
