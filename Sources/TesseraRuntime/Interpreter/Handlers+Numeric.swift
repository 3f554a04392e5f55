// Numeric handlers: one line per instruction and operand mode (RR: two slots; RI: slot and immediate).
// The semantics live in Semantics.swift; the shapes in Handlers+Shapes.swift.

@inline(__always) func i32AddRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &+ b } }
@inline(__always) func i32AddRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &+ b } }
@inline(__always) func i32SubRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &- b } }
@inline(__always) func i32SubRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &- b } }
@inline(__always) func i32MulRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &* b } }
@inline(__always) func i32MulRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &* b } }
@inline(__always) func i32AndRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a & b } }
@inline(__always) func i32AndRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a & b } }
@inline(__always) func i32OrRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a | b } }
@inline(__always) func i32OrRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a | b } }
@inline(__always) func i32XorRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a ^ b } }
@inline(__always) func i32XorRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a ^ b } }
@inline(__always) func i32ShlRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &<< b } }
@inline(__always) func i32ShlRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &<< b } }
@inline(__always) func i32ShrURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &>> b } }
@inline(__always) func i32ShrURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in a &>> b } }
@inline(__always) func i32ShrSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in IntOps.shrS(a, b) } }
@inline(__always) func i32ShrSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in IntOps.shrS(a, b) } }
@inline(__always) func i32RotlRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in IntOps.rotl(a, b) } }
@inline(__always) func i32RotlRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in IntOps.rotl(a, b) } }
@inline(__always) func i32RotrRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in IntOps.rotr(a, b) } }
@inline(__always) func i32RotrRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in IntOps.rotr(a, b) } }
@inline(__always) func i32EqRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a == b } }
@inline(__always) func i32EqRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a == b } }
@inline(__always) func brIfI32EqRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a == b } }
@inline(__always) func brIfI32EqRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a == b } }
@inline(__always) func i32NeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a != b } }
@inline(__always) func i32NeRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a != b } }
@inline(__always) func brIfI32NeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a != b } }
@inline(__always) func brIfI32NeRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a != b } }
@inline(__always) func i32LtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a < b } }
@inline(__always) func i32LtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a < b } }
@inline(__always) func brIfI32LtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a < b } }
@inline(__always) func brIfI32LtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a < b } }
@inline(__always) func i32GtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a > b } }
@inline(__always) func i32GtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a > b } }
@inline(__always) func brIfI32GtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a > b } }
@inline(__always) func brIfI32GtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a > b } }
@inline(__always) func i32LeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a <= b } }
@inline(__always) func i32LeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a <= b } }
@inline(__always) func brIfI32LeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a <= b } }
@inline(__always) func brIfI32LeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a <= b } }
@inline(__always) func i32GeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a >= b } }
@inline(__always) func i32GeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a >= b } }
@inline(__always) func brIfI32GeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a >= b } }
@inline(__always) func brIfI32GeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in a >= b } }
@inline(__always) func i32LtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func i32LtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func brIfI32LtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func brIfI32LtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func i32GtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func i32GtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func brIfI32GtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func brIfI32GtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func i32LeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func i32LeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func brIfI32LeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func brIfI32LeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func i32GeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func i32GeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func brIfI32GeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func brIfI32GeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func i32DivSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.divS(a, b) } }
@inline(__always) func i32DivSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.divS(a, b) } }
@inline(__always) func i32DivURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.divU(a, b) } }
@inline(__always) func i32DivURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.divU(a, b) } }
@inline(__always) func i32RemSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.remS(a, b) } }
@inline(__always) func i32RemSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.remS(a, b) } }
@inline(__always) func i32RemURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.remU(a, b) } }
@inline(__always) func i32RemURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt32, b: UInt32) in IntOps.remU(a, b) } }
@inline(__always) func i32Clz(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt32 in UInt32(a.leadingZeroBitCount) } }
@inline(__always) func i32Ctz(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt32 in UInt32(a.trailingZeroBitCount) } }
@inline(__always) func i32Popcnt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt32 in UInt32(a.nonzeroBitCount) } }
@inline(__always) func i32Extend8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt32 in IntOps.extendS(a, bits: 8) } }
@inline(__always) func i32Extend16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt32 in IntOps.extendS(a, bits: 16) } }
@inline(__always) func i32Eqz(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt32 in a == 0 ? 1 : 0 } }
@inline(__always) func i64AddRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &+ b } }
@inline(__always) func i64AddRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &+ b } }
@inline(__always) func i64SubRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &- b } }
@inline(__always) func i64SubRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &- b } }
@inline(__always) func i64MulRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &* b } }
@inline(__always) func i64MulRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &* b } }
@inline(__always) func i64AndRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a & b } }
@inline(__always) func i64AndRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a & b } }
@inline(__always) func i64OrRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a | b } }
@inline(__always) func i64OrRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a | b } }
@inline(__always) func i64XorRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a ^ b } }
@inline(__always) func i64XorRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a ^ b } }
@inline(__always) func i64ShlRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &<< b } }
@inline(__always) func i64ShlRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &<< b } }
@inline(__always) func i64ShrURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &>> b } }
@inline(__always) func i64ShrURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in a &>> b } }
@inline(__always) func i64ShrSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in IntOps.shrS(a, b) } }
@inline(__always) func i64ShrSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in IntOps.shrS(a, b) } }
@inline(__always) func i64RotlRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in IntOps.rotl(a, b) } }
@inline(__always) func i64RotlRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in IntOps.rotl(a, b) } }
@inline(__always) func i64RotrRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in IntOps.rotr(a, b) } }
@inline(__always) func i64RotrRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in IntOps.rotr(a, b) } }
@inline(__always) func i64EqRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a == b } }
@inline(__always) func i64EqRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a == b } }
@inline(__always) func brIfI64EqRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a == b } }
@inline(__always) func brIfI64EqRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a == b } }
@inline(__always) func i64NeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a != b } }
@inline(__always) func i64NeRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a != b } }
@inline(__always) func brIfI64NeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a != b } }
@inline(__always) func brIfI64NeRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a != b } }
@inline(__always) func i64LtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a < b } }
@inline(__always) func i64LtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a < b } }
@inline(__always) func brIfI64LtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a < b } }
@inline(__always) func brIfI64LtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a < b } }
@inline(__always) func i64GtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a > b } }
@inline(__always) func i64GtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a > b } }
@inline(__always) func brIfI64GtURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a > b } }
@inline(__always) func brIfI64GtURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a > b } }
@inline(__always) func i64LeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a <= b } }
@inline(__always) func i64LeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a <= b } }
@inline(__always) func brIfI64LeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a <= b } }
@inline(__always) func brIfI64LeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a <= b } }
@inline(__always) func i64GeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a >= b } }
@inline(__always) func i64GeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a >= b } }
@inline(__always) func brIfI64GeURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a >= b } }
@inline(__always) func brIfI64GeURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in a >= b } }
@inline(__always) func i64LtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func i64LtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func brIfI64LtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func brIfI64LtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) < IntOps.signed(b) } }
@inline(__always) func i64GtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func i64GtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func brIfI64GtSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func brIfI64GtSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) > IntOps.signed(b) } }
@inline(__always) func i64LeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func i64LeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func brIfI64LeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func brIfI64LeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) <= IntOps.signed(b) } }
@inline(__always) func i64GeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func i64GeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func brIfI64GeSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func brIfI64GeSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { branchCompareRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> Bool in IntOps.signed(a) >= IntOps.signed(b) } }
@inline(__always) func i64DivSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.divS(a, b) } }
@inline(__always) func i64DivSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.divS(a, b) } }
@inline(__always) func i64DivURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.divU(a, b) } }
@inline(__always) func i64DivURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.divU(a, b) } }
@inline(__always) func i64RemSRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.remS(a, b) } }
@inline(__always) func i64RemSRI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.remS(a, b) } }
@inline(__always) func i64RemURR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.remU(a, b) } }
@inline(__always) func i64RemURI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingRI(pc, fp, mp, ip) { (a: UInt64, b: UInt64) in IntOps.remU(a, b) } }
@inline(__always) func i64Clz(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt64 in UInt64(a.leadingZeroBitCount) } }
@inline(__always) func i64Ctz(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt64 in UInt64(a.trailingZeroBitCount) } }
@inline(__always) func i64Popcnt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt64 in UInt64(a.nonzeroBitCount) } }
@inline(__always) func i64Extend8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt64 in IntOps.extendS(a, bits: 8) } }
@inline(__always) func i64Extend16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt64 in IntOps.extendS(a, bits: 16) } }
@inline(__always) func i64Extend32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt64 in IntOps.extendS(a, bits: 32) } }
@inline(__always) func i64Eqz(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt32 in a == 0 ? 1 : 0 } }
@inline(__always) func f32AddRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Float in a + b } }
@inline(__always) func f32SubRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Float in a - b } }
@inline(__always) func f32MulRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Float in a * b } }
@inline(__always) func f32DivRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Float in a / b } }
@inline(__always) func f32MinRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Float in FloatOps.min(a, b) } }
@inline(__always) func f32MaxRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Float in FloatOps.max(a, b) } }
@inline(__always) func f32CopysignRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt32, b: UInt32) -> UInt32 in (a & ~0x8000_0000) | (b & 0x8000_0000) } }
@inline(__always) func f32EqRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Bool in a == b } }
@inline(__always) func f32NeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Bool in a != b } }
@inline(__always) func f32LtRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Bool in a < b } }
@inline(__always) func f32GtRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Bool in a > b } }
@inline(__always) func f32LeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Bool in a <= b } }
@inline(__always) func f32GeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Float, b: Float) -> Bool in a >= b } }
@inline(__always) func f32Sqrt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> Float in a.squareRoot() } }
@inline(__always) func f32Ceil(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> Float in a.rounded(.up) } }
@inline(__always) func f32Floor(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> Float in a.rounded(.down) } }
@inline(__always) func f32Trunc(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> Float in a.rounded(.towardZero) } }
@inline(__always) func f32Nearest(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> Float in a.rounded(.toNearestOrEven) } }
@inline(__always) func f32Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> UInt64 in a.absBits } }
@inline(__always) func f32Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> UInt64 in a.negBits } }
@inline(__always) func f64AddRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Double in a + b } }
@inline(__always) func f64SubRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Double in a - b } }
@inline(__always) func f64MulRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Double in a * b } }
@inline(__always) func f64DivRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Double in a / b } }
@inline(__always) func f64MinRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Double in FloatOps.min(a, b) } }
@inline(__always) func f64MaxRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Double in FloatOps.max(a, b) } }
@inline(__always) func f64CopysignRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { binaryRR(pc, fp, mp, ip) { (a: UInt64, b: UInt64) -> UInt64 in (a & ~0x8000_0000_0000_0000) | (b & 0x8000_0000_0000_0000) } }
@inline(__always) func f64EqRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Bool in a == b } }
@inline(__always) func f64NeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Bool in a != b } }
@inline(__always) func f64LtRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Bool in a < b } }
@inline(__always) func f64GtRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Bool in a > b } }
@inline(__always) func f64LeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Bool in a <= b } }
@inline(__always) func f64GeRR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { compareRR(pc, fp, mp, ip) { (a: Double, b: Double) -> Bool in a >= b } }
@inline(__always) func f64Sqrt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> Double in a.squareRoot() } }
@inline(__always) func f64Ceil(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> Double in a.rounded(.up) } }
@inline(__always) func f64Floor(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> Double in a.rounded(.down) } }
@inline(__always) func f64Trunc(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> Double in a.rounded(.towardZero) } }
@inline(__always) func f64Nearest(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> Double in a.rounded(.toNearestOrEven) } }
@inline(__always) func f64Abs(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> UInt64 in a.absBits } }
@inline(__always) func f64Neg(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> UInt64 in a.negBits } }
@inline(__always) func i32TruncF32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Float) -> (UInt32, TrapCode) in let (r, t) = FloatOps.truncate(a, to: Int32.self); return (UInt32(bitPattern: r), t) } }
@inline(__always) func i32TruncSatF32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> UInt32 in let r = FloatOps.truncateSaturating(a, to: Int32.self); return UInt32(bitPattern: r) } }
@inline(__always) func i32TruncF64S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Double) -> (UInt32, TrapCode) in let (r, t) = FloatOps.truncate(a, to: Int32.self); return (UInt32(bitPattern: r), t) } }
@inline(__always) func i32TruncSatF64S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> UInt32 in let r = FloatOps.truncateSaturating(a, to: Int32.self); return UInt32(bitPattern: r) } }
@inline(__always) func f32ConvertI32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> Float in Float(Int32(bitPattern: a)) } }
@inline(__always) func f64ConvertI32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> Double in Double(Int32(bitPattern: a)) } }
@inline(__always) func i32TruncF32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Float) -> (UInt32, TrapCode) in let (r, t) = FloatOps.truncate(a, to: UInt32.self); return (r, t) } }
@inline(__always) func i32TruncSatF32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> UInt32 in let r = FloatOps.truncateSaturating(a, to: UInt32.self); return r } }
@inline(__always) func i32TruncF64U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Double) -> (UInt32, TrapCode) in let (r, t) = FloatOps.truncate(a, to: UInt32.self); return (r, t) } }
@inline(__always) func i32TruncSatF64U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> UInt32 in let r = FloatOps.truncateSaturating(a, to: UInt32.self); return r } }
@inline(__always) func f32ConvertI32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> Float in Float(a) } }
@inline(__always) func f64ConvertI32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> Double in Double(a) } }
@inline(__always) func i64TruncF32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Float) -> (UInt64, TrapCode) in let (r, t) = FloatOps.truncate(a, to: Int64.self); return (UInt64(bitPattern: r), t) } }
@inline(__always) func i64TruncSatF32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> UInt64 in let r = FloatOps.truncateSaturating(a, to: Int64.self); return UInt64(bitPattern: r) } }
@inline(__always) func i64TruncF64S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Double) -> (UInt64, TrapCode) in let (r, t) = FloatOps.truncate(a, to: Int64.self); return (UInt64(bitPattern: r), t) } }
@inline(__always) func i64TruncSatF64S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> UInt64 in let r = FloatOps.truncateSaturating(a, to: Int64.self); return UInt64(bitPattern: r) } }
@inline(__always) func f32ConvertI64S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> Float in Float(Int64(bitPattern: a)) } }
@inline(__always) func f64ConvertI64S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> Double in Double(Int64(bitPattern: a)) } }
@inline(__always) func i64TruncF32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Float) -> (UInt64, TrapCode) in let (r, t) = FloatOps.truncate(a, to: UInt64.self); return (r, t) } }
@inline(__always) func i64TruncSatF32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> UInt64 in let r = FloatOps.truncateSaturating(a, to: UInt64.self); return r } }
@inline(__always) func i64TruncF64U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { trappingUnary(pc, fp, mp, ip) { (a: Double) -> (UInt64, TrapCode) in let (r, t) = FloatOps.truncate(a, to: UInt64.self); return (r, t) } }
@inline(__always) func i64TruncSatF64U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> UInt64 in let r = FloatOps.truncateSaturating(a, to: UInt64.self); return r } }
@inline(__always) func f32ConvertI64U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> Float in Float(a) } }
@inline(__always) func f64ConvertI64U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> Double in Double(a) } }
@inline(__always) func i32WrapI64(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt64) -> UInt32 in UInt32(truncatingIfNeeded: a) } }
@inline(__always) func i64ExtendI32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt64 in UInt64(bitPattern: Int64(Int32(bitPattern: a))) } }
@inline(__always) func i64ExtendI32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: UInt32) -> UInt64 in UInt64(a) } }
@inline(__always) func f32DemoteF64(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Double) -> Float in Float(a) } }
@inline(__always) func f64PromoteF32(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { unary(pc, fp, mp, ip) { (a: Float) -> Double in Double(a) } }
