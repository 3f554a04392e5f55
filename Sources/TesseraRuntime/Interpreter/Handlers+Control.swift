// Moves, branches, select, traps.
//
//   copySlot [h, dst, src]     constSlot [h, dst, imm]     br [h, offset]
//   brIfNonZero / brIfZero [h, cond, offset]               brTable [h, index, count, offsets… default]
//   select [h, dst, a, b, cond]                            unreachable / notSupported [h]

@inline(__always)
func copySlot(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = fp[slot(pc, 2)]
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

/// Two adjacent copies `[h, dst1, src1, dst2, src2]`, in order (register shuffles, argument moves).
@inline(__always)
func copySlots2(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = fp[slot(pc, 2)]
    fp[slot(pc, 3)] = fp[slot(pc, 4)]
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func constSlot(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = pc[2]
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func br(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    dispatch(jump(pc, 1), fp, mp, ip, acc, facc)
}

@inline(__always)
func brIfNonZero(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) != 0 { return dispatch(jump(pc, 2), fp, mp, ip, acc, facc) }
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func brIfZero(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) == 0 { return dispatch(jump(pc, 2), fp, mp, ip, acc, facc) }
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

/// Branches on a 64-bit slot being null / non-null (references).
@inline(__always)
func brIfNull(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if fp[slot(pc, 1)] == 0 { return dispatch(jump(pc, 2), fp, mp, ip, acc, facc) }
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func brIfNonNull(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if fp[slot(pc, 1)] != 0 { return dispatch(jump(pc, 2), fp, mp, ip, acc, facc) }
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func brTable(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let index = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 1)]))
    let count = pc[2]  // targets, not counting the default
    let entry = index < count ? Int(index) : Int(count)
    return dispatch(jump(pc, 3 + entry), fp, mp, ip, acc, facc)
}

@inline(__always)
func select(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let condition = UInt32(truncatingIfNeeded: fp[slot(pc, 4)]) != 0
    fp[slot(pc, 1)] = condition ? fp[slot(pc, 2)] : fp[slot(pc, 3)]
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func unreachable(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    trap(.unreachable, pc, fp, ip)
}

@inline(__always)
func notSupported(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    trap(.notSupported, pc, ip)
}

// MARK: - Globals: [h, slot, global index]

@inline(__always)
func globalGet(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = ip.instance.pointee.globals[slot(pc, 2)].pointee
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func globalSet(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    ip.instance.pointee.globals[slot(pc, 2)].pointee = fp[slot(pc, 1)]
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}


// MARK: - Two-slot (v128) moves: [h, dst, src]; globals [h, slot, global index]; select [h, dst, a, b, cond]

@inline(__always)
func copySlot2(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let dst = slot(pc, 1), src = slot(pc, 2)
    fp[dst] = fp[src]
    fp[dst &+ 1] = fp[src &+ 1]
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func globalGet2(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let cell = ip.instance.pointee.globals[slot(pc, 2)], dst = slot(pc, 1)
    fp[dst] = cell[0]
    fp[dst &+ 1] = cell[1]
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func globalSet2(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let cell = ip.instance.pointee.globals[slot(pc, 2)], src = slot(pc, 1)
    cell[0] = fp[src]
    cell[1] = fp[src &+ 1]
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func select2(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let condition = UInt32(truncatingIfNeeded: fp[slot(pc, 4)]) != 0
    let src = condition ? slot(pc, 2) : slot(pc, 3), dst = slot(pc, 1)
    let lo = fp[src], hi = fp[src &+ 1]
    fp[dst] = lo
    fp[dst &+ 1] = hi
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}
