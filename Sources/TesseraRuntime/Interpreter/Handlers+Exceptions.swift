// Exceptions (the unwinder and the layouts of the try tables: Runtime/Exceptions/Store+Unwind.swift).
//
//   tryTable [h, body offset, parent link, clause count, clauses…]   (entering: jumps over the pads)
//   throwTag [h, tag index, payload base, try link]
//   throwRef [h, exnref slot, try link]

/// Entering a try_table: the catch clauses' pads follow the instruction; the body starts after them.
@inline(__always)
func tryTable(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    dispatch(jump(pc, 1), fp, mp, ip, acc, facc)
}

/// Continues at a handler's pad (its frame and instance are in the state's registers), or stops when
/// the exception escaped (or the throw failed).
@inline(__always)
func land(_ landing: PC?, _ ip: RawIP) -> PC? {
    guard let landing else { return stop(ip) }
    let state = ip.instance.pointee.state
    let target = state.pointee.ip.unsafelyUnwrapped
    return dispatch(landing, state.pointee.fp, target.instance.pointee.memory0.raw, target, 0, 0)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func throwTag(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let landing = Store.running(ip.instance).throwNew(tagIndex: slot(pc, 1), payload: fp + slot(pc, 2),
                                                      site: pc + 3, fp, ip.instance)
    return land(landing, ip)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func throwRef(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let landing = Store.running(ip.instance).throwReference(fp[slot(pc, 1)], site: pc + 2, fp, ip.instance)
    return land(landing, ip)
}
