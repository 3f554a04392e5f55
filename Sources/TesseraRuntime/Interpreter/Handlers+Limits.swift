// Execution limits in compiled code (compiled only when the engine asks; see Translator+Limits.swift).
//
//   consumeFuel [h, cost]                  charges a basic block; stops when the fuel would go below 0
//   checkInterrupt [h]                     at function entry and loop headers: stops when the flag is up
//   consumeFuelCheckInterrupt [h, cost]    both (function entry and loop headers, with fuel metering)

@inline(__always)
func consumeFuel(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let state = ip.instance.pointee.state
    let left = state.pointee.fuel &- Int64(bitPattern: pc[1])
    if left < 0 { return limitReached(pc, fp, ip) }
    state.pointee.fuel = left
    return dispatch(pc + 2, fp, mp, ip)
}

@inline(__always)
func checkInterrupt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    if interruptWordLoad(ip.instance.pointee.interrupt.unsafelyUnwrapped) != 0 {
        return trap(.interrupted, pc, fp, ip)
    }
    return dispatch(pc + 1, fp, mp, ip)
}

@inline(__always)
func consumeFuelCheckInterrupt(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let state = ip.instance.pointee.state
    let left = state.pointee.fuel &- Int64(bitPattern: pc[1])
    // One slow path only: two would make LLVM turn the tail jump into a real call.
    if left < 0 || interruptWordLoad(ip.instance.pointee.interrupt.unsafelyUnwrapped) != 0 {
        return limitReached(pc, fp, ip)
    }
    state.pointee.fuel = left
    return dispatch(pc + 2, fp, mp, ip)
}

/// Stops with the fuel error (emptying the tank) when the block at `pc` does not fit in the fuel left,
/// else with the interrupt error.
@inline(never)
func limitReached(_ pc: PC, _ fp: FP, _ ip: RawIP) -> PC? {
    let state = ip.instance.pointee.state
    guard state.pointee.fuel &- Int64(bitPattern: pc[1]) < 0 else { return trap(.interrupted, pc, fp, ip) }
    state.pointee.fuel = 0
    return trap(.fuelExhausted, pc, fp, ip)
}

// Back-edges that poll the interrupt word (interruptible engines without fuel metering: the check then
// costs no dispatch of its own on the most common loop shapes). A branch to a loop header is the only
// way a loop iterates.
//
//   brChecked [h, offset]      brIfNonZeroChecked / brIfZeroChecked [h, cond, offset]

@inline(__always)
func brChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    if interruptWordLoad(ip.instance.pointee.interrupt.unsafelyUnwrapped) != 0 {
        return trap(.interrupted, pc, fp, ip)
    }
    return dispatch(jump(pc, 1), fp, mp, ip)
}

@inline(__always)
func brIfNonZeroChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    if UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) != 0 {
        if interruptWordLoad(ip.instance.pointee.interrupt.unsafelyUnwrapped) != 0 {
            return trap(.interrupted, pc, fp, ip)
        }
        return dispatch(jump(pc, 2), fp, mp, ip)
    }
    return dispatch(pc + 3, fp, mp, ip)
}

@inline(__always)
func brIfZeroChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    if UInt32(truncatingIfNeeded: fp[slot(pc, 1)]) == 0 {
        if interruptWordLoad(ip.instance.pointee.interrupt.unsafelyUnwrapped) != 0 {
            return trap(.interrupted, pc, fp, ip)
        }
        return dispatch(jump(pc, 2), fp, mp, ip)
    }
    return dispatch(pc + 3, fp, mp, ip)
}
