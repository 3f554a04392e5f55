// Direct calls of engines with execution limits. A function's code starts with its entry check
// (`consumeFuel`, `checkInterrupt` or `consumeFuelCheckInterrupt`, Handlers+Limits.swift); a direct call
// of a function of the same module (compiled with the same limits, so the entry check is known to be
// there) performs that check itself, in the callee's new frame, and continues after it: the call costs
// no extra dispatch. Calls of imports, indirect calls, `call_ref` and calls from the host run the
// entry check.
//
//   callChecked / callMetered / callMeteredChecked [h, function index, arg base, try link]
//   returnCallChecked / returnCallMetered / returnCallMeteredChecked [h, function index, arg base, own header]

/// The entry check a call performs for its callee.
struct EntryChecks: Equatable {
    var fuel: Bool
    var interrupt: Bool

    static let none = EntryChecks(fuel: false, interrupt: false)
    static let interruptOnly = EntryChecks(fuel: false, interrupt: true)
    static let fuelOnly = EntryChecks(fuel: true, interrupt: false)
    static let both = EntryChecks(fuel: true, interrupt: true)

    @inline(__always) var any: Bool { fuel || interrupt }

    /// The entry instruction's size in words.
    @inline(__always) var entryWidth: Int { fuel ? 2 : 1 }

    /// Runs the entry instruction at `code`'s check: true when execution must stop (`limitStop`).
    @inline(__always) func stop(_ code: PC, _ ip: RawIP) -> Bool {
        (fuel && chargeFuel(ip, code[1])) || (interrupt && interruptRaised(ip))
    }
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func callChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invoke(callee, pc, fp, mp, ip, acc, facc, newFP: fp + slot(pc, 2), returnTo: pc + 4, checks: .interruptOnly)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func callMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invoke(callee, pc, fp, mp, ip, acc, facc, newFP: fp + slot(pc, 2), returnTo: pc + 4, checks: .fuelOnly)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func callMeteredChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invoke(callee, pc, fp, mp, ip, acc, facc, newFP: fp + slot(pc, 2), returnTo: pc + 4, checks: .both)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCallChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invokeInTail(callee, pc, fp, ip, arguments: fp + slot(pc, 2), header: slot(pc, 3), checks: .interruptOnly)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCallMetered(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invokeInTail(callee, pc, fp, ip, arguments: fp + slot(pc, 2), header: slot(pc, 3), checks: .fuelOnly)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCallMeteredChecked(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invokeInTail(callee, pc, fp, ip, arguments: fp + slot(pc, 2), header: slot(pc, 3), checks: .both)
}
