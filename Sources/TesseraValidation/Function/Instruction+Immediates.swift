import TesseraTypes
import TesseraBinary

// Immediate projections the validator needs generically. The case lists are derived mechanically from
// the generated `Instruction` enum (memory-argument and lane payloads); they belong in the instruction
// table's generated `Instruction+Info.swift` and should move there (see the validator's report).

extension Instruction {
    /// The memory argument of a load, store, SIMD memory access or atomic, with the lane index of
    /// `v128.loadN_lane`/`storeN_lane`.
    var memoryArgument: (memArg: MemArg, lane: UInt8?)? {
        switch self {
        case .i32Load(let m), .i64Load(let m), .f32Load(let m), .f64Load(let m), .i32Load8S(let m),
            .i32Load8U(let m), .i32Load16S(let m), .i32Load16U(let m), .i64Load8S(let m), .i64Load8U(let m),
            .i64Load16S(let m), .i64Load16U(let m), .i64Load32S(let m), .i64Load32U(let m), .i32Store(let m),
            .i64Store(let m), .f32Store(let m), .f64Store(let m), .i32Store8(let m), .i32Store16(let m),
            .i64Store8(let m), .i64Store16(let m), .i64Store32(let m), .v128Load(let m), .v128Load8x8S(let m),
            .v128Load8x8U(let m), .v128Load16x4S(let m), .v128Load16x4U(let m), .v128Load32x2S(let m),
            .v128Load32x2U(let m), .v128Load8Splat(let m), .v128Load16Splat(let m), .v128Load32Splat(let m),
            .v128Load64Splat(let m), .v128Store(let m), .v128Load32Zero(let m), .v128Load64Zero(let m),
            .memoryAtomicNotify(let m), .memoryAtomicWait32(let m), .memoryAtomicWait64(let m),
            .i32AtomicLoad(let m), .i64AtomicLoad(let m), .i32AtomicLoad8U(let m), .i32AtomicLoad16U(let m),
            .i64AtomicLoad8U(let m), .i64AtomicLoad16U(let m), .i64AtomicLoad32U(let m), .i32AtomicStore(let m),
            .i64AtomicStore(let m), .i32AtomicStore8(let m), .i32AtomicStore16(let m), .i64AtomicStore8(let m),
            .i64AtomicStore16(let m), .i64AtomicStore32(let m), .i32AtomicRmwAdd(let m), .i64AtomicRmwAdd(let m),
            .i32AtomicRmw8AddU(let m), .i32AtomicRmw16AddU(let m), .i64AtomicRmw8AddU(let m),
            .i64AtomicRmw16AddU(let m), .i64AtomicRmw32AddU(let m), .i32AtomicRmwSub(let m),
            .i64AtomicRmwSub(let m), .i32AtomicRmw8SubU(let m), .i32AtomicRmw16SubU(let m),
            .i64AtomicRmw8SubU(let m), .i64AtomicRmw16SubU(let m), .i64AtomicRmw32SubU(let m),
            .i32AtomicRmwAnd(let m), .i64AtomicRmwAnd(let m), .i32AtomicRmw8AndU(let m),
            .i32AtomicRmw16AndU(let m), .i64AtomicRmw8AndU(let m), .i64AtomicRmw16AndU(let m),
            .i64AtomicRmw32AndU(let m), .i32AtomicRmwOr(let m), .i64AtomicRmwOr(let m), .i32AtomicRmw8OrU(let m),
            .i32AtomicRmw16OrU(let m), .i64AtomicRmw8OrU(let m), .i64AtomicRmw16OrU(let m),
            .i64AtomicRmw32OrU(let m), .i32AtomicRmwXor(let m), .i64AtomicRmwXor(let m), .i32AtomicRmw8XorU(let m),
            .i32AtomicRmw16XorU(let m), .i64AtomicRmw8XorU(let m), .i64AtomicRmw16XorU(let m),
            .i64AtomicRmw32XorU(let m), .i32AtomicRmwXchg(let m), .i64AtomicRmwXchg(let m),
            .i32AtomicRmw8XchgU(let m), .i32AtomicRmw16XchgU(let m), .i64AtomicRmw8XchgU(let m),
            .i64AtomicRmw16XchgU(let m), .i64AtomicRmw32XchgU(let m), .i32AtomicRmwCmpxchg(let m),
            .i64AtomicRmwCmpxchg(let m), .i32AtomicRmw8CmpxchgU(let m), .i32AtomicRmw16CmpxchgU(let m),
            .i64AtomicRmw8CmpxchgU(let m), .i64AtomicRmw16CmpxchgU(let m), .i64AtomicRmw32CmpxchgU(let m):
            return (m, nil)
        case .v128Load8Lane(let m, let lane), .v128Load16Lane(let m, let lane), .v128Load32Lane(let m, let lane),
            .v128Load64Lane(let m, let lane), .v128Store8Lane(let m, let lane), .v128Store16Lane(let m, let lane),
            .v128Store32Lane(let m, let lane), .v128Store64Lane(let m, let lane):
            return (m, lane)
        default:
            return nil
        }
    }

    /// The lane immediate of `extract_lane`/`replace_lane`.
    var laneImmediate: UInt8? {
        switch self {
        case .i8x16ExtractLaneS(let lane), .i8x16ExtractLaneU(let lane), .i8x16ReplaceLane(let lane),
            .i16x8ExtractLaneS(let lane), .i16x8ExtractLaneU(let lane), .i16x8ReplaceLane(let lane),
            .i32x4ExtractLane(let lane), .i32x4ReplaceLane(let lane), .i64x2ExtractLane(let lane),
            .i64x2ReplaceLane(let lane), .f32x4ExtractLane(let lane), .f32x4ReplaceLane(let lane),
            .f64x2ExtractLane(let lane), .f64x2ReplaceLane(let lane):
            return lane
        default:
            return nil
        }
    }
}
