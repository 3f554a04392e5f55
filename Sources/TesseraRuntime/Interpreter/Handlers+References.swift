// Reference instructions and calls through function references.
//
//   refFunc [h, dst, function index]     refIsNull [h, dst, src]     refAsNonNull [h, src]
//   callRef [h, arg base, reference slot, try link]
//   returnCallRef [h, arg base, reference slot, own header]
//
// (br_on_null / br_on_non_null use brIfNull / brIfNonNull, Handlers+Control.swift.) A function
// reference is its store entry's address; null is 0 in every hierarchy.

/// `ref.func`: the function's store entry address.
@inline(__always)
func refFunc(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = UInt64(UInt(bitPattern: ip.instance.pointee.functions[slot(pc, 2)]))
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func refIsNull(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = (fp[slot(pc, 2)] == 0).slot
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

/// Traps when the reference in the slot is null (the reference stays where it is).
@inline(__always)
func refAsNonNull(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    if fp[slot(pc, 1)] == 0 { return trap(.nullReference, pc, fp, ip) }
    return dispatch(pc + 2, fp, mp, ip, acc, facc)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func callRef(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    // The static type guarantees a subtype of the expected function type: only null needs a check.
    guard let callee = FunctionRef(bitPattern: UInt(fp[slot(pc, 2)])) else {
        return trap(.nullFunctionReference, pc, fp, ip)
    }
    return invoke(callee, pc, fp, mp, ip, acc, facc, newFP: fp + slot(pc, 1), returnTo: pc + 4)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCallRef(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    guard let callee = FunctionRef(bitPattern: UInt(fp[slot(pc, 2)])) else {
        return trap(.nullFunctionReference, pc, fp, ip)
    }
    return invokeInTail(callee, pc, fp, ip, arguments: fp + slot(pc, 1), header: slot(pc, 3))
}
