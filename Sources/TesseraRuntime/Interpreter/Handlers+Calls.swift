// Calls and returns. A wasm-to-wasm call does not grow the native stack: the caller's argument slots
// become the callee's frame (parameters first), the callee's header slots record the return pc, the
// caller's frame and instance, and the callee's code continues in the same native frame.
//
//   call [h, function index, arg base, try link]
//   callIndirect / callIndirect64 [h, type index, table index, arg base, element index slot, try link]
//   returnCall [h, function index, arg base, own header]
//   returnCallIndirect / returnCallIndirect64 [h, type index, table index, arg base, element index slot,
//                                              own header]
//   return [h, own header]
//
// A call's last word is its try link (see Store+Unwind.swift): the word before the return pc, where
// unwinding looks for the handlers around the call site. (call_ref: Handlers+References.swift.)

/// Sets up the frame of wasm function `callee` at `newFP` and continues in its code; with `checks`, the
/// call performs the callee's entry check itself (Handlers+Limits.swift).
@inline(__always)
func enter(_ callee: FunctionRef, _ code: PC, trapPC: PC, callerFP: FP, callerIP: RawIP,
           newFP: FP, returnWord: UInt64, frameWord: UInt64, instanceWord: UInt64,
           checks: EntryChecks = .none) -> PC? {
    if newFP + callee.pointee.frameSize > callerIP.instance.pointee.stackEnd {
        return trap(.callStackExhausted, trapPC, callerFP, callerIP)
    }
    // Declared locals start at zero, four slots per step: a frame has at least 7 slots after its
    // locals (header and slack, `Translator.frameSize`), and a one-store loop would become a call
    // of `memset`, which costs more than the stores and makes the handler save registers.
    let locals = callee.pointee.localCount
    var i = callee.pointee.parameterCount
    while i < locals {
        newFP[i] = 0
        newFP[i &+ 1] = 0
        newFP[i &+ 2] = 0
        newFP[i &+ 3] = 0
        i &+= 4
    }
    let header = callee.pointee.headerSlot
    newFP[header] = returnWord
    newFP[header &+ 1] = frameWord
    newFP[header &+ 2] = instanceWord
    let ip = callee.pointee.instance.unsafelyUnwrapped
    var next = code
    if checks.any {
        if checks.stop(code, ip.raw) { return limitStop(code, newFP, ip.raw) }
        next = code + checks.entryWidth
    }
    return dispatch(next, newFP, ip.pointee.memory0.raw, ip.raw, 0, 0)
}

// Host callees take a separate, out-of-line path: a handler with two indirect tail calls (or a
// host call before one) gets a shared epilogue and LLVM then emits real calls.

/// Runs a host function, then continues after the call; a WebAssembly exception the host function
/// throws is rethrown at the call site. (One dispatch at the end, with no struct returned through
/// memory before it, keeps it a tail call.)
@inline(never)
func callHost(_ callee: FunctionRef, _ newFP: FP, _ returnTo: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    var nextPC = returnTo, nextFP = fp, nextIP = ip
    if !callHostFunction(callee, newFP, ip.instance) {
        guard let landing = Store.running(ip.instance).rethrowFromHost(site: returnTo - 1, fp, ip.instance) else {
            // A host error: record the call site so that the error carries the wasm backtrace.
            Store.running(ip.instance).recordTrap(at: returnTo - 1, fp, ip.instance)
            ip.instance.pointee.state.pointee.trapPC = returnTo - 1
            return stop(ip)
        }
        let state = ip.instance.pointee.state
        nextPC = landing
        nextFP = state.pointee.fp
        nextIP = state.pointee.ip.unsafelyUnwrapped
    }
    return dispatch(nextPC, nextFP, nextIP.instance.pointee.memory0.raw, nextIP, 0, 0)
}

/// Runs a host function in tail position, then returns to the frame's caller; a WebAssembly exception
/// it throws is rethrown at the caller's call site.
@inline(never)
func returnCallHost(_ callee: FunctionRef, _ fp: FP, _ ip: RawIP, returnWord: UInt64, frameWord: UInt64,
                    instanceWord: UInt64) -> PC? {
    let ok = callHostFunction(callee, fp, ip.instance)
    guard var nextPC = PC(bitPattern: UInt(returnWord)) else { return stop(ip) }
    var nextFP = FP(bitPattern: UInt(frameWord)).unsafelyUnwrapped
    var nextIP = RawIP(bitPattern: UInt(instanceWord)).unsafelyUnwrapped
    if !ok {
        guard let landing = Store.running(ip.instance).rethrowFromHost(site: nextPC - 1, nextFP, nextIP.instance) else {
            return stop(ip)
        }
        let state = ip.instance.pointee.state
        nextPC = landing
        nextFP = state.pointee.fp
        nextIP = state.pointee.ip.unsafelyUnwrapped
    }
    return dispatch(nextPC, nextFP, nextIP.instance.pointee.memory0.raw, nextIP, 0, 0)
}

@inline(__always)
func word<T>(_ p: UnsafePointer<T>) -> UInt64 { UInt64(UInt(bitPattern: p)) }
@inline(__always)
func word<T>(_ p: UnsafeMutablePointer<T>) -> UInt64 { UInt64(UInt(bitPattern: p)) }
@inline(__always)
func word(_ p: UnsafeMutableRawPointer) -> UInt64 { UInt64(UInt(bitPattern: p)) }

/// Calls `callee` with its arguments at `newFP`, returning to `returnTo` in frame `fp`.
@inline(__always)
func invoke(_ callee: FunctionRef, _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, newFP: FP, returnTo: PC,
            checks: EntryChecks = .none) -> PC? {
    guard let code = callee.pointee.code else { return callHost(callee, newFP, returnTo, fp, mp, ip) }
    return enter(callee, code, trapPC: pc, callerFP: fp, callerIP: ip, newFP: newFP,
                 returnWord: word(returnTo), frameWord: word(fp), instanceWord: word(ip), checks: checks)
}

/// Replaces the current frame by a call of `callee` with its arguments at `arguments`.
@inline(__always)
func invokeInTail(_ callee: FunctionRef, _ pc: PC, _ fp: FP, _ ip: RawIP, arguments: FP, header: Int,
                  checks: EntryChecks = .none) -> PC? {
    let returnWord = fp[header], frameWord = fp[header &+ 1], instanceWord = fp[header &+ 2]
    var i = 0
    let count = callee.pointee.parameterCount
    while i < count {
        fp[i] = arguments[i]
        i &+= 1
    }
    guard let code = callee.pointee.code else {
        return returnCallHost(callee, fp, ip, returnWord: returnWord, frameWord: frameWord, instanceWord: instanceWord)
    }
    return enter(callee, code, trapPC: pc, callerFP: fp, callerIP: ip, newFP: fp,
                 returnWord: returnWord, frameWord: frameWord, instanceWord: instanceWord, checks: checks)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func call(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invoke(callee, pc, fp, mp, ip, acc, facc, newFP: fp + slot(pc, 2), returnTo: pc + 4)
}

/// The function a `call_indirect` calls: the table element, checked to exist and to have a subtype of
/// the expected type. Nil after recording a trap.
@inline(__always)
func indirectCallee(_ pc: PC, _ fp: FP, _ ip: RawIP, is64: Bool) -> FunctionRef? {
    let table = ip.instance.pointee.tables[slot(pc, 2)]
    let raw = fp[slot(pc, 4)]
    let index = is64 ? raw : UInt64(UInt32(truncatingIfNeeded: raw))
    guard index < UInt64(table.pointee.count) else {
        _ = trap(.undefinedElement, pc, fp, ip)
        return nil
    }
    guard let callee = FunctionRef(bitPattern: UInt(table.pointee.elements[Int(index)])) else {
        _ = trap(.uninitializedElement, pc, fp, ip)
        return nil
    }
    let expected = ip.instance.pointee.typeIDs[slot(pc, 1)]
    guard callee.pointee.typeID == expected || declaredSubtype(callee.pointee.typeID, expected, ip) else {
        _ = trap(.indirectCallTypeMismatch, pc, fp, ip)
        return nil
    }
    return callee
}

/// The slow path of the `call_indirect` type check: declared subtyping between store type ids.
@inline(never)
func declaredSubtype(_ sub: Int, _ sup: Int, _ ip: RawIP) -> Bool {
    Store.running(ip.instance).typeID(sub, isSubtypeOf: sup)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func callIndirect(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    guard let callee = indirectCallee(pc, fp, ip, is64: false) else { return stop(ip) }
    return invoke(callee, pc, fp, mp, ip, acc, facc, newFP: fp + slot(pc, 3), returnTo: pc + 6)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func callIndirect64(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    guard let callee = indirectCallee(pc, fp, ip, is64: true) else { return stop(ip) }
    return invoke(callee, pc, fp, mp, ip, acc, facc, newFP: fp + slot(pc, 3), returnTo: pc + 6)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCall(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    return invokeInTail(callee, pc, fp, ip, arguments: fp + slot(pc, 2), header: slot(pc, 3))
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCallIndirect(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    guard let callee = indirectCallee(pc, fp, ip, is64: false) else { return stop(ip) }
    return invokeInTail(callee, pc, fp, ip, arguments: fp + slot(pc, 3), header: slot(pc, 5))
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCallIndirect64(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    guard let callee = indirectCallee(pc, fp, ip, is64: true) else { return stop(ip) }
    return invokeInTail(callee, pc, fp, ip, arguments: fp + slot(pc, 3), header: slot(pc, 5))
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnFrom(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let header = slot(pc, 1)
    let returnWord = fp[header]
    if returnWord == 0 { return stop(ip) }  // the outermost frame: back to the host
    let callerIP = RawIP(bitPattern: UInt(fp[header &+ 2])).unsafelyUnwrapped
    return dispatch(PC(bitPattern: UInt(returnWord)).unsafelyUnwrapped,
                    FP(bitPattern: UInt(fp[header &+ 1])).unsafelyUnwrapped, callerIP.instance.pointee.memory0.raw, callerIP, acc, facc)
}
