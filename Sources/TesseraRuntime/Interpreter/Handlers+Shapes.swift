// The operand shapes of IR instructions, written once and inlined into each handler.
//
//   unary      [h, dst, a]            binaryRR  [h, dst, a, b]      binaryRI  [h, dst, a, imm]
//   binaryIR   [h, dst, imm, b]
//   branchRR   [h, a, b, offset]      branchRI  [h, a, imm, offset]
//
// Every handler is `@inline(__always)`: its body then lives in the C entry point the code words point
// at, and handlers that LLVM merges for being identical share one entry with a proper tail jump (a
// merged Swift function is otherwise reached through a thunk that makes a real call).

@inline(__always)
func unary<A: SlotValue, R: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (A) -> R) -> PC? {
    fp[slot(pc, 1)] = op(A(slot: fp[slot(pc, 2)])).slot
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func unary<A: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (A) -> UInt64) -> PC? {
    fp[slot(pc, 1)] = op(A(slot: fp[slot(pc, 2)]))
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func trappingUnary<A: SlotValue, R: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
                                               _ op: (A) -> (R, TrapCode)) -> PC? {
    let (r, code) = op(A(slot: fp[slot(pc, 2)]))
    if code != .none { return trap(code, pc, ip) }
    fp[slot(pc, 1)] = r.slot
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

/// What a shape does after its own effect: `dispatch` (the next instruction's handler), or in a fused
/// pair the second instruction's handler itself, inlined (Generated/Handlers+Fused.swift).
typealias Continuation = (PC, FP, RawMP, RawIP, UInt64, Double) -> PC?

@inline(__always)
func binaryRR<T: SlotValue, R: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> R,
                                          then next: Continuation = dispatch) -> PC? {
    fp[slot(pc, 1)] = op(T(slot: fp[slot(pc, 2)]), T(slot: fp[slot(pc, 3)])).slot
    return next(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func binaryRI<T: SlotValue, R: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> R,
                                          then next: Continuation = dispatch) -> PC? {
    fp[slot(pc, 1)] = op(T(slot: fp[slot(pc, 2)]), T(slot: pc[3])).slot
    return next(pc + 4, fp, mp, ip, acc, facc)
}

/// `[h, dst, imm, b]`: a constant left operand (non-commutative operators).
@inline(__always)
func binaryIR<T: SlotValue, R: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
                                          _ op: (T, T) -> R) -> PC? {
    fp[slot(pc, 1)] = op(T(slot: pc[2]), T(slot: fp[slot(pc, 3)])).slot
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func compareRR<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    fp[slot(pc, 1)] = op(T(slot: fp[slot(pc, 2)]), T(slot: fp[slot(pc, 3)])).slot
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func compareRI<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    fp[slot(pc, 1)] = op(T(slot: fp[slot(pc, 2)]), T(slot: pc[3])).slot
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func trappingRR<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> (T, TrapCode)) -> PC? {
    let (r, code) = op(T(slot: fp[slot(pc, 2)]), T(slot: fp[slot(pc, 3)]))
    if code != .none { return trap(code, pc, ip) }
    fp[slot(pc, 1)] = r.slot
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func trappingRI<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> (T, TrapCode)) -> PC? {
    let (r, code) = op(T(slot: fp[slot(pc, 2)]), T(slot: pc[3]))
    if code != .none { return trap(code, pc, ip) }
    fp[slot(pc, 1)] = r.slot
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func branchCompareRR<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    if op(T(slot: fp[slot(pc, 1)]), T(slot: fp[slot(pc, 2)])) { return dispatch(jump(pc, 3), fp, mp, ip, acc, facc) }
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func branchCompareRI<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    if op(T(slot: fp[slot(pc, 1)]), T(slot: pc[2])) { return dispatch(jump(pc, 3), fp, mp, ip, acc, facc) }
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

/// Two handler words: the key of a fused pair of instructions (HandlerTable.adjacent, .addThenBranch).
struct HandlerPair: Hashable {
    let first: UInt64
    let second: UInt64

    init(_ first: UInt64, _ second: UInt64) {
        self.first = first
        self.second = second
    }
}

/// The translator's lookups from instructions to handler words.
enum HandlerTable {
    /// A handler as the word that starts an IR instruction.
    @inline(__always)
    static func w(_ h: Handler) -> UInt64 { unsafeBitCast(h, to: UInt64.self) }
}
