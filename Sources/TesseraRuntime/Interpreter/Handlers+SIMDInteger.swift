// Integer vector handlers: one line per instruction (shift handlers also with an immediate count, the
// `…I` forms). Lane types pick the interpretation (VI8: signed, VU8: unsigned); the semantics live in
// Semantics+SIMD.swift, the operand shapes in Handlers+SIMDShapes.swift.

@inline(__always) func simdI8x16Eq(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.lanes(a .== b) } }
@inline(__always) func simdI8x16Ne(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.lanes(a .!= b) } }
@inline(__always) func simdI8x16LtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdI8x16LtU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdI8x16GtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdI8x16GtU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdI8x16LeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdI8x16LeU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdI8x16GeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdI8x16GeU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdI16x8Eq(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.lanes(a .== b) } }
@inline(__always) func simdI16x8Ne(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.lanes(a .!= b) } }
@inline(__always) func simdI16x8LtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdI16x8LtU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdI16x8GtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdI16x8GtU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdI16x8LeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdI16x8LeU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdI16x8GeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdI16x8GeU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdI32x4Eq(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.lanes(a .== b) } }
@inline(__always) func simdI32x4Ne(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.lanes(a .!= b) } }
@inline(__always) func simdI32x4LtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdI32x4LtU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdI32x4GtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdI32x4GtU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdI32x4LeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdI32x4LeU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdI32x4GeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdI32x4GeU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdI64x2Eq(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU64, b: VU64) in VectorOps.lanes(a .== b) } }
@inline(__always) func simdI64x2Ne(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU64, b: VU64) in VectorOps.lanes(a .!= b) } }
@inline(__always) func simdI64x2LtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI64, b: VI64) in VectorOps.lanes(a .< b) } }
@inline(__always) func simdI64x2GtS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI64, b: VI64) in VectorOps.lanes(a .> b) } }
@inline(__always) func simdI64x2LeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI64, b: VI64) in VectorOps.lanes(a .<= b) } }
@inline(__always) func simdI64x2GeS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI64, b: VI64) in VectorOps.lanes(a .>= b) } }
@inline(__always) func simdI8x16Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI8) -> VI8 in VectorOps.map(a) { VectorOps.abs($0) } } }
@inline(__always) func simdI8x16Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI8) in VI8() &- a } }
@inline(__always) func simdI8x16AllTrue(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VU8) in VectorOps.allTrue(a).slot } }
@inline(__always) func simdI8x16Bitmask(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VI8) in VectorOps.bitmask(a) } }
@inline(__always) func simdI8x16Shl(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU8, n: VU8) in a &<< n } }
@inline(__always) func simdI8x16ShlI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU8, n: VU8) in a &<< n } }
@inline(__always) func simdI8x16ShrS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VI8, n: VI8) in a &>> n } }
@inline(__always) func simdI8x16ShrSI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VI8, n: VI8) in a &>> n } }
@inline(__always) func simdI8x16ShrU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU8, n: VU8) in a &>> n } }
@inline(__always) func simdI8x16ShrUI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU8, n: VU8) in a &>> n } }
@inline(__always) func simdI8x16Add(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in a &+ b } }
@inline(__always) func simdI8x16Sub(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in a &- b } }
@inline(__always) func simdI8x16AddSatS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) -> VI8 in VectorOps.zip(a, b) { VectorOps.addSaturating($0, $1) } } }
@inline(__always) func simdI8x16AddSatU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) -> VU8 in VectorOps.zip(a, b) { VectorOps.addSaturating($0, $1) } } }
@inline(__always) func simdI8x16SubSatS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) -> VI8 in VectorOps.zip(a, b) { VectorOps.subSaturating($0, $1) } } }
@inline(__always) func simdI8x16SubSatU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) -> VU8 in VectorOps.zip(a, b) { VectorOps.subSaturating($0, $1) } } }
@inline(__always) func simdI8x16AvgrU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) -> VU8 in VectorOps.zip(a, b) { VectorOps.averageRounded($0, $1) } } }
@inline(__always) func simdI8x16MinS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) in VectorOps.minimum(a, b) } }
@inline(__always) func simdI8x16MinU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.minimum(a, b) } }
@inline(__always) func simdI8x16MaxS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) in VectorOps.maximum(a, b) } }
@inline(__always) func simdI8x16MaxU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) in VectorOps.maximum(a, b) } }
@inline(__always) func simdI16x8Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI16) -> VI16 in VectorOps.map(a) { VectorOps.abs($0) } } }
@inline(__always) func simdI16x8Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI16) in VI16() &- a } }
@inline(__always) func simdI16x8AllTrue(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VU16) in VectorOps.allTrue(a).slot } }
@inline(__always) func simdI16x8Bitmask(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VI16) in VectorOps.bitmask(a) } }
@inline(__always) func simdI16x8Shl(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU16, n: VU16) in a &<< n } }
@inline(__always) func simdI16x8ShlI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU16, n: VU16) in a &<< n } }
@inline(__always) func simdI16x8ShrS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VI16, n: VI16) in a &>> n } }
@inline(__always) func simdI16x8ShrSI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VI16, n: VI16) in a &>> n } }
@inline(__always) func simdI16x8ShrU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU16, n: VU16) in a &>> n } }
@inline(__always) func simdI16x8ShrUI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU16, n: VU16) in a &>> n } }
@inline(__always) func simdI16x8Add(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in a &+ b } }
@inline(__always) func simdI16x8Sub(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in a &- b } }
@inline(__always) func simdI16x8Mul(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in a &* b } }
@inline(__always) func simdI16x8AddSatS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) -> VI16 in VectorOps.zip(a, b) { VectorOps.addSaturating($0, $1) } } }
@inline(__always) func simdI16x8AddSatU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) -> VU16 in VectorOps.zip(a, b) { VectorOps.addSaturating($0, $1) } } }
@inline(__always) func simdI16x8SubSatS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) -> VI16 in VectorOps.zip(a, b) { VectorOps.subSaturating($0, $1) } } }
@inline(__always) func simdI16x8SubSatU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) -> VU16 in VectorOps.zip(a, b) { VectorOps.subSaturating($0, $1) } } }
@inline(__always) func simdI16x8AvgrU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) -> VU16 in VectorOps.zip(a, b) { VectorOps.averageRounded($0, $1) } } }
@inline(__always) func simdI16x8MinS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) in VectorOps.minimum(a, b) } }
@inline(__always) func simdI16x8MinU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.minimum(a, b) } }
@inline(__always) func simdI16x8MaxS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) in VectorOps.maximum(a, b) } }
@inline(__always) func simdI16x8MaxU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) in VectorOps.maximum(a, b) } }
@inline(__always) func simdI32x4Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI32) -> VI32 in VectorOps.map(a) { VectorOps.abs($0) } } }
@inline(__always) func simdI32x4Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI32) in VI32() &- a } }
@inline(__always) func simdI32x4AllTrue(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VU32) in VectorOps.allTrue(a).slot } }
@inline(__always) func simdI32x4Bitmask(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VI32) in VectorOps.bitmask(a) } }
@inline(__always) func simdI32x4Shl(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU32, n: VU32) in a &<< n } }
@inline(__always) func simdI32x4ShlI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU32, n: VU32) in a &<< n } }
@inline(__always) func simdI32x4ShrS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VI32, n: VI32) in a &>> n } }
@inline(__always) func simdI32x4ShrSI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VI32, n: VI32) in a &>> n } }
@inline(__always) func simdI32x4ShrU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU32, n: VU32) in a &>> n } }
@inline(__always) func simdI32x4ShrUI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU32, n: VU32) in a &>> n } }
@inline(__always) func simdI32x4Add(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in a &+ b } }
@inline(__always) func simdI32x4Sub(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in a &- b } }
@inline(__always) func simdI32x4Mul(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in a &* b } }
@inline(__always) func simdI32x4MinS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) in VectorOps.minimum(a, b) } }
@inline(__always) func simdI32x4MinU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.minimum(a, b) } }
@inline(__always) func simdI32x4MaxS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) in VectorOps.maximum(a, b) } }
@inline(__always) func simdI32x4MaxU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) in VectorOps.maximum(a, b) } }
@inline(__always) func simdI64x2Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI64) -> VI64 in VectorOps.map(a) { VectorOps.abs($0) } } }
@inline(__always) func simdI64x2Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI64) in VI64() &- a } }
@inline(__always) func simdI64x2AllTrue(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VU64) in VectorOps.allTrue(a).slot } }
@inline(__always) func simdI64x2Bitmask(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vReduce(pc, fp, mp, ip) { (a: VI64) in VectorOps.bitmask(a) } }
@inline(__always) func simdI64x2Shl(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU64, n: VU64) in a &<< n } }
@inline(__always) func simdI64x2ShlI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU64, n: VU64) in a &<< n } }
@inline(__always) func simdI64x2ShrS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VI64, n: VI64) in a &>> n } }
@inline(__always) func simdI64x2ShrSI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VI64, n: VI64) in a &>> n } }
@inline(__always) func simdI64x2ShrU(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShift(pc, fp, mp, ip) { (a: VU64, n: VU64) in a &>> n } }
@inline(__always) func simdI64x2ShrUI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vShiftI(pc, fp, mp, ip) { (a: VU64, n: VU64) in a &>> n } }
@inline(__always) func simdI64x2Add(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU64, b: VU64) in a &+ b } }
@inline(__always) func simdI64x2Sub(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU64, b: VU64) in a &- b } }
@inline(__always) func simdI64x2Mul(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU64, b: VU64) in a &* b } }
@inline(__always) func simdI8x16Popcnt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU8) -> VU8 in VectorOps.map(a) { UInt8($0.nonzeroBitCount) } } }
@inline(__always) func simdI16x8Q15mulrSatS(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) -> VI16 in VectorOps.zip(a, b) { VectorOps.q15MulRoundSaturating($0, $1) } } }
@inline(__always) func simdI32x4DotI16x8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) in VectorOps.dot(a, b) } }
@inline(__always) func simdI16x8ExtendLowI8x16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI8) -> VI16 in VectorOps.extend(a, high: false) } }
@inline(__always) func simdI16x8ExtmulLowI8x16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) -> VI16 in VectorOps.extendMultiply(a, b, high: false) } }
@inline(__always) func simdI16x8ExtendLowI8x16U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU8) -> VU16 in VectorOps.extend(a, high: false) } }
@inline(__always) func simdI16x8ExtmulLowI8x16U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) -> VU16 in VectorOps.extendMultiply(a, b, high: false) } }
@inline(__always) func simdI16x8ExtendHighI8x16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI8) -> VI16 in VectorOps.extend(a, high: true) } }
@inline(__always) func simdI16x8ExtmulHighI8x16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI8, b: VI8) -> VI16 in VectorOps.extendMultiply(a, b, high: true) } }
@inline(__always) func simdI16x8ExtendHighI8x16U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU8) -> VU16 in VectorOps.extend(a, high: true) } }
@inline(__always) func simdI16x8ExtmulHighI8x16U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU8, b: VU8) -> VU16 in VectorOps.extendMultiply(a, b, high: true) } }
@inline(__always) func simdI16x8ExtaddPairwiseI8x16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI8) -> VI16 in VectorOps.extendAddPairwise(a) } }
@inline(__always) func simdI16x8ExtaddPairwiseI8x16U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU8) -> VU16 in VectorOps.extendAddPairwise(a) } }
@inline(__always) func simdI32x4ExtendLowI16x8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI16) -> VI32 in VectorOps.extend(a, high: false) } }
@inline(__always) func simdI32x4ExtmulLowI16x8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) -> VI32 in VectorOps.extendMultiply(a, b, high: false) } }
@inline(__always) func simdI32x4ExtendLowI16x8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU16) -> VU32 in VectorOps.extend(a, high: false) } }
@inline(__always) func simdI32x4ExtmulLowI16x8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) -> VU32 in VectorOps.extendMultiply(a, b, high: false) } }
@inline(__always) func simdI32x4ExtendHighI16x8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI16) -> VI32 in VectorOps.extend(a, high: true) } }
@inline(__always) func simdI32x4ExtmulHighI16x8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) -> VI32 in VectorOps.extendMultiply(a, b, high: true) } }
@inline(__always) func simdI32x4ExtendHighI16x8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU16) -> VU32 in VectorOps.extend(a, high: true) } }
@inline(__always) func simdI32x4ExtmulHighI16x8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU16, b: VU16) -> VU32 in VectorOps.extendMultiply(a, b, high: true) } }
@inline(__always) func simdI32x4ExtaddPairwiseI16x8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI16) -> VI32 in VectorOps.extendAddPairwise(a) } }
@inline(__always) func simdI32x4ExtaddPairwiseI16x8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU16) -> VU32 in VectorOps.extendAddPairwise(a) } }
@inline(__always) func simdI64x2ExtendLowI32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI32) -> VI64 in VectorOps.extend(a, high: false) } }
@inline(__always) func simdI64x2ExtmulLowI32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) -> VI64 in VectorOps.extendMultiply(a, b, high: false) } }
@inline(__always) func simdI64x2ExtendLowI32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU32) -> VU64 in VectorOps.extend(a, high: false) } }
@inline(__always) func simdI64x2ExtmulLowI32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) -> VU64 in VectorOps.extendMultiply(a, b, high: false) } }
@inline(__always) func simdI64x2ExtendHighI32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VI32) -> VI64 in VectorOps.extend(a, high: true) } }
@inline(__always) func simdI64x2ExtmulHighI32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) -> VI64 in VectorOps.extendMultiply(a, b, high: true) } }
@inline(__always) func simdI64x2ExtendHighI32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vUnary(pc, fp, mp, ip) { (a: VU32) -> VU64 in VectorOps.extend(a, high: true) } }
@inline(__always) func simdI64x2ExtmulHighI32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VU32, b: VU32) -> VU64 in VectorOps.extendMultiply(a, b, high: true) } }
@inline(__always) func simdI8x16NarrowI16x8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) -> VI8 in VectorOps.narrow(a, b) } }
@inline(__always) func simdI8x16NarrowI16x8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI16, b: VI16) -> VU8 in VectorOps.narrow(a, b) } }
@inline(__always) func simdI16x8NarrowI32x4S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) -> VI16 in VectorOps.narrow(a, b) } }
@inline(__always) func simdI16x8NarrowI32x4U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { vBinary(pc, fp, mp, ip) { (a: VI32, b: VI32) -> VU16 in VectorOps.narrow(a, b) } }
