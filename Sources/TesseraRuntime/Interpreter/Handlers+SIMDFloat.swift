// Floating-point vector handlers, conversions, and the relaxed-SIMD instructions that have no strict
// counterpart (the others share their strict counterpart's handler; see HandlerTable+SIMD.swift).
// Comparisons yield all-ones / all-zeros integer lanes; abs and neg work on the bit patterns.

@inline(__always) func simdF32x4Eq(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.lanes(a .== b) } }
@inline(__always) func simdF32x4Ne(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.lanes(a .!= b) } }
@inline(__always) func simdF32x4Lt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdF32x4Gt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdF32x4Le(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdF32x4Ge(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdF32x4Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VU32) in VectorOps.clearSign(a) } }
@inline(__always) func simdF32x4Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VU32) in VectorOps.flipSign(a) } }
@inline(__always) func simdF32x4Sqrt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) in a.squareRoot() } }
@inline(__always) func simdF32x4Ceil(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) in a.rounded(.up) } }
@inline(__always) func simdF32x4Floor(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) in a.rounded(.down) } }
@inline(__always) func simdF32x4Trunc(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) in a.rounded(.towardZero) } }
@inline(__always) func simdF32x4Nearest(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) in a.rounded(.toNearestOrEven) } }
@inline(__always) func simdF32x4Add(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in a + b } }
@inline(__always) func simdF32x4Sub(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in a - b } }
@inline(__always) func simdF32x4Mul(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in a * b } }
@inline(__always) func simdF32x4Div(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in a / b } }
@inline(__always) func simdF32x4Min(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.min(a, b) } }
@inline(__always) func simdF32x4Max(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.max(a, b) } }
@inline(__always) func simdF32x4Pmin(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.pmin(a, b) } }
@inline(__always) func simdF32x4Pmax(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32) in VectorOps.pmax(a, b) } }
@inline(__always) func simdF64x2Eq(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.lanes(a .== b) } }
@inline(__always) func simdF64x2Ne(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.lanes(a .!= b) } }
@inline(__always) func simdF64x2Lt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdF64x2Gt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdF64x2Le(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdF64x2Ge(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdF64x2Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VU64) in VectorOps.clearSign(a) } }
@inline(__always) func simdF64x2Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VU64) in VectorOps.flipSign(a) } }
@inline(__always) func simdF64x2Sqrt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) in a.squareRoot() } }
@inline(__always) func simdF64x2Ceil(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) in a.rounded(.up) } }
@inline(__always) func simdF64x2Floor(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) in a.rounded(.down) } }
@inline(__always) func simdF64x2Trunc(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) in a.rounded(.towardZero) } }
@inline(__always) func simdF64x2Nearest(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) in a.rounded(.toNearestOrEven) } }
@inline(__always) func simdF64x2Add(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in a + b } }
@inline(__always) func simdF64x2Sub(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in a - b } }
@inline(__always) func simdF64x2Mul(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in a * b } }
@inline(__always) func simdF64x2Div(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in a / b } }
@inline(__always) func simdF64x2Min(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.min(a, b) } }
@inline(__always) func simdF64x2Max(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.max(a, b) } }
@inline(__always) func simdF64x2Pmin(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.pmin(a, b) } }
@inline(__always) func simdF64x2Pmax(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64) in VectorOps.pmax(a, b) } }
@inline(__always) func simdI32x4TruncSatF32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) -> VI32 in VectorOps.truncateSaturating(a) } }
@inline(__always) func simdI32x4TruncSatF32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) -> VU32 in VectorOps.truncateSaturating(a) } }
@inline(__always) func simdI32x4TruncSatF64x2SZero(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) -> VI32 in VectorOps.truncateSaturating(a) } }
@inline(__always) func simdI32x4TruncSatF64x2UZero(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) -> VU32 in VectorOps.truncateSaturating(a) } }
@inline(__always) func simdF32x4ConvertI32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VI32) -> VF32 in VectorOps.convert(a) } }
@inline(__always) func simdF32x4ConvertI32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VU32) -> VF32 in VectorOps.convert(a) } }
@inline(__always) func simdF64x2ConvertLowI32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VI32) -> VF64 in VectorOps.convert(a) } }
@inline(__always) func simdF64x2ConvertLowI32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VU32) -> VF64 in VectorOps.convert(a) } }
@inline(__always) func simdF32x4DemoteF64x2Zero(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF64) in VectorOps.demote(a) } }
@inline(__always) func simdF64x2PromoteLowF32x4(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VF32) in VectorOps.promote(a) } }
@inline(__always) func simdF32x4RelaxedMadd(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vTernary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32, c: VF32) in VectorOps.multiplyAdd(a, b, c) } }
@inline(__always) func simdF32x4RelaxedNmadd(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vTernary(pc, fp, mp, ip, acc, facc) { (a: VF32, b: VF32, c: VF32) in VectorOps.negativeMultiplyAdd(a, b, c) } }
@inline(__always) func simdF64x2RelaxedMadd(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vTernary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64, c: VF64) in VectorOps.multiplyAdd(a, b, c) } }
@inline(__always) func simdF64x2RelaxedNmadd(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vTernary(pc, fp, mp, ip, acc, facc) { (a: VF64, b: VF64, c: VF64) in VectorOps.negativeMultiplyAdd(a, b, c) } }
@inline(__always) func simdI16x8RelaxedDotI8x16I7x16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VI8, b: VI8) in VectorOps.relaxedDot(a, b) } }
@inline(__always) func simdI32x4RelaxedDotI8x16I7x16AddS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vTernary(pc, fp, mp, ip, acc, facc) { (a: VI8, b: VI8, c: VI32) in VectorOps.relaxedDotAdd(a, b, c) } }
