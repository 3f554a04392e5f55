// Calls and returns. A wasm-to-wasm call does not grow the native stack: the caller's argument slots
// become the callee's frame (parameters first), the callee's header slots record the return pc, the
// caller's frame and instance, and the callee's code continues in the same native frame.
//
//   call [h, function index, arg base]      returnCall [h, function index, arg base, own header]
//   callIndirect [h, type index, table index, arg base, element index slot]
//   return [h, own header]

/// Sets up the frame of wasm function `callee` at `newFP` and continues in its code.
@inline(__always)
func enter(_ callee: FunctionRef, _ code: PC, trapPC: PC, callerIP: RawIP,
           newFP: FP, returnWord: UInt64, frameWord: UInt64, instanceWord: UInt64) -> PC? {
    if newFP + callee.pointee.frameSize > callerIP.instance.pointee.stackEnd {
        return trap(.callStackExhausted, trapPC, callerIP)
    }
    let locals = callee.pointee.localCount
    var i = callee.pointee.parameterCount
    while i < locals {
        newFP[i] = 0
        i &+= 1
    }
    let header = callee.pointee.headerSlot
    newFP[header] = returnWord
    newFP[header &+ 1] = frameWord
    newFP[header &+ 2] = instanceWord
    let ip = callee.pointee.instance.unsafelyUnwrapped
    return dispatch(code, newFP, ip.pointee.memory0.raw, ip.raw)
}

// Host callees take a separate, out-of-line path: a handler with two indirect tail calls (or a
// host call before one) gets a shared epilogue and LLVM then emits real calls.

/// Runs a host function, then continues after the call.
@inline(never)
func callHost(_ callee: FunctionRef, _ newFP: FP, _ returnTo: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    if !invokeHost(callee, newFP, ip.instance) { return stop(ip) }
    return dispatch(returnTo, fp, mp, ip)
}

/// Runs a host function in tail position, then returns to the frame's caller.
@inline(never)
func returnCallHost(_ callee: FunctionRef, _ fp: FP, _ ip: RawIP, returnWord: UInt64, frameWord: UInt64,
                    instanceWord: UInt64) -> PC? {
    if !invokeHost(callee, fp, ip.instance) || returnWord == 0 { return stop(ip) }
    let callerIP = RawIP(bitPattern: UInt(instanceWord)).unsafelyUnwrapped
    return dispatch(PC(bitPattern: UInt(returnWord)).unsafelyUnwrapped,
                    FP(bitPattern: UInt(frameWord)).unsafelyUnwrapped, callerIP.instance.pointee.memory0.raw, callerIP)
}

@inline(__always)
func word<T>(_ p: UnsafePointer<T>) -> UInt64 { UInt64(UInt(bitPattern: p)) }
@inline(__always)
func word<T>(_ p: UnsafeMutablePointer<T>) -> UInt64 { UInt64(UInt(bitPattern: p)) }
@inline(__always)
func word(_ p: UnsafeMutableRawPointer) -> UInt64 { UInt64(UInt(bitPattern: p)) }

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func call(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    let returnTo = pc + 3
    let newFP = fp + slot(pc, 2)
    guard let code = callee.pointee.code else { return callHost(callee, newFP, returnTo, fp, mp, ip) }
    return enter(callee, code, trapPC: pc, callerIP: ip, newFP: newFP,
                 returnWord: word(returnTo), frameWord: word(fp), instanceWord: word(ip))
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func callIndirect(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let table = ip.instance.pointee.tables[slot(pc, 2)]
    let index = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 4)]))
    guard index < UInt64(table.pointee.count) else { return trap(.undefinedElement, pc, ip) }
    let reference = table.pointee.elements[Int(index)]
    guard let callee = FunctionRef(bitPattern: UInt(reference)) else { return trap(.uninitializedElement, pc, ip) }
    guard callee.pointee.typeID == ip.instance.pointee.typeIDs[slot(pc, 1)] else {
        return trap(.indirectCallTypeMismatch, pc, ip)
    }
    let returnTo = pc + 5
    let newFP = fp + slot(pc, 3)
    guard let code = callee.pointee.code else { return callHost(callee, newFP, returnTo, fp, mp, ip) }
    return enter(callee, code, trapPC: pc, callerIP: ip, newFP: newFP,
                 returnWord: word(returnTo), frameWord: word(fp), instanceWord: word(ip))
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnCall(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let callee = ip.instance.pointee.functions[slot(pc, 1)]
    let arguments = fp + slot(pc, 2)
    let header = slot(pc, 3)
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
    return enter(callee, code, trapPC: pc, callerIP: ip, newFP: fp,
                 returnWord: returnWord, frameWord: frameWord, instanceWord: instanceWord)
}

// Not inlined into its C entry: there LLVM turns this handler's tail calls into real calls.
func returnFrom(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let header = slot(pc, 1)
    let returnWord = fp[header]
    if returnWord == 0 { return stop(ip) }  // the outermost frame: back to the host
    let callerIP = RawIP(bitPattern: UInt(fp[header &+ 2])).unsafelyUnwrapped
    return dispatch(PC(bitPattern: UInt(returnWord)).unsafelyUnwrapped,
                    FP(bitPattern: UInt(fp[header &+ 1])).unsafelyUnwrapped, callerIP.instance.pointee.memory0.raw, callerIP)
}
