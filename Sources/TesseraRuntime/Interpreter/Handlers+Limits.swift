// Execution limits in compiled code (compiled only when the engine asks; see Translator+Limits.swift).
//
// Function entry (the first instruction of a function's code):
//   consumeFuel [h, cost]                  charges the entry run; stops when the fuel goes below 0
//   checkInterrupt [h]                     stops when the interrupt flag is up
//   consumeFuelCheckInterrupt [h, cost]    both
//
// Metered branches (fuel metering): the jump itself pays for the code it leads to, so charging costs no
// dispatch of its own. `cost` is what the taken side adds to the fuel already paid in advance: for an
// unconditional jump the run at the target; for a conditional branch that run minus the fall-through
// run, which was paid with the code before the branch (the word may be negative: a refund). The
// not-taken side of a conditional branch costs nothing. `…Checked` forms are back-edges of
// interruptible engines: they also poll the interrupt word when taken.
//   brMetered / brMeteredChecked [h, offset, cost]
//   brIfNonZeroMetered / brIfZeroMetered (+Checked) / brIfNullMetered / brIfNonNullMetered
//                                          [h, cond, offset, cost]
//   brIf<compare>RR/RI Metered / MeteredChecked [h, a, b, offset, cost]   (generated)
//
// Back-edges of interruptible engines without fuel metering poll the interrupt word themselves (no
// dispatch of their own on the common loop shapes):
//   brChecked [h, offset]      brIfNonZeroChecked / brIfZeroChecked [h, cond, offset]
//   brIf<compare>RR/RI Checked [h, a, b, offset]                          (generated)

/// Charges `cost` words of fuel (a negative word refunds); true when the fuel went below zero. The
/// fuel is left negative then: the slow path (`limitStop`) empties the tank.
@inline(__always)
func chargeFuel(_ ip: RawIP, _ cost: UInt64) -> Bool {
    let state = ip.instance.pointee.state
    state.pointee.fuel &-= Int64(bitPattern: cost)
    return state.pointee.fuel < 0
}

/// Whether the interrupt word is raised.
@inline(__always)
func interruptRaised(_ ip: RawIP) -> Bool {
    interruptWordLoad(ip.instance.pointee.interrupt.unsafelyUnwrapped) != 0
}

/// Stops with the fuel error (emptying the tank) when a charge took the fuel below zero, else with
/// the interrupt error. (One slow path per handler: two would make LLVM turn the tail jump into a real
/// call.)
@inline(never)
func limitStop(_ pc: PC, _ fp: FP, _ ip: RawIP) -> PC? {
    let state = ip.instance.pointee.state
    guard state.pointee.fuel < 0 else { return trap(.interrupted, pc, fp, ip) }
    state.pointee.fuel = 0
    return trap(.fuelExhausted, pc, fp, ip)
}

// MARK: - Function entry

@inline(__always)
func consumeFuel(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if chargeFuel(ip, pc[1]) { return limitStop(pc, fp, ip) }
    return dispatch(pc + 2, fp, mp, ip, acc, facc)
}

@inline(__always)
func checkInterrupt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if interruptRaised(ip) { return trap(.interrupted, pc, fp, ip) }
    return dispatch(pc + 1, fp, mp, ip, acc, facc)
}

@inline(__always)
func consumeFuelCheckInterrupt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if chargeFuel(ip, pc[1]) || interruptRaised(ip) { return limitStop(pc, fp, ip) }
    return dispatch(pc + 2, fp, mp, ip, acc, facc)
}

// MARK: - Metered branches

@inline(__always)
func brMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if chargeFuel(ip, pc[2]) { return limitStop(pc, fp, ip) }
    return dispatch(jump(pc, 1), fp, mp, ip, acc, facc)
}

@inline(__always)
func brMeteredChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if chargeFuel(ip, pc[2]) || interruptRaised(ip) { return limitStop(pc, fp, ip) }
    return dispatch(jump(pc, 1), fp, mp, ip, acc, facc)
}

/// A conditional branch `[h, cond, offset, cost]` taken when `taken`, metered (and polling the
/// interrupt word when `checked`).
@inline(__always)
func conditionalBranchMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ taken: Bool, checked: Bool) -> PC? {
    if taken {
        if chargeFuel(ip, pc[3]) || (checked && interruptRaised(ip)) { return limitStop(pc, fp, ip) }
        return dispatch(jump(pc, 2), fp, mp, ip, acc, facc)
    }
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func brIfNonZeroMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    conditionalBranchMetered(pc, fp, mp, ip, acc, facc, UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) != 0, checked: false)
}

@inline(__always)
func brIfZeroMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    conditionalBranchMetered(pc, fp, mp, ip, acc, facc, UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) == 0, checked: false)
}

@inline(__always)
func brIfNonZeroMeteredChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    conditionalBranchMetered(pc, fp, mp, ip, acc, facc, UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) != 0, checked: true)
}

@inline(__always)
func brIfZeroMeteredChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    conditionalBranchMetered(pc, fp, mp, ip, acc, facc, UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) == 0, checked: true)
}

@inline(__always)
func brIfNullMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    conditionalBranchMetered(pc, fp, mp, ip, acc, facc, fp[slot(pc, 1)] == 0, checked: false)
}

@inline(__always)
func brIfNonNullMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    conditionalBranchMetered(pc, fp, mp, ip, acc, facc, fp[slot(pc, 1)] != 0, checked: false)
}

// Fused compare-and-branch shapes of the generated handlers (Generated/Handlers+Numeric.swift).

@inline(__always)
func branchCompareChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ taken: Bool) -> PC? {
    if taken {
        if interruptRaised(ip) { return trap(.interrupted, pc, fp, ip) }
        return dispatch(jump(pc, 3), fp, mp, ip, acc, facc)
    }
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func branchCompareMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ taken: Bool, checked: Bool) -> PC? {
    if taken {
        if chargeFuel(ip, pc[4]) || (checked && interruptRaised(ip)) { return limitStop(pc, fp, ip) }
        return dispatch(jump(pc, 3), fp, mp, ip, acc, facc)
    }
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func branchCompareRRChecked<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    branchCompareChecked(pc, fp, mp, ip, acc, facc, op(T(slot: fp[slot(pc, 1)]), T(slot: fp[slot(pc, 2)])))
}

@inline(__always)
func branchCompareRIChecked<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    branchCompareChecked(pc, fp, mp, ip, acc, facc, op(T(slot: fp[slot(pc, 1)]), T(slot: pc[2])))
}

@inline(__always)
func branchCompareRRMetered<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    branchCompareMetered(pc, fp, mp, ip, acc, facc, op(T(slot: fp[slot(pc, 1)]), T(slot: fp[slot(pc, 2)])), checked: false)
}

@inline(__always)
func branchCompareRIMetered<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    branchCompareMetered(pc, fp, mp, ip, acc, facc, op(T(slot: fp[slot(pc, 1)]), T(slot: pc[2])), checked: false)
}

@inline(__always)
func branchCompareRRMeteredChecked<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    branchCompareMetered(pc, fp, mp, ip, acc, facc, op(T(slot: fp[slot(pc, 1)]), T(slot: fp[slot(pc, 2)])), checked: true)
}

@inline(__always)
func branchCompareRIMeteredChecked<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ op: (T, T) -> Bool) -> PC? {
    branchCompareMetered(pc, fp, mp, ip, acc, facc, op(T(slot: fp[slot(pc, 1)]), T(slot: pc[2])), checked: true)
}

// MARK: - Checked back-edges without fuel metering

@inline(__always)
func brChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if interruptRaised(ip) { return trap(.interrupted, pc, fp, ip) }
    return dispatch(jump(pc, 1), fp, mp, ip, acc, facc)
}

@inline(__always)
func brIfNonZeroChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) != 0 {
        if interruptRaised(ip) { return trap(.interrupted, pc, fp, ip) }
        return dispatch(jump(pc, 2), fp, mp, ip, acc, facc)
    }
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func brIfZeroChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) == 0 {
        if interruptRaised(ip) { return trap(.interrupted, pc, fp, ip) }
        return dispatch(jump(pc, 2), fp, mp, ip, acc, facc)
    }
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}
