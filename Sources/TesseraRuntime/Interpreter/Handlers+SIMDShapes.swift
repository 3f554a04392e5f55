// The operand shapes of vector IR instructions, written once and inlined into each handler. A vector
// operand word names the first of its two slots; `dst` is always word 1 (for `local.set` fusion).
//
//   vUnary     [h, dst, a]                 vBinary    [h, dst, a, b]          vTernary [h, dst, a, b, c]
//   vReduce    [h, dst, a]  (v128 → i32)   vSplat     [h, dst, x]  (scalar → v128)
//   vShift     [h, dst, a, n]  (n: slot)   vShiftI    [h, dst, a, n]  (n: immediate)
//   vExtract   [h, dst, a, lane]           vReplace   [h, dst, a, x, lane]
//   vConst     [h, dst, low, high]         vShuffle   [h, dst, a, b, low indices, high indices]
//
// Each shape reads all its operands before it writes `dst`, so `dst` may overlap them.

@inline(__always)
func vUnary<A: SIMD, R: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (A) -> R) -> PC? {
    fp.setVector(slot(pc, 1), op(fp.vector(slot(pc, 2))))
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func vBinary<A: SIMD, R: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (A, A) -> R) -> PC? {
    fp.setVector(slot(pc, 1), op(fp.vector(slot(pc, 2)), fp.vector(slot(pc, 3))))
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

/// Three vector operands; the third may have its own lane view (the relaxed dot product's accumulator).
@inline(__always)
func vTernary<A: SIMD, C: SIMD, R: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
                                         _ op: (A, A, C) -> R) -> PC? {
    fp.setVector(slot(pc, 1), op(fp.vector(slot(pc, 2)), fp.vector(slot(pc, 3)), fp.vector(slot(pc, 4))))
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func vReduce<A: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (A) -> UInt64) -> PC? {
    fp[slot(pc, 1)] = op(fp.vector(slot(pc, 2)))
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func vSplat<R: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _: R.Type,
                     _ lane: (UInt64) -> R.Scalar) -> PC? {
    fp.setVector(slot(pc, 1), R(repeating: lane(fp[slot(pc, 2)])))
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func vShift<A: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (A, A) -> A) -> PC?
where A.Scalar: FixedWidthInteger {
    let a: A = fp.vector(slot(pc, 2))
    fp.setVector(slot(pc, 1), op(a, VectorOps.shiftCount(fp[slot(pc, 3)], A.self)))
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func vShiftI<A: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (A, A) -> A) -> PC?
where A.Scalar: FixedWidthInteger {
    let a: A = fp.vector(slot(pc, 2))
    fp.setVector(slot(pc, 1), op(a, VectorOps.shiftCount(pc[3], A.self)))
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

/// Extracts a lane; the lane immediate is masked to the lane count (validation keeps it in range).
@inline(__always)
func vExtract<A: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _: A.Type,
                        _ op: (A.Scalar) -> UInt64) -> PC? {
    let a: A = fp.vector(slot(pc, 2))
    fp[slot(pc, 1)] = op(a[Int(pc[3]) & (A.scalarCount - 1)])
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func vReplace<A: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _: A.Type,
                        _ lane: (UInt64) -> A.Scalar) -> PC? {
    var a: A = fp.vector(slot(pc, 2))
    a[Int(pc[4]) & (A.scalarCount - 1)] = lane(fp[slot(pc, 3)])
    fp.setVector(slot(pc, 1), a)
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func vConst(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let d = slot(pc, 1)
    fp[d] = pc[2]
    fp[d + 1] = pc[3]
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func vShuffle(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let indices = unsafeBitCast(VU64(pc[4], pc[5]), to: VU8.self)
    fp.setVector(slot(pc, 1), VectorOps.shuffle(fp.vector(slot(pc, 2)), fp.vector(slot(pc, 3)), indices))
    return dispatch(pc + 6, fp, mp, ip, acc, facc)
}
