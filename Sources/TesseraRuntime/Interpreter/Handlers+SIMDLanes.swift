// Bitwise vector handlers, lane access (splat, extract, replace), swizzle. Float lanes are moved as
// bit patterns (extract/replace/splat of f32x4 and f64x2 use the unsigned views), so NaN payloads survive.

@inline(__always) func simdV128Not(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vUnary(pc, fp, mp, ip, acc, facc) { (a: VU64) in ~a } }
@inline(__always) func simdV128And(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VU64, b: VU64) in a & b } }
@inline(__always) func simdV128Andnot(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VU64, b: VU64) in a & ~b } }
@inline(__always) func simdV128Or(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VU64, b: VU64) in a | b } }
@inline(__always) func simdV128Xor(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VU64, b: VU64) in a ^ b } }
@inline(__always) func simdV128Bitselect(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vTernary(pc, fp, mp, ip, acc, facc) { (a: VU64, b: VU64, c: VU64) in VectorOps.bitselect(a, b, c) } }
@inline(__always) func simdV128AnyTrue(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vReduce(pc, fp, mp, ip, acc, facc) { (a: VU64) in (a[0] | a[1] != 0).slot } }
@inline(__always) func simdI8x16Swizzle(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vBinary(pc, fp, mp, ip, acc, facc) { (a: VU8, s: VU8) in VectorOps.swizzle(a, s) } }
@inline(__always) func simdI8x16Splat(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vSplat(pc, fp, mp, ip, acc, facc, VU8.self) { UInt8(truncatingIfNeeded: $0) } }
@inline(__always) func simdI8x16ReplaceLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vReplace(pc, fp, mp, ip, acc, facc, VU8.self) { UInt8(truncatingIfNeeded: $0) } }
@inline(__always) func simdI8x16ExtractLaneS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VI8.self) { UInt64(UInt32(bitPattern: Int32($0))) } }
@inline(__always) func simdI8x16ExtractLaneU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VU8.self) { UInt64($0) } }
@inline(__always) func simdI16x8Splat(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vSplat(pc, fp, mp, ip, acc, facc, VU16.self) { UInt16(truncatingIfNeeded: $0) } }
@inline(__always) func simdI16x8ReplaceLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vReplace(pc, fp, mp, ip, acc, facc, VU16.self) { UInt16(truncatingIfNeeded: $0) } }
@inline(__always) func simdI16x8ExtractLaneS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VI16.self) { UInt64(UInt32(bitPattern: Int32($0))) } }
@inline(__always) func simdI16x8ExtractLaneU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VU16.self) { UInt64($0) } }
@inline(__always) func simdI32x4Splat(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vSplat(pc, fp, mp, ip, acc, facc, VU32.self) { UInt32(truncatingIfNeeded: $0) } }
@inline(__always) func simdI32x4ReplaceLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vReplace(pc, fp, mp, ip, acc, facc, VU32.self) { UInt32(truncatingIfNeeded: $0) } }
@inline(__always) func simdI32x4ExtractLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VU32.self) { UInt64($0) } }
@inline(__always) func simdI64x2Splat(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vSplat(pc, fp, mp, ip, acc, facc, VU64.self) { UInt64(truncatingIfNeeded: $0) } }
@inline(__always) func simdI64x2ReplaceLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vReplace(pc, fp, mp, ip, acc, facc, VU64.self) { UInt64(truncatingIfNeeded: $0) } }
@inline(__always) func simdI64x2ExtractLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VU64.self) { UInt64($0) } }
@inline(__always) func simdF32x4Splat(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vSplat(pc, fp, mp, ip, acc, facc, VU32.self) { UInt32(truncatingIfNeeded: $0) } }
@inline(__always) func simdF32x4ReplaceLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vReplace(pc, fp, mp, ip, acc, facc, VU32.self) { UInt32(truncatingIfNeeded: $0) } }
@inline(__always) func simdF32x4ExtractLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VU32.self) { UInt64($0) } }
@inline(__always) func simdF64x2Splat(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vSplat(pc, fp, mp, ip, acc, facc, VU64.self) { UInt64(truncatingIfNeeded: $0) } }
@inline(__always) func simdF64x2ReplaceLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vReplace(pc, fp, mp, ip, acc, facc, VU64.self) { UInt64(truncatingIfNeeded: $0) } }
@inline(__always) func simdF64x2ExtractLane(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vExtract(pc, fp, mp, ip, acc, facc, VU64.self) { UInt64($0) } }
